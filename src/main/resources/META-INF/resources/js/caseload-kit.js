// Shared pieces of the caseload pages: value readers, sortable tables, pager, repeating rows, the save flow
// (If-Match, 400 next to the fields, 409 with reload), confirmation dialog and the team's time zone.
import { api, ApiError } from './api.js';
import { clearErrors, el, field, showErrors, toast } from './dom.js';

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
export const DAY_LABEL = {
  MONDAY: 'Monday', TUESDAY: 'Tuesday', WEDNESDAY: 'Wednesday', THURSDAY: 'Thursday', FRIDAY: 'Friday',
  SATURDAY: 'Saturday', SUNDAY: 'Sunday',
};
export const DAY_SHORT = {
  MONDAY: 'Mon', TUESDAY: 'Tue', WEDNESDAY: 'Wed', THURSDAY: 'Thu', FRIDAY: 'Fri', SATURDAY: 'Sat', SUNDAY: 'Sun',
};
export const LEVELS = [
  { value: 2, label: '2 · helper' },
  { value: 3, label: '3 · certified carer' },
  { value: 4, label: '4 · nurse (MBO)' },
  { value: 5, label: '5 · bachelor nurse (HBO)' },
];
export const TRAVEL_MODES = [
  { value: 'BIKE', label: 'Bike' },
  { value: 'E_BIKE', label: 'E-bike' },
  { value: 'CAR', label: 'Car' },
  { value: 'WALK', label: 'On foot' },
];
export const travelLabel = (mode) => TRAVEL_MODES.find((m) => m.value === mode)?.label || mode || '';

/** The trimmed text of an input, or null when empty (the server then says "must not be blank"). */
export const textOf = (input) => (input.value.trim() === '' ? null : input.value.trim());

/**
 * A number input's value, or null when empty. A value the browser cannot parse also reads as '', so it is sent
 * as null and the server answers "must not be null" next to the field rather than the page guessing.
 */
export const numberOf = (input) => (input.value.trim() === '' ? null : Number(input.value));

/** "insulin, wound_care" → ["insulin", "wound_care"]; the server checks each code. */
export const skillsOf = (input) => input.value.split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean);

export const ifMatch = (version) => ({ 'If-Match': `"${version}"` });

/** Page title row with actions on the right. The h1 takes focus on render so keyboard users land on it. */
export function pageHead(title, ...actions) {
  return el('div', { class: 'page-head' },
    el('h1', { tabindex: '-1' }, title),
    el('div', { class: 'page-actions' }, ...actions));
}

export function readOnlyNote(ctx) {
  return ctx.canPlan ? null : el('p', { class: 'read-only-note' },
    `Read-only: only members of the team change its caseload (you are signed in as ${ctx.role.toLowerCase()}).`);
}

/**
 * Renders a view once its data is loaded, unless the user has moved to another page meanwhile (an earlier,
 * slower render must not overwrite the current one).
 */
