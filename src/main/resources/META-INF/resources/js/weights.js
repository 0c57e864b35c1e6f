// The team's soft-constraint weights: what the planner trades against what (hard rules are shown, not weighted).
import { get, putVersioned } from './api.js';
import { el, toast, wireSave } from './dom.js';
import { loading, mount, pageHead, readOnlyNote } from './widgets.js';

/** What each soft weight is counted in, by constraint key; travel counts in seconds, so 60 ≈ a minute of travel. */
const MEANING = {
  'distinct-nurses-per-client': 'per extra nurse a client sees in the week',
  'nurse-new-to-client': 'per nurse the client did not see last week',
  'preferred-nurse-not-used': 'per visit of a client with preferred nurses done by someone else',
  'time-of-day-wish': 'per second a visit starts outside the time of day the client wished',
  'liked-nurse-not-used': 'per visit of a client with nurses she likes done by someone else',
  'avoided-nurse': 'per visit by a nurse the client would rather not see',
  'continuity-wish': 'per extra nurse a client sees, times how much continuity matters to her (1 or 2)',
  'travel-time': 'per second of travel',
  'under-contract-minimum': 'per second a nurse works below her contract minimum',
  'workload-fairness': 'grows with the square of each nurse\'s hours away from her share of the team\'s hours'
    + ', by contract size (1 h off = 3600 × weight)',
  'idle-time': 'per second a nurse waits between visits',
  'changed-nurse': 'per visit given to another nurse than in the accepted roster (re-plans)',
  'moved-start': 'per second a re-planned visit starts more than 5 minutes away from its accepted start',
  'late-start-soft': 'per second a visit starts after its window (when the hard rule is off)',
  'max-lateness-soft': 'per second of the week\'s worst late start',
};
const COUNTED = new Set(['distinct-nurses-per-client', 'nurse-new-to-client', 'preferred-nurse-not-used',
  'changed-nurse', 'liked-nurse-not-used', 'avoided-nurse', 'continuity-wish']);

/** For count-based weights: "≈ 1 h 30 min of travel". */
function travelEquivalent(key, weight) {
  if (!COUNTED.has(key) || !Number.isFinite(weight) || weight <= 0) {
    return weight === 0 ? 'switched off' : '';
  }
  const minutes = Math.round(weight / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `≈ ${h ? `${h} h ` : ''}${m || !h ? `${m} min` : ''} of travel`.replace(/\s+of/, ' of');
}

export async function renderWeights(ctx) {
  const path = `/api/teams/${ctx.teamId}/constraint-weights`;
  loading(ctx, 'the weights');
  const answer = await get(path);
  const readOnly = !ctx.canPlan;
  const soft = answer.weights.filter((w) => w.editable);
  const fixed = answer.weights.filter((w) => !w.editable);
  const inputs = new Map();
  const rows = soft.map((w) => {
    const id = `w-${w.key}`;
    const input = el('input', {
      type: 'number', id, name: w.key, value: w.weight, min: 0, max: 1000000, step: 1, inputmode: 'numeric',
      required: true, disabled: readOnly, 'aria-describedby': `${id}-meaning ${id}-error`,
    });
    const equivalent = el('span', { class: 'equivalent' }, travelEquivalent(w.key, w.weight));
    const changed = el('span', { class: 'badge changed', hidden: w.weight === w.defaultWeight }, 'changed');
    const refresh = () => {
      const value = input.value === '' ? NaN : Number(input.value);
      equivalent.textContent = travelEquivalent(w.key, value);
      changed.hidden = value === w.defaultWeight;
    };
    input.addEventListener('input', refresh);
    inputs.set(w.key, { input, refresh, defaultWeight: w.defaultWeight });
    return el('tr', { dataset: { constraint: w.key } },
      el('th', { scope: 'row' }, el('label', { for: id }, w.constraint), ' ', changed),
      el('td', { class: 'field weight-cell', dataset: { field: `weights[${w.key}]` } },
        input,
        el('p', { class: 'field-error', id: `${id}-error`, role: 'alert', hidden: true })),
      el('td', { class: 'num default' }, String(w.defaultWeight)),
      el('td', { id: `${id}-meaning`, class: 'meaning' }, MEANING[w.key] || '', ' ', equivalent));
  });
  const form = el('form', { class: 'card caseload-form weights-form', 'aria-label': 'Soft constraint weights' },
    el('p', {}, 'The planner first keeps every hard rule, then plans as many visits as it can, and then weighs these '
      + 'against each other. A higher weight makes that wish count more; 0 switches it off. Travel is counted '
      + 'in seconds, so a weight of 3600 weighs like an hour of travel.'),
    el('div', { class: 'table-scroll' },
      el('table', { class: 'caseload-table weights-table' },
        el('caption', { class: 'sr-only' }, 'Soft constraint weights'),
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col' }, 'Wish'), el('th', { scope: 'col' }, 'Weight'),
          el('th', { scope: 'col', class: 'num' }, 'Default'), el('th', { scope: 'col' }, 'Counted'))),
        el('tbody', {}, rows))),
    readOnly ? null : el('div', { class: 'form-actions' },
      el('button', { type: 'submit', class: 'primary' }, 'Save weights'),
      el('button', {
        type: 'button', class: 'reset',
        onclick: () => {
          inputs.forEach(({ input, refresh, defaultWeight }) => { input.value = defaultWeight; refresh(); });
          toast('Defaults filled in: save to apply them.');
          form.querySelector('button[type=submit]').focus();
        },
      }, 'Reset to defaults')));
  wireSave(form, {
    noun: 'set of weights',
    version: answer.version,
    send: (version) => {
      const weights = {};
      inputs.forEach(({ input }, name) => {
        weights[name] = input.value === '' ? null : Number(input.value);
      });
      return putVersioned(path, { weights }, version);
    },
    onSaved: (saved) => {
      saved.weights.forEach((w) => {
        const x = inputs.get(w.key);
        if (x) {
          x.input.value = w.weight;
          x.refresh();
        }
      });
      toast('Weights saved: the next solve uses them.');
    },
    onReload: () => ctx.navigate('/weights'),
    fetchVersion: async () => (await get(path)).version,
  });
  const rules = el('details', { class: 'card fixed-rules' },
    el('summary', {}, `The ${fixed.length} fixed rules (not weighted)`),
    el('ul', {}, fixed.map((w) => el('li', {}, w.constraint, ' ',
      el('span', { class: `badge ${w.hard ? 'bad' : 'busy'}` }, w.hard ? 'hard rule' : 'plan every visit')))));
  const view = el('section', { class: 'caseload' },
    pageHead('Constraint weights'),
    readOnlyNote(ctx),
    form,
    rules);
  mount(ctx, '/weights', view);
}
