// The planning board: one lane per nurse for the chosen day, visits as blocks on a timeline, the solver's
// progress, KPIs, explanations, drag-to-override with a what-if preview, acceptance, re-plan diff, history and
// clients' cancellation requests. Its parts, each redrawing on the state topics it depends on:
//   state.js     the one state object: reads, the solver poll, topics      actions.js  the writes
//   toolbar.js   week, roster, solve/stop/accept/re-plan; the status line   dialogs.js  accept, re-plan
//   day-tabs.js  week overview and days   timeline.js  a day's lanes   week-grid.js  the week   drag.js  dragging
//   panels/      details (explanations, move form, route map), requests, readiness, unassigned, kpis, diff, history
import { el } from '../dom.js';
import { createActions } from './actions.js';
import { dayTabs } from './day-tabs.js';
import { detailsPanel } from './panels/details.js';
import { diffPanel } from './panels/diff.js';
import { historyPanel } from './panels/history.js';
import { kpiPanel } from './panels/kpis.js';
import { readinessPanel } from './panels/readiness.js';
import { requestsPanel } from './panels/requests.js';
import { unassignedPanel } from './panels/unassigned.js';
import { createState } from './state.js';
import { timelineView } from './timeline.js';
import { statusLine, toolbar } from './toolbar.js';

export async function renderBoard(ctx) {
  const root = el('div', { class: 'board' });
  ctx.main.replaceChildren(root);
  const state = createState(ctx, root);
  const actions = createActions(state);
  let parts = null;
  // first listener of "roster": the layout is in the page before the parts draw (the timeline measures it)
  state.on('roster', () => root.replaceChildren(parts.toolbar, ...(state.board ? parts.board : [parts.empty])));
  parts = {
    toolbar: toolbar(state, actions),
    empty: emptyCard(state, actions),
    board: [
      statusLine(state),
      dayTabs(state),
      el('div', { class: 'board-layout' },
        timelineView(state, actions),
        el('aside', { class: 'side', 'aria-label': 'Details' },
          detailsPanel(state, actions), requestsPanel(state, actions), readinessPanel(state),
          unassignedPanel(state), kpiPanel(state), diffPanel(state), historyPanel(state))),
    ],
  };
  await state.load();
}

function emptyCard(state, actions) {
  const card = el('section', { class: 'card', 'aria-labelledby': 'empty-title' });
  state.on('roster', () => {
    if (state.board) return;
    card.replaceChildren(
      el('h1', { id: 'empty-title' }, `No roster for ${state.week} yet`),
      el('p', {}, 'Create it to generate the week\'s visits from the care plans; then let Rondo propose a roster.'),
      state.ctx.canPlan
        ? el('button', { class: 'primary', type: 'button', onclick: () => actions.createRoster() },
          `Create roster for ${state.week}`)
        : el('p', { class: 'hint' }, 'Only team members create rosters.'));
  });
  return card;
}
