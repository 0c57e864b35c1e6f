// The detail panel: why the selected visit or nurse looks the way it does (the server's explanation), the move
// form (the keyboard's way to do what dragging does) and a nurse's route of the day on a map.
import { get, isAborted } from '../../api.js';
import { el, field, showErrors } from '../../dom.js';
import { dayLabel, hhmm, localTime, offsetOf } from '../../week.js';
import { travelLabel } from '../../widgets.js';
import { drawRoads, drawRouteMap } from '../route-map.js';
import { WEEK } from '../state.js';
import { previewSummary } from '../what-if.js';

const STRAIGHT_HINT = 'Straight lines between the stops. No background tiles, so the map works without internet; '
  + 'grey dots are the team\'s other visits of the day.';
const ROADS_HINT = 'The lines follow the roads of the map the travel times come from (dashed: an address the map '
  + 'cannot reach). No background tiles, so the map works without internet; grey dots are the team\'s other '
  + 'visits of the day.';

export function detailsPanel(state, actions) {
  const panel = el('section', { class: 'card explanation', id: 'details', 'aria-live': 'polite', tabindex: '-1' });
  let map = null;
  let reading = null; // the explanation and route on their way: cancelled when the panel draws again
  let previewing = null; // the move form's what-if on its way: cancelled by a newer one or a new drawing
  let explained = {}; // the last explanation, kept while the board and the selection stay (a day tab reuses it)

  const placeholder = () => {
    panel.replaceChildren(el('h2', {}, 'Details'),
      el('p', { class: 'hint' }, 'Select a visit or a nurse to see why the roster looks this way.'));
  };

  const show = async ({ focus = false } = {}) => {
    reading?.abort();
    previewing?.abort();
    map?.remove();
    map = null;
    const selection = state.selected;
    if (!selection || !state.board) {
      placeholder();
      return;
    }
    const visit = selection.kind === 'visit' ? state.visit(selection.id) : null;
    const lane = selection.kind === 'nurse' ? state.board.nurses.find((n) => n.nurseId === selection.id) : null;
    if (!visit && !lane) {
      placeholder();
      return;
    }
    reading = new AbortController();
    const { signal } = reading;
    panel.replaceChildren(el('h2', {}, visit ? visit.clientName : lane.name),
      el('p', { class: 'hint' }, 'Loading the explanation…'));
    const path = visit ? `visits/${visit.visitId}` : `nurses/${lane.nurseId}`;
    let explanation = explained.board === state.board && explained.path === path ? explained.explanation : null;
    if (!explanation) {
      try {
        explanation = await get(`${state.rosterPath}/${path}/explanation`, { signal });
        explained = { board: state.board, path, explanation };
      } catch (e) {
        if (isAborted(e)) return;
        explanation = { error: e };
      }
    }
    if (signal.aborted) return;
    panel.replaceChildren(...(visit ? visitDetails(visit, explanation) : nurseDetails(lane, explanation)));
    if (focus) panel.focus({ preventScroll: true });
  };

  const visitDetails = (visit, explanation) => {
    const skills = visit.skills.length ? ` · ${visit.skills.join(', ')}` : '';
    const address = visit.address ? ` · ${visit.address}` : '';
    const facts = el('p', { class: 'hint' },
      `${dayLabel(visit.date)} · window ${hhmm(visit.earliestStart)}–${hhmm(visit.latestStart)} · `
      + `${visit.durationMinutes} min · level ${visit.minLevel}+${skills}${address}`);
    const parts = [el('h2', {}, visit.clientName), facts, ...explanationBlock(explanation)];
    const request = state.requestOf(visit);
    if (request) {
      parts.push(el('p', { class: 'cancel-request-note' },
        `✉ Asked by ${request.requestedBy} to cancel: `,
        el('q', {}, request.reason), ' (see the clients\' requests).'));
    }
    if (visit.pinned) {
      const why = visit.pinReason ? `: “${visit.pinReason}”` : '';
      parts.push(el('p', {}, `⚓ Pinned${visit.pinnedStart ? ' at a fixed time' : ''}${why}.`));
    }
    if (visit.brokenHardRules.length) {
      parts.push(el('p', { class: 'form-error' }, `Breaks: ${visit.brokenHardRules.join(', ')}`));
    }
    if (state.editable && !visit.frozen) {
      parts.push(moveForm(visit));
    }
    return parts;
  };

  /** The keyboard way to do what dragging does: choose nurse and time, preview, then move. */
  const moveForm = (visit) => {
    const working = state.board.nurses.filter((n) => n.shifts.some((s) => s.date === visit.date));
    const form = el('form', { class: 'move-form', 'aria-label': 'Move this visit' },
      el('h3', {}, 'Change it'),
      field({
        name: 'nurseId', label: 'Nurse', type: 'select', value: visit.nurseId ?? '',
        options: working.map((n) => ({ value: n.nurseId, label: n.name })),
      }),
      field({
        name: 'start', label: 'Start (empty: the solver picks)', type: 'time',
        value: visit.plannedStart ? hhmm(visit.plannedStart) : '',
      }),
      field({ name: 'reason', label: 'Reason (optional)', attrs: { maxlength: 200 } }),
      el('div', { class: 'preview', 'aria-live': 'polite' }),
      el('div', { class: 'row' },
        el('button', { type: 'button', name: 'preview' }, 'Preview'),
        el('button', { type: 'submit', class: 'primary' }, 'Move and pin'),
        visit.nurseId !== null ? el('button', { type: 'button', name: 'unassign' }, 'Unassign') : null,
        visit.pinned ? el('button', { type: 'button', name: 'unpin' }, 'Unpin') : null));
    const reason = () => form.elements.reason.value || null;
    const command = () => {
      const start = form.elements.start.value;
      const minutes = Number(start.substring(0, 2)) * 60 + Number(start.substring(3, 5));
      return {
        kind: 'MOVE', visitId: visit.visitId, nurseId: Number(form.elements.nurseId.value),
        start: start ? localTime(visit.date, minutes, offsetOf(visit.earliestStart)) : null,
        reason: reason(),
      };
    };
    form.elements.preview.addEventListener('click', async () => {
      previewing?.abort(); // a newer preview replaces the one on its way
      previewing = new AbortController();
      const { signal } = previewing;
      const target = form.querySelector('.preview');
      try {
        const whatIf = await actions.preview(command(), signal);
        if (!signal.aborted) target.replaceChildren(previewSummary(whatIf));
      } catch (e) {
        if (!isAborted(e)) showErrors(form, e);
      }
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      actions.override(command(), form);
    });
    form.elements.unassign?.addEventListener('click',
      () => actions.override({ kind: 'UNASSIGN', visitId: visit.visitId, reason: reason() }, form));
    form.elements.unpin?.addEventListener('click',
      () => actions.override({ kind: 'UNPIN', visitId: visit.visitId }, form));
    return form;
  };

  const nurseDetails = (lane, explanation) => {
    const day = state.day;
    const parts = [el('h2', {}, lane.name),
      el('p', { class: 'hint' }, `Level ${lane.level} · ${lane.skills.join(', ') || 'no extra skills'} · `
        + travelLabel(state.ctx, lane.travelMode)),
      ...groupedExplanation(explanation)];
    if (day === WEEK) {
      return parts;
    }
    const dayShifts = lane.shifts.filter((s) => s.date === day);
    const locked = dayShifts.some((s) => s.locked);
    if (dayShifts.length && state.editable) {
      parts.push(el('button', {
        type: 'button', id: 'lock-day',
        onclick: () => actions.override({ kind: locked ? 'UNLOCK_DAY' : 'LOCK_DAY', nurseId: lane.nurseId, day }),
      }, locked ? `Unlock ${dayLabel(day)}` : `Lock ${dayLabel(day)} (the solver keeps it as it is)`));
    }
    const stops = state.board.visits.filter((v) => v.nurseId === lane.nurseId && v.date === day && !v.cancelled)
      .sort((a, b) => (a.routeIndex ?? 0) - (b.routeIndex ?? 0));
    if (stops.length) {
      parts.push(...routeOfTheDay(lane, day, stops));
    }
    return parts;
  };

  const routeOfTheDay = (lane, day, stops) => {
    const names = stops.map((s, i) => `${i + 1}. ${s.clientName}`).join(', ');
    const mapBox = el('div', {
      class: 'route-map', id: 'route-map', role: 'img',
      'aria-label': `Map of ${lane.name}'s route on ${dayLabel(day)}: ${names}`,
    });
    const hint = el('p', { class: 'hint' }, STRAIGHT_HINT);
    const { signal } = reading;
    requestAnimationFrame(() => {
      if (signal.aborted) return;
      const others = state.board.visits.filter((v) => v.date === day && v.nurseId !== lane.nurseId && !v.cancelled);
      const drawn = drawRouteMap(mapBox, lane, stops, others);
      map = drawn;
      // the roads where the server has a map; until they come (or without a map) the straight lines stay
      get(`${state.rosterPath}/nurses/${lane.nurseId}/route?date=${day}`, { signal }).then((route) => {
        if (map === drawn && drawRoads(drawn, route)) {
          hint.textContent = ROADS_HINT;
        }
      }).catch(() => {});
    });
    return [el('h3', {}, `Route on ${dayLabel(day)}`), mapBox,
      el('ol', { class: 'route-stops' }, stops.map((s) => el('li', {},
        `${hhmm(s.plannedStart)} ${s.clientName}${s.address ? `, ${s.address}` : ''}`))),
      hint];
  };

  state.on('roster', () => show());
  state.on('board', () => show());
  state.on('selection', (topic, { focus }) => show({ focus }));
  state.on('day', () => state.selected?.kind === 'nurse' && show()); // her route and lock are of the day
  placeholder();
  return panel;
}

