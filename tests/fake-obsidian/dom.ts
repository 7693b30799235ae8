/**
 * The DOM additions Obsidian puts on the global prototypes (OBSIDIAN-HOST §8), for
 * happy-dom and for a real browser page. No Node API here.
 */

type AnyWin = Window & typeof globalThis;
type Info = DomElementInfo | SvgElementInfo | string | undefined;

const SVG_NS = 'http://www.w3.org/2000/svg';
const INSTALLED = Symbol.for('fake-obsidian.dom-polyfills');

function define(target: object, name: PropertyKey, value: unknown): void {
  Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}

function defineGetter(target: object, name: string, get: () => unknown): void {
  Object.defineProperty(target, name, { get, configurable: true, enumerable: false });
}

function tagOf(el: Element): string {
  return el.tagName.toLowerCase();
}

/** Applies a `DomElementInfo` the way Obsidian does; a string means `cls`. */
function applyInfo(el: Element, o: Info, defaultParent: Node | null): void {
  const info: DomElementInfo = typeof o === 'string' ? { cls: o } : ((o ?? {}) as DomElementInfo);
  if (info.cls !== undefined) {
    const cls = Array.isArray(info.cls) ? info.cls.join(' ') : info.cls;
    if (el.namespaceURI === SVG_NS || typeof (el as HTMLElement).className !== 'string') {
      el.setAttribute('class', cls);
    } else {
      (el as HTMLElement).className = cls;
    }
  }
  if (info.text !== undefined) {
    if (typeof info.text === 'string') el.textContent = info.text;
    else el.appendChild(info.text);
  }
  if (info.attr) {
    for (const [k, v] of Object.entries(info.attr)) setAttrImpl(el, k, v);
  }
  if (info.title !== undefined) (el as HTMLElement).title = info.title;
  const tag = tagOf(el);
  if (info.value !== undefined && (tag === 'input' || tag === 'select' || tag === 'option')) {
    (el as HTMLInputElement).value = info.value;
  }
  if (info.type !== undefined && (tag === 'input' || tag === 'style')) {
    (el as HTMLInputElement).type = info.type;
  }
  if (info.placeholder !== undefined && tag === 'input') {
    (el as HTMLInputElement).placeholder = info.placeholder;
  }
  if (info.href !== undefined && (tag === 'a' || tag === 'link' || tag === 'base')) {
    (el as HTMLAnchorElement).href = info.href;
  }
  const parent = info.parent ?? defaultParent;
  if (parent) {
    if (info.prepend) parent.insertBefore(el, parent.firstChild);
    else parent.appendChild(el);
  }
}

function setAttrImpl(el: Element, name: string, value: string | number | boolean | null): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, String(value));
}

function docOf(node: Node): Document {
  return (node.nodeType === 9 ? (node as Document) : node.ownerDocument) as Document;
}

