// Nurses: the paged list, the form (create/edit/archive/restore) and her absences.
import { del, get, post, putVersioned } from './api.js';
import {
  attempt, confirmDialog, el, explain, field, numberOf, skillsOf, textOf, toast, wireSave,
} from './dom.js';
import {
  DAYS, DAY_LABEL, DAY_SHORT, addDays, longDate, teamZone, todayIn, zonedIso, zonedParts,
} from './week.js';
import {
  LEVELS, choiceLabel, loading, mount, pageHead, pager, readOnlyNote, rowField, rowList, sortableTable, toggle,
  travelLabel,
} from './widgets.js';

const PAGE_SIZE = 25;
const HOURS = { min: 0, max: 60, step: '0.25', inputmode: 'decimal' };
const DEGREES = { step: 'any', inputmode: 'decimal' };

const base = (ctx) => `/api/teams/${ctx.teamId}/nurses`;
const hours = (n) => `${Number(n).toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;

/** Mon, Tue, Thu… : the days she has a window on, in week order. */
function availabilitySummary(windows) {
  const days = DAYS.filter((d) => windows.some((w) => w.day === d));
  return days.length ? days.map((d) => DAY_SHORT[d]).join(' ') : '—';
}

export async function renderNurses(ctx) {
  const page = Math.max(0, Number(ctx.params.get('page') || 0));
  const sort = ctx.params.get('sort') || 'name';
  const archived = ctx.params.get('archived') === 'true';
  loading(ctx, 'nurses');
  const query = `page=${page}&size=${PAGE_SIZE}&sort=${encodeURIComponent(sort)}&archived=${archived}`;
  const answer = await get(`${base(ctx)}?${query}`);
  const go = (changes) => ctx.navigate('/nurses', {
    page: changes.page ?? page, sort: changes.sort ?? sort, archived: (changes.archived ?? archived) ? 'true' : null,
  });
  const highlight = Number(ctx.params.get('saved') || 0);
  const table = sortableTable({
    caption: archived ? 'Archived nurses' : 'Nurses of the team',
    sort,
    onSort: (s) => go({ sort: s, page: 0 }),
    empty: archived ? 'No archived nurses.' : 'No nurses yet: add the first one.',
    rowAttrs: (n) => ({ class: n.id === highlight ? 'just-saved' : null, dataset: { id: n.id } }),
    columns: [
      { label: 'Name', sort: 'name', cell: (n) => el('a', { href: `#/nurses/${n.id}` }, n.name) },
      { label: 'Level', sort: 'level', class: 'num', cell: (n) => String(n.level) },
      {
        label: 'Skills',
        cell: (n) => (n.skills.length ? n.skills.map((s) => el('span', { class: 'badge skill' }, s)) : '—'),
      },
      {
        label: 'Contract hours', class: 'num',
        cell: (n) => `${hours(n.contractMinHours)}–${hours(n.contractMaxHours)} h`,
      },
      { label: 'Works on', cell: (n) => availabilitySummary(n.availability) },
      { label: 'Travel', cell: (n) => travelLabel(ctx, n.travelMode) },
    ],
    rows: answer.items,
  });
  const view = el('section', { class: 'caseload' },
    pageHead(archived ? 'Archived nurses' : 'Nurses',
      ctx.canPlan ? el('button', {
        type: 'button', class: 'primary', onclick: () => ctx.navigate('/nurses/new'),
      }, 'New nurse') : null),
    readOnlyNote(ctx),
    el('div', { class: 'list-tools' },
      toggle('Show archived nurses', archived, (on) => go({ archived: on, page: 0 }))),
    table,
    pager(answer, 'nurses', (p) => go({ page: p })));
  mount(ctx, '/nurses', view);
}

