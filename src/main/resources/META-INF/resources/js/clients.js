// Clients: the list with a name filter, the client form (create/edit/archive/restore) and her care plans.
import { del, get, getAll, post, put, putVersioned } from './api.js';
import {
  attempt, clearErrors, confirmDialog, el, explain, field, fill, numberOf, showErrors, skillsOf, textOf, toast,
  wireSave,
} from './dom.js';
import { clientWishesCard } from './client-wishes.js';
import { DAYS, DAY_SHORT, teamZone, zonedText } from './week.js';
import {
  LEVELS, checkGroup, loading, mount, pageHead, pager, readOnlyNote, rowField, rowList, sortableTable, toggle,
} from './widgets.js';

const PAGE_SIZE = 50;
const PRIORITIES = [1, 2, 3, 4, 5].map((v) => ({
  value: v, label: v === 5 ? '5 · most important' : v === 1 ? '1 · least important' : String(v),
}));
const base = (ctx) => `/api/teams/${ctx.teamId}/clients`;
const DEGREES = { step: 'any', inputmode: 'decimal' };
const MINUTES = { inputmode: 'numeric' };

/** Visits a plan generates in a full week: days × windows, twice as many with a follow-up. */
export function visitsPerWeek(plan) {
  return (plan.days?.length || 7) * plan.windows.length * (plan.followUp ? 2 : 1);
}

function daysText(days) {
  if (!days?.length || days.length === 7) {
    return 'every day';
  }
  return DAYS.filter((d) => days.includes(d)).map((d) => DAY_SHORT[d]).join(' ');
}

async function teamNurses(ctx) {
  const [active, archived] = await Promise.all([
    getAll(`/api/teams/${ctx.teamId}/nurses?sort=name`),
    getAll(`/api/teams/${ctx.teamId}/nurses?sort=name&archived=true`),
  ]);
  return { active, archived, byId: new Map([...active, ...archived].map((n) => [n.id, n])) };
}

export async function renderClients(ctx) {
  const page = Math.max(0, Number(ctx.params.get('page') || 0));
  const sort = ctx.params.get('sort') || 'name';
  const archived = ctx.params.get('archived') === 'true';
  const query = ctx.params.get('q') || '';
  loading(ctx, 'clients');
  const [answer, nurses, plans] = await Promise.all([
    get(`${base(ctx)}?page=${page}&size=${PAGE_SIZE}&sort=${encodeURIComponent(sort)}&archived=${archived}`),
    teamNurses(ctx),
    getAll(`/api/teams/${ctx.teamId}/care-plans`),
  ]);
  const perClient = new Map();
  plans.forEach((p) => perClient.set(p.clientId, (perClient.get(p.clientId) || 0) + visitsPerWeek(p)));
  const plansOf = new Map();
  plans.forEach((p) => plansOf.set(p.clientId, (plansOf.get(p.clientId) || 0) + 1));
  const names = (ids) => ids.map((id) => nurses.byId.get(id)?.name || `#${id}`).join(', ') || '—';
  const go = (changes) => ctx.navigate('/clients', {
    page: changes.page ?? page, sort: changes.sort ?? sort,
    archived: (changes.archived ?? archived) ? 'true' : null, q: changes.q ?? (query || null),
  });
  const highlight = Number(ctx.params.get('saved') || 0);
  const table = sortableTable({
    caption: 'Clients of the team',
    sort,
    onSort: (s) => go({ sort: s, page: 0 }),
    empty: archived ? 'No archived clients.' : 'No clients yet: add the first one.',
    rowAttrs: (c) => ({
      class: c.id === highlight ? 'just-saved' : null, dataset: { id: c.id, name: c.name.toLowerCase() },
    }),
    columns: [
      { label: 'Name', sort: 'name', cell: (c) => el('a', { href: `#/clients/${c.id}` }, c.name) },
      { label: 'Address', cell: (c) => c.address },
      { label: 'Care plans', class: 'num', cell: (c) => String(plansOf.get(c.id) || 0) },
      { label: 'Visits a week', class: 'num', cell: (c) => String(perClient.get(c.id) || 0) },
      { label: 'Preferred nurses', cell: (c) => names(c.preferredNurseIds) },
      { label: 'Refused nurses', cell: (c) => names(c.refusedNurseIds) },
    ],
    rows: answer.items,
  });
  const status = el('p', { class: 'filter-status', role: 'status' });
  const search = el('input', {
    type: 'search', id: 'client-search', value: query, autocomplete: 'off', placeholder: 'e.g. Jansen',
    'aria-controls': 'client-table',
  });
  table.id = 'client-table';
  const applyFilter = () => {
    const q = search.value.trim().toLowerCase();
    let shown = 0;
    table.querySelectorAll('tbody tr[data-id]').forEach((tr) => {
      const hit = !q || tr.dataset.name.includes(q);
      tr.hidden = !hit;
      shown += hit ? 1 : 0;
    });
    status.textContent = q
      ? `${shown} of ${answer.items.length} clients on this page match “${search.value.trim()}”.` : '';
    ctx.replaceParams({ q: search.value.trim() || null });
  };
  search.addEventListener('input', applyFilter);
  const view = el('section', { class: 'caseload' },
    pageHead(archived ? 'Archived clients' : 'Clients',
      ctx.canPlan ? el('button', {
        type: 'button', class: 'primary', onclick: () => ctx.navigate('/clients/new'),
      }, 'New client') : null),
    readOnlyNote(ctx),
    el('div', { class: 'list-tools' },
      el('span', { class: 'search' }, el('label', { for: 'client-search' }, 'Find by name'), search),
      toggle('Show archived clients', archived, (on) => go({ archived: on, page: 0 }))),
    status,
    table,
    pager(answer, 'clients', (p) => go({ page: p })));
  if (mount(ctx, '/clients', view) && query) {
    applyFilter();
  }
}

