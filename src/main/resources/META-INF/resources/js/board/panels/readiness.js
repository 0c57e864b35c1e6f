// Data problems no solver can fix (GET R/readiness), so nobody waits for a solve to learn about them. Read once
// per roster: overrides and solves do not change them.
import { el } from '../../dom.js';
import { dayLabel } from '../../week.js';

export function readinessPanel(state) {
  const panel = el('section', {
    class: 'card readiness', id: 'readiness', hidden: true, 'aria-labelledby': 'readiness-title',
  });
  const draw = () => {
    const report = state.readiness;
    panel.hidden = !report || report.ready;
    if (panel.hidden) {
      panel.replaceChildren();
      return;
    }
    const visitButtons = (finding) => finding.visitIds.slice(0, 8).map((id) => state.visit(id)).filter(Boolean)
      .flatMap((visit) => [el('button', { type: 'button', class: 'link', onclick: () => state.openVisit(visit) },
        `${visit.clientName} ${dayLabel(visit.date)}`), ' ']);
    panel.replaceChildren(el('h2', { id: 'readiness-title' }, '⚠ Data no solver can fix'),
      el('ul', {}, report.findings.map((f) => el('li', {}, f.message, ' ', visitButtons(f)))),
      el('p', { class: 'hint' }, 'Change the care plan\'s window or a nurse\'s availability on the caseload pages.'));
  };
  state.on(['roster', 'readiness'], draw);
  return panel;
}