export async function renderNurse(ctx, idOrNew) {
  const isNew = idOrNew === 'new';
  const path = `/nurses/${idOrNew}`;
  loading(ctx, 'the nurse');
  let nurse;
  if (isNew) {
    if (!ctx.canPlan) {
      mount(ctx, path, el('section', { class: 'caseload' }, pageHead('New nurse'), readOnlyNote(ctx)));
      return;
    }
    nurse = {
      name: '', level: 3, skills: [], contractMinHours: '', contractMaxHours: '',
      availability: DAYS.slice(0, 5).map((day) => ({ day, from: '07:00', to: '13:30' })),
      start: { ...(ctx.team?.office || { latitude: '', longitude: '' }) }, travelMode: ctx.choices.newNurseTravelMode,
      version: 0,
    };
  } else {
    nurse = await get(`${base(ctx)}/${idOrNew}`);
  }
  const view = el('section', { class: 'caseload' });
  const form = nurseForm(ctx, nurse, isNew);
  view.append(...[
    el('p', { class: 'back' }, el('a', { href: '#/nurses' }, '‹ All nurses')),
    pageHead(isNew ? 'New nurse' : nurse.name,
      nurse.archived ? el('span', { class: 'badge bad' }, 'archived') : null),
    readOnlyNote(ctx),
    form].filter(Boolean));
  if (!isNew) {
    view.append(await absencesCard(ctx, nurse));
  }
  mount(ctx, path, view);
}