export async function renderClient(ctx, idOrNew) {
  const isNew = idOrNew === 'new';
  const path = `/clients/${idOrNew}`;
  loading(ctx, 'the client');
  if (isNew && !ctx.canPlan) {
    mount(ctx, path, el('section', { class: 'caseload' }, pageHead('New client'), readOnlyNote(ctx)));
    return;
  }
  const [client, nurses] = await Promise.all([
    isNew ? Promise.resolve({
      name: '', address: '', location: { latitude: '', longitude: '' }, notes: '',
      preferredNurseIds: [], refusedNurseIds: [], version: 0,
    }) : get(`${base(ctx)}/${idOrNew}`),
    teamNurses(ctx),
  ]);
  const view = el('section', { class: 'caseload' },
    el('p', { class: 'back' }, el('a', { href: '#/clients' }, '‹ All clients')),
    pageHead(isNew ? 'New client' : client.name,
      client.archived ? el('span', { class: 'badge bad' }, 'archived') : null),
    readOnlyNote(ctx));
  const layout = el('div', { class: 'client-layout' }, clientForm(ctx, client, nurses, isNew));
  view.append(layout);
  if (!isNew) {
    layout.append(await carePlansCard(ctx, client));
    // her wishes are read and written by members of her team only (the API refuses everyone else)
    if (ctx.canPlan && !client.archived) {
      layout.append(await clientWishesCard(ctx, client, nurses));
    }
    // the client view's link is the team's to give: members only (the API refuses everyone else)
    if (ctx.canPlan && !client.archived) {
      layout.append(await clientLinkCard(ctx, client));
    }
  }
  mount(ctx, path, view);
}

// ---- the client view's secret link ----

/**
 * The client view's secret link: whether she (or a relative) has one, how often it was used, whether its holder may
 * change her wishes (a switch that works at once, without a new link), a new link (shown once, the old one stops
 * working) and revoking it.
 */
