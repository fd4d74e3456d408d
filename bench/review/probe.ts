// What the bench runs inside the page, installed before the app's scripts on every load. Times are the
// page's performance.now() (ms since the navigation started) unless named `epoch` (ms since 1970, to
// compare with the Node side after calibrating the two clocks).

export type OpenTiming = {
  /** When the route changed (0 for a page load). */
  t0: number;
  /** First animation frame with rows, the drawn waveform, wavesurfer ready and the tags shown: what the goal counts. */
  interactive: number;
  /** Each part as soon as it was in the DOM (a mutation observer), from t0. */
  firstTurn: number;
  waveformCanvas: number;
  waveformReady: number;
  tagsShown: number;
  turnsRendered: number;
  timedOut: boolean;
  /** Bridge calls made while opening, from t0: method, start, round trip. */
  bridge: { method: string; start: number; ms: number }[];
  /** Long animation frames (> 50 ms) while opening, with the scripts Chrome blames. */
  longFrames: LongFrame[];
};

export type LongFrame = { start: number; duration: number; blocking: number; scripts: { fn: string; url: string; at: number; invoker: string; ms: number }[] };

export type KeyTiming = {
  keydownEpoch: number;
  keydown: number;
  badge: number | null;
  saved: number | null;
  /** The annotations:apply call the key made: when it started and its round trip. */
  apply: { start: number; ms: number } | null;
};

export type ScrollTiming = { deltas: number[]; frames: number; scrollHeight: number; maxRows: number; longFrames: LongFrame[]; reachedEnd: boolean };

export type Probe = {
  /** Resolves when the Review view is interactive (see OpenTiming), timing from `t0`. */
  watchOpen(t0: number, options?: { timeoutMs?: number; needTags?: boolean }): Promise<OpenTiming>;
  /** Set by a page load straight into a review route. */
  coldOpen: Promise<OpenTiming> | null;
  /** Arms the timing of the next tag key on `turnId`: badge change on that row, and "saving" → "Saved". */
  armKey(turnId: string, timeoutMs?: number): Promise<KeyTiming>;
  /** Scrolls the transcript from top to bottom, `step` px per animation frame, recording frame times. */
  scrollThrough(step: number, maxFrames: number): Promise<ScrollTiming>;
  /** Scrolls the transcript to a fraction of its height and answers the id of the row nearest the middle. */
  rowNear(fraction: number): Promise<string | null>;
};

