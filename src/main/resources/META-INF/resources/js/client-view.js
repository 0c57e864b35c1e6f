// The client view: a client or her relative opens /client.html#<secret>; her visits of this and next week.
// Dutch and English, large type, plain lists a screen reader reads well. The secret stays in the fragment,
// which browsers never send to a server; only the API call carries it.
import { api } from './api.js';
import { el } from './dom.js';
import { timeOfDay } from './week.js';

const TEXT = {
  nl: {
    title: 'Uw bezoeken', switchTo: 'English', switchLang: 'en', hello: (name) => `Welkom, ${name}.`,
    thisWeek: 'Deze week', nextWeek: 'Volgende week', none: 'Geen bezoeken gepland.',
    visit: (from, to, nurses) => `Tussen ${from} en ${to} komt ${nurses}.`, and: 'en',
    loading: 'Even geduld…', gone: 'Deze link werkt niet (meer). Vraag het team om een nieuwe link.',
    failed: 'Er ging iets mis. Probeer het later nog eens.',
    notNeeded: 'Niet nodig', why: 'Waarom is dit bezoek niet nodig?', send: 'Versturen', cancel: 'Terug',
    requested: 'U heeft gevraagd dit bezoek over te slaan. Het team laat het weten.',
    declined: 'Het team heeft besloten dat dit bezoek doorgaat.',
    sent: 'Verstuurd. Het team bekijkt uw verzoek.', reasonNeeded: 'Schrijf kort waarom.',
    wishes: 'Wat voor mij belangrijk is',
    wishesIntro: 'Vertel het team wat voor u belangrijk is. Het team houdt er rekening mee bij de planning.',
    wishesReadOnly: 'Dit heeft u met het team afgesproken. Wilt u iets veranderen? Vraag het aan het team.',
    wishesFailed: 'Uw wensen kunnen nu niet worden getoond. Probeer het later nog eens.',
    whatTime: (plan) => `${plan}: hoe laat?`, notBefore: 'Niet vóór', notAfter: 'Niet na',
    timeHint: 'Bijvoorbeeld 08:30. Leeg laten: geen voorkeur.', timeInvalid: 'Schrijf een tijd als 08:30.',
    timeOrder: '"Niet na" moet later zijn dan "Niet vóór".', noTimeWish: 'Geen voorkeur voor de tijd.',
    between: (a, b) => `tussen ${a} en ${b}`, before: (a) => `niet vóór ${a}`, after: (b) => `niet na ${b}`,
    onDay: (day, text) => `Op ${day}: ${text}.`, everyDay: (text) => `Elke dag: ${text}.`,
    everyDayTime: 'Elke dag', onDayLegend: (day) => `Op ${day}`, day: 'Dag',
    addDay: 'Op één dag een andere tijd', removeDay: 'Weghalen', removeDayLabel: (day) => `Tijd voor ${day} weghalen`,
    dayEmpty: 'Schrijf een tijd, of haal deze dag weg.', dayTwice: 'Deze dag staat er al.',
    days: { MONDAY: 'maandag', TUESDAY: 'dinsdag', WEDNESDAY: 'woensdag', THURSDAY: 'donderdag', FRIDAY: 'vrijdag',
      SATURDAY: 'zaterdag', SUNDAY: 'zondag' },
    continuity: 'Hoe belangrijk is het voor u om steeds dezelfde verpleegkundigen te zien?',
    continuityShort: 'Steeds dezelfde verpleegkundigen',
    liked: 'Verpleegkundigen die u graag ziet', avoided: 'Verpleegkundigen die u liever niet ziet',
    noNurses: 'De laatste weken is er nog geen verpleegkundige bij u geweest.', nobody: 'Niemand genoemd.',
    ownWords: 'In uw eigen woorden, voor de verpleegkundige die komt', ownWordsHint: 'Ten hoogste 500 tekens.',
    ownWordsShort: 'In uw eigen woorden', save: 'Opslaan', saved: 'Opgeslagen. Het team ziet uw wensen.',
    stale: 'Iemand anders heeft dit intussen veranderd. Hieronder staat wat nu is opgeslagen: '
      + 'kijk het na en sla opnieuw op.',
    notAllowed: 'Het team heeft veranderen via deze link niet aangezet.', fixFields: 'Kijk de gemarkeerde velden na.',
  },
  en: {
    title: 'Your visits', switchTo: 'Nederlands', switchLang: 'nl', hello: (name) => `Welcome, ${name}.`,
    thisWeek: 'This week', nextWeek: 'Next week', none: 'No visits planned.',
    visit: (from, to, nurses) => `Between ${from} and ${to}, ${nurses} will visit.`, and: 'and',
    loading: 'One moment…', gone: 'This link does not work (any more). Ask the team for a new link.',
    failed: 'Something went wrong. Please try again later.',
    notNeeded: 'Not needed', why: 'Why is this visit not needed?', send: 'Send', cancel: 'Back',
    requested: 'You asked to skip this visit. The team will let you know.',
    declined: 'The team decided this visit goes ahead.',
    sent: 'Sent. The team will look at your request.', reasonNeeded: 'Please say briefly why.',
    wishes: 'What matters to me',
    wishesIntro: 'Tell the team what matters to you. The team takes it into account when planning.',
    wishesReadOnly: 'This is what you agreed with the team. Would you like to change something? Ask the team.',
    wishesFailed: 'Your wishes cannot be shown right now. Please try again later.',
    whatTime: (plan) => `${plan}: what time?`, notBefore: 'Not before', notAfter: 'Not after',
    timeHint: 'For example 08:30. Leave empty: no preference.', timeInvalid: 'Write a time like 08:30.',
    timeOrder: '"Not after" must be later than "Not before".', noTimeWish: 'No preference for the time.',
    between: (a, b) => `between ${a} and ${b}`, before: (a) => `not before ${a}`, after: (b) => `not after ${b}`,
    onDay: (day, text) => `On ${day}: ${text}.`, everyDay: (text) => `Every day: ${text}.`,
    everyDayTime: 'Every day', onDayLegend: (day) => `On ${day}`, day: 'Day',
    addDay: 'A different time on one day', removeDay: 'Remove', removeDayLabel: (day) => `Remove the time for ${day}`,
    dayEmpty: 'Write a time, or remove this day.', dayTwice: 'This day is already listed.',
    days: { MONDAY: 'Monday', TUESDAY: 'Tuesday', WEDNESDAY: 'Wednesday', THURSDAY: 'Thursday', FRIDAY: 'Friday',
      SATURDAY: 'Saturday', SUNDAY: 'Sunday' },
    continuity: 'How much does it matter to you to see the same nurses?',
    continuityShort: 'Seeing the same nurses',
    liked: 'Nurses you like to see', avoided: 'Nurses you would rather not see',
    noNurses: 'No nurse has visited you in the last weeks yet.', nobody: 'Nobody named.',
    ownWords: 'In your own words, for the nurse who visits you', ownWordsHint: 'At most 500 characters.',
    ownWordsShort: 'In your own words', save: 'Save', saved: 'Saved. The team can see your wishes.',
    stale: 'Someone else changed this in the meantime. Below is what is saved now: please check it and save again.',
    notAllowed: 'The team has not enabled changes through this link.', fixFields: 'Please check the marked fields.',
  },
};

