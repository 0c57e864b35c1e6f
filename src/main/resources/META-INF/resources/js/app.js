// The page's shell: sign-in, the team in view, and a hash router that hands each route to its view module.
import { api, ApiError, get, saveSession, session } from './api.js';
import { el, field, showErrors, toast } from './dom.js';
import { renderBoard } from './board/board.js';
import { renderClient, renderClients, renderNurse, renderNurses, renderWeights } from './caseload.js';

const routes = [
  { pattern: /^\/board$/, nav: 'board', render: (ctx) => renderBoard(ctx) },
  { pattern: /^\/nurses$/, nav: 'nurses', render: (ctx) => renderNurses(ctx) },
  { pattern: /^\/nurses\/(new|\d+)$/, nav: 'nurses', render: (ctx, m) => renderNurse(ctx, m[1]) },
  { pattern: /^\/clients$/, nav: 'clients', render: (ctx) => renderClients(ctx) },
  { pattern: /^\/clients\/(new|\d+)$/, nav: 'clients', render: (ctx, m) => renderClient(ctx, m[1]) },
  { pattern: /^\/weights$/, nav: 'weights', render: (ctx) => renderWeights(ctx) },
];

const state = { teams: [], teamId: null, choices: null };

function parseHash() {
  const hash = location.hash.replace(/^#/, '') || '/board';
  const [path, query] = hash.split('?');
  return { path, params: new URLSearchParams(query || '') };
}

/** Changes the route; `params` replace the query string (null values dropped). */
export function navigate(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined
    && v !== ''));
  const hash = `#${path}${query.toString() ? `?${query}` : ''}`;
  if (location.hash === hash) {
    route();
  } else {
    location.hash = hash;
  }
}

/** Rewrites the query string without re-rendering (keeps the URL shareable as the user clicks around). */
export function replaceParams(params) {
  const { path, params: current } = parseHash();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '') current.delete(k); else current.set(k, v);
  }
  history.replaceState(null, '', `#${path}${current.toString() ? `?${current}` : ''}`);
}

async function route() {
  const s = session();
  const main = document.getElementById('view');
  if (!s) {
    document.querySelector('header.top').hidden = true;
    renderSignIn(main);
    return;
  }
  document.querySelector('header.top').hidden = false;
  if (!state.teams.length) {
    await loadTeams(s);
  }
  const { path, params } = parseHash();
  const found = routes.map((r) => ({ r, m: path.match(r.pattern) })).find((x) => x.m);
  document.querySelectorAll('[data-nav]').forEach((a) => {
    a.toggleAttribute('aria-current', found?.r.nav === a.dataset.nav);
  });
  main.replaceChildren();
  if (!state.teamId) {
    main.append(el('p', {}, 'This account belongs to no team yet. An administrator can add one.'));
    return;
  }
  const team = state.teams.find((t) => t.id === state.teamId);
  const ctx = {
    main, params, navigate, replaceParams,
    teamId: state.teamId,
    team,
    choices: state.choices,
    role: s.role,
    username: s.username,
    // what the caller may do with this team, as the server says (never derived here from her role)
    canPlan: !!team?.mayPlan,
    maySeeClientNotes: !!team?.maySeeClientNotes,
  };
  try {
    await (found ? found.r.render(ctx, found.m) : renderBoard(ctx));
  } catch (e) {
    console.error(e);
    main.append(el('p', { class: 'form-error', role: 'alert' },
      e instanceof ApiError ? e.message : `Something went wrong: ${e.message}`));
  }
}

async function loadTeams(s) {
  const [answer, choices] = await Promise.all([get('/api/teams?size=200&sort=name'), get('/api/choices')]);
  state.teams = answer.items;
  state.choices = choices;
  const remembered = Number(sessionStorage.getItem('rondo.team'));
  state.teamId = s.teamId || (state.teams.find((t) => t.id === remembered) || state.teams[0])?.id || null;
  const picker = document.querySelector('.team-picker');
  const select = document.getElementById('team-select');
  picker.hidden = !!s.teamId || state.teams.length < 2;
  select.replaceChildren(...state.teams.map((t) => el('option', { value: t.id, selected: t.id === state.teamId },
    t.name)));
  document.getElementById('who').textContent = `${s.username} · ${s.role}`;
}

function renderSignIn(main) {
  const form = el('form', { class: 'card sign-in', 'aria-labelledby': 'sign-in-title' },
    el('h1', { id: 'sign-in-title' }, 'Sign in to Rondo'),
    el('p', {}, 'Your team plans its week here: propose, review, change and accept.'),
    field({
      name: 'username', label: 'Username', required: true, attrs: { autocomplete: 'username', autofocus: true },
    }),
    field({
      name: 'password', label: 'Password', type: 'password', required: true,
      attrs: { autocomplete: 'current-password' },
    }),
    el('button', { type: 'submit', class: 'primary' }, 'Sign in'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const username = form.elements.username.value.trim();
    try {
      const token = await api('POST', '/api/auth/token', { username, password: form.elements.password.value });
      saveSession({ ...token, username });
      state.teams = [];
      route();
    } catch (e) {
      showErrors(form, e);
    }
  });
  main.replaceChildren(form);
  form.elements.username.focus();
  api('GET', '/api/auth/hints').then((hints) => {
    if (hints?.demo) {
      form.querySelector('p').after(el('p', { class: 'hint demo-hint' },
        `Trying Rondo? Sign in as ${hints.demoUsername} with the password ${hints.demoPassword}: `
        + 'a nurse of the demo team.'));
    }
  }).catch(() => { /* no hint is fine */ });
}

document.getElementById('sign-out').addEventListener('click', () => {
  saveSession(null);
  state.teams = [];
  state.teamId = null;
  location.hash = '#/board';
  route();
});
document.getElementById('team-select').addEventListener('change', (event) => {
  state.teamId = Number(event.target.value);
  sessionStorage.setItem('rondo.team', String(state.teamId));
  navigate('/board');
});
window.addEventListener('rondo:signed-out', () => {
  toast('Your session ended: sign in again.', 'error');
  route();
});
window.addEventListener('hashchange', route);
route();
