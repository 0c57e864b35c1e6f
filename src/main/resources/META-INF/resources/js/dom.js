// The page's one toolkit for the DOM: the element builder, labelled form fields with the server's errors next to
// them, toasts, the modal dialog, and what a write does when it fails (400 by field, 409 someone was first).
import { ApiError } from './api.js';

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

/** Replaces a node's children as el() adds them: nested arrays flattened, null/undefined/false left out. */
export function fill(node, ...children) {
  node.replaceChildren(...el('div', {}, ...children).childNodes);
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
    input = el('select', { id, name, ...attrs }, (options || []).map((o) => el('option', {
      value: o.value, selected: String(o.value) === String(value ?? ''),
    }, o.label)));
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

/** The trimmed text of an input, or null when empty (the server then says "must not be blank"). */
export const textOf = (input) => (input.value.trim() === '' ? null : input.value.trim());

/**
 * A number input's value, or null when empty. A value the browser cannot parse also reads as '', so it is sent
 * as null and the server answers "must not be null" next to the field rather than the page guessing.
 */
export const numberOf = (input) => (input.value.trim() === '' ? null : Number(input.value));

/** "insulin, wound_care" → ["insulin", "wound_care"]; the server checks each code. */
export const skillsOf = (input) => input.value.split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean);

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
      const row = new RegExp(`\\b${name}\\[(\\d+)\\]`, 'g');
      message = message.replace(row, (_, i) => `${noun} ${Number(i) + 1}`);
    }
    for (const [name, words] of Object.entries(names)) {
      message = message.replace(new RegExp(`\\b${name}\\b`, 'g'), words);
    }
    return { ...e, message };
  });
  return new ApiError(error.status, { ...error.problem, errors });
}

/** A short message in the page's live region, read out by screen readers. */
export function toast(message, kind = 'info') {
  const region = document.getElementById('toasts');
  const item = el('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
  region.append(item);
  setTimeout(() => item.remove(), kind === 'error' ? 8000 : 4000);
}

// ---- the modal dialog ----

/**
 * The page's one modal dialog: a form in a <dialog>, removed when closed, focus back where it was. `content` is
 * the form's body, `actions` its buttons (a button with value "cancel" closes it). With `submit(form)` a submit
 * runs it: when it resolves the dialog closes, an ApiError shows in the form (by field) and the dialog stays.
 * Without `submit` a submit button closes it with its value. `closed` resolves with that value.
 */
export function dialog({ id, className, labelledBy, content = [], actions = [], submit, focus }) {
  const form = el('form', { method: 'dialog' }, ...content, el('div', { class: 'row' }, ...actions));
  const node = el('dialog', { id, class: className, 'aria-labelledby': labelledBy }, form);
  const opener = document.activeElement;
  const closed = new Promise((resolve) => {
    node.addEventListener('close', () => {
      node.remove();
      if (opener?.isConnected) {
        opener.focus();
      }
      resolve(node.returnValue);
    });
  });
  form.querySelectorAll('button[value=cancel]').forEach((b) => {
    b.type = 'button';
    b.addEventListener('click', () => node.close('cancel'));
  });
  if (submit) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      form.setAttribute('aria-busy', 'true');
      try {
        await submit(form);
        node.close('done');
      } catch (e) {
        if (!(e instanceof ApiError)) {
          throw e;
        }
        showErrors(form, e);
      } finally {
        form.removeAttribute('aria-busy');
      }
    });
  }
  document.body.append(node);
  node.showModal();
  if (focus) {
    form.querySelector(focus)?.focus();
  }
  return { node, form, closed };
}

/** Archive/delete confirmation in a modal dialog; resolves true when confirmed. */
export async function confirmDialog(message, confirmLabel) {
  const { closed } = dialog({
    className: 'confirm', labelledBy: 'confirm-text',
    content: [el('p', { id: 'confirm-text' }, message)],
    actions: [el('button', { value: 'cancel', type: 'submit' }, 'Cancel'),
      el('button', { value: 'ok', type: 'submit', class: 'danger' }, confirmLabel)],
    focus: 'button[value=cancel]',
  });
  return (await closed) === 'ok';
}

// ---- when a write fails ----

/**
 * Runs a write whose failure becomes a toast, and says whether it worked. A 409 means someone (a colleague, the
 * solver) changed or decided it first: the toast says so, and `onConflict` (reloading what is shown) runs. Other
 * refusals go to `onError` when given (e.g. showErrors into a form). Anything but an ApiError is thrown.
 */
export async function attempt(action, what, { onConflict, onError } = {}) {
  try {
    await action();
    return true;
  } catch (e) {
    if (!(e instanceof ApiError)) {
      throw e;
    }
    if (e.conflict) {
      toast(onConflict
        ? `Could not ${what}: it changed meanwhile (a colleague or the solver). It is reloaded: look again.`
        : `Could not ${what}: someone else changed it meanwhile; reload and retry.`, 'error');
      await onConflict?.();
    } else if (onError) {
      onError(e);
    } else {
      toast(`Could not ${what}: ${e.message}`, 'error');
    }
    return false;
  }
}

/**
 * The save flow of a versioned form. `send(version)` performs the write with the given version (If-Match); on
 * success `onSaved(result)` runs; a 400 puts each server error next to its field; a 409 explains that someone else
 * changed the item and offers to reload it or to overwrite with this form's values.
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
      if (e.conflict) {
        // the 409 names the current version when the API sends the current state; otherwise it is read again
        const known = e.problem.current?.version;
        const overwrite = known !== undefined || fetchVersion ? async () => {
          state.version = known !== undefined ? known : await fetchVersion();
          submit();
        } : null;
        showConflict(form, noun, onReload, overwrite);
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

function showConflict(form, noun, onReload, overwrite) {
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
