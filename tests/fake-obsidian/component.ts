/** `Component` lifecycle (OBSIDIAN-HOST §6, jest-environment-obsidian "Component"). */
import type * as O from 'obsidian';
import type { FakeEventRef } from './events';

export class Component implements O.Component {
  /** @internal */ _loaded = false;
  /** @internal */ _children: Component[] = [];
  /** @internal */ _events: (() => unknown)[] = [];
  /** Fake-only: what the last `onload()` returned (a Promise for an async `onload`). */
  _onloadResult: unknown;

  /** Sets the flag, runs `onload`, then loads the children. Idempotent. */
  load(): void {
    if (this._loaded) return;
    this._loaded = true;
    this._onloadResult = this.onload();
    for (const child of this._children.slice()) child.load();
  }

  onload(): void | Promise<void> {}

  /** Clears the flag, unloads the children, runs the registered callbacks, then `onunload`. Idempotent. */
  unload(): void {
    if (!this._loaded) return;
    this._loaded = false;
    while (this._children.length) this._children.pop()!.unload();
    while (this._events.length) {
      const cb = this._events.pop()!;
      try {
        cb();
      } catch (err) {
        console.error('[fake-obsidian] cleanup callback threw:', err);
      }
    }
    this.onunload();
  }

  onunload(): void {}

  /** Loads the child at once when this component is loaded. */
  addChild<T extends O.Component>(component: T): T {
    this._children.push(component as unknown as Component);
    if (this._loaded) component.load();
    return component;
  }

  removeChild<T extends O.Component>(component: T): T {
    const i = this._children.indexOf(component as unknown as Component);
    if (i !== -1) {
      this._children.splice(i, 1);
      component.unload();
    }
    return component;
  }

  register(cb: () => any): void {
    this._events.push(cb);
  }

  registerEvent(eventRef: O.EventRef): void {
    const ref = eventRef as FakeEventRef;
    this.register(() => ref.e.offref(ref));
  }

  registerDomEvent(
    el: Window | Document | HTMLElement,
    type: string,
    callback: (this: HTMLElement, ev: any) => any,
    options?: boolean | AddEventListenerOptions,
  ): void {
    el.addEventListener(type, callback as EventListener, options);
    this.register(() => el.removeEventListener(type, callback as EventListener, options));
  }

  registerInterval(id: number): number {
    this.register(() => clearInterval(id));
    return id;
  }

  /** Fake-only: loaded flag. */
  get isLoaded(): boolean {
    return this._loaded;
  }
}
