// The board's two decisions in a dialog: accepting the roster, and starting a re-plan of an accepted one.
import { dialog, el, field } from '../dom.js';
import { zonedIso, zonedParts } from '../week.js';

export function acceptDialog(state, actions) {
  const broken = [...new Set(state.board.visits.flatMap((v) => v.brokenHardRules))];
  dialog({
    id: 'accept-dialog', labelledBy: 'accept-title',
    content: [
      el('h2', { id: 'accept-title' }, `Accept the roster of ${state.board.isoWeek}?`),
      el('p', {}, 'Accepting publishes it as the week\'s next version: nurses see it on their phones and in exports.'),
      broken.length ? el('div', { class: 'form-error' }, el('p', {}, 'This roster breaks hard rules:'),
        el('ul', {}, broken.map((b) => el('li', {}, b)))) : null,
      broken.length ? field({
        name: 'confirmBrokenHardRules', label: 'The team knows better: accept anyway', type: 'checkbox',
      }) : null,
    ],
    actions: [el('button', { type: 'submit', class: 'primary' }, 'Accept'),
      el('button', { type: 'button', value: 'cancel' }, 'Cancel')],
    submit: (form) => actions.accept(!!form.elements.confirmBrokenHardRules?.checked),
  });
}

/** The freeze time is the team's wall clock (now, by default), whatever zone the browser is in. */
export function replanDialog(state, actions) {
  const zone = state.zone;
  const now = zonedParts(new Date().toISOString(), zone);
  dialog({
    id: 'replan-dialog', labelledBy: 'replan-title',
    content: [
      el('h2', { id: 'replan-title' }, 'Re-plan this week'),
      el('p', {}, 'A new draft starts from the accepted roster. Visits before the freeze time stay exactly as they '
        + 'are; after it, the solver may change what reality requires (the team reviews the changes before '
        + 'accepting).'),
      field({
        name: 'freezeAt', label: `Keep everything before (${zone} time)`, type: 'datetime-local',
        value: `${now.date}T${now.time}`,
      }),
    ],
    actions: [el('button', { type: 'submit', class: 'primary' }, 'Create re-plan draft'),
      el('button', { type: 'button', value: 'cancel' }, 'Cancel')],
    submit: (form) => {
      const value = form.elements.freezeAt.value; // "2026-12-02T07:00"
      return actions.replan(value ? zonedIso(value.substring(0, 10), value.substring(11, 16), zone) : null);
    },
  });
}
