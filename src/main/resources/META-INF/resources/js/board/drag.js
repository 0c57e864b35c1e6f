// Dragging a visit on the board with pointer events (mouse, pen and touch alike; HTML5 drag-and-drop does not
// work on tablets). While the visit hovers over a lane, the server's what-if preview says what the move would
// cost; dropping it there applies the MOVE override (pinned), dropping it on the unassigned list UNASSIGNs it.
// A preview still on its way when the pointer moves on, or when the drag ends, is cancelled (AbortController):
// the server stops working on it and a late answer can never show under another place.
import { isAborted } from '../api.js';
import { el } from '../dom.js';
import { clock, localTime, minutesOn, offsetOf } from '../week.js';
import { previewSummary } from './what-if.js';

const THRESHOLD = 5; // pixels before a press becomes a drag (a click selects)
const PREVIEW_DELAY = 250; // ms the pointer rests before the server is asked

/** view: {state, actions, timeline, geometry} as timeline.js drew them. */
export function enableDragging(view) {
  view.timeline.querySelectorAll('.visit[data-visit-id]').forEach((block) => {
    const visit = view.state.visit(Number(block.dataset.visitId));
    if (!visit || visit.frozen || visit.cancelled) return;
    block.addEventListener('pointerdown', (event) => start(view, block, visit, event));
  });
}

function start(view, block, visit, down) {
  if (down.button !== 0) return;
  let drag = null;
  const grabOffset = down.clientX - block.getBoundingClientRect().left;
  const move = (event) => {
    if (!drag && Math.hypot(event.clientX - down.clientX, event.clientY - down.clientY) < THRESHOLD) return;
    if (!drag) drag = begin(view, block);
    follow(view, drag, visit, event, grabOffset);
  };
  const end = async (event) => {
    cleanupListeners();
    if (!drag) return; // a plain click: the button's click handler selects the visit
    event.preventDefault();
    const target = drag.target;
    finish(drag);
    suppressNextClick(block);
    if (target?.kind === 'lane') {
      await view.actions.override({
        kind: 'MOVE', visitId: visit.visitId, nurseId: target.nurseId, start: target.start,
        reason: 'dragged on the board',
      });
    } else if (target?.kind === 'unassigned' && visit.nurseId !== null) {
      await view.actions.override({ kind: 'UNASSIGN', visitId: visit.visitId, reason: 'dragged off the board' });
    }
  };
  const cancel = (event) => {
    if (event.type === 'keydown' && event.key !== 'Escape') return;
    cleanupListeners();
    if (drag) finish(drag);
  };
  const cleanupListeners = () => {
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', end);
    window.removeEventListener('pointercancel', cancel);
    window.removeEventListener('keydown', cancel);
  };
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', end);
  window.addEventListener('pointercancel', cancel);
  window.addEventListener('keydown', cancel);
}

function begin(view, block) {
  const rect = block.getBoundingClientRect();
  const ghost = block.cloneNode(true);
  ghost.classList.add('drag-ghost');
  ghost.removeAttribute('data-visit-id');
  Object.assign(ghost.style, {
    left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px`,
  });
  document.body.append(ghost);
  block.classList.add('dragging');
  const tip = el('div', { class: 'preview-tip', id: 'drag-preview', role: 'status' }, 'Drag to a nurse and time');
  document.body.append(tip);
  return { view, block, ghost, tip, target: null, timer: null, key: null, preview: null };
}

/** Stops waiting for, and asking for, the preview of the place the visit hovered before. */
function dropPreview(drag) {
  clearTimeout(drag.timer);
  drag.preview?.abort();
  drag.preview = null;
}

function follow(view, drag, visit, event, grabOffset) {
  const { state, timeline, geometry } = view;
  const left = event.clientX - grabOffset;
  Object.assign(drag.ghost.style, { left: `${left}px`, top: `${event.clientY - 20}px` });
  Object.assign(drag.tip.style, { left: `${event.clientX + 14}px`, top: `${event.clientY + 24}px` });
  timeline.querySelectorAll('.drop-target').forEach((l) => l.classList.remove('drop-target'));
  const under = document.elementFromPoint(event.clientX, event.clientY);
  const lane = under?.closest('.lane[data-nurse-id]');
  if (under?.closest('#unassigned-panel')) {
    drag.target = { kind: 'unassigned' };
    drag.key = null;
    drag.tip.textContent = 'Drop to unassign';
    dropPreview(drag);
    return;
  }
  if (!lane || lane.dataset.working !== 'true') {
    drag.target = null;
    drag.key = null;
    drag.tip.textContent = lane ? 'She does not work this day' : 'Drag to a nurse and time';
    dropPreview(drag);
    return;
  }
  lane.classList.add('drop-target');
  const day = geometry.day;
  const track = lane.querySelector('.track').getBoundingClientRect();
  const minute = Math.round((geometry.fromMinute + (left - track.left) * 60 / geometry.hourWidth) / 5) * 5;
  const nurseId = Number(lane.dataset.nurseId);
  const startIso = localTime(day, minute, offsetOf(visit.earliestStart));
  const key = `${nurseId}@${minute}`;
  drag.target = { kind: 'lane', nurseId, start: startIso };
  if (key === drag.key) return;
  drag.key = key;
  const name = state.nurseName(nurseId);
  const span = `${clock(minutesOn(day, visit.earliestStart))}–${clock(minutesOn(day, visit.latestStart))}`;
  drag.tip.replaceChildren(`${name} at ${clock(minute)} (window ${span}) · checking…`);
  dropPreview(drag);
  drag.timer = setTimeout(async () => {
    const preview = new AbortController();
    drag.preview = preview;
    try {
      const whatIf = await view.actions.preview({ kind: 'MOVE', visitId: visit.visitId, nurseId, start: startIso },
        preview.signal);
      if (!preview.signal.aborted) {
        drag.tip.replaceChildren(`${name} at ${clock(minute)}`, previewSummary(whatIf));
      }
    } catch (e) {
      if (!isAborted(e) && !preview.signal.aborted) {
        drag.tip.textContent = `${name} at ${clock(minute)}: ${e.message}`;
      }
    }
  }, PREVIEW_DELAY);
}

function finish(drag) {
  dropPreview(drag);
  drag.ghost.remove();
  drag.tip.remove();
  drag.block.classList.remove('dragging');
  drag.view.timeline.querySelectorAll('.drop-target').forEach((l) => l.classList.remove('drop-target'));
}

/** The pointerup of a drag is followed by a click on the block: it must not also select. */
function suppressNextClick(block) {
  const stop = (e) => { e.stopImmediatePropagation(); e.preventDefault(); };
  block.addEventListener('click', stop, { capture: true, once: true });
  setTimeout(() => block.removeEventListener('click', stop, { capture: true }), 300);
}
