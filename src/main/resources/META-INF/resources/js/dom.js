// Small DOM helpers shared by the views: element builder, labelled form fields, server errors next to fields.

/** el('button', {class: 'primary', onclick: fn}, 'Solve') — attributes starting with "on" become listeners. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (key === 'style' && typeof value === 'object') {
      Object.assign(node.style, value);
    } else if (value === true) {
      node.setAttribute(key, '');
    } else {
      node.setAttribute(key, value);
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

let fieldCounter = 0;

/**
 * A labelled input whose server-side errors appear right under it. `name` is the API's field name, so
 * showErrors() can find it from a problem+json `errors` entry.
 */
export function field({ name, label, type = 'text', value, options, required, hint, attrs = {} }) {
  const id = `f-${name.replace(/[^a-zA-Z0-9]/g, '-')}-${++fieldCounter}`;
  let input;
  if (type === 'select') {
    input = el('select', { id, name, ...attrs },
      (options || []).map((o) => el('option', { value: o.value, selected: String(o.value) === String(value ?? '') }, o.label)));
  } else if (type === 'textarea') {
    input = el('textarea', { id, name, rows: 3, ...attrs }, value ?? '');
  } else if (type === 'checkbox') {
    input = el('input', { id, name, type, checked: !!value, ...attrs });
  } else {
    input = el('input', { id, name, type, value: value ?? '', ...attrs });
  }
  if (required) {
    input.required = true;
  }
  const error = el('p', { class: 'field-error', id: `${id}-error`, role: 'alert', hidden: true });
  input.setAttribute('aria-describedby', `${id}-error`);
  return el('div', { class: `field field-${type}`, dataset: { field: name } },
    el('label', { for: id }, label), input, hint ? el('small', { class: 'hint' }, hint) : null, error);
}

/** Clears what showErrors() wrote. */
export function clearErrors(container) {
  container.querySelectorAll('.field-error').forEach((p) => { p.hidden = true; p.textContent = ''; });
  container.querySelectorAll('[aria-invalid]').forEach((i) => i.removeAttribute('aria-invalid'));
  container.querySelectorAll('.form-error').forEach((p) => p.remove());
}

/**
 * Shows an ApiError inside a form: each `errors` entry next to the field of that name (or its closest
 * parent field, "windows[0].to" → "windows"), the rest as one message at the top. Focuses the first.
 */
export function showErrors(container, error) {
  clearErrors(container);
  const unplaced = [];
  let first = null;
  for (const problem of error.problem?.errors || []) {
    const target = findField(container, problem.field);
    if (!target) {
      unplaced.push(`${problem.field}: ${problem.message}`);
      continue;
    }
    const p = target.querySelector('.field-error');
    p.textContent = p.textContent ? `${p.textContent}; ${problem.message}` : problem.message;
    p.hidden = false;
    const input = target.querySelector('input, select, textarea');
    input?.setAttribute('aria-invalid', 'true');
    first = first || input;
  }
  if (unplaced.length || !(error.problem?.errors || []).length) {
    const text = unplaced.length ? unplaced.join('; ') : error.message;
    container.prepend(el('p', { class: 'form-error', role: 'alert' }, text));
  }
  first?.focus();
}

function findField(container, name) {
  let candidate = name;
  while (candidate) {
    const found = container.querySelector(`[data-field="${CSS.escape(candidate)}"]`);
    if (found) {
      return found;
    }
    const cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
    candidate = cut > 0 ? candidate.slice(0, cut) : '';
  }
  return null;
}

/** A short message in the page's live region, read out by screen readers. */
export function toast(message, kind = 'info') {
  const region = document.getElementById('toasts');
  const item = el('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
  region.append(item);
  setTimeout(() => item.remove(), kind === 'error' ? 8000 : 4000);
}

export const hhmm = (iso) => (iso ? iso.substring(11, 16) : '');
