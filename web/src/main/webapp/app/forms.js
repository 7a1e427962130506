// Forms with labelled fields, server-side validation messages shown by the field they concern,
// and drafts kept across a sign-in when the session expires mid-form.
import { h, uid, notice } from './dom.js';
import { session } from './auth.js';

// {owner, forms: {draftKey: {field: value}}}: kept in this tab only, and only for the person who
// typed it (a shared tablet's next user never sees it).
const DRAFTS = 'dyadcare.drafts';

function drafts() {
  const stored = JSON.parse(sessionStorage.getItem(DRAFTS) || 'null');
  return stored && stored.owner === session.username ? stored.forms : {};
}

function keepDrafts(forms) {
  if (Object.keys(forms).length) sessionStorage.setItem(DRAFTS, JSON.stringify({ owner: session.username, forms }));
  else sessionStorage.removeItem(DRAFTS);
}

/** What was typed into the form with this draft key before a forced sign-in, if anything. */
export function draftOf(key) {
  return drafts()[key];
}

/** Forgets every draft (on signing out). */
export function forgetAllDrafts() {
  sessionStorage.removeItem(DRAFTS);
}

/**
 * One labelled field. kind: text | number | date | datetime-local | time | email | textarea |
 * select | checkbox. options: [{value, label}] for selects. hint: a line under the label.
 */
export function field({ name, label, kind = 'text', value, required, min, max, step, options, hint, placeholder, maxlength }) {
  const id = uid(`f-${name}`);
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  const common = { id, name, required, 'aria-describedby': describedBy };
  let control;
  if (kind === 'textarea') {
    control = h('textarea', { ...common, rows: 3, maxlength, placeholder }, value ?? '');
  } else if (kind === 'select') {
    control = h('select', common, (options || []).map((o) => h('option', { value: o.value, selected: String(o.value) === String(value ?? '') }, o.label)));
  } else if (kind === 'checkbox') {
    control = h('input', { ...common, type: 'checkbox', checked: Boolean(value), required: false });
    return h('div', { class: 'field field-check' }, control, h('label', { for: id }, label),
      hint ? h('p', { class: 'hint', id: hintId }, hint) : null, h('p', { class: 'field-error', id: errorId }));
  } else {
    control = h('input', { ...common, type: kind, value: value ?? '', min, max, step, placeholder, maxlength });
  }
  return h('div', { class: 'field' },
    h('label', { for: id }, label, required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    control,
    h('p', { class: 'field-error', id: errorId }));
}

/** The form's values: numbers as numbers, checkboxes as booleans, empty fields left out. */
export function values(form) {
  const result = {};
  for (const control of form.elements) {
    if (!control.name || control.disabled) continue;
    if (control.type === 'checkbox') result[control.name] = control.checked;
    else if (control.value === '') continue;
    else if (control.type === 'number') result[control.name] = Number(control.value);
    else result[control.name] = control.value;
  }
  return result;
}

/**
 * A form that submits with onSubmit(values) and shows the server's refusal by the fields. draft:
 * a key under which typed values survive a sign-in (and come back with a notice).
 */
export function form({ draft, submitLabel = 'Save', onSubmit, cancel, class: className }, ...children) {
  const errorBox = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const button = h('button', { type: 'submit', class: 'primary' }, submitLabel);
  const element = h('form', { class: ['form', className], novalidate: true, 'data-draft': draft }, errorBox, children,
    h('div', { class: 'actions' }, button, cancel ? h('button', { type: 'button', onclick: cancel }, 'Cancel') : null));
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(element);
    button.disabled = true;
    try {
      await onSubmit(values(element), element);
      if (draft) forgetDraft(draft);
    } catch (error) {
      showErrors(element, error);
    } finally {
      button.disabled = false;
    }
  });
  if (draft) queueMicrotask(() => restoreDraft(element, draft));
  return element;
}

export function clearErrors(element) {
  element.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'));
  element.querySelectorAll('.field-error').forEach((p) => { p.textContent = ''; });
  const box = element.querySelector('.form-error');
  if (box) { box.hidden = true; box.replaceChildren(); }
}

/** Puts each refused field's message next to it; the rest (or the detail) at the top. */
export function showErrors(element, error) {
  const box = element.querySelector('.form-error');
  const unplaced = [];
  let first = null;
  for (const { field: name, message } of error.fieldErrors || []) {
    const control = name ? controlFor(element, name) : null;
    if (!control) { unplaced.push(message); continue; }
    control.setAttribute('aria-invalid', 'true');
    const slot = element.querySelector(`#${CSS.escape(control.id)}-error`);
    if (slot) slot.textContent = slot.textContent ? `${slot.textContent} ${message}` : message;
    first ??= control;
  }
  const headline = error.problem?.detail || error.message || 'Something went wrong.';
  if (!first || unplaced.length) {
    box.replaceChildren(...[h('p', {}, headline), unplaced.length ? h('ul', {}, unplaced.map((m) => h('li', {}, m))) : null].filter(Boolean));
    box.hidden = false;
  }
  (first || box).focus?.();
  if (!first) box.scrollIntoView({ block: 'nearest' });
}

/**
 * The control a server field path names: "child.birthDate" → [name=birthDate]; a list element
 * "blocks[2].end" → the third [name=end] in the form (rows repeat their names).
 */
function controlFor(element, path) {
  const last = path.replace(/^.*\./, '');
  const index = path.match(/\[(\d+)\]\.[^.]+$/);
  const controls = element.querySelectorAll(`[name="${CSS.escape(last)}"]`);
  return controls[index ? Number(index[1]) : 0] || null;
}

/** Saves every open form marked with a draft key (called before signing in again). */
export function saveDrafts() {
  const forms = drafts();
  document.querySelectorAll('form[data-draft]').forEach((f) => {
    const typed = {};
    for (const control of f.elements) {
      if (!control.name) continue;
      typed[control.name] = control.type === 'checkbox' ? control.checked : control.value;
    }
    forms[f.dataset.draft] = typed;
  });
  keepDrafts(forms);
}

function restoreDraft(element, key) {
  const typed = draftOf(key);
  if (!typed) return;
  for (const control of element.elements) {
    if (!(control.name in typed)) continue;
    if (control.type === 'checkbox') control.checked = typed[control.name];
    else control.value = typed[control.name];
  }
  forgetDraft(key);
  notice('Your session had ended. You are signed in again and what you had typed is back in the form; check it and save.', 'warning');
}

function forgetDraft(key) {
  const forms = drafts();
  if (!(key in forms)) return;
  delete forms[key];
  keepDrafts(forms);
}
