// The day tabs (the week overview, then Monday to Sunday with their visit counts); arrow keys move between them.
import { el } from '../dom.js';
import { dayLabel } from '../week.js';
import { WEEK } from './state.js';

export function dayTabs(state) {
  const tabs = el('div', { class: 'day-tabs', role: 'tablist', 'aria-label': 'Day' });

  /** Built again when the board is read (the counts change); a day click only moves the selection. */
  const draw = () => {
    if (!state.board) return;
    const all = [WEEK, ...state.board.days];
    tabs.replaceChildren(...all.map((day) => {
      const count = state.board.visits.filter((v) => (day === WEEK || v.date === day) && !v.cancelled).length;
      const tab = el('button', {
        type: 'button', role: 'tab', dataset: { day }, onclick: () => state.goDay(day),
      }, `${day === WEEK ? 'Week' : dayLabel(day)} (${count})`);
      tab.addEventListener('keydown', (e) => {
        const i = all.indexOf(day);
        const j = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : -1;
        if (j >= 0 && j < all.length) {
          state.goDay(all[j]);
          tabs.querySelector(`[role=tab][data-day="${all[j]}"]`)?.focus();
        }
      });
      return tab;
    }));
    select();
  };

  const select = () => {
    tabs.querySelectorAll('[role=tab]').forEach((tab) => {
      const selected = tab.dataset.day === state.day;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    });
  };

  state.on(['roster', 'board'], draw);
  state.on('day', select);
  return tabs;
}
