// A re-plan's changes against the accepted roster it started from, in words; shown only on a re-plan.
import { el, fill } from '../../dom.js';
import { zonedText } from '../../week.js';

const SHOWN = 60;

export function diffPanel(state) {
  const panel = el('section', { class: 'card', id: 'diff', 'aria-labelledby': 'diff-title', hidden: true });
  const title = () => el('h2', { id: 'diff-title' }, 'Changes against the accepted roster');
  const draw = () => {
    panel.hidden = !state.board?.basedOnRosterId;
    if (panel.hidden) {
      panel.replaceChildren();
      return;
    }
    const diff = state.diff;
    if (!diff) {
      panel.replaceChildren(title(), el('p', { class: 'hint' }, 'Loading…'));
      return;
    }
    if (diff.error) {
      panel.replaceChildren(title(), el('p', { class: 'form-error' }, diff.error.message));
      return;
    }
    const clients = new Map(state.board.visits.map((v) => [v.clientId, v.clientName]));
    const moment = { weekday: 'short', hour: '2-digit', minute: '2-digit' };
    const at = (iso) => (iso ? zonedText(iso, state.zone, moment) : '');
    const phrase = (c) => {
      const who = clients.get(c.clientId) || `client #${c.clientId}`;
      const from = state.nurseName(c.fromNurseId);
      const to = state.nurseName(c.toNurseId);
      switch (c.kind) {
        case 'MOVED_TO_OTHER_NURSE': return `${who}: ${from} → ${to} (${at(c.toStart)})`;
        case 'RESCHEDULED': return `${who}: ${at(c.fromStart)} → ${at(c.toStart)}`;
        case 'UNASSIGNED': return `${who}: no longer planned (was ${from})`;
        case 'NEWLY_ASSIGNED': return `${who}: now ${to} (${at(c.toStart)})`;
        case 'CANCELLED': return `${who}: cancelled`;
        default: return `${who}: added`;
      }
    };
    fill(panel, title(),
      el('p', { id: 'diff-summary' }, `${diff.changedVisits} of ${diff.visitsCompared} visits change; `
        + `${diff.nursesAffected.length} nurses and ${diff.clientsAffected.length} clients affected.`),
      el('ul', { class: 'diff-list' }, diff.changes.slice(0, SHOWN)
        .map((c) => el('li', { dataset: { kind: c.kind } }, phrase(c)))),
      diff.changes.length > SHOWN ? el('p', { class: 'hint' }, `and ${diff.changes.length - SHOWN} more`) : null);
  };
  state.on(['roster', 'diff'], draw);
  return panel;
}
