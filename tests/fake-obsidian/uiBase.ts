/** DOM helpers and the async-work tracker shared by the UI modules. */
import { reportListenerError } from './events';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, parent?: HTMLElement | null): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  parent?.appendChild(e);
  return e;
}

export function setContent(target: HTMLElement, content: string | DocumentFragment): void {
  while (target.firstChild) target.removeChild(target.firstChild);
  if (typeof content === 'string') target.textContent = content;
  else target.appendChild(content);
}

export function track(result: unknown): void {
  if (result && typeof (result as Promise<unknown>).then === 'function') {
    pendingUi.push((result as Promise<unknown>).catch(reportListenerError));
  }
}

/** @internal async UI work (onOpen, suggestion updates, click handlers) the host awaits. */
export const pendingUi: Promise<unknown>[] = [];
