// The visits nobody does, of the day shown (or the week), with the solver's reason; a drop target for dragging.
import { el, fill } from '../../dom.js';
import { dayLabel, hhmm } from '../../week.js';
import { WEEK } from '../state.js';

export function unassignedPanel(state) {
  const panel = el('section', { class: 'card', 'aria-labelledby': 'unassigned-title', id: 'unassigned-panel' });
  const draw = () => {
    if (!state.board) return;
    const week = state.day === WEEK;
    const open = state.board.visits.filter((v) => v.nurseId === null && !v.cancelled);
    const shown = week ? open : open.filter((v) => v.date === state.day);
    const reasons = new Map((state.kpis?.unassigned || []).map((u) => [u.visitId, u.reason]));
    const item = (v) => {
      const request = state.requestOf(v);
      const classes = ['visit', state.isSelected(v) && 'selected', request && 'cancel-requested'];
      const when = `${week ? `${dayLabel(v.date)} ` : ''}${hhmm(v.earliestStart)}–${hhmm(v.latestStart)}`;
      return el('li', {}, el('button', {
        type: 'button', class: classes.filter(Boolean).join(' '), dataset: { visitId: v.visitId },
        title: reasons.get(v.visitId) || '', onclick: () => state.select({ kind: 'visit', id: v.visitId }),
      }, el('div', { class: 'who' }, request ? `✉ ${v.clientName}` : v.clientName),
      el('div', { class: 'when' }, `${when} · ${v.durationMinutes} min`)));
    };
    const list = el('ul', { class: 'unassigned-list', id: 'unassigned', 'aria-label': 'Unassigned visits of this day' },
      shown.map(item));
    fill(panel,
      el('h2', { id: 'unassigned-title' }, week ? `Unassigned: ${open.length} this week`
        : `Unassigned: ${shown.length} today, ${open.length} this week`),
      shown.length ? list : el('p', { class: 'hint' }, 'Every visit of this day has a nurse.'),
      state.editable ? el('p', { class: 'hint' }, 'Drop a visit here to take it off its route.') : null);
  };
  state.on(['roster', 'board', 'day', 'selection', 'requests'], draw);
  return panel;
}
