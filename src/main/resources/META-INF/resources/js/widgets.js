// The caseload pages' building blocks: page frame, sortable tables, pager, toggles, repeating rows and check
// groups, and the labels of the caseload's fixed choices. No HTTP, dialogs or time here (api.js, dom.js, week.js).
import { el, field } from './dom.js';

export const LEVELS = [
  { value: 2, label: '2 · helper' },
  { value: 3, label: '3 · certified carer' },
  { value: 4, label: '4 · nurse (MBO)' },
  { value: 5, label: '5 · bachelor nurse (HBO)' },
];
/** The words of a choice the server lists (`ctx.choices`, from /api/choices), or the value itself. */
export const choiceLabel = (options, value) => options?.find((o) => o.value === value)?.label || value || '';
export const travelLabel = (ctx, mode) => choiceLabel(ctx.choices?.travelModes, mode);

/** Page title row with actions on the right. The h1 takes focus on render so keyboard users land on it. */
export function pageHead(title, ...actions) {
  return el('div', { class: 'page-head' },
    el('h1', { tabindex: '-1' }, title),
    el('div', { class: 'page-actions' }, ...actions));
}

export function readOnlyNote(ctx) {
  return ctx.canPlan ? null : el('p', { class: 'read-only-note' },
    `Read-only: only members of the team change its caseload (you are signed in as ${ctx.role}).`);
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
    const direction = descending ? 'descending' : 'ascending';
    const mark = isActive ? (descending ? ' ▼' : ' ▲') : ' ⇅';
    return el('th', { scope: 'col', class: c.class, 'aria-sort': isActive ? direction : 'none' },
      el('button', {
        type: 'button', class: 'sort', onclick: () => onSort(next),
        title: `Sort by ${c.label.toLowerCase()}`,
      }, c.label, el('span', { 'aria-hidden': 'true', class: 'sort-mark' }, mark)));
  }));
  const body = el('tbody', {}, rows.length
    ? rows.map((r) => el('tr', rowAttrs ? rowAttrs(r) : {},
      columns.map((c) => el('td', { class: c.class, 'data-label': c.label }, c.cell(r)))))
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
    el('span', { class: 'pager-status' },
      `Page ${Math.min(page + 1, Math.max(totalPages, 1))} of ${Math.max(totalPages, 1)} · ${totalItems} ${noun}`),
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
    return el('span', { class: 'check' }, box, el('label', { for: id }, o.label),
      o.note ? el('small', { class: 'hint' }, ` ${o.note}`) : null);
  }));
  const node = el('fieldset', { class: 'field check-group', dataset: { field: name } },
    el('legend', {}, legend), error,
    options.length ? list : el('p', { class: 'hint' }, empty || 'None to choose from yet.'),
    hint ? el('small', { class: 'hint' }, hint) : null);
  return {
    node,
    boxes,
    read: () => boxes.filter((b) => b.checked).map((b) => b.value),
  };
}