export function mount(ctx, path, view) {
  const current = (location.hash.replace(/^#/, '') || '/board').split('?')[0];
  if (current !== path) {
    return false;
  }
  ctx.main.replaceChildren(view);
  view.querySelector('h1')?.focus({ preventScroll: true });
  return true;
}

export function loading(ctx, what) {
  ctx.main.replaceChildren(el('p', { class: 'loading', role: 'status' }, `Loading ${what}…`));
}

/**
 * A table whose sortable columns are buttons with aria-sort. columns: [{label, sort?, cell(row), class?}];
 * sort is the API's sort string ("name", "-level"); onSort gets the new one.
 */
export function sortableTable({ caption, columns, rows, sort, onSort, empty, rowAttrs }) {
  const active = (sort || '').replace(/^-/, '');
  const descending = (sort || '').startsWith('-');
  const head = el('tr', {}, columns.map((c) => {
    if (!c.sort) {
      return el('th', { scope: 'col', class: c.class }, c.label);
    }
    const isActive = active === c.sort;
    const next = isActive && !descending ? `-${c.sort}` : c.sort;
    return el('th', { scope: 'col', class: c.class, 'aria-sort': isActive ? (descending ? 'descending' : 'ascending') : 'none' },
      el('button', {
        type: 'button', class: 'sort', onclick: () => onSort(next),
        title: `Sort by ${c.label.toLowerCase()}`,
      }, c.label, el('span', { 'aria-hidden': 'true', class: 'sort-mark' }, isActive ? (descending ? ' ▼' : ' ▲') : ' ⇅')));
  }));
  const body = el('tbody', {}, rows.length
    ? rows.map((r) => el('tr', rowAttrs ? rowAttrs(r) : {}, columns.map((c) => el('td', { class: c.class, 'data-label': c.label }, c.cell(r)))))
    : el('tr', {}, el('td', { colspan: columns.length, class: 'empty' }, empty || 'Nothing here yet.')));
  return el('div', { class: 'table-scroll' },
    el('table', { class: 'caseload-table' }, caption ? el('caption', { class: 'sr-only' }, caption) : null,
      el('thead', {}, head), body));
}

/** "Page 1 of 3 · 120 nurses" with previous/next buttons. */
export function pager(answer, noun, onPage) {
  const { page, totalPages, totalItems } = answer;
  return el('nav', { class: 'pager', 'aria-label': `${noun} pages` },
    el('button', { type: 'button', disabled: page <= 0, onclick: () => onPage(page - 1) }, '‹ Previous'),
    el('span', { class: 'pager-status' }, `Page ${Math.min(page + 1, Math.max(totalPages, 1))} of ${Math.max(totalPages, 1)} · ${totalItems} ${noun}`),
    el('button', { type: 'button', disabled: page + 1 >= totalPages, onclick: () => onPage(page + 1) }, 'Next ›'));
}

/** A labelled toggle outside a form (list filters). */
export function toggle(label, checked, onchange) {
  const id = `t-${Math.random().toString(36).slice(2, 8)}`;
  return el('span', { class: 'toggle' },
    el('input', { type: 'checkbox', id, checked, onchange: (e) => onchange(e.target.checked) }),
    el('label', { for: id }, label));
}

/**
 * A list of repeated rows (availability windows, start windows) inside a fieldset whose data-field is `name`,
 * so the server's "windows" errors land on the fieldset and "windows[1].to" on the row's own field. Rows are
 * renumbered after a removal, so the indexes sent match the ones the server names.
 *
 * makeRow(item, index) → { node, read(), relabel(index) } where node holds fields named `${name}[index].x`.
 */
export function rowList({ name, legend, hint, items, makeRow, newItem, addLabel, readOnly }) {
  const rows = [];
  const list = el('div', { class: 'rows' });
  const error = el('p', { class: 'field-error', role: 'alert', hidden: true });
  const box = el('fieldset', { class: 'field rows-field', dataset: { field: name } },
    el('legend', {}, legend), error, hint ? el('small', { class: 'hint' }, hint) : null, list);
  const renumber = () => rows.forEach((row, i) => {
    row.wrapper.dataset.field = `${name}[${i}]`;
    row.wrapper.querySelectorAll('[data-field]').forEach((f) => {
      f.dataset.field = f.dataset.field.replace(/^[^[]+\[\d+\]/, `${name}[${i}]`);
    });
    row.relabel(i);
  });
  const add = (item, focus) => {
    const row = makeRow(item, rows.length);
    const remove = readOnly ? null : el('button', {
      type: 'button', class: 'remove-row',
      onclick: () => {
        const at = rows.indexOf(row);
        rows.splice(at, 1);
        row.wrapper.remove();
        renumber();
        (rows[Math.min(at, rows.length - 1)]?.wrapper.querySelector('input, select') || addButton)?.focus();
      },
    });
    row.wrapper = el('div', { class: 'repeat-row', dataset: { field: `${name}[${rows.length}]` } },
      // the row's own error first in the DOM (showErrors takes the first), shown after the fields by CSS
      el('p', { class: 'field-error row-error', role: 'alert', hidden: true }), row.node, remove);
    const baseRelabel = row.relabel;
    row.relabel = (i) => {
      baseRelabel(i);
      if (remove) {
        remove.textContent = 'Remove';
        remove.setAttribute('aria-label', `Remove ${legend.toLowerCase().replace(/s$/, '')} ${i + 1}`);
      }
    };
    rows.push(row);
    list.append(row.wrapper);
    renumber();
    if (focus) {
      row.wrapper.querySelector('input, select')?.focus();
    }
  };
  const addButton = readOnly ? null : el('button', {
    type: 'button', class: 'add-row', onclick: () => add(newItem(rows.map((r) => r.read())), true),
  }, addLabel);
  (items || []).forEach((item) => add(item, false));
  if (addButton) {
    box.append(addButton);
  }
  return { node: box, read: () => rows.map((r) => r.read()), count: () => rows.length };
}

/** A row field whose visible label is short ("From") and whose accessible name says which row it is. */
export function rowField(spec, rowLabel) {
  const f = field(spec);
  const label = f.querySelector('label');
  const visible = spec.label;
  const relabel = (i) => {
    label.replaceChildren(visible, el('span', { class: 'sr-only' }, ` (${rowLabel} ${i + 1})`));
  };
  return { node: f, input: f.querySelector('input, select, textarea'), relabel };
}

/** A group of checkboxes acting as one multi-select field named `name` (errors "name[2]" land on it). */
export function checkGroup({ name, legend, options, selected, hint, readOnly, onchange, empty }) {
  const chosen = new Set((selected || []).map(String));
  const boxes = [];
  const error = el('p', { class: 'field-error', role: 'alert', hidden: true });
  const list = el('div', { class: 'check-list' }, options.map((o, i) => {
    const id = `cg-${name}-${i}-${Math.random().toString(36).slice(2, 7)}`;
    const box = el('input', {
      type: 'checkbox', id, value: o.value, checked: chosen.has(String(o.value)), disabled: readOnly,
      onchange: () => onchange && onchange(),
    });
    boxes.push(box);
    return el('span', { class: 'check' }, box, el('label', { for: id }, o.label), o.note ? el('small', { class: 'hint' }, ` ${o.note}`) : null);
  }));
  const node = el('fieldset', { class: 'field check-group', dataset: { field: name } },
    el('legend', {}, legend), error, options.length ? list : el('p', { class: 'hint' }, empty || 'None to choose from yet.'),
    hint ? el('small', { class: 'hint' }, hint) : null);
  return {
    node,
    boxes,
    read: () => boxes.filter((b) => b.checked).map((b) => b.value),
  };
}

/**
 * Makes the server's messages read as the form does, without inventing any: list items shown as one field name
 * their value ("skills[1]" → "“Wound Care” must be…"), row indexes become row numbers ("overlaps windows[0]" →
 * "overlaps visit 1") and API field names in a message become words ("contractMaxHours" → "the maximum hours").
 *   lists: {skills: ["insulin", "Wound Care"]}, rows: {windows: "visit"}, names: {validFrom: "the first day"}
 */
export function explain(error, { lists = {}, rows = {}, names = {} } = {}) {
  const errors = (error.problem?.errors || []).map((e) => {
    let message = e.message;
    const m = e.field.match(/^([^[.]+)\[(\d+)\]$/);
    if (m && lists[m[1]] && lists[m[1]][Number(m[2])] !== undefined) {
      message = `“${lists[m[1]][Number(m[2])]}” ${message}`;
    }
    for (const [name, noun] of Object.entries(rows)) {
      message = message.replace(new RegExp(`\\b${name}\\[(\\d+)\\]`, 'g'), (_, i) => `${noun} ${Number(i) + 1}`);
    }
    for (const [name, words] of Object.entries(names)) {
      message = message.replace(new RegExp(`\\b${name}\\b`, 'g'), words);
    }
    return { ...e, message };
  });
  return new ApiError(error.status, { ...error.problem, errors });
}

/**
 * The save flow every caseload form shares. `send(version)` performs the write with the given version
 * (If-Match); on success `onSaved(result)` runs; a 400 puts each server error next to its field; a 409 explains
 * that someone else changed the item and offers to reload it or to overwrite with this form's values.
 */
export function wireSave(form, { noun, version, send, onSaved, onReload, mapError, fetchVersion }) {
  const state = { version };
  const submit = async (event) => {
    event?.preventDefault();
    const buttons = form.querySelectorAll('button[type=submit]');
    buttons.forEach((b) => { b.disabled = true; });
    form.setAttribute('aria-busy', 'true');
    clearErrors(form);
    try {
      const result = await send(state.version);
      if (result && result.version !== undefined) {
        state.version = result.version;
      }
      await onSaved(result);
    } catch (e) {
      if (!(e instanceof ApiError)) {
        throw e;
      }
      if (e.status === 409) {
        // the 409 names the current version when the API sends the current state; otherwise it is read again
        const known = e.problem.current?.version;
        const overwrite = known !== undefined || fetchVersion ? async () => {
          state.version = known !== undefined ? known : await fetchVersion();
          submit();
        } : null;
        showConflict(form, e, noun, onReload, overwrite);
      } else {
        showErrors(form, mapError ? mapError(e) : e);
        if (e.status !== 400) {
          toast(e.message, 'error');
        }
      }
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
      form.removeAttribute('aria-busy');
    }
  };
  form.setAttribute('novalidate', '');
  form.addEventListener('submit', submit);
  return state;
}

function showConflict(form, error, noun, onReload, overwrite) {
  clearErrors(form);
  const box = el('div', { class: 'form-error conflict', role: 'alert' },
    el('strong', {}, `Someone else changed this ${noun} while you were editing.`),
    el('p', {}, overwrite
      ? 'Reload to see their changes (yours are discarded), or save yours over theirs.'
      : 'Reload to see the current state, then make your change again.'),
    el('div', { class: 'row' },
      el('button', { type: 'button', class: 'primary reload', onclick: () => onReload() }, `Reload the ${noun}`),
      overwrite ? el('button', { type: 'button', class: 'overwrite', onclick: overwrite }, 'Save mine anyway') : null));
  form.prepend(box);
  box.querySelector('button.reload').focus();
}

/** Archive/delete confirmation in a modal dialog; resolves true when confirmed. */
export function confirmDialog(message, confirmLabel) {
  return new Promise((resolve) => {
    const dialog = el('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-text' },
      el('form', { method: 'dialog' },
        el('p', { id: 'confirm-text' }, message),
        el('div', { class: 'row' },
          el('button', { value: 'cancel', type: 'submit' }, 'Cancel'),
          el('button', { value: 'ok', type: 'submit', class: 'danger' }, confirmLabel))));
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'ok');
      dialog.remove();
    });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector('button[value=cancel]').focus();
  });
}

