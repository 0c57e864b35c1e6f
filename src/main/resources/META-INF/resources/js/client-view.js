// The client view: a client or her relative opens /client.html#<secret>; her visits of this and next week.
// Dutch and English, large type, plain lists a screen reader reads well. The secret stays in the fragment,
// which browsers never send to a server; only the API call carries it.
import { api } from './api.js';
import { el } from './dom.js';

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
  },
};

const state = { lang: localStorage.getItem('rondo.client.lang') === 'en' ? 'en' : 'nl', data: null, error: null };
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
  if (visit.cancellation === 'OPEN') {
    item.append(el('p', { class: 'requested' }, t().requested));
  } else {
    if (visit.cancellation === 'DECLINED') {
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

function render(notice) {
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
  main.append(week(t().thisWeek, thisWeek.visits), week(t().nextWeek, nextWeek.visits));
}

async function load(notice) {
  if (!token) {
    state.error = 404;
    render();
    return;
  }
  try {
    state.data = await api('GET', `/api/client-view/${encodeURIComponent(token)}`);
    state.error = null;
  } catch (e) {
    state.error = e.status === 404 ? 404 : 500;
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