export function installDomPolyfills(win: AnyWin = globalThis as AnyWin): void {
  if (!win || !(win as any).document) return;
  const w = win as any;
  if (w[INSTALLED]) return;
  define(w, INSTALLED, true);

  installBuiltins(globalThis);
  if ((w.Array ?? Array) !== Array) installBuiltins(w);

  const NodeP = w.Node.prototype;
  const ElementP = w.Element.prototype;
  const HTMLElementP = w.HTMLElement.prototype;
  const FragmentP = w.DocumentFragment.prototype;
  const DocumentP = w.Document.prototype;
  const SVGElementP = w.SVGElement?.prototype;

  function createElIn(this: Node, tag: string, o?: Info, cb?: (el: any) => void) {
    const el = docOf(this).createElement(tag);
    applyInfo(el, o, this);
    cb?.(el);
    return el;
  }
  function createSvgIn(this: Node, tag: string, o?: Info, cb?: (el: any) => void) {
    const el = docOf(this).createElementNS(SVG_NS, tag);
    applyInfo(el, o, this);
    cb?.(el);
    return el;
  }

  define(NodeP, 'createEl', createElIn);
  define(NodeP, 'createDiv', function (this: Node, o?: Info, cb?: (el: any) => void) {
    return createElIn.call(this, 'div', o, cb);
  });
  define(NodeP, 'createSpan', function (this: Node, o?: Info, cb?: (el: any) => void) {
    return createElIn.call(this, 'span', o, cb);
  });
  define(NodeP, 'createSvg', createSvgIn);
  define(NodeP, 'empty', function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  });
  define(NodeP, 'detach', function (this: Node) {
    this.parentNode?.removeChild(this);
  });
  define(NodeP, 'insertAfter', function (this: Node, node: Node, child: Node | null) {
    this.insertBefore(node, child ? child.nextSibling : this.firstChild);
    return node;
  });
  define(NodeP, 'indexOf', function (this: Node, other: Node) {
    return Array.prototype.indexOf.call(this.childNodes, other);
  });
  define(NodeP, 'setChildrenInPlace', function (this: Node, children: Node[]) {
    while (this.firstChild) this.removeChild(this.firstChild);
    for (const c of children) this.appendChild(c);
  });
  define(NodeP, 'appendText', function (this: Node, val: string) {
    this.appendChild(docOf(this).createTextNode(val));
  });
  define(NodeP, 'instanceOf', function (this: Node, type: new () => unknown) {
    return this instanceof type;
  });
  defineGetter(NodeP, 'doc', function (this: Node) {
    return docOf(this);
  });
  defineGetter(NodeP, 'win', function (this: Node) {
    return docOf(this).defaultView;
  });
  defineGetter(NodeP, 'constructorWin', function (this: Node) {
    return docOf(this).defaultView;
  });

  define(ElementP, 'getText', function (this: Element) {
    return this.textContent ?? '';
  });
  define(ElementP, 'setText', function (this: Element, val: string | DocumentFragment) {
    if (typeof val === 'string') {
      this.textContent = val;
    } else {
      while (this.firstChild) this.removeChild(this.firstChild);
      this.appendChild(val);
    }
  });
  define(ElementP, 'addClass', function (this: Element, ...classes: string[]) {
    const list = classes.filter((c) => c);
    if (list.length) this.classList.add(...list);
  });
  define(ElementP, 'addClasses', function (this: Element, classes: string[]) {
    const list = classes.filter((c) => c);
    if (list.length) this.classList.add(...list);
  });
  define(ElementP, 'removeClass', function (this: Element, ...classes: string[]) {
    const list = classes.filter((c) => c);
    if (list.length) this.classList.remove(...list);
  });
  define(ElementP, 'removeClasses', function (this: Element, classes: string[]) {
    const list = classes.filter((c) => c);
    if (list.length) this.classList.remove(...list);
  });
  define(ElementP, 'toggleClass', function (this: Element, classes: string | string[], value: boolean) {
    for (const c of Array.isArray(classes) ? classes : [classes]) {
      if (c) this.classList.toggle(c, !!value);
    }
  });
  define(ElementP, 'hasClass', function (this: Element, cls: string) {
    return this.classList.contains(cls);
  });
  define(ElementP, 'setAttr', function (this: Element, name: string, value: string | number | boolean | null) {
    setAttrImpl(this, name, value);
  });
  define(ElementP, 'setAttrs', function (this: Element, obj: Record<string, string | number | boolean | null>) {
    for (const [k, v] of Object.entries(obj)) setAttrImpl(this, k, v);
  });
  define(ElementP, 'getAttr', function (this: Element, name: string) {
    return this.getAttribute(name);
  });
  define(ElementP, 'matchParent', function (this: Element, selector: string, lastParent?: Element) {
    let el: Element | null = this;
    while (el) {
      if (el.matches(selector)) return el;
      if (el === lastParent) break;
      el = el.parentElement;
    }
    return null;
  });
  define(ElementP, 'getCssPropertyValue', function (this: Element, property: string, pseudo?: string) {
    return docOf(this).defaultView!.getComputedStyle(this, pseudo).getPropertyValue(property);
  });
  define(ElementP, 'isActiveElement', function (this: Element) {
    return docOf(this).activeElement === this;
  });
  define(ElementP, 'find', function (this: Element, selector: string) {
    return this.querySelector(selector);
  });
  define(ElementP, 'findAll', function (this: Element, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });
  define(ElementP, 'findAllSelf', function (this: Element, selector: string) {
    const all = Array.from(this.querySelectorAll(selector));
    return this.matches(selector) ? [this, ...all] : all;
  });
  define(FragmentP, 'find', function (this: DocumentFragment, selector: string) {
    return this.querySelector(selector);
  });
  define(FragmentP, 'findAll', function (this: DocumentFragment, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });

  define(HTMLElementP, 'show', function (this: HTMLElement) {
    if (this.style.display === 'none') this.style.display = '';
  });
  define(HTMLElementP, 'hide', function (this: HTMLElement) {
    this.style.display = 'none';
  });
  define(HTMLElementP, 'toggle', function (this: HTMLElement, show: boolean) {
    if (show) (this as any).show();
    else (this as any).hide();
  });
  define(HTMLElementP, 'toggleVisibility', function (this: HTMLElement, visible: boolean) {
    this.style.visibility = visible ? '' : 'hidden';
  });
  define(HTMLElementP, 'isShown', function (this: HTMLElement) {
    if (!this.isConnected) return false;
    let el: HTMLElement | null = this;
    while (el) {
      if (el.style && el.style.display === 'none') return false;
      el = el.parentElement;
    }
    return true;
  });
  const setCssStyles = function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
    Object.assign(this.style, styles);
  };
  const setCssProps = function (this: HTMLElement, props: Record<string, string>) {
    for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
  };
  define(HTMLElementP, 'setCssStyles', setCssStyles);
  define(HTMLElementP, 'setCssProps', setCssProps);
  if (SVGElementP) {
    define(SVGElementP, 'setCssStyles', setCssStyles);
    define(SVGElementP, 'setCssProps', setCssProps);
  }
  defineGetter(HTMLElementP, 'innerWidth', function (this: HTMLElement) {
    return this.clientWidth;
  });
  defineGetter(HTMLElementP, 'innerHeight', function (this: HTMLElement) {
    return this.clientHeight;
  });

  function delegatedOn(this: any, type: string, selector: string, listener: Function, options?: boolean | AddEventListenerOptions) {
    const self = this;
    const callback = function (ev: Event) {
      const target = ev.target as Element | null;
      if (!target || typeof (target as Element).closest !== 'function') return;
      const match = (target as Element).closest(selector);
      if (match && (self === match || (self.contains && self.contains(match)))) {
        listener.call(self, ev, match);
      }
    };
    self._EVENTS ??= {};
    (self._EVENTS[type] ??= []).push({ selector, listener, options, callback });
    self.addEventListener(type, callback, options);
  }
  function delegatedOff(this: any, type: string, selector: string, listener: Function, options?: boolean | AddEventListenerOptions) {
    const list: any[] | undefined = this._EVENTS?.[type];
    if (!list) return;
    for (const info of list.slice()) {
      if (info.selector === selector && info.listener === listener && info.options === options) {
        this.removeEventListener(type, info.callback, options);
        list.splice(list.indexOf(info), 1);
      }
    }
  }
  define(HTMLElementP, 'on', delegatedOn);
  define(HTMLElementP, 'off', delegatedOff);
  define(DocumentP, 'on', delegatedOn);
  define(DocumentP, 'off', delegatedOff);
  define(HTMLElementP, 'onClickEvent', function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
    this.addEventListener('click', listener as EventListener, options);
    this.addEventListener('auxclick', listener as EventListener, options);
  });
  define(HTMLElementP, 'onNodeInserted', function (this: HTMLElement, listener: () => unknown, once?: boolean) {
    // No layout engine hooks here: fire once on the next microtask if attached.
    let cancelled = false;
    void Promise.resolve().then(() => {
      if (!cancelled && this.isConnected) listener();
    });
    void once;
    return () => {
      cancelled = true;
    };
  });
  define(HTMLElementP, 'onWindowMigrated', function () {
    return () => {};
  });
  define(HTMLElementP, 'trigger', function (this: HTMLElement, eventType: string) {
    this.dispatchEvent(new (docOf(this).defaultView as any).Event(eventType));
  });

  const doc = w.document as Document;
  const globals: Record<string, unknown> = {
    createEl: (tag: string, o?: Info, cb?: (el: any) => void) => {
      const el = doc.createElement(tag);
      applyInfo(el, o, null);
      cb?.(el);
      return el;
    },
    createDiv: (o?: Info, cb?: (el: any) => void) => (globals.createEl as Function)('div', o, cb),
    createSpan: (o?: Info, cb?: (el: any) => void) => (globals.createEl as Function)('span', o, cb),
    createSvg: (tag: string, o?: Info, cb?: (el: any) => void) => {
      const el = doc.createElementNS(SVG_NS, tag);
      applyInfo(el, o, null);
      cb?.(el);
      return el;
    },
    createFragment: (cb?: (el: DocumentFragment) => void) => {
      const frag = doc.createDocumentFragment();
      cb?.(frag);
      return frag;
    },
    fish: (selector: string) => doc.querySelector(selector),
    fishAll: (selector: string) => Array.from(doc.querySelectorAll(selector)),
    isBoolean: (obj: unknown) => typeof obj === 'boolean',
    ready: (fn: () => unknown) => {
      fn();
    },
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    nextFrame: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
  };
  for (const target of new Set<any>([w, globalThis])) {
    for (const [k, v] of Object.entries(globals)) define(target, k, v);
    define(target, 'activeWindow', w);
    define(target, 'activeDocument', doc);
  }
}

