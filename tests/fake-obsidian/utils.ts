/** Free functions of the `obsidian` module: paths, debounce, platform, search, network, icons. */
import type * as O from 'obsidian';

export const apiVersion = '1.13.1';

export const requireApiVersion: typeof O.requireApiVersion = (version: string) => {
  const a = apiVersion.split('.').map(Number);
  const b = version.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
};

/** One `/`, ends trimmed, `\` → `/`, NBSP → space, Unicode NFC (docs: Plugin guidelines). */
export const normalizePath: typeof O.normalizePath = (path: string) => {
  let p = path.replace(/([\\/])+/g, '/').replace(/(^\/+|\/+$)/g, '');
  if (p === '') p = '/';
  p = p.replace(/\u00A0|\u202F/g, ' ');
  return p.normalize('NFC');
};

export const debounce: typeof O.debounce = <T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false) => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastArgs: [...T] | null = null;
  const fire = (): V | void => {
    timer = null;
    const args = lastArgs;
    lastArgs = null;
    if (args) return cb(...args);
  };
  const debounced = ((...args: [...T]) => {
    lastArgs = args;
    if (timer !== null && resetTimer) {
      clearTimeout(timer);
      timer = null;
    }
    if (timer === null) timer = setTimeout(fire, timeout);
    return debounced;
  }) as O.Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastArgs = null;
    return debounced;
  };
  debounced.run = () => {
    if (timer === null) return undefined;
    clearTimeout(timer);
    return fire();
  };
  return debounced;
};

const DEFAULT_PLATFORM = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: 'app://fake/',
};

/** Mutable so a host can pretend to be mobile (`createHost({ platform })`). */
export const Platform: typeof O.Platform = { ...DEFAULT_PLATFORM };

export function resetPlatform(overrides: Partial<typeof O.Platform> = {}): void {
  Object.assign(Platform, DEFAULT_PLATFORM, overrides);
}

let language = 'en';
export const getLanguage: typeof O.getLanguage = () => language;
export function setLanguage(lang: string): void {
  language = lang;
}

// ---- network: none -----------------------------------------------------------

export type RequestHandler = (req: O.RequestUrlParam) => Partial<O.RequestUrlResponse> | Promise<Partial<O.RequestUrlResponse>>;
let requestHandler: RequestHandler | null = null;

/** Fake-only: answer `requestUrl` from a test; with none set, every request rejects. */
export function setRequestUrlHandler(handler: RequestHandler | null): void {
  requestHandler = handler;
}

export const requestUrl: typeof O.requestUrl = (request: O.RequestUrlParam | string) => {
  const req: O.RequestUrlParam = typeof request === 'string' ? { url: request } : request;
  const promise = (async (): Promise<O.RequestUrlResponse> => {
    if (!requestHandler) throw new Error(`requestUrl(${req.url}): no network in the fake Obsidian host`);
    const partial = await requestHandler(req);
    const text = partial.text ?? (partial.json !== undefined ? JSON.stringify(partial.json) : '');
    const res: O.RequestUrlResponse = {
      status: partial.status ?? 200,
      headers: partial.headers ?? {},
      arrayBuffer: partial.arrayBuffer ?? new TextEncoder().encode(text).buffer,
      get json() {
        return partial.json !== undefined ? partial.json : JSON.parse(text);
      },
      text,
    };
    if (res.status >= 400 && req.throw !== false) {
      const err = new Error(`Request failed, status ${res.status}`) as Error & { status: number };
      err.status = res.status;
      throw err;
    }
    return res;
  })();
  const out = promise as O.RequestUrlResponsePromise;
  Object.defineProperty(out, 'json', { get: () => promise.then((r) => r.json) });
  Object.defineProperty(out, 'text', { get: () => promise.then((r) => r.text) });
  Object.defineProperty(out, 'arrayBuffer', { get: () => promise.then((r) => r.arrayBuffer) });
  return out;
};

export const request: typeof O.request = async (req: O.RequestUrlParam | string) => (await requestUrl(req)).text;

// ---- search -----------------------------------------------------------------