function nurseForm(ctx, nurse, isNew) {
  const readOnly = !ctx.canPlan;
  const f = {
    name: field({
      name: 'name', label: 'Name', value: nurse.name, required: true, attrs: { maxlength: 120, autocomplete: 'off' },
    }),
    level: field({
      name: 'level', label: 'Level', type: 'select', value: nurse.level, options: LEVELS, required: true,
    }),
    travelMode: field({
      name: 'travelMode', label: 'Travel mode', type: 'select', value: nurse.travelMode,
      options: ctx.choices.travelModes, required: true,
    }),
    skills: field({
      name: 'skills', label: 'Skills', value: (nurse.skills || []).join(', '),
      hint: 'Skill codes separated by commas, e.g. insulin, wound_care',
      attrs: { autocomplete: 'off', spellcheck: 'false' },
    }),
    contractMinHours: field({
      name: 'contractMinHours', label: 'Contract hours per week: at least', type: 'number',
      value: nurse.contractMinHours, required: true, attrs: HOURS,
    }),
    contractMaxHours: field({
      name: 'contractMaxHours', label: 'Contract hours per week: at most', type: 'number',
      value: nurse.contractMaxHours, required: true, attrs: HOURS,
    }),
    latitude: field({
      name: 'start.latitude', label: 'Start latitude', type: 'number', value: nurse.start?.latitude, required: true,
      attrs: DEGREES,
    }),
    longitude: field({
      name: 'start.longitude', label: 'Start longitude', type: 'number', value: nurse.start?.longitude,
      required: true, attrs: DEGREES,
    }),
  };
  const input = (k) => f[k].querySelector('input, select');
  const availability = rowList({
    name: 'availability',
    legend: 'Weekly availability',
    hint: 'Her shift windows in the team\'s local time; several per day are fine, as long as they do not overlap.',
    items: nurse.availability,
    addLabel: 'Add a window',
    readOnly,
    newItem: (rows) => {
      const last = rows[rows.length - 1];
      const day = last ? DAYS[(DAYS.indexOf(last.day) + 1) % 7] : 'MONDAY';
      return { day, from: last?.from || '07:00', to: last?.to || '13:30' };
    },
    makeRow: (w, i) => {
      const day = rowField({
        name: `availability[${i}].day`, label: 'Day', type: 'select', value: w.day,
        options: DAYS.map((d) => ({ value: d, label: DAY_LABEL[d] })),
      }, 'window');
      const time = (part, label) => rowField({
        name: `availability[${i}].${part}`, label, type: 'time', value: w[part], attrs: { step: 300 },
      }, 'window');
      const from = time('from', 'From');
      const to = time('to', 'To');
      return {
        node: el('div', { class: 'row-fields' }, day.node, from.node, to.node),
        read: () => ({ day: day.input.value, from: from.input.value || null, to: to.input.value || null }),
        relabel: (n) => [day, from, to].forEach((x) => x.relabel(n)),
      };
    },
  });
  const useOffice = ctx.team?.office && !readOnly ? el('button', {
    type: 'button', class: 'link-button',
    onclick: () => {
      input('latitude').value = ctx.team.office.latitude;
      input('longitude').value = ctx.team.office.longitude;
    },
  }, 'Use the team office') : null;

  const actions = el('div', { class: 'form-actions' });
  const form = el('form', {
    class: 'card caseload-form nurse-form', 'aria-label': isNew ? 'New nurse' : `Nurse ${nurse.name}`,
  },
    el('fieldset', { class: 'plain', disabled: readOnly },
      el('div', { class: 'grid-2' }, f.name, f.level, f.skills, f.travelMode, f.contractMinHours, f.contractMaxHours),
      availability.node,
      el('fieldset', { class: 'field start-field' },
        el('legend', {}, 'Where her day starts and ends'),
        el('div', { class: 'grid-2' }, f.latitude, f.longitude),
        useOffice)),
    actions);

  const body = () => ({
    name: textOf(input('name')),
    level: Number(input('level').value),
    skills: skillsOf(input('skills')),
    contractMinHours: numberOf(input('contractMinHours')),
    contractMaxHours: numberOf(input('contractMaxHours')),
    availability: availability.read(),
    start: { latitude: numberOf(input('latitude')), longitude: numberOf(input('longitude')) },
    travelMode: input('travelMode').value,
  });
  const reload = () => ctx.navigate(`/nurses/${nurse.id}`);
  const save = wireSave(form, {
    noun: 'nurse',
    version: nurse.version,
    mapError: (e) => explain(e, {
      lists: { skills: skillsOf(input('skills')) },
      rows: { availability: 'window' },
      names: { contractMaxHours: 'the maximum hours' },
    }),
    send: (version) => (isNew ? post(base(ctx), body())
      : putVersioned(`${base(ctx)}/${nurse.id}`, { ...body(), archived: nurse.archived }, version)),
    onSaved: (saved) => {
      toast(isNew ? `${saved.name} added to the team.` : `${saved.name} saved.`);
      // a new nurse stays open (her absences can be reported next); an edit returns to the list, row marked
      ctx.navigate(isNew ? `/nurses/${saved.id}` : '/nurses', isNew ? {} : { saved: saved.id });
    },
    onReload: reload,
    fetchVersion: async () => (await get(`${base(ctx)}/${nurse.id}`)).version,
  });
  if (!readOnly) {
    actions.append(el('button', { type: 'submit', class: 'primary' }, isNew ? 'Add nurse' : 'Save nurse'));
    if (!isNew) {
      actions.append(nurse.archived
        ? el('button', {
          type: 'button',
          onclick: async () => {
            const restore = () => putVersioned(`${base(ctx)}/${nurse.id}`, { ...body(), archived: false },
              save.version);
            if (await attempt(restore, 'restore her')) {
              toast(`${nurse.name} is back in the team.`);
              reload();
            }
          },
        }, 'Restore nurse')
        : el('button', {
          type: 'button', class: 'danger',
          onclick: async () => {
            const ok = await confirmDialog(`Archive ${nurse.name}? She is no longer planned; past rosters keep her `
              + 'name. You can restore her later.', 'Archive');
            if (ok && await attempt(() => del(`${base(ctx)}/${nurse.id}`, save.version), 'archive her')) {
              toast(`${nurse.name} archived.`);
              ctx.navigate('/nurses');
            }
          },
        }, 'Archive nurse'));
    }
    actions.append(el('a', { href: '#/nurses', class: 'cancel' }, 'Cancel'));
  }
  return form;
}

// ---- absences ----

