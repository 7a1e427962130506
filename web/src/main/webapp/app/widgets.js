// Small interface pieces shared by several pages: secrets shown once, confirm-in-place buttons,
// test hooks, deferred focus.
import { h, badge, notice } from './dom.js';

/** A box with a secret that is shown once (an initial password, a client secret). */
export function revealOnce({ test, title, facts, advice }) {
  const box = h('section', { class: 'reveal-once', role: 'status', 'data-test': test },
    h('h2', { tabindex: '-1' }, badge('Shown once', 'warn'), ' ', title),
    h('dl', { class: 'facts' }, facts.map(([term, value]) => [h('dt', {}, term), h('dd', {}, h('code', { class: 'secret' }, value))])),
    h('p', { class: 'reveal-advice' }, advice),
    h('button', { type: 'button', onclick: () => box.remove() }, 'I have stored it safely; hide it'));
  return box;
}

/** A button that asks again in place ("Yes, disable …") instead of a browser dialog. */
export function confirmAction({ label, confirmLabel, run }) {
  const holder = h('span', { class: 'confirm' });
  const ask = () => {
    const yes = h('button', { type: 'button', class: 'danger', onclick: async () => {
      yes.disabled = true;
      try { await run(); } catch (error) { notice(error.message, 'error'); yes.disabled = false; }
    } }, confirmLabel);
    holder.replaceChildren(yes, ' ', h('button', { type: 'button', onclick: () => { idle(); holder.firstChild.focus(); } }, 'Keep'));
    yes.focus();
  };
  const idle = () => holder.replaceChildren(h('button', { type: 'button', class: 'danger', onclick: ask }, label));
  idle();
  return holder;
}

/** Puts a data-test hook on a table (or its "nothing to show" line) or a form. */
export function tagged(element, name) {
  element.setAttribute('data-test', name);
  return element;
}

/** Moves focus to a panel or a secret once the page is in the document. */
export function focusLater(target) {
  if (target) setTimeout(() => { target.focus(); target.scrollIntoView({ block: 'start' }); }, 0);
}