const state = {
  lang: localStorage.getItem('rondo.client.lang') === 'en' ? 'en' : 'nl', data: null, error: null,
  // "What matters to me": as saved, the unsaved form (kept across re-renders), a message for the section
  wishes: null, wishesError: false, draft: null, wishesNotice: null, fieldErrors: {},
};
const token = decodeURIComponent(window.location.hash.replace(/^#/, ''));
const t = () => TEXT[state.lang];

function dayName(date) {
  const locale = state.lang === 'nl' ? 'nl-NL' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })
    .format(new Date(`${date}T12:00:00Z`));
}

function nurses(names) {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${t().and} ${names.at(-1)}` : names[0];
}

function week(heading, visits) {
  const section = el('section', { 'aria-labelledby': `h-${heading.replace(/\s/g, '')}` },
    el('h2', { id: `h-${heading.replace(/\s/g, '')}` }, heading));
  if (visits.length === 0) {
    section.append(el('p', {}, t().none));
    return section;
  }
  const days = [...new Set(visits.map((v) => v.date))];
  for (const date of days) {
    section.append(el('h3', {}, dayName(date)));
    section.append(el('ul', { class: 'visits' }, visits.filter((v) => v.date === date).map(visitItem)));
  }
  return section;
}

function visitItem(visit) {
  const item = el('li', { 'data-visit': visit.visitId },
    el('p', {}, t().visit(visit.from, visit.to, nurses(visit.nurses))));
  if (visit.requestOpen) {
    item.append(el('p', { class: 'requested' }, t().requested));
  } else {
    if (visit.requestDeclined) {
      item.append(el('p', {}, t().declined));
    }
    if (`${visit.date}T${visit.to}` > `${state.data.today}T00:00`) {
      item.append(el('button', { type: 'button', class: 'not-needed', onclick: () => askWhy(item, visit) },
        t().notNeeded));
    }
  }
  return item;
}

/** The reason form, in place of the button; focus goes to the text box, Escape or "Back" closes it. */
function askWhy(item, visit) {
  const id = `why-${visit.visitId}`;
  const reason = el('textarea', { id, name: 'reason', maxlength: '300', 'aria-required': 'true' });
  const message = el('p', { class: 'error', role: 'alert' });
  const form = el('form', { class: 'why', novalidate: true },
    el('label', { for: id }, t().why), reason, message,
    el('button', { type: 'submit', class: 'primary' }, t().send), ' ',
    el('button', { type: 'button', onclick: () => render() }, t().cancel));
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      render();
    }
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!reason.value.trim()) {
      message.textContent = t().reasonNeeded;
      reason.focus();
      return;
    }
    try {
      await api('POST', `/api/client-view/${encodeURIComponent(token)}/cancellation-requests`,
        { visitId: visit.visitId, reason: reason.value.trim() });
      await load(t().sent);
    } catch (err) {
      message.textContent = err.status === 404 ? t().gone : err.message || t().failed;
    }
  });
  item.querySelector('button.not-needed')?.remove();
  item.append(form);
  reason.focus();
}

// "What matters to me": read only unless the team allows changes on this link, then a plain form. Times are typed
// (08:30, 8.30 or 830), not picked: a time picker follows the phone's language and clock, not the page's. The
// continuity choices and their words in both languages come with her wishes.
const wishesPath = () => `/api/client-view/${encodeURIComponent(token)}/wishes`;
const message = (m) => (m.key ? t()[m.key] : m.text);

function timeText(wish) {
  if (wish.notBefore && wish.notAfter) {
    return t().between(wish.notBefore, wish.notAfter);
  }
  return wish.notBefore ? t().before(wish.notBefore) : t().after(wish.notAfter);
}

function weekdayWishes(wishes, planId) {
  return wishes.timeWishes.filter((w) => w.carePlanId === planId && w.weekday);
}

/** The words, in the page's language, of a continuity choice as the server names them. */
function continuityWords(wishes, value) {
  return wishes.continuityChoices.find((c) => c.value === value)[state.lang];
}

/** The days a care plan has visits on (every day when the answer does not say). */
function planDays(plan) {
  return plan.days?.length ? plan.days : Object.keys(TEXT.en.days);
}

/** The form's values as saved: per care plan the every-day time and the times for single weekdays. */
function fromWishes(wishes) {
  const times = {};
  for (const plan of wishes.carePlans) {
    const daily = wishes.timeWishes.find((w) => w.carePlanId === plan.carePlanId && !w.weekday);
    times[plan.carePlanId] = {
      notBefore: daily?.notBefore || '', notAfter: daily?.notAfter || '',
      days: weekdayWishes(wishes, plan.carePlanId)
        .map((w) => ({ weekday: w.weekday, notBefore: w.notBefore || '', notAfter: w.notAfter || '' })),
    };
  }
  return {
    times, continuity: wishes.continuityImportance, ownWords: wishes.ownWords || '',
    liked: wishes.nurses.filter((n) => n.liked).map((n) => n.key),
    avoided: wishes.nurses.filter((n) => n.avoided).map((n) => n.key),
  };
}

/** The form's values as they are on the page (kept when the page is drawn again, e.g. in another language). */
function readDraft(form) {
  const times = {};
  form.querySelectorAll('fieldset[data-plan]').forEach((set) => {
    const daily = set.querySelector('.every-day');
    times[set.dataset.plan] = {
      notBefore: daily.querySelector('[name=notBefore]').value,
      notAfter: daily.querySelector('[name=notAfter]').value,
      days: [...set.querySelectorAll('.day-wish')].map((row) => ({
        weekday: row.querySelector('[name=weekday]').value,
        notBefore: row.querySelector('[name=dayNotBefore]').value,
        notAfter: row.querySelector('[name=dayNotAfter]').value,
      })),
    };
  });
  const checked = (name) => [...form.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value);
  return {
    times, continuity: checked('continuity')[0] ?? null, liked: checked('liked'), avoided: checked('avoided'),
    ownWords: form.querySelector('#own-words').value,
  };
}

function wishesReadOnly(wishes) {
  const names = (list) => (list.length ? list.map((n) => n.firstName).join(', ') : t().nobody);
  const parts = [el('p', {}, t().wishesReadOnly)];
  for (const plan of wishes.carePlans) {
    const mine = wishes.timeWishes.filter((w) => w.carePlanId === plan.carePlanId);
    parts.push(el('h3', {}, plan.name), mine.length
      ? el('ul', { class: 'wish-list' }, mine.map((w) => el('li', {},
        w.weekday ? t().onDay(t().days[w.weekday], timeText(w)) : t().everyDay(timeText(w)))))
      : el('p', {}, t().noTimeWish));
  }
  parts.push(el('h3', {}, t().continuityShort), el('p', {}, continuityWords(wishes, wishes.continuityImportance)),
    el('h3', {}, t().liked), el('p', {}, names(wishes.nurses.filter((n) => n.liked))),
    el('h3', {}, t().avoided), el('p', {}, names(wishes.nurses.filter((n) => n.avoided))));
  if (wishes.ownWords) {
    parts.push(el('h3', {}, t().ownWordsShort), el('p', { class: 'own-words' }, wishes.ownWords));
  }
  return parts;
}

function timeField(name, id, label, value, describedBy, invalid) {
  return el('div', { class: 'time-field' },
    el('label', { for: id }, label),
    el('input', { id, name, type: 'text', inputmode: 'numeric', autocomplete: 'off', maxlength: '5', size: '5',
      value, 'aria-describedby': describedBy, 'aria-invalid': invalid ? 'true' : false }));
}

function nurseChoices(wishes, draft, name, legend, other) {
  return el('fieldset', {}, el('legend', {}, legend), wishes.nurses.map((nurse, i) => {
    const id = `${name}-${i}`;
    return el('div', { class: 'choice' },
      el('input', { id, name, type: 'checkbox', value: nurse.key, checked: draft[name].includes(nurse.key),
        onchange: (e) => {
          // liking and rather not seeing the same nurse contradict each other: the last choice counts
          if (e.target.checked) {
            const counterpart = document.getElementById(`${other}-${i}`);
            if (counterpart) {
              counterpart.checked = false;
            }
          }
        } }),
      el('label', { for: id }, nurse.firstName));
  }));
}

/** Adds or removes a weekday row: the form is drawn again from what is typed, and the focus goes where it helps. */
function changeDays(form, planId, change, focus) {
  const draft = readDraft(form);
  if (change(draft.times[planId].days) === false) {
    return;
  }
  state.draft = draft;
  state.fieldErrors = {}; // they name rows by their place, which has just changed
  render(undefined, false);
  document.querySelector(typeof focus === 'function' ? focus(draft.times[planId].days) : focus)?.focus();
}

/** One weekday's time for a care plan: its day, not before, not after, and a way to remove it. */
function dayWishRow(plan, row, i, errors, form) {
  const id = `${plan.carePlanId}-${i}`;
  const error = errors[`time-${id}`];
  const describedBy = `hint-${plan.carePlanId} error-time-${id}`;
  const legend = el('legend', {}, t().onDayLegend(t().days[row.weekday]));
  const select = el('select', { id: `day-${id}`, name: 'weekday', 'aria-describedby': `error-time-${id}`,
    'aria-invalid': error?.key === 'dayTwice' ? 'true' : false,
    onchange: (e) => {
      legend.textContent = t().onDayLegend(t().days[e.target.value]);
      remove.setAttribute('aria-label', t().removeDayLabel(t().days[e.target.value]));
    } }, planDays(plan).map((day) => el('option', { value: day, selected: day === row.weekday }, t().days[day])));
  const remove = el('button', {
    type: 'button', class: 'remove-day', 'aria-label': t().removeDayLabel(t().days[row.weekday]),
    onclick: () => changeDays(form, plan.carePlanId, (days) => days.splice(i, 1),
      `fieldset[data-plan="${plan.carePlanId}"] button.add-day`) }, t().removeDay);
  const timeInvalid = !!error && error.key !== 'dayTwice';
  return el('fieldset', { class: 'day-wish', dataset: { day: i } }, legend,
    el('div', { class: 'day-field' }, el('label', { for: `day-${id}` }, t().day), select),
    el('div', { class: 'time-pair' },
      timeField('dayNotBefore', `day-not-before-${id}`, t().notBefore, row.notBefore, describedBy, timeInvalid),
      timeField('dayNotAfter', `day-not-after-${id}`, t().notAfter, row.notAfter, describedBy, timeInvalid)),
    remove,
    el('p', { class: 'error', id: `error-time-${id}`, role: 'alert' }, error ? message(error) : ''));
}

function wishesForm(wishes) {
  const draft = state.draft || fromWishes(wishes);
  const errors = state.fieldErrors;
  const form = el('form', { class: 'wishes', novalidate: true, 'aria-describedby': 'wishes-intro' });
  for (const plan of wishes.carePlans) {
    const id = plan.carePlanId;
    const error = errors[`time-${id}`];
    const describedBy = `hint-${id} error-time-${id}`;
    const days = draft.times[id]?.days || [];
    const free = planDays(plan).filter((d) => !days.some((row) => row.weekday === d));
    form.append(el('fieldset', { dataset: { plan: id } },
      el('legend', {}, t().whatTime(plan.name)),
      el('div', { class: 'every-day', role: 'group', 'aria-label': t().everyDayTime },
        el('p', { class: 'sub', 'aria-hidden': 'true' }, t().everyDayTime),
        el('div', { class: 'time-pair' },
          timeField('notBefore', `not-before-${id}`, t().notBefore, draft.times[id]?.notBefore || '',
            describedBy, !!error),
          timeField('notAfter', `not-after-${id}`, t().notAfter, draft.times[id]?.notAfter || '',
            describedBy, !!error)),
        el('p', { class: 'hint', id: `hint-${id}` }, t().timeHint),
        el('p', { class: 'error', id: `error-time-${id}`, role: 'alert' }, error ? message(error) : '')),
      days.map((row, i) => dayWishRow(plan, row, i, errors, form)),
      free.length ? el('button', { type: 'button', class: 'add-day',
        // the first of the plan's days not listed yet, as the rows read now (a day may have been changed)
        onclick: () => changeDays(form, id, (list) => {
          const day = planDays(plan).find((d) => !list.some((row) => row.weekday === d));
          return day ? list.push({ weekday: day, notBefore: '', notAfter: '' }) : false;
        }, (list) => `#day-${id}-${list.length - 1}`) }, t().addDay) : null));
  }
  form.append(el('fieldset', {}, el('legend', {}, t().continuity), wishes.continuityChoices.map((choice) => el('div',
    { class: 'choice' },
    el('input', { id: `continuity-${choice.value}`, name: 'continuity', type: 'radio', value: choice.value,
      checked: draft.continuity === choice.value }),
    el('label', { for: `continuity-${choice.value}` }, choice[state.lang])))));
  if (wishes.nurses.length) {
    form.append(nurseChoices(wishes, draft, 'liked', t().liked, 'avoided'),
      nurseChoices(wishes, draft, 'avoided', t().avoided, 'liked'));
  } else {
    form.append(el('p', {}, t().noNurses));
  }
  if (errors.nurses) {
    form.append(el('p', { class: 'error', role: 'alert' }, message(errors.nurses)));
  }
  form.append(
    el('label', { for: 'own-words' }, t().ownWords),
    el('textarea', { id: 'own-words', name: 'ownWords', maxlength: '500', rows: '4',
      'aria-describedby': 'own-words-hint own-words-error', 'aria-invalid': errors.ownWords ? 'true' : false },
    draft.ownWords),
    el('p', { class: 'hint', id: 'own-words-hint' }, t().ownWordsHint),
    el('p', { class: 'error', id: 'own-words-error', role: 'alert' }, errors.ownWords ? message(errors.ownWords) : ''),
    el('button', { type: 'submit', class: 'primary' }, t().save));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    saveWishes(form);
  });
  return form;
}

