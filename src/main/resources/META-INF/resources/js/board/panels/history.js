// What happened to the roster, by whom: read when opened, and again after a change while it is open.
import { get } from '../../api.js';
import { el } from '../../dom.js';
import { zonedText } from '../../week.js';

export function historyPanel(state) {
  const list = el('ul', { class: 'history-list', id: 'history' });
  const panel = el('details', { class: 'card', id: 'history-panel' }, el('summary', {}, 'History'), list);
  let reads = 0;
  const read = async () => {
    if (!panel.open || !state.board) return;
    const mine = ++reads;
    const page = await get(`${state.rosterPath}/history?size=100`);
    if (mine !== reads) return;
    list.replaceChildren(...page.items.slice().reverse().map((e) => el('li', {},
      el('b', {}, e.kind.toLowerCase().replaceAll('_', ' ')),
      ` by ${e.actor || 'Rondo'}, ${zonedText(e.at, state.zone)}`,
      e.details?.reason ? ` — “${e.details.reason}”` : '')));
  };
  panel.addEventListener('toggle', read);
  state.on('roster', () => {
    list.replaceChildren();
    read();
  });
  state.on('board', read);
  return panel;
}