async function clientLinkCard(ctx, client) {
  const path = `${base(ctx)}/${client.id}/link`;
  const card = el('section', { class: 'card client-link', 'aria-labelledby': 'link-title' });
  const when = (iso) => zonedText(iso, teamZone(ctx));
  let link = null; // the live link's state, or null
  let issued = null; // the page URL of a link made just now (shown once)

  const read = async () => {
    try {
      link = await get(path);
    } catch (e) {
      if (e.status !== 404) {
        throw e;
      }
      link = null;
    }
  };
  const stateText = () => {
    if (!link) {
      return 'She has no link: nobody sees her visits outside the team.';
    }
    const holder = link.relativeName ? `Given to ${link.relativeName}` : 'Her own link';
    // every use counts: a look at her page reads her visits and her wishes
    const used = link.opened === 0 ? 'not used yet'
      : `used ${link.opened === 1 ? 'once' : `${link.opened} times`}, last on ${when(link.lastOpenedAt)}`;
    return `${holder}, made on ${when(link.createdAt)}; ${used}.`;
  };

  const mayEdit = (checked, onchange) => {
    const id = onchange ? 'link-may-edit' : 'new-link-may-edit';
    const box = el('input', { type: 'checkbox', id, checked, onchange });
    return el('div', { class: 'field field-checkbox' }, box,
      el('label', { for: box.id }, 'The client or her relative may change her wishes through the link'));
  };

  const switchEditing = async (event) => {
    const box = event.target;
    const wanted = box.checked;
    box.disabled = true;
    try {
      link = await put(path, { mayEditWishes: wanted });
      toast(wanted ? `Whoever holds ${client.name}'s link may now change her wishes.`
        : `${client.name}'s link now shows her wishes read only.`);
    } catch (e) {
      box.checked = !wanted;
      toast(`Could not change the link: ${e.message}`, 'error');
      if (e.status === 404) {
        await read();
        draw();
        return;
      }
    } finally {
      box.disabled = false;
    }
    card.querySelector('.link-state').textContent = stateText();
    box.focus();
  };

  const issue = async (form) => {
    const relativeName = form.querySelector('[name=relativeName]').value.trim();
    const wanted = form.querySelector('#new-link-may-edit').checked;
    if (link && !await confirmDialog(`Make a new link for ${client.name}? The link given before stops working at once.`,
      'Make a new link')) {
      return;
    }
    clearErrors(form);
    try {
      const made = await post(path, { relativeName: relativeName || null, mayEditWishes: wanted });
      issued = made.pageUrl;
      await read();
      draw();
      card.querySelector('#link-url').focus();
      card.querySelector('#link-url').select();
    } catch (e) {
      if (e.status === 400) {
        showErrors(form, e);
      } else {
        toast(`Could not make the link: ${e.message}`, 'error');
      }
    }
  };

  const revoke = async () => {
    if (!await confirmDialog(`Revoke ${client.name}'s link? It stops working at once.`, 'Revoke')) {
      return;
    }
    if (await attempt(() => del(path), 'revoke the link')) {
      toast(`${client.name}'s link is revoked.`);
    }
    issued = null;
    await read();
    draw();
    card.querySelector('h2').focus();
  };

  // the audit of the client view: every use of every link she had, newest first, read when opened
  const USES = {
    VIEW: 'looked at her visits', CANCELLATION_REQUEST: 'asked that a visit is not needed',
    WISHES_VIEW: 'read her wishes', WISHES_UPDATE: 'changed her wishes, or tried to',
  };
  const uses = () => {
    const list = el('ol', { class: 'link-uses', 'aria-live': 'polite' });
    const box = el('details', { class: 'link-audit' }, el('summary', {}, 'Every use of her links'), list);
    box.addEventListener('toggle', async () => {
      if (!box.open) {
        return;
      }
      list.replaceChildren(el('li', {}, 'Loading…'));
      try {
        const rows = await get(`${base(ctx)}/${client.id}/link-accesses?limit=100`);
        list.replaceChildren(...(rows.length ? rows.map((r) => el('li', { dataset: { action: r.action } },
          `${when(r.at)}: ${USES[r.action] || r.action}`)) : [el('li', {}, 'Not used yet.')]));
      } catch (e) {
        list.replaceChildren(el('li', {}, `Could not read them: ${e.message}`));
      }
    });
    return box;
  };

  const draw = () => {
    const form = el('form', { class: 'caseload-form new-link', 'aria-label': link ? 'New link' : 'Make a link' },
      field({
        name: 'relativeName', label: 'Given to (a relative’s name; empty for the client herself)',
        value: link?.relativeName || '', attrs: { maxlength: 120, autocomplete: 'off' },
      }),
      mayEdit(link ? link.mayEditWishes : false, null),
      el('div', { class: 'form-actions' },
        el('button', { type: 'submit', class: link ? '' : 'primary' }, link ? 'Make a new link' : 'Make a link')));
    form.setAttribute('novalidate', '');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      issue(form);
    });
    // fill, not replaceChildren, which writes a null child as the text "null"
    fill(card,
      el('h2', { id: 'link-title', tabindex: '-1' }, 'Client view'),
      el('p', { class: 'hint' }, 'A secret link, no login: her visits of this and next week with the nurse’s first '
        + 'name, a way to say a visit is not needed, and what matters to her. Every use is recorded.'),
      el('p', { class: 'link-state', role: 'status' }, stateText()),
      issued ? el('div', { class: 'field issued-link' },
        el('label', { for: 'link-url' }, 'The link: copy it now and give it to her, it is shown only once'),
        el('input', { id: 'link-url', type: 'text', readonly: true, value: issued, spellcheck: 'false' })) : null,
      link ? mayEdit(link.mayEditWishes, switchEditing) : null,
      link ? el('div', { class: 'form-actions' },
        el('button', { type: 'button', class: 'danger', onclick: revoke }, 'Revoke the link')) : null,
      uses(),
      el('details', { class: 'link-new', open: !link },
        el('summary', {}, link ? 'Make a new link (the old one stops working)' : 'Make a link'),
        form));
  };

  await read();
  draw();
  return card;
}