/** `Array`, `String`, `Math`, … helpers Obsidian adds (typed in obsidian.d.ts `declare global`). */
function installBuiltins(g: any): void {
  const ArrayP = g.Array.prototype;
  if (!ArrayP.first) {
    define(ArrayP, 'first', function (this: unknown[]) {
      return this.length ? this[0] : undefined;
    });
    define(ArrayP, 'last', function (this: unknown[]) {
      return this.length ? this[this.length - 1] : undefined;
    });
    define(ArrayP, 'contains', function (this: unknown[], target: unknown) {
      return this.indexOf(target) !== -1;
    });
    define(ArrayP, 'remove', function (this: unknown[], target: unknown) {
      for (let i = this.length - 1; i >= 0; i--) if (this[i] === target) this.splice(i, 1);
    });
    define(ArrayP, 'shuffle', function (this: unknown[]) {
      for (let i = this.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [this[i], this[j]] = [this[j], this[i]];
      }
      return this;
    });
    define(ArrayP, 'unique', function (this: unknown[]) {
      return Array.from(new Set(this));
    });
  }
  if (!ArrayP.findLastIndex) {
    define(ArrayP, 'findLastIndex', function (this: unknown[], predicate: (v: unknown) => boolean) {
      for (let i = this.length - 1; i >= 0; i--) if (predicate(this[i])) return i;
      return -1;
    });
  }
  if (!g.Array.combine) {
    define(g.Array, 'combine', (arrays: unknown[][]) => ([] as unknown[]).concat(...arrays));
  }
  if (!g.Math.clamp) {
    define(g.Math, 'clamp', (value: number, min: number, max: number) => Math.min(Math.max(value, min), max));
    define(g.Math, 'square', (value: number) => value * value);
  }
  const StringP = g.String.prototype;
  if (!StringP.contains) {
    define(StringP, 'contains', function (this: string, target: string) {
      return this.indexOf(target) !== -1;
    });
    define(StringP, 'format', function (this: string, ...args: string[]) {
      return this.replace(/{(\d+)}/g, (m, n) => (args[Number(n)] !== undefined ? args[Number(n)] : m));
    });
  }
  if (!g.String.isString) define(g.String, 'isString', (obj: unknown) => typeof obj === 'string');
  if (!g.Number.isNumber) define(g.Number, 'isNumber', (obj: unknown) => typeof obj === 'number');
  if (!g.Object.isEmpty) {
    define(g.Object, 'isEmpty', (obj: Record<string, unknown>) => {
      for (const k in obj) if (Object.prototype.hasOwnProperty.call(obj, k)) return false;
      return true;
    });
    define(g.Object, 'each', (obj: Record<string, unknown>, cb: (v: unknown, k?: string) => boolean | void, ctx?: unknown) => {
      for (const k in obj) {
        if (Object.prototype.hasOwnProperty.call(obj, k) && cb.call(ctx, obj[k], k) === false) return false;
      }
      return true;
    });
  }
}