async function absencesCard(ctx, nurse) {
  const zone = teamZone(ctx);
  const path = `${base(ctx)}/${nurse.id}/absences`;
  const since = zonedIso(addDays(todayIn(zone), -60), '00:00', zone);
  const card = el('section', { class: 'card absences', 'aria-labelledby': 'absences-title' },
    el('h2', { id: 'absences-title' }, 'Absences'),
    el('p', { class: 'hint' }, `Leave, sickness and training from two months ago on, in the team's time (${zone}).`));
  const list = el('div', { class: 'absence-list' });
  card.append(list);
  const refresh = async () => {
    const answer = await get(`${path}?from=${encodeURIComponent(since)}&size=200&sort=from`);
    list.replaceChildren(sortableTable({
      caption: `Absences of ${nurse.name}`,
      empty: 'No absences reported.',
      columns: [
        {
          label: 'Kind',
          cell: (a) => el('span', { class: `badge kind-${a.kind.toLowerCase()}` },
            choiceLabel(ctx.choices.absenceKinds, a.kind)),
        },
        { label: 'From', cell: (a) => describeInstant(a.from, zone, false) },
        { label: 'Until', cell: (a) => describeInstant(a.to, zone, true) },
        { label: 'Note', cell: (a) => a.note || '' },
        ctx.canPlan ? {
          label: 'Actions',
          cell: (a) => el('button', {
            type: 'button', class: 'danger small',
            'aria-label': `Delete the ${a.kind.toLowerCase()} from ${describeInstant(a.from, zone, false)}`,
            onclick: async () => {
              if (await confirmDialog('Delete this absence? Use this for absences entered by mistake.', 'Delete')
                && await attempt(() => del(`${path}/${a.id}`), 'delete the absence')) {
                toast('Absence deleted.');
                refresh();
              }
            },
          }, 'Delete'),
        } : null,
      ].filter(Boolean),
      rows: answer.items,
    }));
  };
  await refresh();
  if (ctx.canPlan) {
    card.append(absenceForm(ctx, path, zone, refresh));
  }
  return card;
}

/** Whole days show as dates (an end at midnight is the day before, inclusive); other times with hh:mm. */
function describeInstant(iso, zone, isEnd) {
  const { date, time } = zonedParts(iso, zone);
  if (time === '00:00') {
    return longDate(isEnd ? addDays(date, -1) : date) + (isEnd ? ' (end of day)' : '');
  }
  return `${longDate(date)} ${time}`;
}

function dateTimeField(name, label, timeLabel) {
  const id = `f-${name}-${Math.random().toString(36).slice(2, 7)}`;
  const describedBy = `${id}-error`;
  const date = el('input', { type: 'date', id, name: `${name}Date`, required: true, 'aria-describedby': describedBy });
  const time = el('input', {
    type: 'time', id: `${id}-t`, name: `${name}Time`, step: 300, 'aria-describedby': describedBy,
  });
  return {
    node: el('div', { class: 'field field-datetime', dataset: { field: name } },
      el('label', { for: id }, label),
      el('div', { class: 'datetime' }, date, el('label', { for: `${id}-t`, class: 'time-label' }, timeLabel), time),
      el('p', { class: 'field-error', id: `${id}-error`, role: 'alert', hidden: true })),
    date, time,
  };
}

function absenceForm(ctx, path, zone, refresh) {
  const kind = field({
    name: 'kind', label: 'Kind', type: 'select', options: ctx.choices.absenceKinds,
    value: ctx.choices.absenceKinds[0]?.value, required: true,
  });
  const from = dateTimeField('from', 'First day', 'from');
  const to = dateTimeField('to', 'Last day', 'until');
  const note = field({
    name: 'note', label: 'Note for the team', hint: 'Keep health details out.', attrs: { maxlength: 200 },
  });
  const form = el('form', { class: 'absence-form', 'aria-labelledby': 'absence-form-title' },
    el('h3', { id: 'absence-form-title' }, 'Report an absence'),
    el('div', { class: 'absence-fields' }, kind, from.node, to.node, note),
    el('small', { class: 'hint' }, 'Leave the times empty for whole days.'),
    el('div', { class: 'form-actions' }, el('button', { type: 'submit', class: 'primary' }, 'Report absence')));
  wireSave(form, {
    noun: 'absence',
    mapError: (e) => explain(e, { names: { from: 'the start' } }),
    send: () => post(path, {
      kind: kind.querySelector('select').value,
      from: from.date.value ? zonedIso(from.date.value, from.time.value || '00:00', zone) : null,
      // the last day is inclusive on the form, "to" is exclusive in the API: a whole day ends at the next midnight
      to: to.date.value ? (to.time.value ? zonedIso(to.date.value, to.time.value, zone)
        : zonedIso(addDays(to.date.value, 1), '00:00', zone)) : null,
      note: textOf(note.querySelector('input')),
    }),
    onSaved: async () => {
      form.reset();
      await refresh();
      toast('Absence reported.');
    },
    onReload: refresh,
  });
  return form;
}
