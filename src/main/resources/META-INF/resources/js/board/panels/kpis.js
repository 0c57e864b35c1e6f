// The week at a glance: unassigned visits, continuity, travel, hours against contract, score per constraint.
import { el } from '../../dom.js';

export function kpiPanel(state) {
  const panel = el('section', { class: 'card', 'aria-labelledby': 'kpi-title', id: 'kpis' });
  let drawn = null;
  const draw = () => {
    const k = state.kpis;
    if (k === drawn) return; // a read during a solve keeps the KPIs it had
    drawn = k;
    if (!k) {
      panel.replaceChildren();
      return;
    }
    const kpi = (id, value, label) => el('div', { class: 'kpi', id }, el('b', {}, value), el('span', {}, label));
    const rows = k.nurses.map((n) => {
      const band = n.workedHours > n.contractMaxHours ? 'over' : n.workedHours < n.contractMinHours ? 'under' : '';
      return el('tr', {}, el('td', {}, n.name), el('td', { class: band }, n.workedHours.toFixed(1)),
        el('td', {}, `${n.contractMinHours}–${n.contractMaxHours}`), el('td', {}, String(n.visits)),
        el('td', {}, String(n.travelMinutes)));
    });
    const heads = ['Nurse', 'Hours', 'Contract', 'Visits', 'Travel (min)'].map((h) => el('th', { scope: 'col' }, h));
    panel.replaceChildren(
      el('h2', { id: 'kpi-title' }, 'Week at a glance'),
      el('div', { class: 'kpis' },
        kpi('kpi-unassigned', String(k.visits - k.assignedVisits), 'unassigned visits'),
        kpi('kpi-continuity', k.averageDistinctNursesPerClient.toFixed(2), 'distinct nurses per client'),
        kpi('kpi-travel', `${k.travelMinutes} min`, `travel (${k.travelMinutesPerVisit.toFixed(1)} per visit)`),
        kpi('kpi-visits', `${k.assignedVisits}/${k.visits}`, 'visits planned')),
      el('details', { open: true }, el('summary', {}, 'Hours against contract'),
        el('table', { class: 'hours-table' }, el('thead', {}, el('tr', {}, heads)), el('tbody', {}, rows)),
        el('p', { class: 'hint' }, 'Hours in red fall outside the contract\'s band.')),
      el('details', {}, el('summary', {}, 'Score per constraint'),
        el('table', {}, el('tbody', {}, k.constraints.filter((c) => c.matches > 0).map((c) => el('tr', {},
          el('td', {}, c.constraint), el('td', {}, c.level.toLowerCase()), el('td', {}, String(c.penalty))))))));
  };
  state.on(['roster', 'board'], draw);
  return panel;
}
