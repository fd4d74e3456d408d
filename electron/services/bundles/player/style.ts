/** The player page's stylesheet: the app's light look, system fonts, nothing loaded from anywhere. */
export const PLAYER_STYLE = `
:root {
  --text: #1d2430; --muted: #5d6778; --border: #dfe3e8; --bg: #f6f7f9; --surface: #fff;
  --accent: #2f5fd0; --accent-soft: #e8eefb; --rep: #2f5fd0; --prospect: #c8631b;
  font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  color: var(--text); background: var(--bg); color-scheme: light;
}
* { box-sizing: border-box; }
body { margin: 0; }
header { padding: 24px 32px 8px; max-width: 960px; margin: 0 auto; }
h1 { margin: 0 0 4px; font-size: 24px; }
#playlist-description { margin: 0 0 4px; white-space: pre-wrap; }
.meta, #playlist-meta { color: var(--muted); font-size: 13px; margin: 0; }
.bar { position: sticky; top: 0; z-index: 1; background: var(--surface); border-bottom: 1px solid var(--border);
  box-shadow: 0 1px 3px rgba(16, 24, 40, 0.08); }
.bar-inner { max-width: 960px; margin: 0 auto; padding: 10px 32px; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
#now-title { flex: 1 1 200px; font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
audio { width: 100%; }
button, select { font: inherit; border: 1px solid var(--border); background: var(--surface); border-radius: 6px;
  padding: 4px 10px; cursor: pointer; color: var(--text); }
button:hover { background: var(--accent-soft); }
button:focus-visible, select:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
main { max-width: 960px; margin: 0 auto; padding: 16px 32px 48px; }
#clips { list-style: none; margin: 0; padding: 0; display: grid; gap: 16px; }
.clip { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 16px; }
.clip.current { border-color: var(--accent); box-shadow: 0 0 0 2px var(--accent-soft); }
.clip-head { display: flex; gap: 12px; align-items: flex-start; }
.clip-head h2 { margin: 0; font-size: 17px; }
.play { width: 36px; height: 36px; border-radius: 50%; padding: 0; flex: none; }
.note { margin: 10px 0 0; padding: 8px 12px; background: #fdf3e1; border-radius: 6px; white-space: pre-wrap; }
.turns { list-style: none; margin: 12px 0 0; padding: 0; display: grid; gap: 4px; }
.turn { display: grid; grid-template-columns: 150px 1fr; gap: 2px 12px; padding: 6px 8px; border-radius: 6px; cursor: pointer; }
.turn:hover { background: var(--bg); }
.turn.speaking { background: var(--accent-soft); }
.who { display: flex; flex-direction: column; font-size: 13px; }
.speaker { font-weight: 600; overflow-wrap: anywhere; }
.turn.rep .speaker { color: var(--rep); }
.turn.prospect .speaker { color: var(--prospect); }
.time { color: var(--muted); font-variant-numeric: tabular-nums; }
.text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.badges { grid-column: 2; display: flex; gap: 6px; flex-wrap: wrap; }
.badge { font-size: 12px; border-radius: 999px; padding: 1px 8px; background: var(--bg); border: 1px solid var(--border); }
.badge.pain1 { background: #fff6d6; border-color: #f0d98a; }
.badge.pain2 { background: #ffe6cc; border-color: #f2b57a; }
.badge.pain3 { background: #fde0df; border-color: #eea29d; }
.badge.missed { background: #fdeceb; border-color: #f3c0bb; color: #912018; }
.badge.moment { background: #e7f5ed; border-color: #a8d8bb; }
.keys { color: var(--muted); font-size: 12px; }
@media (max-width: 640px) { .turn { grid-template-columns: 1fr; } .badges { grid-column: 1; } header, main, .bar-inner { padding-left: 12px; padding-right: 12px; } }
`;