function clientForm(ctx, client, nurses, isNew) {
  const readOnly = !ctx.canPlan;
  const f = {
    name: field({
      name: 'name', label: 'Name', value: client.name, required: true, attrs: { maxlength: 120, autocomplete: 'off' },
    }),
    address: field({
      name: 'address', label: 'Address', value: client.address, required: true,
      attrs: { maxlength: 200, autocomplete: 'off' },
    }),
    latitude: field({
      name: 'location.latitude', label: 'Latitude', type: 'number', value: client.location?.latitude, required: true,
      attrs: DEGREES,
    }),
    longitude: field({
      name: 'location.longitude', label: 'Longitude', type: 'number', value: client.location?.longitude,
      required: true, attrs: DEGREES,
    }),
  };
  // Notes are for the visiting nurses: coordinators and admins never receive them, so they never see the field.
  const notes = ctx.maySeeClientNotes ? field({
    name: 'notes', label: 'Notes for the visiting nurse', type: 'textarea', value: client.notes,
    hint: 'Key safe, dog, parking… Only members of this team read them.', attrs: { maxlength: 4000 },
  }) : null;
  const input = (k) => f[k].querySelector('input');
  // Active nurses, plus archived ones the client still names (so saving does not silently drop them).
  const named = new Set([...client.preferredNurseIds, ...client.refusedNurseIds]);
  const options = [...nurses.active, ...nurses.archived.filter((n) => named.has(n.id))]
    .map((n) => ({ value: n.id, label: n.name, note: n.archived ? '(archived)' : null }));
  const sync = () => {
    // a nurse cannot be preferred and refused at once: choosing her in one list disables her in the other
    const pick = (group) => new Set(group.read());
    const p = pick(preferred);
    const r = pick(refused);
    const exclude = (b, other) => {
      b.disabled = readOnly || other.has(b.value);
      b.closest('.check').classList.toggle('excluded', other.has(b.value));
      b.title = other.has(b.value) ? 'Chosen in the other list' : '';
    };
    preferred.boxes.forEach((b) => exclude(b, r));
    refused.boxes.forEach((b) => exclude(b, p));
  };
  // read-only: only the nurses chosen, not every nurse of the team unticked
  const shown = (ids) => (readOnly ? options.filter((o) => ids.includes(o.value)) : options);
  const preferred = checkGroup({
    name: 'preferredNurseIds', legend: 'Preferred nurses', options: shown(client.preferredNurseIds),
    selected: client.preferredNurseIds, empty: readOnly ? 'None.' : null,
    hint: 'The planner tries to send these nurses.', readOnly, onchange: () => sync(),
  });
  const refused = checkGroup({
    name: 'refusedNurseIds', legend: 'Refused nurses', options: shown(client.refusedNurseIds),
    selected: client.refusedNurseIds, empty: readOnly ? 'None.' : null,
    hint: 'Never planned with this client.', readOnly, onchange: () => sync(),
  });
  sync();
  const actions = el('div', { class: 'form-actions' });
  const form = el('form', {
    class: 'card caseload-form client-form', 'aria-label': isNew ? 'New client' : `Client ${client.name}`,
  },
    el('h2', {}, 'Client details'),
    el('fieldset', { class: 'plain', disabled: readOnly },
      el('div', { class: 'grid-2' }, f.name, f.address),
      el('div', { class: 'grid-2' }, f.latitude, f.longitude),
      notes,
      el('div', { class: 'grid-2' }, preferred.node, refused.node)),
    actions);
  const body = () => ({
    name: textOf(input('name')),
    address: textOf(input('address')),
    location: { latitude: numberOf(input('latitude')), longitude: numberOf(input('longitude')) },
    ...(notes ? { notes: notes.querySelector('textarea').value } : {}),
    preferredNurseIds: preferred.read().map(Number),
    refusedNurseIds: refused.read().map(Number),
  });
  const reload = () => ctx.navigate(`/clients/${client.id}`);
  const nurseName = (id) => nurses.byId.get(Number(id))?.name || `nurse #${id}`;
  const save = wireSave(form, {
    noun: 'client',
    version: client.version,
    mapError: (e) => explain(e, {
      lists: {
        preferredNurseIds: body().preferredNurseIds.map(nurseName),
        refusedNurseIds: body().refusedNurseIds.map(nurseName),
      },
    }),
    send: (version) => (isNew ? post(base(ctx), body())
      : putVersioned(`${base(ctx)}/${client.id}`, { ...body(), archived: client.archived }, version)),
    onSaved: (saved) => {
      toast(isNew ? `${saved.name} added.` : `${saved.name} saved.`);
      if (isNew) {
        ctx.navigate(`/clients/${saved.id}`);
      } else {
        client = saved;
        ctx.main.querySelector('h1').textContent = saved.name;
        ctx.main.querySelector('.back a')?.setAttribute('href', `#/clients?saved=${saved.id}`);
      }
    },
    onReload: reload,
    fetchVersion: async () => (await get(`${base(ctx)}/${client.id}`)).version,
  });
  if (!readOnly) {
    actions.append(el('button', { type: 'submit', class: 'primary' }, isNew ? 'Add client' : 'Save client'));
    if (!isNew) {
      actions.append(client.archived
        ? el('button', {
          type: 'button',
          onclick: async () => {
            const restore = () => putVersioned(`${base(ctx)}/${client.id}`, { ...body(), archived: false },
              save.version);
            if (await attempt(restore, 'restore the client')) {
              toast(`${client.name} restored; restore her care plans one by one.`);
              reload();
            }
          },
        }, 'Restore client')
        : el('button', {
          type: 'button', class: 'danger',
          onclick: async () => {
            const ok = await confirmDialog(`Archive ${client.name}? Her care plans are archived too, so no more `
              + 'visits are planned for her.', 'Archive');
            if (ok && await attempt(() => del(`${base(ctx)}/${client.id}`, save.version), 'archive the client')) {
              toast(`${client.name} archived.`);
              ctx.navigate('/clients');
            }
          },
        }, 'Archive client'));
    }
    actions.append(el('a', { href: '#/clients', class: 'cancel' }, 'Cancel'));
  }
  return form;
}

