// The board's toolbar (week, roster, solve/stop, accept, re-plan) and the status line under it (roster status,
// feasibility, score, the solver's progress).
import { el } from '../dom.js';
import { isIsoWeek, shiftWeek } from '../week.js';
import { acceptDialog, replanDialog } from './dialogs.js';

/** The toolbar; built again only when what it offers changes (not on every read of the board). */
export function toolbar(state, actions) {
  const bar = el('div', { class: 'board-toolbar', role: 'toolbar', 'aria-label': 'Week and roster' });
  let shape = null;
  let controls = {};

  const draw = () => {
    const b = state.board;
    const next = JSON.stringify([state.week, state.rosterId, state.rosters.map((r) => [r.id, r.status]),
      b?.status, state.editable]);
    if (next === shape) return;
    shape = next;
    const weekInput = el('input', { type: 'week', id: 'week-input', value: state.week, 'aria-label': 'ISO week' });
    weekInput.addEventListener('change', () => isIsoWeek(weekInput.value) && go(weekInput.value));
    bar.replaceChildren(
      el('button', {
        type: 'button', 'aria-label': 'Previous week', onclick: () => go(shiftWeek(state.week, -1)),
      }, '◀'),
      el('div', { class: 'field' }, el('label', { for: 'week-input' }, 'Week'), weekInput),
      el('button', { type: 'button', 'aria-label': 'Next week', onclick: () => go(shiftWeek(state.week, 1)) }, '▶'));
    controls = {};
    if (state.rosters.length) {
      const select = el('select', { id: 'roster-select', name: 'roster' }, state.rosters.map((r) => el('option', {
        value: r.id, selected: r.id === state.rosterId,
      }, rosterLabel(r))));
      select.addEventListener('change', () => state.chooseRoster(Number(select.value)));
      bar.append(el('div', { class: 'field' }, el('label', { for: 'roster-select' }, 'Roster'), select));
    }
    if (!b) return;
    if (state.editable) {
      controls.seconds = el('select', { id: 'solve-seconds', name: 'seconds' },
        [10, 30, 60, 120, 300].map((s) => el('option', { value: s, selected: s === 30 }, `${s} s`)));
      controls.solve = el('button', {
        type: 'button', class: 'primary', id: 'solve', onclick: () => actions.solve(Number(controls.seconds.value)),
      }, 'Solve');
      controls.stop = el('button', { type: 'button', id: 'stop', hidden: true, onclick: () => actions.stop() }, 'Stop');
      controls.accept = el('button', { type: 'button', id: 'accept', onclick: () => acceptDialog(state, actions) },
        'Accept…');
      bar.append(el('div', { class: 'field' }, el('label', { for: 'solve-seconds' }, 'Solve for'), controls.seconds),
        controls.solve, controls.stop, controls.accept);
      showSolving();
    }
    if (state.ctx.canPlan && b.inForce) {
      bar.append(el('button', { type: 'button', id: 'replan', onclick: () => replanDialog(state, actions) },
        'Re-plan…'));
    }
  };

  const showSolving = () => {
    if (!controls.solve) return;
    const solving = isSolving(state.solving.status);
    controls.solve.hidden = solving;
    controls.stop.hidden = !solving;
    controls.accept.disabled = solving;
  };

  const go = (week) => state.goWeek(week);

  state.on(['roster', 'board'], draw);
  state.on('solving', showSolving);
  draw();
  return bar;
}

/** Status badges, score and the solver's progress. */
export function statusLine(state) {
  const status = el('span', { class: 'badge', id: 'roster-status' });
  const feasibility = el('span', { class: 'badge', id: 'feasibility' });
  const replan = el('span', { class: 'badge bad', hidden: true }, 'reality changed: re-plan');
  const score = el('span', { id: 'score' });
  const progress = el('progress', { max: 100, value: 0, hidden: true, 'aria-label': 'Solving progress' });
  const solverText = el('span', { id: 'solver-status', role: 'status', 'aria-live': 'polite' });
  const line = el('div', { class: 'solve-status' }, status, feasibility, replan, score, progress, solverText);

  const drawBoard = () => {
    const b = state.board;
    if (!b) return;
    status.className = `badge ${b.inForce ? 'ok' : ''}`;
    status.textContent = b.inForce ? `Accepted v${b.acceptedVersion}` : b.status.toLowerCase();
    feasibility.className = `badge ${b.feasible ? 'ok' : 'bad'}`;
    feasibility.textContent = b.feasible ? 'no hard rule broken' : 'hard rules broken';
    replan.hidden = !b.needsReplan;
    drawSolving();
  };

  const drawSolving = () => {
    const { status: s, note } = state.solving;
    const solving = isSolving(s);
    progress.hidden = !solving;
    progress.value = s?.progressPercent ?? 0;
    score.textContent = `Score ${(solving && s.bestScore) || state.board?.score}`;
    if (note !== null) {
      solverText.textContent = note;
    } else if (solving) {
      const what = s.waitingForSolver ? 'Waiting for a solver' : 'Solving';
      solverText.textContent = `${what}: ${s.progressPercent}% · ${s.assignedVisits}/${s.visits} visits planned`;
    } else {
      solverText.textContent = s?.error ? `Solving failed: ${s.error}` : '';
    }
  };

  state.on(['roster', 'board'], drawBoard);
  state.on('solving', drawSolving);
  return line;
}

const isSolving = (status) => !!status && status.solving;

function rosterLabel(r) {
  const version = r.acceptedVersion ?? '';
  const state = r.editable ? 'draft' : `${r.status.toLowerCase()} v${version}`;
  return `#${r.id} ${state}${r.basedOnRosterId ? ` (re-plan of #${r.basedOnRosterId})` : ''}`;
}
