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
  },
  en: {
    title: 'Your visits', switchTo: 'Nederlands', switchLang: 'nl', hello: (name) => `Welcome, ${name}.`,
    thisWeek: 'This week', nextWeek: 'Next week', none: 'No visits planned.',
    visit: (from, to, nurses) => `Between ${from} and ${to}, ${nurses} will visit.`, and: 'and',
    loading: 'One moment…', gone: 'This link does not work (any more). Ask the team for a new link.',
    failed: 'Something went wrong. Please try again later.',
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
  return el('li', { 'data-visit': visit.visitId }, el('p', {}, t().visit(visit.from, visit.to, nurses(visit.nurses))));
}

function render() {
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
  if (state.data.relativeName) {
    main.append(el('p', {}, t().hello(state.data.relativeName)));
  }
  const [thisWeek, nextWeek] = state.data.weeks;
  main.append(week(t().thisWeek, thisWeek.visits), week(t().nextWeek, nextWeek.visits));
}

async function load() {
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
  render();
}

document.getElementById('language').addEventListener('click', () => {
  state.lang = t().switchLang;
  localStorage.setItem('rondo.client.lang', state.lang);
  render();
  document.getElementById('language').focus();
});

render();
load();
