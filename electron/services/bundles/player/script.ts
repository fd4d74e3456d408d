/**
 * The player page's script, as text (it runs in whatever browser opens the bundle, so it is plain ES2017
 * with no imports). It reads the manifest from the page's JSON block, builds the list with textContent
 * only (a note or a transcript line is never parsed as HTML), plays clips back to back, and highlights the
 * turn being spoken. Kept as a string rather than a compiled function so no build step or test coverage
 * instrumentation can change what ships.
 */
export const PLAYER_SCRIPT = String.raw`
'use strict';
(function () {
  var manifest = JSON.parse(document.getElementById('bundle-manifest').textContent);
  var clips = manifest.clips;
  var audio = document.getElementById('player');
  var list = document.getElementById('clips');
  var speed = document.getElementById('speed');
  var nowTitle = document.getElementById('now-title');
  var PAIN = { 1: 'Pain 1 · Symptom', 2: 'Pain 2 · Business impact', 3: 'Pain 3 · Personal stakes' };
  var MOMENT = { 'door-opener': 'Door-opener', pitch: 'Pitch' };
  var current = -1;
  var currentTurn = null;
  var sections = [];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function clock(sec) {
    var s = Math.max(0, Math.round(sec));
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }
  function badge(text, kind) {
    return el('span', 'badge ' + kind, text);
  }

  document.title = manifest.playlist.name + ' · Call Review';
  document.getElementById('playlist-name').textContent = manifest.playlist.name;
  document.getElementById('playlist-description').textContent = manifest.playlist.description;
  document.getElementById('playlist-meta').textContent =
    clips.length + (clips.length === 1 ? ' clip' : ' clips') + ' · shared ' + new Date(manifest.createdAt).toLocaleDateString();

  clips.forEach(function (clip, index) {
    var section = el('li', 'clip');
    section.dataset.index = String(index);
    var head = el('div', 'clip-head');
    var play = el('button', 'play', '▶');
    play.type = 'button';
    play.setAttribute('aria-label', 'Play ' + clip.title);
    play.addEventListener('click', function () { playClip(index); });
    var titles = el('div', 'titles');
    titles.appendChild(el('h2', null, (index + 1) + '. ' + clip.title));
    titles.appendChild(el('p', 'meta', clip.callTitle + ' · ' + new Date(clip.recordedAt).toLocaleDateString() + ' · ' + clock(clip.durationSec)));
    head.appendChild(play);
    head.appendChild(titles);
    section.appendChild(head);
    if (clip.note) section.appendChild(el('p', 'note', clip.note));
    var turns = el('ol', 'turns');
    var rows = clip.turns.map(function (turn) {
      var row = el('li', 'turn ' + turn.role);
      var who = el('div', 'who');
      who.appendChild(el('span', 'speaker', turn.speaker || 'Speaker'));
      who.appendChild(el('span', 'time', clock(turn.start)));
      row.appendChild(who);
      row.appendChild(el('p', 'text', turn.text));
      var badges = el('div', 'badges');
      turn.painLevels.forEach(function (level) { badges.appendChild(badge(PAIN[level], 'pain' + level)); });
      if (turn.missedFollowUp) badges.appendChild(badge('Missed follow-up', 'missed'));
      turn.moments.forEach(function (kind) { badges.appendChild(badge(MOMENT[kind] || kind, 'moment')); });
      if (badges.childNodes.length) row.appendChild(badges);
      row.addEventListener('click', function () { playClip(index, turn.start); });
      turns.appendChild(row);
      return { turn: turn, row: row };
    });
    section.appendChild(turns);
    list.appendChild(section);
    sections.push({ section: section, rows: rows });
  });

  function playClip(index, at) {
    if (index < 0 || index >= clips.length) return;
    if (index !== current) {
      if (current >= 0) sections[current].section.classList.remove('current');
      current = index;
      document.body.dataset.current = String(index);
      sections[index].section.classList.add('current');
      sections[index].section.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      nowTitle.textContent = (index + 1) + ' / ' + clips.length + ' · ' + clips[index].title;
      audio.src = clips[index].audio;
    }
    audio.currentTime = at || 0;
    audio.playbackRate = Number(speed.value);
    audio.play().catch(function () { /* the user presses play */ });
  }

  function highlight() {
    if (current < 0) return;
    var t = audio.currentTime;
    var found = null;
    sections[current].rows.forEach(function (r) { if (r.turn.start <= t && t < r.turn.end) found = r.row; });
    if (found === currentTurn) return;
    if (currentTurn) currentTurn.classList.remove('speaking');
    currentTurn = found;
    if (found) {
      found.classList.add('speaking');
      found.scrollIntoView({ block: 'nearest' });
    }
  }

  audio.addEventListener('timeupdate', highlight);
  audio.addEventListener('ended', function () { if (current + 1 < clips.length) playClip(current + 1); });
  speed.addEventListener('change', function () { audio.playbackRate = Number(speed.value); });
  document.getElementById('prev').addEventListener('click', function () { playClip(Math.max(0, current - 1)); });
  document.getElementById('next').addEventListener('click', function () { playClip(current + 1); });
  document.getElementById('replay').addEventListener('click', function () { playClip(Math.max(0, current)); });
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target && /^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName))) return;
    var key = e.key.toLowerCase();
    if (key === 'n' || e.key === 'ArrowDown') playClip(current + 1);
    else if (key === 'p' || e.key === 'ArrowUp') playClip(Math.max(0, current - 1));
    else if (key === 'r') playClip(Math.max(0, current));
    else if (key === ' ' && e.target === document.body) {
      if (current < 0) playClip(0);
      else if (audio.paused) audio.play();
      else audio.pause();
    } else return;
    e.preventDefault();
  });
})();
`;
