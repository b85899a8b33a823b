import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import { initI18n } from '../i18n';

/**
 * For tests of screen parts (in a `@vitest-environment happy-dom` file): render into a fresh
 * container with the English texts loaded, and unmount after each test.
 */
let container: HTMLElement | null = null;

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

export async function mount(ui: ComponentChild): Promise<HTMLElement> {
  await initI18n();
  container = document.createElement('div');
  document.body.append(container);
  const target = container;
  await act(() => render(ui, target));
  return target;
}

/** Type into a control as a user would: set the value, then fire `input`. */
export async function type(control: Element | null, text: string): Promise<void> {
  if (!(control instanceof HTMLInputElement)) throw new Error('not an input');
  await act(() => {
    control.value = text;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Submit a form as its submit button would. */
export async function submit(form: Element | null): Promise<void> {
  if (!(form instanceof HTMLFormElement)) throw new Error('not a form');
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

/** An element's text without what is hidden from screen readers (`aria-hidden`). */
export function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent?.trim() ?? '';
}

/** The control a visible label names (`<label for>`), as a screen reader finds it. */
export function byLabel(root: Element, text: string): HTMLElement {
  const label = [...root.querySelectorAll('label')].find((l) => spokenText(l) === text);
  const control = label?.htmlFor ? root.ownerDocument.getElementById(label.htmlFor) : null;
  if (!control) throw new Error(`no control labelled "${text}"`);
  return control;
}

/** The text a control's `aria-describedby` reads out, joined by spaces. */
export function description(control: Element): string {
  const ids = control.getAttribute('aria-describedby')?.split(/\s+/).filter(Boolean) ?? [];
  return ids
    .map((id) => control.ownerDocument.getElementById(id)?.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
}
