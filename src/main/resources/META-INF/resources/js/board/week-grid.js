// The week overview: a row per nurse, a cell per day with her route in miniature; a cell opens that day.
import { el } from '../dom.js';
import { dayLabel, minutesOn } from '../week.js';

const FROM = 6 * 60;
const SPAN = 17 * 60; // 06:00–23:00
const pct = (m) => `${Math.max(0, Math.min(100, (m - FROM) * 100 / SPAN))}%`;

/** Draws the grid into `container` (the timeline's element). */
export function drawWeekGrid(container, state) {
  const { board } = state;
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Nurse'),
    board.days.map((d) => el('th', { scope: 'col' }, dayLabel(d))));
  const rows = board.nurses.map((nurse) => el('tr', { dataset: { nurseId: nurse.nurseId } },
    el('th', { scope: 'row' }, el('button', {
      type: 'button', class: 'link', onclick: () => state.select({ kind: 'nurse', id: nurse.nurseId }),
    }, nurse.name)),
    board.days.map((day) => cell(state, nurse, day))));
  container.setAttribute('aria-label', 'Week overview');
  container.replaceChildren(el('table', { class: 'week-grid' }, el('thead', {}, head), el('tbody', {}, rows)));
}

function cell(state, nurse, day) {
  const shifts = nurse.shifts.filter((s) => s.date === day);
  if (!shifts.length) {
    return el('td', { class: 'off' }, el('span', { class: 'hint' }, 'off'));
  }
  const visits = state.board.visits.filter((v) => v.nurseId === nurse.nurseId && v.date === day && !v.cancelled);
  const minutes = visits.reduce((sum, v) => sum + v.durationMinutes, 0);
  const travel = shifts.reduce((sum, sh) => sum + (sh.travelMinutes ?? 0), 0);
  const broken = visits.filter((v) => v.brokenHardRules.length).length;
  const requested = visits.filter((v) => state.requestOf(v)).length;
  const span = (from, to) => ({ left: pct(from), width: `calc(${pct(to)} - ${pct(from)})` });
  const mini = el('div', { class: 'mini', 'aria-hidden': 'true' },
    shifts.map((sh) => el('span', {
      class: 'mini-shift', style: span(minutesOn(day, sh.start), minutesOn(day, sh.end)),
    })),
    visits.map((v) => el('span', {
      class: ['mini-visit', v.pinned && 'pinned', v.brokenHardRules.length && 'broken',
        state.requestOf(v) && 'cancel-requested'].filter(Boolean).join(' '),
      style: { left: pct(minutesOn(day, v.plannedStart)), width: `${Math.max(0.6, v.durationMinutes * 100 / SPAN)}%` },
    })));
  const label = [`${nurse.name}, ${dayLabel(day)}: ${visits.length} visits`, `${(minutes / 60).toFixed(1)} h of care`,
    `${travel} min travel`, broken ? `${broken} break a hard rule` : null,
    requested ? `${requested} with a cancellation requested` : null,
    shifts.some((s) => s.locked) ? 'locked' : null].filter(Boolean).join(', ');
  return el('td', {}, el('button', {
    type: 'button', class: 'week-cell', 'aria-label': label, title: label, onclick: () => state.goDay(day),
  }, mini, el('span', {}, `${visits.length} · ${(minutes / 60).toFixed(1)} h`,
    broken ? el('b', { class: 'warn' }, ' ⚠') : null)));
}