/** Runs in the page (as an init script): must not close over anything from this module. */
export function installProbe(): void {
  type W = Window & { __bench: Probe; __callReviewInvoke?: (m: string, i: unknown) => Promise<unknown> };
  const w = window as unknown as W;
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

  // With ?bench-bridge=json answers come as one JSON string from a second binding (see bridge.ts),
  // rather than as values the harness's binding makes Playwright rebuild object by object.
  type JsonBinding = { __benchInvokeJson?: (m: string, i: unknown) => Promise<string> };
  if (new URLSearchParams(location.search).get('bench-bridge') === 'json') {
    w.__callReviewInvoke = async (method: string, input: unknown) =>
      JSON.parse(await (window as unknown as JsonBinding).__benchInvokeJson!(method, input)) as unknown;
  }

  // Every bridge call, for the breakdowns of an open and of a tag key.
  const calls: { method: string; start: number; ms: number }[] = [];
  let wrapped = false;
  const wrapBridge = () => {
    const invoke = w.__callReviewInvoke;
    if (wrapped || !invoke) return;
    wrapped = true;
    w.__callReviewInvoke = async (method: string, input: unknown) => {
      const start = performance.now();
      try {
        return await invoke(method, input);
      } finally {
        calls.push({ method, start, ms: performance.now() - start });
      }
    };
  };
  wrapBridge();

  type LoafEntry = PerformanceEntry & {
    blockingDuration: number;
    scripts: { sourceFunctionName: string; sourceURL: string; sourceCharPosition: number; invoker: string; duration: number }[];
  };
  const longFrames: LongFrame[] = [];
  let loafObserver: PerformanceObserver | null = null;
  const addLongFrames = (entries: PerformanceEntryList) => {
    for (const e of entries as LoafEntry[]) {
      longFrames.push({
        start: e.startTime,
        duration: e.duration,
        blocking: e.blockingDuration,
        scripts: e.scripts.map((s) => ({ fn: s.sourceFunctionName, url: s.sourceURL, at: s.sourceCharPosition, invoker: s.invoker, ms: s.duration })),
      });
    }
  };
  try {
    loafObserver = new PerformanceObserver((list) => addLongFrames(list.getEntries()));
    loafObserver.observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // An older Chromium without Long Animation Frames: the frame times still tell.
  }
  /** Entries are delivered late (an idle-priority task): take the pending ones first. */
  const framesSince = (t: number) => {
    if (loafObserver) addLongFrames(loafObserver.takeRecords());
    return longFrames.filter((f) => f.start + f.duration >= t);
  };

  // The tag keys' own moment, caught before the app's listener (window, bubbling) sees them.
  let lastKey = { epoch: 0, now: 0 };
  window.addEventListener(
    'keydown',
    (e) => {
      if (/^[123]$/.test(e.key)) lastKey = { epoch: performance.timeOrigin + performance.now(), now: performance.now() };
    },
    true,
  );

  const watchOpen = (t0: number, { timeoutMs = 30_000, needTags = true } = {}): Promise<OpenTiming> => {
    wrapBridge();
    const firstCall = calls.length;
    const m = { firstTurn: -1, waveformCanvas: -1, waveformReady: -1, tagsShown: -1 };
    const check = () => {
      const now = performance.now() - t0;
      if (m.firstTurn < 0 && document.querySelector('[data-testid="turn"]')) m.firstTurn = now;
      if (m.waveformCanvas < 0) {
        // wavesurfer draws into an open shadow root inside the waveform's element.
        const hosts = document.querySelectorAll('[data-testid="waveform"] *');
        const shadow = [...hosts].find((e) => e.shadowRoot)?.shadowRoot;
        const canvas = shadow?.querySelector('canvas');
        if (canvas && canvas.width > 0) m.waveformCanvas = now;
      }
      // The zoom slider appears when the Player has wavesurfer's "ready".
      if (m.waveformReady < 0 && document.querySelector('[data-testid="player"] [data-testid="zoom"]')) m.waveformReady = now;
      if (m.tagsShown < 0 && document.querySelector('[data-testid="lane-tag"]')) m.tagsShown = now;
      return m.firstTurn >= 0 && m.waveformCanvas >= 0 && m.waveformReady >= 0 && (m.tagsShown >= 0 || !needTags);
    };
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => void check());
      observer.observe(document, { subtree: true, childList: true });
      const finish = (timedOut: boolean) => {
        observer.disconnect();
        resolve({
          t0,
          interactive: performance.now() - t0,
          ...m,
          turnsRendered: document.querySelectorAll('[data-testid="turn"]').length,
          timedOut,
          bridge: calls.slice(firstCall).map((c) => ({ ...c, start: c.start - t0 })),
          longFrames: framesSince(t0).map((f) => ({ ...f, start: f.start - t0 })),
        });
      };
      const frame = () => {
        if (check()) finish(false);
        else if (performance.now() - t0 > timeoutMs) finish(true);
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  };

  const armKey = (turnId: string, timeoutMs = 10_000): Promise<KeyTiming> => {
    const row = () => document.querySelector(`[data-testid="turn"][data-turn-id="${CSS.escape(turnId)}"]`);
    const badges = () => row()?.querySelectorAll('[data-testid="tag-badge"]').length ?? -1;
    const before = badges();
    const armedAt = performance.now();
    let badge: number | null = null;
    let saved: number | null = null;
    let sawSaving = false;
    return new Promise((resolve) => {
      const done = () => {
        observer.disconnect();
        clearTimeout(timer);
        const apply = calls.find((c) => c.method === 'annotations:apply' && c.start >= lastKey.now) ?? null;
        resolve({ keydownEpoch: lastKey.epoch, keydown: lastKey.now, badge, saved, apply });
      };
      const observer = new MutationObserver(() => {
        const now = performance.now();
        if (badge === null && badges() !== before) badge = now;
        const state = document.querySelector('[data-testid="save-state"]')?.getAttribute('data-state');
        if (state === 'saving') sawSaving = true;
        if (saved === null && sawSaving && state === 'saved') saved = now;
        if (badge !== null && saved !== null && lastKey.now >= armedAt) done();
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'], characterData: true });
      const timer = setTimeout(done, timeoutMs);
    });
  };

  const scroller = () => document.querySelector<HTMLElement>('[data-testid="turns-scroll"]');

  const scrollThrough = async (step: number, maxFrames: number): Promise<ScrollTiming> => {
    const el = scroller();
    if (!el) throw new Error('no transcript scroller');
    el.scrollTop = 0;
    for (let i = 0; i < 10; i++) await nextFrame();
    const start = performance.now();
    const deltas: number[] = [];
    let frames = 0;
    let maxRows = 0;
    let last = await nextFrame();
    let reachedEnd = false;
    while (frames < maxFrames) {
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) {
        reachedEnd = true;
        break;
      }
      el.scrollTop += step;
      const ts = await nextFrame();
      deltas.push(ts - last);
      last = ts;
      frames++;
      maxRows = Math.max(maxRows, el.querySelectorAll('[data-testid="turn"]').length);
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // the last frame's long-frame entry
    return { deltas, frames, scrollHeight: el.scrollHeight, maxRows, longFrames: framesSince(start), reachedEnd };
  };

  const rowNear = async (fraction: number): Promise<string | null> => {
    const el = scroller();
    if (!el) return null;
    el.scrollTop = fraction * (el.scrollHeight - el.clientHeight);
    for (let i = 0; i < 3; i++) await nextFrame();
    const box = el.getBoundingClientRect();
    const middle = box.top + box.height / 2;
    let best: { id: string; distance: number } | null = null;
    for (const row of el.querySelectorAll<HTMLElement>('[data-testid="turn"]')) {
      const r = row.getBoundingClientRect();
      const distance = Math.abs((r.top + r.bottom) / 2 - middle);
      if (r.bottom > box.top && r.top < box.bottom && (!best || distance < best.distance)) best = { id: row.dataset.turnId!, distance };
    }
    return best?.id ?? null;
  };

  const cold = /^#\/calls\//.test(location.hash) ? watchOpen(0) : null;
  w.__bench = { watchOpen, coldOpen: cold, armKey, scrollThrough, rowNear };
}
