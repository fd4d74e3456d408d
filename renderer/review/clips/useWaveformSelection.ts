import { useEffect } from 'react';
import type WaveSurfer from 'wavesurfer.js';
import type RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.esm.js';
import type { Region } from 'wavesurfer.js/dist/plugins/regions.esm.js';
import { dragRange, type SelectionStore } from './rangeSelection';
import { passPointerThrough } from './useRegionsPlugin';

export const SELECTION_REGION_ID = 'clip-selection';
const RANGE_COLOR = 'rgba(47, 95, 208, 0.2)';
const POINT_COLOR = 'rgba(47, 95, 208, 0.9)';
/** A drag shorter than this (in pixels) is a click. */
const DRAG_THRESHOLD_PX = 3;

/**
 * Shift+drag on the waveform selects a range (a plain click or drag still seeks): caught on the way down
 * to wavesurfer, so its own click and drag-to-seek never see it.
 */
function bindShiftDrag(ws: WaveSurfer, container: HTMLElement, store: SelectionStore, durationSec: number): () => void {
  const timeAt = (clientX: number) => {
    const box = ws.getWrapper().getBoundingClientRect(); // moves with the scroll when zoomed
    return box.width > 0 ? ((clientX - box.left) / box.width) * ws.getDuration() : 0;
  };
  let endDrag = () => {};
  let swallowClick = false;

  const onDown = (e: PointerEvent) => {
    if (!e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    endDrag();
    const [anchor, x0] = [timeAt(e.clientX), e.clientX];
    let moved = false;
    const onMove = (m: PointerEvent) => {
      if (!moved && Math.abs(m.clientX - x0) < DRAG_THRESHOLD_PX) return;
      moved = true;
      store.set(dragRange(anchor, timeAt(m.clientX), durationSec));
    };
    const onUp = () => {
      endDrag();
      swallowClick = true; // the click that ends a Shift+drag (or a Shift+click) does not seek
    };
    endDrag = () => {
      document.removeEventListener('pointermove', onMove);
      document.removeEventListener('pointerup', onUp);
      endDrag = () => {};
    };
    document.addEventListener('pointermove', onMove);
    document.addEventListener('pointerup', onUp);
  };
  const onClick = (e: MouseEvent) => {
    if (!swallowClick && !e.shiftKey) return;
    swallowClick = false;
    e.stopPropagation();
  };
  container.addEventListener('pointerdown', onDown, true);
  container.addEventListener('click', onClick, true);
  return () => {
    endDrag();
    container.removeEventListener('pointerdown', onDown, true);
    container.removeEventListener('click', onClick, true);
  };
}

/**
 * Draws the selection as a region with handles (dragging one adjusts that end) and selects by Shift+drag.
 * The store is the truth: the region follows it, and a handle's move is written back to it.
 */
export function useWaveformSelection(
  ws: WaveSurfer | null,
  regions: RegionsPlugin | null,
  container: HTMLElement | null,
  store: SelectionStore,
  durationSec: number,
): void {
  useEffect(() => {
    if (!ws || !container) return;
    return bindShiftDrag(ws, container, store, durationSec);
  }, [ws, container, store, durationSec]);

  useEffect(() => {
    if (!regions) return;
    let region: Region | null = null;
    const draw = () => {
      const selection = store.get();
      const point = selection !== null && selection.end <= selection.start;
      // Half a range is a marker, without handles: a region changes shape by being drawn again.
      if (region && (selection === null || region.end <= region.start !== point)) {
        region.remove();
        region = null;
      }
      if (!selection) return;
      if (region) {
        if (region.start !== selection.start || region.end !== selection.end) region.setOptions({ start: selection.start, end: selection.end });
        return;
      }
      region = regions.addRegion({
        id: SELECTION_REGION_ID,
        start: selection.start,
        end: selection.end,
        drag: false,
        resize: true,
        minLength: 0.1,
        color: point ? POINT_COLOR : RANGE_COLOR,
      });
      passPointerThrough(region);
    };
    const subscriptions = [
      store.subscribe(draw),
      regions.on('region-update', (r) => {
        if (r === region) store.set({ start: r.start, end: r.end });
      }),
    ];
    draw();
    return () => {
      subscriptions.forEach((unsubscribe) => unsubscribe());
      region?.remove();
    };
  }, [regions, store]);
}