/** Runs an action whose ApiError becomes a toast (archive, delete) and returns whether it worked. */
export async function attempt(action, what) {
  try {
    await action();
    return true;
  } catch (e) {
    if (!(e instanceof ApiError)) {
      throw e;
    }
    toast(e.status === 409 ? `Could not ${what}: someone else changed it meanwhile; reload and retry.` : `Could not ${what}: ${e.message}`, 'error');
    return false;
  }
}

export const del = (path, version) => api('DELETE', path, undefined, version === undefined ? {} : ifMatch(version));
export const putVersioned = (path, body, version) => api('PUT', path, { ...body, version }, ifMatch(version));

// ---- the team's time zone: absences are sent as offset date-times ----

function offsetMinutes(timeZone, date) {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(date).find((p) => p.type === 'timeZoneName')?.value || 'GMT';
  const m = name.match(/GMT([+-])(\d{1,2}):?(\d{2})?/);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] || 0)) : 0;
}

const pad = (n) => String(n).padStart(2, '0');

/** "2026-12-02", "07:00" in Europe/Amsterdam → "2026-12-02T07:00:00+01:00". */
export function zonedIso(date, time, timeZone) {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = (time || '00:00').split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let offset = offsetMinutes(timeZone, new Date(wall));
  offset = offsetMinutes(timeZone, new Date(wall - offset * 60000));
  const a = Math.abs(offset);
  return `${date}T${pad(h)}:${pad(mi)}:00${offset < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** An instant as the team's wall-clock date and time: {date: "2026-12-02", time: "07:00"}. */
export function zonedParts(iso, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

export function addDays(date, days) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function todayIn(timeZone) {
  return zonedParts(new Date().toISOString(), timeZone).date;
}

/** "Wed 2 Dec 2026" */
export function longDate(date) {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC',
  });
}

export const teamZone = (ctx) => ctx.team?.timeZone || 'Europe/Amsterdam';
