// What the board changes, each through the REST endpoint a mobile client would use (so the page can do nothing
// the API refuses), and then reads again. A 409 means the solver or a colleague was first: toast and reload.
import { del, post } from '../api.js';
import { attempt, showErrors, toast } from '../dom.js';
import { dayLabel, zonedParts } from '../week.js';

export function createActions(state) {
  const reload = () => state.reload();

  return {
    /** The server's what-if of an override; `signal` cancels it once a newer preview or the drop replaced it. */
    preview(command, signal) {
      return post(`${state.rosterPath}/overrides/preview`, { ...command, rosterVersion: state.board.version },
        { signal });
    },

    /** Applies an override (pinned, audited) and reads the board again; errors go to `form` when given. */
    async override(command, form) {
      let outcome;
      const done = await attempt(async () => {
        outcome = await post(`${state.rosterPath}/overrides`, { ...command, rosterVersion: state.board.version });
      }, 'change the roster', { onConflict: reload, onError: form ? (e) => showErrors(form, e) : undefined });
      if (done) {
        const broken = outcome.hardImpacts.map((i) => i.constraint).join(', ');
        toast(outcome.breaksHardRules ? `Done, but it breaks: ${broken}` : 'Done: the change is pinned.',
          outcome.breaksHardRules ? 'error' : 'info');
        await reload();
      }
      return done;
    },

    async createRoster() {
      let roster;
      if (await attempt(async () => { roster = await post(`${state.base}/rosters`, { isoWeek: state.week }); },
        'create the roster')) {
        toast(`Roster for ${state.week} created with ${roster.visits} visits.`);
        await state.chooseRoster(roster.id);
      }
    },

    async solve(seconds) {
      let status;
      if (await attempt(async () => { status = await post(`${state.rosterPath}/solving`, { seconds }); },
        'start solving', { onConflict: () => state.chooseRoster(state.rosterId) })) {
        state.showSolving(status);
        state.poll();
      }
    },

    async stop() {
      if (await attempt(() => del(`${state.rosterPath}/solving`), 'stop solving')) {
        state.showSolving(state.solving.status, 'Stopping…');
      }
    },

    /** Throws the ApiError for the dialog's form to show; resolves once the new version is shown. */
    async accept(confirmBrokenHardRules) {
      const snapshot = await post(`${state.rosterPath}/acceptance`, {
        rosterVersion: state.board.version, confirmBrokenHardRules,
      });
      toast(`Accepted as version ${snapshot.versionNumber}.`);
      state.chooseRoster(state.rosterId);
    },

    async replan(freezeAt) {
      const draft = await post(`${state.rosterPath}/replans`, { freezeAt });
      toast('Re-plan draft created: solve it, review the changes, then accept.');
      state.chooseRoster(draft.id);
    },

    /**
     * The team's answer to a client's "this visit is not needed". Confirmed, the visit is cancelled in a re-plan
     * already in progress, else the accepted roster is flagged for one; declined, it goes ahead.
     */
    async decide(request, confirm) {
      const at = request.plannedStart ? ` ${zonedParts(request.plannedStart, state.zone).time}` : '';
      const when = `${dayLabel(request.date)}${at}`;
      const done = await attempt(
        () => post(`${state.base}/cancellation-requests/${request.id}/decision`, { confirm }),
        `answer ${request.clientName}'s request`,
        { onConflict: () => Promise.all([state.readRequests(), reload()]) },
      );
      if (!done) {
        return false;
      }
      await Promise.all([state.readRequests(), reload()]);
      if (!confirm) {
        toast(`Declined: ${request.clientName}'s visit on ${when} goes ahead.`);
      } else if (state.visitOf(request)) {
        toast('Confirmed. This roster still holds the visit: re-plan the week to take it off.');
      } else {
        toast(`Confirmed: ${request.clientName}'s visit on ${when} is cancelled.`);
      }
      return true;
    },
  };
}
