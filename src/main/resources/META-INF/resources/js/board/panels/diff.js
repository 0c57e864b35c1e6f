// A re-plan's changes against the accepted roster it started from, in the server's words; shown only on a re-plan.
import { el, fill } from '../../dom.js';

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
    fill(panel, title(),
      el('p', { id: 'diff-summary' }, `${diff.changedVisits} of ${diff.visitsCompared} visits change; `
        + `${diff.nursesAffected.length} nurses and ${diff.clientsAffected.length} clients affected.`),
      el('ul', { class: 'diff-list' }, diff.changes.slice(0, SHOWN)
        .map((c) => el('li', { dataset: { kind: c.kind } }, c.description))),
      diff.changes.length > SHOWN ? el('p', { class: 'hint' }, `and ${diff.changes.length - SHOWN} more`) : null);
  };
  state.on(['roster', 'diff'], draw);
  return panel;
}
