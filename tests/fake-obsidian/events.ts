/**
 * `Events` as Obsidian implements it: `trigger` is synchronous, listeners run in
 * registration order, and a throwing listener does not stop the others
 * (OBSIDIAN-HOST §2, jest-environment-obsidian "Events").
 */
import type * as O from 'obsidian';

/** Errors thrown by event listeners (and layout-ready callbacks), for assertions. */
export const listenerErrors: unknown[] = [];

export interface FakeEventRef extends O.EventRef {
  e: Events;
  name: string;
  fn: (...data: any[]) => unknown;
  ctx: unknown;
}

export function reportListenerError(err: unknown): void {
  listenerErrors.push(err);
  // Obsidian logs the error and carries on; so does the fake.
  console.error('[fake-obsidian] listener threw:', err);
}

export class Events implements O.Events {
  /** @internal */
  _events: Record<string, FakeEventRef[]> = {};

  on(name: string, callback: (...data: any[]) => unknown, ctx?: any): O.EventRef {
    const ref: FakeEventRef = { e: this, name, fn: callback, ctx };
    (this._events[name] ??= []).push(ref);
    return ref;
  }

  off(name: string, callback: (...data: any[]) => unknown): void {
    const list = this._events[name];
    if (!list) return;
    this._events[name] = list.filter((r) => r.fn !== callback);
  }

  offref(ref: O.EventRef): void {
    const r = ref as FakeEventRef;
    const list = this._events[r.name];
    if (!list) return;
    this._events[r.name] = list.filter((x) => x !== r);
  }

  trigger(name: string, ...data: unknown[]): void {
    const list = this._events[name];
    if (!list) return;
    for (const ref of list.slice()) this.tryTrigger(ref, data);
  }

  tryTrigger(evt: O.EventRef, args: unknown[]): void {
    const ref = evt as FakeEventRef;
    try {
      ref.fn.apply(ref.ctx, args);
    } catch (err) {
      reportListenerError(err);
    }
  }

  /** Fake-only: how many listeners are registered for `name` (to prove cleanup on unload). */
  listenerCount(name: string): number {
    return this._events[name]?.length ?? 0;
  }
}