function wishesSection() {
  const section = el('section', { 'aria-labelledby': 'h-wishes', class: 'wishes-section' },
    el('h2', { id: 'h-wishes' }, t().wishes));
  const notice = state.wishesNotice;
  if (notice) {
    section.append(el('p', { id: 'wishes-notice', tabindex: '-1', role: notice.error ? 'alert' : 'status',
      class: notice.error ? 'error' : 'requested' }, message(notice)));
  }
  if (state.wishesError || !state.wishes) {
    section.append(el('p', {}, t().wishesFailed));
  } else if (!state.wishes.editable) {
    section.append(...wishesReadOnly(state.wishes));
  } else {
    section.append(el('p', { id: 'wishes-intro' }, t().wishesIntro), wishesForm(state.wishes));
  }
  return section;
}

/** Checks what the page can, sends the rest; the answer (saved, stale, refused, invalid) is drawn in place. */
async function saveWishes(form) {
  const draft = readDraft(form);
  const wishes = state.wishes;
  const errors = {};
  const timeWishes = [];
  const errorKeyOf = []; // per sent time wish: where its error shows
  for (const plan of wishes.carePlans) {
    const id = plan.carePlanId;
    const notBefore = timeOfDay(draft.times[id].notBefore);
    const notAfter = timeOfDay(draft.times[id].notAfter);
    if (notBefore === undefined || notAfter === undefined) {
      errors[`time-${id}`] = { key: 'timeInvalid' };
    } else if (notBefore && notAfter && notBefore > notAfter) {
      errors[`time-${id}`] = { key: 'timeOrder' };
    } else if (notBefore || notAfter) {
      timeWishes.push({ carePlanId: id, notBefore, notAfter });
      errorKeyOf.push(`time-${id}`);
    }
    const seen = new Set();
    draft.times[id].days.forEach((row, i) => {
      const key = `time-${id}-${i}`;
      const from = timeOfDay(row.notBefore);
      const to = timeOfDay(row.notAfter);
      if (seen.has(row.weekday)) {
        errors[key] = { key: 'dayTwice' };
      } else if (from === undefined || to === undefined) {
        errors[key] = { key: 'timeInvalid' };
      } else if (!from && !to) {
        errors[key] = { key: 'dayEmpty' };
      } else if (from && to && from > to) {
        errors[key] = { key: 'timeOrder' };
      } else {
        timeWishes.push({ carePlanId: id, weekday: row.weekday, notBefore: from, notAfter: to });
        errorKeyOf.push(key);
      }
      seen.add(row.weekday);
    });
  }
  state.fieldErrors = errors;
  if (Object.keys(errors).length) {
    state.draft = draft;
    state.wishesNotice = { key: 'fixFields', error: true };
    render();
    focusWishes();
    return;
  }
  const body = { timeWishes, likedNurses: draft.liked, avoidedNurses: draft.avoided,
    continuityImportance: draft.continuity, ownWords: draft.ownWords.trim() || null, version: wishes.version };
  try {
    state.wishes = await api('PUT', wishesPath(), body);
    state.draft = null;
    state.wishesNotice = { key: 'saved' };
  } catch (err) {
    if (err.status === 404) {
      state.error = 404;
    } else if (err.status === 409 && err.problem.current) {
      state.wishes = err.problem.current;
      state.draft = null;
      state.wishesNotice = { key: 'stale', error: true };
    } else if (err.status === 403) {
      state.wishes = { ...wishes, editable: false };
      state.draft = null;
      state.wishesNotice = { key: 'notAllowed', error: true };
    } else if (err.status === 400 && err.problem.errors?.length) {
      state.draft = draft;
      for (const problem of err.problem.errors) {
        const index = problem.field.match(/^timeWishes\[(\d+)\]/);
        const key = index ? errorKeyOf[Number(index[1])] : problem.field === 'ownWords' ? 'ownWords' : 'nurses';
        errors[key] = problem.field.endsWith('.notAfter') ? { key: 'timeOrder' }
          : /^timeWishes\[\d+\]$/.test(problem.field) && problem.message.startsWith('repeats') ? { key: 'dayTwice' }
            : { text: problem.message };
      }
      state.wishesNotice = { key: 'fixFields', error: true };
    } else {
      state.draft = draft;
      state.wishesNotice = { text: err.message || t().failed, error: true };
    }
  }
  render(undefined, false);
  focusWishes();
}