// ---- care plans ----

async function carePlansCard(ctx, client) {
  const plansPath = `${base(ctx)}/${client.id}/care-plans`;
  const showArchived = ctx.params.get('archivedPlans') === 'true';
  const card = el('section', { class: 'card care-plans', 'aria-labelledby': 'plans-title' });
  const list = el('ul', { class: 'plan-list' });
  const status = el('p', { class: 'hint plans-summary' });
  let plans = [];
  let editing = null; // id of the plan whose form is open, or 'new'

  const close = () => {
    editing = null;
    ctx.replaceParams({ plan: null });
    draw();
  };
  const open = (id) => {
    editing = id;
    ctx.replaceParams({ plan: id });
    draw();
    list.querySelector('form input, form select')?.focus();
  };
  const refresh = async (focusId) => {
    plans = await getAll(`${plansPath}?sort=createdAt&archived=${showArchived}`);
    draw(focusId);
  };
  const draw = (focusId) => {
    const weekly = plans.filter((p) => !p.archived).reduce((sum, p) => sum + visitsPerWeek(p), 0);
    const s = (n) => (n === 1 ? '' : 's');
    status.textContent = showArchived
      ? `${plans.length} archived care plan${s(plans.length)}.`
      : `${plans.length} care plan${s(plans.length)}, about ${weekly} visit${s(weekly)} a week.`;
    const onDone = (saved) => {
      editing = null;
      ctx.replaceParams({ plan: null });
      refresh(saved?.id);
    };
    const items = plans.map((p) => (editing === p.id
      ? el('li', { class: 'plan editing', dataset: { id: p.id } }, carePlanForm(ctx, plansPath, p, {
        onDone, onCancel: close, onReload: async () => { await refresh(); open(p.id); },
      }))
      : planItem(ctx, p, {
        onEdit: () => open(p.id), onChanged: () => refresh(), plansPath, disabled: editing !== null,
      })));
    if (editing === 'new') {
      items.unshift(el('li', { class: 'plan editing new' }, carePlanForm(ctx, plansPath, null, {
        onDone, onCancel: close, onReload: () => refresh(),
      })));
    }
    const none = showArchived ? 'No archived care plans.'
      : 'No care plans yet: without one, no visits are planned for this client.';
    list.replaceChildren(...(items.length ? items : [el('li', { class: 'plan empty' }, none)]));
    if (focusId) {
      const saved = list.querySelector(`li[data-id="${focusId}"]`);
      saved?.classList.add('just-saved');
      saved?.querySelector('button')?.focus();
    }
    newButton.disabled = editing !== null;
  };
  const newButton = el('button', { type: 'button', class: 'primary', onclick: () => open('new') },
    'New care plan');
  card.append(
    el('div', { class: 'card-head' },
      el('h2', { id: 'plans-title' }, showArchived ? 'Archived care plans' : 'Care plans'),
      ctx.canPlan && !showArchived && !client.archived ? newButton : null),
    status,
    el('div', { class: 'list-tools' }, toggle('Show archived care plans', showArchived,
      (on) => ctx.navigate(`/clients/${client.id}`, { archivedPlans: on ? 'true' : null }))),
    list);
  await refresh();
  const wanted = ctx.params.get('plan');
  if (ctx.canPlan && wanted && (wanted === 'new' || plans.some((p) => String(p.id) === wanted))) {
    editing = wanted === 'new' ? 'new' : Number(wanted);
    draw();
  }
  return card;
}