/** Every query character, in order, case-insensitive; fewer gaps and earlier matches score higher. */
export const prepareFuzzySearch: typeof O.prepareFuzzySearch = (query: string) => {
  const q = query.toLowerCase().replace(/\s+/g, '');
  return (text: string) => {
    if (q === '') return { score: 0, matches: [] };
    const t = text.toLowerCase();
    const matches: O.SearchMatches = [];
    let from = 0;
    let gaps = 0;
    for (const ch of q) {
      const idx = t.indexOf(ch, from);
      if (idx === -1) return null;
      const last = matches[matches.length - 1];
      if (last && last[1] === idx) last[1] = idx + 1;
      else {
        if (last) gaps++;
        matches.push([idx, idx + 1]);
      }
      from = idx + 1;
    }
    const score = -gaps - matches[0][0] * 0.1 - (t.length - q.length) * 0.01;
    return { score, matches };
  };
};

/** Every whitespace-separated word as a substring, case-insensitive. */
export const prepareSimpleSearch: typeof O.prepareSimpleSearch = (query: string) => {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return (text: string) => {
    if (words.length === 0) return { score: 0, matches: [] };
    const t = text.toLowerCase();
    const matches: O.SearchMatches = [];
    let score = 0;
    for (const w of words) {
      const idx = t.indexOf(w);
      if (idx === -1) return null;
      matches.push([idx, idx + w.length]);
      score -= idx * 0.1;
    }
    matches.sort((a, b) => a[0] - b[0]);
    return { score, matches };
  };
};

export const sortSearchResults: typeof O.sortSearchResults = (results) => {
  results.sort((a, b) => b.match.score - a.match.score);
};

export const renderMatches: typeof O.renderMatches = (el, text, matches, offset = 0) => {
  let pos = 0;
  for (const [s0, e0] of matches ?? []) {
    const s = s0 - offset;
    const e = e0 - offset;
    if (s < pos || s >= text.length) continue;
    if (s > pos) el.appendChild(document.createTextNode(text.slice(pos, s)));
    const span = document.createElement('span');
    span.className = 'suggestion-highlight';
    span.textContent = text.slice(s, e);
    el.appendChild(span);
    pos = e;
  }
  if (pos < text.length) el.appendChild(document.createTextNode(text.slice(pos)));
};

export const renderResults: typeof O.renderResults = (el, text, result, offset) => {
  renderMatches(el, text, result.matches, offset);
};

// ---- icons, tooltips, html --------------------------------------------------------

const customIcons = new Map<string, string>();

export const addIcon: typeof O.addIcon = (iconId, svgContent) => {
  customIcons.set(iconId, svgContent);
};
export const removeIcon: typeof O.removeIcon = (iconId) => {
  customIcons.delete(iconId);
};
export const getIconIds: typeof O.getIconIds = () => Array.from(customIcons.keys());

export const getIcon: typeof O.getIcon = (iconId: string) => {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', `svg-icon lucide-${iconId}`);
  svg.setAttribute('data-icon', iconId);
  svg.setAttribute('viewBox', '0 0 24 24');
  return svg;
};

/** Replaces the element's content with an `<svg data-icon="…">` (real icons are not shipped). */
export const setIcon: typeof O.setIcon = (parent: HTMLElement, iconId: string) => {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  const svg = getIcon(iconId);
  if (svg) parent.appendChild(svg);
};

export const setTooltip: typeof O.setTooltip = (el, tooltip) => {
  el.setAttribute('aria-label', tooltip);
};

export const displayTooltip: typeof O.displayTooltip = (el, content) => {
  el.setAttribute('aria-label', typeof content === 'string' ? content : content.textContent ?? '');
};

export const sanitizeHTMLToDom: typeof O.sanitizeHTMLToDom = (html: string) => {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  tpl.content.querySelectorAll('script, iframe, object, embed').forEach((n) => n.remove());
  return tpl.content;
};

export const htmlToMarkdown: typeof O.htmlToMarkdown = (html) => {
  if (typeof html === 'string') {
    const tpl = document.createElement('template');
    tpl.innerHTML = html;
    return tpl.content.textContent ?? '';
  }
  return (html as Node).textContent ?? '';
};

export const arrayBufferToBase64: typeof O.arrayBufferToBase64 = (buffer) => {
  let s = '';
  for (const b of new Uint8Array(buffer)) s += String.fromCharCode(b);
  return btoa(s);
};
export const base64ToArrayBuffer: typeof O.base64ToArrayBuffer = (base64) => {
  const s = atob(base64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out.buffer;
};
export const arrayBufferToHex: typeof O.arrayBufferToHex = (data) =>
  Array.from(new Uint8Array(data), (b) => b.toString(16).padStart(2, '0')).join('');
export const hexToArrayBuffer: typeof O.hexToArrayBuffer = (hex) => {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out.buffer;
};
