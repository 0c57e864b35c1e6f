// Clients' requests that a visit of this week is not needed, as they sent them through the client view: whose
// visit, when, the reason in her own words, who asked and when. Members confirm or decline each; the visits are
// marked on the timeline. Only members read them (they are the client's words).
import { el } from '../../dom.js';
import { dayLabel, zonedParts, zonedText } from '../../week.js';

export function requestsPanel(state, actions) {
  const heading = el('h2', { id: 'requests-title', tabindex: '-1' }, 'Clients\' requests');
  const body = el('div');
  const panel = el('section', {
    class: 'card requests', id: 'requests-panel', 'aria-labelledby': 'requests-title', hidden: true,
  }, heading, body);

  const item = (request) => {
    const visit = state.visitOf(request);
    const time = request.plannedStart ? ` ${zonedParts(request.plannedStart, state.zone).time}` : '';
    const when = `${dayLabel(request.date)}${time}`;
    const decide = (confirm) => async (event) => {
      const buttons = event.target.closest('li').querySelectorAll('button');
      buttons.forEach((b) => { b.disabled = true; });
      if (await actions.decide(request, confirm)) {
        heading.focus(); // its item is gone: the list's heading says how many are left
      } else {
        buttons.forEach((b) => { b.disabled = false; });
      }
    };
    return el('li', { dataset: { requestId: request.id, lineageId: request.lineageId } },
      el('p', { class: 'request-visit' }, el('b', {}, request.clientName), ` · ${when}`),
      el('blockquote', { class: 'client-words' }, el('q', {}, request.reason)),
      el('p', { class: 'hint' }, `Asked by ${request.requestedBy}, ${zonedText(request.requestedAt, state.zone)}`),
      el('div', { class: 'row' },
        visit ? el('button', { type: 'button', class: 'link show-visit', onclick: () => state.openVisit(visit) },
          'Show on the board') : el('span', { class: 'hint' }, 'Not on this roster.'),
        state.ctx.canPlan ? [
          el('button', {
            type: 'button', class: 'primary confirm', onclick: decide(true),
            'aria-label': `Confirm: ${request.clientName}'s visit on ${when} is not needed`,
          }, 'Confirm'),
          el('button', {
            type: 'button', class: 'decline', onclick: decide(false),
            'aria-label': `Decline: ${request.clientName}'s visit on ${when} goes ahead`,
          }, 'Decline'),
        ] : null));
  };

  let drawn = null;
  const draw = () => {
    panel.hidden = !state.ctx.canPlan || !state.board;
    if (panel.hidden) return;
    const open = state.requests;
    // a read of the board during a solve changes nothing here: keep the buttons (and the keyboard's focus)
    const shape = JSON.stringify([state.rosterId, open.map((r) => [r.id, state.visitOf(r)?.visitId])]);
    if (shape === drawn) return;
    drawn = shape;
    heading.textContent = open.length
      ? `Clients' requests: ${open.length} visit${open.length === 1 ? '' : 's'} not needed` : 'Clients\' requests';
    if (!open.length) {
      body.replaceChildren(el('p', { class: 'hint' }, 'No open requests from clients for this week.'));
      return;
    }
    body.replaceChildren(
      el('p', { class: 'hint' }, 'Confirming cancels the visit: at once in a re-plan in progress, otherwise at '
        + 'the week\'s next re-plan (the accepted roster is flagged for one). Declining keeps it.'),
      el('ul', { class: 'request-list', id: 'cancellation-requests' }, open.map(item)));
  };

  state.on(['roster', 'board', 'requests'], draw);
  return panel;
}