function planItem(ctx, plan, { onEdit, onChanged, plansPath, disabled }) {
  const facts = [
    ['Days', daysText(plan.days)],
    ['Start between', plan.windows.map((w) => (w.from === w.to ? w.from : `${w.from}–${w.to}`)).join(', ')],
    ['Duration', `${plan.durationMinutes} min`],
    ['Level', `${plan.minLevel} or higher`],
    ['Skills', plan.skills.length ? plan.skills.join(', ') : 'none'],
    ['Priority', `${plan.priority} of 5`],
    ['Valid', `from ${plan.validFrom}${plan.validUntil ? ` until ${plan.validUntil}` : ''}`],
  ];
  if (plan.followUp) {
    const f = plan.followUp;
    facts.push(['Follow-up', `${f.durationMinutes} min, ${f.minGapMinutes}–${f.maxGapMinutes} min after the start`]);
  }
  const actions = ctx.canPlan ? el('div', { class: 'plan-actions' },
    plan.archived
      ? el('button', {
        type: 'button', disabled,
        onclick: async () => {
          const restore = () => putVersioned(`${plansPath}/${plan.id}`, { ...planBody(plan), archived: false },
            plan.version);
          if (await attempt(restore, 'restore the care plan')) {
            toast('Care plan restored.');
            onChanged();
          }
        },
      }, 'Restore')
      : [
        el('button', {
          type: 'button', disabled, onclick: onEdit, 'aria-label': `Edit care plan ${plan.description}`,
        }, 'Edit'),
        el('button', {
          type: 'button', class: 'danger', disabled, 'aria-label': `Archive care plan ${plan.description}`,
          onclick: async () => {
            const question = `Archive the care plan “${plan.description}”? No more visits are generated from it.`;
            if (await confirmDialog(question, 'Archive')
              && await attempt(() => del(`${plansPath}/${plan.id}`, plan.version), 'archive the care plan')) {
              toast('Care plan archived.');
              onChanged();
            }
          },
        }, 'Archive'),
      ]) : null;
  return el('li', { class: 'plan', dataset: { id: plan.id } },
    el('div', { class: 'plan-head' },
      el('h3', {}, plan.description),
      el('span', { class: 'badge' }, `${visitsPerWeek(plan)}× a week`),
      plan.nursesNeeded === 2 ? el('span', { class: 'badge busy' }, 'double-handed') : null,
      plan.followUp ? el('span', { class: 'badge' }, 'with follow-up') : null,
      plan.archived ? el('span', { class: 'badge bad' }, 'archived') : null),
    el('dl', { class: 'facts' }, facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
    actions);
}

/** A stored plan as a request body (for restoring it unchanged). */
function planBody(plan) {
  return {
    description: plan.description, days: plan.days, windows: plan.windows, durationMinutes: plan.durationMinutes,
    minLevel: plan.minLevel, skills: plan.skills, nursesNeeded: plan.nursesNeeded, followUp: plan.followUp,
    priority: plan.priority, validFrom: plan.validFrom, validUntil: plan.validUntil,
  };
}

function carePlanForm(ctx, plansPath, plan, { onDone, onCancel, onReload }) {
  const isNew = !plan;
  const p = plan || {
    description: '', days: [], windows: [{ from: '08:00', to: '09:00' }], durationMinutes: 30, minLevel: 3,
    skills: [], nursesNeeded: 1, followUp: null, priority: 3, validFrom: '', validUntil: '', version: 0,
  };
  const f = {
    description: field({
      name: 'description', label: 'What is done', value: p.description, required: true,
      hint: 'e.g. Insulin injection, morning care, compression stockings',
      attrs: { maxlength: 200, autocomplete: 'off' },
    }),
    durationMinutes: field({
      name: 'durationMinutes', label: 'Duration (minutes)', type: 'number', value: p.durationMinutes, required: true,
      attrs: { min: 5, max: 480, step: 5, ...MINUTES },
    }),
    minLevel: field({
      name: 'minLevel', label: 'Lowest level that may visit', type: 'select', value: p.minLevel, options: LEVELS,
      required: true,
    }),
    skills: field({
      name: 'skills', label: 'Skills needed', value: (p.skills || []).join(', '),
      hint: 'Skill codes separated by commas', attrs: { autocomplete: 'off', spellcheck: 'false' },
    }),
    nursesNeeded: field({
      name: 'nursesNeeded', label: 'Nurses per visit', type: 'select', value: p.nursesNeeded,
      options: [{ value: 1, label: '1' }, { value: 2, label: '2 · double-handed (start together)' }],
    }),
    priority: field({
      name: 'priority', label: 'Priority', type: 'select', value: p.priority, options: PRIORITIES,
    }),
    validFrom: field({
      name: 'validFrom', label: 'Valid from', type: 'date', value: p.validFrom, hint: 'Empty: from today',
    }),
    validUntil: field({
      name: 'validUntil', label: 'Last day', type: 'date', value: p.validUntil || '', hint: 'Empty: open-ended',
    }),
  };
  const input = (k) => f[k].querySelector('input, select');
  const days = checkGroup({
    name: 'days', legend: 'Days', options: DAYS.map((d) => ({ value: d, label: DAY_SHORT[d] })), selected: p.days,
    hint: 'None ticked: every day.',
  });
  const windows = rowList({
    name: 'windows',
    legend: 'Start windows',
    hint: 'One visit per window per day (twice daily = two windows). The visit starts within the window; '
      + 'equal times fix the start.',
    items: p.windows,
    addLabel: 'Add a visit of the day',
    newItem: (rows) => {
      const last = rows[rows.length - 1];
      const later = (t, h) => (t ? `${String(Math.min(23, Number(t.slice(0, 2)) + h)).padStart(2, '0')}${t.slice(2)}`
        : '');
      return last ? { from: later(last.from, 4), to: later(last.to, 4) } : { from: '08:00', to: '09:00' };
    },
    makeRow: (w, i) => {
      const time = (part, label) => rowField({
        name: `windows[${i}].${part}`, label, type: 'time', value: w[part], attrs: { step: 300 },
      }, 'visit');
      const from = time('from', 'Earliest start');
      const to = time('to', 'Latest start');
      return {
        node: el('div', { class: 'row-fields' }, from.node, to.node),
        read: () => ({ from: from.input.value || null, to: to.input.value || null }),
        relabel: (n) => [from, to].forEach((x) => x.relabel(n)),
      };
    },
  });
  const fu = p.followUp || { minGapMinutes: 60, maxGapMinutes: 90, durationMinutes: 15 };
  const follow = {
    on: field({
      name: 'followUp', label: 'A follow-up visit is needed (e.g. after an insulin injection)', type: 'checkbox',
      value: !!p.followUp,
    }),
    min: field({
      name: 'followUp.minGapMinutes', label: 'At least (min after the start)', type: 'number',
      value: fu.minGapMinutes, attrs: { min: 1, max: 720, ...MINUTES },
    }),
    max: field({
      name: 'followUp.maxGapMinutes', label: 'At most (min after the start)', type: 'number',
      value: fu.maxGapMinutes, attrs: { min: 1, max: 720, ...MINUTES },
    }),
    duration: field({
      name: 'followUp.durationMinutes', label: 'Its duration (minutes)', type: 'number', value: fu.durationMinutes,
      attrs: { min: 5, max: 480, ...MINUTES },
    }),
  };
  const followDetails = el('div', { class: 'grid-3 follow-up', hidden: !p.followUp },
    follow.min, follow.max, follow.duration);
  const followBox = follow.on.querySelector('input');
  followBox.setAttribute('aria-controls', 'follow-up-details');
  followDetails.id = 'follow-up-details';
  followBox.addEventListener('change', () => { followDetails.hidden = !followBox.checked; });
  const num = (x) => numberOf(x.querySelector('input'));
  const body = () => ({
    description: textOf(input('description')),
    days: days.read(),
    windows: windows.read(),
    durationMinutes: numberOf(input('durationMinutes')),
    minLevel: Number(input('minLevel').value),
    skills: skillsOf(input('skills')),
    nursesNeeded: Number(input('nursesNeeded').value),
    followUp: followBox.checked ? {
      minGapMinutes: num(follow.min), maxGapMinutes: num(follow.max), durationMinutes: num(follow.duration),
    } : null,
    priority: Number(input('priority').value),
    validFrom: input('validFrom').value || null,
    validUntil: input('validUntil').value || null,
  });
  const title = isNew ? 'New care plan' : `Edit “${p.description}”`;
  const form = el('form', { class: 'caseload-form care-plan-form', 'aria-label': title },
    el('h3', {}, title),
    f.description,
    el('div', { class: 'grid-2' }, days.node, windows.node),
    el('div', { class: 'grid-3' }, f.durationMinutes, f.minLevel, f.nursesNeeded, f.skills, f.priority),
    el('fieldset', { class: 'field' }, el('legend', {}, 'Follow-up'), follow.on, followDetails),
    el('div', { class: 'grid-3' }, f.validFrom, f.validUntil),
    el('div', { class: 'form-actions' },
      el('button', { type: 'submit', class: 'primary' }, isNew ? 'Add care plan' : 'Save care plan'),
      el('button', { type: 'button', onclick: onCancel }, 'Cancel')));
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      onCancel();
    }
  });
  wireSave(form, {
    noun: 'care plan',
    version: p.version,
    mapError: (e) => explain(e, {
      lists: { skills: skillsOf(input('skills')) },
      rows: { windows: 'visit' },
      names: { validFrom: 'the first day', minGapMinutes: 'the “at least” gap' },
    }),
    send: (version) => (isNew ? post(plansPath, body()) : putVersioned(`${plansPath}/${p.id}`, body(), version)),
    onSaved: (saved) => {
      toast(isNew ? 'Care plan added.' : 'Care plan saved.');
      onDone(saved);
    },
    onReload,
    fetchVersion: async () => (await get(`${plansPath}/${p.id}`)).version,
  });
  return form;
}