/** After a save: the first field to fix, else the message. */
function focusWishes() {
  const target = document.querySelector('form.wishes [aria-invalid=true]') || document.getElementById('wishes-notice');
  target?.focus();
}

function render(notice, keepForm = true) {
  const form = document.querySelector('form.wishes');
  if (keepForm && form) {
    state.draft = readDraft(form);
  }
  document.documentElement.lang = state.lang;
  document.title = `Rondo — ${t().title}`;
  document.getElementById('title').textContent = t().title;
  const button = document.getElementById('language');
  button.textContent = t().switchTo;
  button.setAttribute('lang', t().switchLang);
  const main = document.getElementById('main');
  main.replaceChildren();
  if (state.error) {
    main.append(el('p', { class: 'error', role: 'alert' }, state.error === 404 ? t().gone : t().failed));
    return;
  }
  if (!state.data) {
    main.append(el('p', {}, t().loading));
    return;
  }
  if (notice) {
    main.append(el('p', { role: 'status', class: 'requested' }, notice));
  }
  if (state.data.relativeName) {
    main.append(el('p', {}, t().hello(state.data.relativeName)));
  }
  const [thisWeek, nextWeek] = state.data.weeks;
  main.append(week(t().thisWeek, thisWeek.visits), week(t().nextWeek, nextWeek.visits), wishesSection());
}

async function load(notice) {
  if (!token) {
    state.error = 404;
    render();
    return;
  }
  state.wishesNotice = null;
  const [visits, wishes] = await Promise.allSettled([
    api('GET', `/api/client-view/${encodeURIComponent(token)}`), api('GET', wishesPath())]);
  if (visits.status === 'fulfilled') {
    state.data = visits.value;
    state.error = null;
  } else {
    state.error = visits.reason.status === 404 ? 404 : 500;
  }
  state.wishesError = wishes.status === 'rejected';
  if (!state.wishesError) {
    state.wishes = wishes.value;
  }
  render(notice);
  if (notice) {
    document.getElementById('main').focus();
  }
}

document.getElementById('language').addEventListener('click', () => {
  state.lang = t().switchLang;
  localStorage.setItem('rondo.client.lang', state.lang);
  render();
  document.getElementById('language').focus();
});

render();
load();