function explanationBlock(explanation) {
  if (explanation.error) {
    return [el('p', { class: 'form-error' }, explanation.error.message)];
  }
  const hard = new Set(explanation.impacts.filter((i) => i.hard).map((i) => i.sentence));
  return [el('p', { class: 'summary' }, explanation.summary),
    el('ul', {}, explanation.reasons.map((r) => el('li', { class: hard.has(r) ? 'hard' : '' },
      hard.has(r) ? `⚠ ${r}` : r)))];
}

/**
 * A nurse's week touches many matches: one line per constraint, the sentences folded away. The server lists
 * the impacts by level, hard first; the groups keep that order of levels (no copy of the levels here) and put the
 * heavier cost first within a level.
 */
function groupedExplanation(explanation) {
  if (explanation.error) {
    return [el('p', { class: 'form-error' }, explanation.error.message)];
  }
  const levels = [...new Set(explanation.impacts.map((i) => i.level))];
  const groups = new Map();
  for (const impact of explanation.impacts) {
    const g = groups.get(impact.constraint)
      || { level: impact.level, hard: impact.hard, count: 0, penalty: 0, sentences: [] };
    g.count += 1;
    g.penalty += impact.penalty;
    g.sentences.push(impact.sentence);
    groups.set(impact.constraint, g);
  }
  const rows = [...groups.entries()]
    .sort((a, b) => levels.indexOf(a[1].level) - levels.indexOf(b[1].level) || b[1].penalty - a[1].penalty);
  return [el('p', { class: 'summary' }, explanation.summary),
    el('ul', { class: 'impact-groups' }, rows.map(([name, g]) => {
      const line = `${g.hard ? '⚠ ' : ''}${name}: ${g.count}× (${g.level.toLowerCase()}, cost ${g.penalty})`;
      return el('li', { class: g.hard ? 'hard' : '' }, el('details', {}, el('summary', {}, line),
        el('ul', {}, [...new Set(g.sentences)].slice(0, 30).map((t) => el('li', {}, t)))));
    }))];
}
