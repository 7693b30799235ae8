/**
 * A tiny subset of moment.js (Obsidian re-exports moment 2.29.4; the package is not a
 * dependency here). Local time, English names; formats and strict parsing for the usual
 * tokens: YYYY YY MMMM MMM MM M Do DD D dddd ddd dd d HH H hh h mm m ss s SSS A a Z ZZ X x [text].
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TOKENS = /\[[^\]]*\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|SSS|A|a|ZZ|Z|X|x/g;

type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';
const UNIT_ALIASES: Record<string, Unit> = {
  y: 'year', year: 'year', years: 'year',
  M: 'month', month: 'month', months: 'month',
  w: 'week', week: 'week', weeks: 'week',
  d: 'day', day: 'day', days: 'day',
  h: 'hour', hour: 'hour', hours: 'hour',
  m: 'minute', minute: 'minute', minutes: 'minute',
  s: 'second', second: 'second', seconds: 'second',
  ms: 'millisecond', millisecond: 'millisecond', milliseconds: 'millisecond',
};

function unitOf(u: string): Unit {
  const unit = UNIT_ALIASES[u];
  if (!unit) throw new Error(`fake moment: unsupported unit ${u}`);
  return unit;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

function ordinal(n: number): string {
  const b = n % 10;
  const suffix = Math.floor((n % 100) / 10) === 1 ? 'th' : b === 1 ? 'st' : b === 2 ? 'nd' : b === 3 ? 'rd' : 'th';
  return n + suffix;
}

export class FakeMoment {
  constructor(private d: Date) {}

  isValid(): boolean {
    return !isNaN(this.d.getTime());
  }
  toDate(): Date {
    return new Date(this.d.getTime());
  }
  valueOf(): number {
    return this.d.getTime();
  }
  unix(): number {
    return Math.floor(this.d.getTime() / 1000);
  }
  toISOString(): string {
    return this.d.toISOString();
  }
  toString(): string {
    return this.d.toString();
  }
  clone(): FakeMoment {
    return new FakeMoment(this.toDate());
  }
  locale(): string {
    return 'en';
  }
  year(): number {
    return this.d.getFullYear();
  }
  month(): number {
    return this.d.getMonth();
  }
  date(): number {
    return this.d.getDate();
  }
  day(): number {
    return this.d.getDay();
  }
  hour(): number {
    return this.d.getHours();
  }
  minute(): number {
    return this.d.getMinutes();
  }
  second(): number {
    return this.d.getSeconds();
  }

  format(fmt = 'YYYY-MM-DDTHH:mm:ssZ'): string {
    if (!this.isValid()) return 'Invalid date';
    const d = this.d;
    const offset = -d.getTimezoneOffset();
    const zone = (sep: string) => (offset >= 0 ? '+' : '-') + pad(Math.floor(Math.abs(offset) / 60)) + sep + pad(Math.abs(offset) % 60);
    return fmt.replace(TOKENS, (t) => {
      switch (t) {
        case 'YYYY': return String(d.getFullYear()).padStart(4, '0');
        case 'YY': return pad(d.getFullYear() % 100);
        case 'MMMM': return MONTHS[d.getMonth()];
        case 'MMM': return MONTHS[d.getMonth()].slice(0, 3);
        case 'MM': return pad(d.getMonth() + 1);
        case 'M': return String(d.getMonth() + 1);
        case 'Do': return ordinal(d.getDate());
        case 'DD': return pad(d.getDate());
        case 'D': return String(d.getDate());
        case 'dddd': return DAYS[d.getDay()];
        case 'ddd': return DAYS[d.getDay()].slice(0, 3);
        case 'dd': return DAYS[d.getDay()].slice(0, 2);
        case 'd': return String(d.getDay());
        case 'HH': return pad(d.getHours());
        case 'H': return String(d.getHours());
        case 'hh': return pad(d.getHours() % 12 || 12);
        case 'h': return String(d.getHours() % 12 || 12);
        case 'mm': return pad(d.getMinutes());
        case 'm': return String(d.getMinutes());
        case 'ss': return pad(d.getSeconds());
        case 's': return String(d.getSeconds());
        case 'SSS': return pad(d.getMilliseconds(), 3);
        case 'A': return d.getHours() < 12 ? 'AM' : 'PM';
        case 'a': return d.getHours() < 12 ? 'am' : 'pm';
        case 'Z': return zone(':');
        case 'ZZ': return zone('');
        case 'X': return String(Math.floor(d.getTime() / 1000));
        case 'x': return String(d.getTime());
        default: return t.slice(1, -1);
      }
    });
  }

  add(amount: number, unit: string): this {
    const u = unitOf(unit);
    const d = this.d;
    switch (u) {
      case 'year': d.setFullYear(d.getFullYear() + amount); break;
      case 'month': {
        const day = d.getDate();
        d.setDate(1);
        d.setMonth(d.getMonth() + amount);
        const last = new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate();
        d.setDate(Math.min(day, last));
        break;
      }
      case 'week': d.setDate(d.getDate() + amount * 7); break;
      case 'day': d.setDate(d.getDate() + amount); break;
      case 'hour': d.setHours(d.getHours() + amount); break;
      case 'minute': d.setMinutes(d.getMinutes() + amount); break;
      case 'second': d.setSeconds(d.getSeconds() + amount); break;
      case 'millisecond': d.setMilliseconds(d.getMilliseconds() + amount); break;
    }
    return this;
  }
  subtract(amount: number, unit: string): this {
    return this.add(-amount, unit);
  }
  startOf(unit: string): this {
    const u = unitOf(unit);
    const d = this.d;
    if (u === 'year') d.setMonth(0, 1);
    if (u === 'month' || u === 'year') d.setDate(1);
    if (u === 'week') d.setDate(d.getDate() - d.getDay());
    if (u !== 'hour' && u !== 'minute' && u !== 'second' && u !== 'millisecond') d.setHours(0, 0, 0, 0);
    if (u === 'hour') d.setMinutes(0, 0, 0);
    if (u === 'minute') d.setSeconds(0, 0);
    if (u === 'second') d.setMilliseconds(0);
    return this;
  }
  endOf(unit: string): this {
    this.startOf(unit).add(1, unit);
    this.d.setMilliseconds(this.d.getMilliseconds() - 1);
    return this;
  }
  diff(other: MomentInput, unit = 'millisecond', precise = false): number {
    const o = toDate(other);
    const u = unitOf(unit);
    let v: number;
    if (u === 'year' || u === 'month') {
      const months = (this.d.getFullYear() - o.getFullYear()) * 12 + (this.d.getMonth() - o.getMonth());
      const anchor = new FakeMoment(new Date(o.getTime())).add(months, 'month').valueOf();
      const adj = this.d.getTime() < anchor && months > 0 ? -1 : this.d.getTime() > anchor && months < 0 ? 1 : 0;
      v = u === 'year' ? (months + adj) / 12 : months + adj;
    } else {
      const ms = this.d.getTime() - o.getTime();
      const size = { week: 6048e5, day: 864e5, hour: 36e5, minute: 6e4, second: 1e3, millisecond: 1 }[u];
      v = ms / size;
    }
    return precise ? v : v < 0 ? Math.ceil(v) : Math.floor(v);
  }
  isBefore(other: MomentInput, unit?: string): boolean {
    return cmp(this, other, unit) < 0;
  }
  isAfter(other: MomentInput, unit?: string): boolean {
    return cmp(this, other, unit) > 0;
  }
  isSame(other: MomentInput, unit?: string): boolean {
    return cmp(this, other, unit) === 0;
  }
  isSameOrBefore(other: MomentInput, unit?: string): boolean {
    return cmp(this, other, unit) <= 0;
  }
  isSameOrAfter(other: MomentInput, unit?: string): boolean {
    return cmp(this, other, unit) >= 0;
  }
}

type MomentInput = FakeMoment | Date | number | string | undefined | null;

function cmp(a: FakeMoment, other: MomentInput, unit?: string): number {
  const b = new FakeMoment(toDate(other));
  if (unit) {
    return a.clone().startOf(unit).valueOf() - b.startOf(unit).valueOf();
  }
  return a.valueOf() - b.valueOf();
}

function toDate(input: MomentInput): Date {
  if (input instanceof FakeMoment) return input.toDate();
  if (input instanceof Date) return new Date(input.getTime());
  if (typeof input === 'number') return new Date(input);
  if (typeof input === 'string') return parseIso(input);
  return new Date();
}

function parseIso(s: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(s.trim());
  if (!m) return new Date(NaN);
  const [, y, mo, d, h = '0', mi = '0', se = '0', ms = '0', z] = m;
  if (z) return new Date(s);
  const date = new Date(+y, +mo - 1, +d, +h, +mi, +se, +ms.padEnd(3, '0'));
  return date.getMonth() === +mo - 1 && date.getDate() === +d ? date : new Date(NaN);
}

function parseWithFormat(s: string, fmt: string, strict: boolean): Date {
  const groups: string[] = [];
  let re = '';
  let last = 0;
  fmt.replace(TOKENS, (t, offset: number) => {
    re += fmt.slice(last, offset).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    last = offset + t.length;
    if (t.startsWith('[')) {
      re += t.slice(1, -1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return t;
    }
    groups.push(t);
    const src: Record<string, string> = {
      YYYY: '(\\d{4})', YY: '(\\d{2})', MMMM: `(${MONTHS.join('|')})`, MMM: `(${MONTHS.map((x) => x.slice(0, 3)).join('|')})`,
      MM: '(\\d{2})', M: '(\\d{1,2})', Do: '(\\d{1,2})(?:st|nd|rd|th)', DD: '(\\d{2})', D: '(\\d{1,2})',
      dddd: `(${DAYS.join('|')})`, ddd: `(${DAYS.map((x) => x.slice(0, 3)).join('|')})`, dd: '([A-Za-z]{2})', d: '(\\d)',
      HH: '(\\d{2})', H: '(\\d{1,2})', hh: '(\\d{2})', h: '(\\d{1,2})', mm: '(\\d{2})', m: '(\\d{1,2})',
      ss: '(\\d{2})', s: '(\\d{1,2})', SSS: '(\\d{3})', A: '(AM|PM)', a: '(am|pm)', Z: '([+-]\\d{2}:\\d{2}|Z)', ZZ: '([+-]\\d{4})',
      X: '(\\d+)', x: '(\\d+)',
    };
    re += src[t];
    return t;
  });
  re += fmt.slice(last).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp('^' + re + (strict ? '$' : ''), strict ? '' : 'i').exec(s);
  if (!m) return new Date(NaN);
  let y = new Date().getFullYear();
  let mo = 0;
  let d = 1;
  let h = 0;
  let mi = 0;
  let se = 0;
  let ms = 0;
  let pm: boolean | null = null;
  const unixAt = groups.findIndex((t) => t === 'X' || t === 'x');
  if (unixAt !== -1) return new Date(groups[unixAt] === 'X' ? +m[unixAt + 1] * 1000 : +m[unixAt + 1]);
  groups.forEach((t, i) => {
    const v = m[i + 1];
    switch (t) {
      case 'YYYY': y = +v; break;
      case 'YY': y = 2000 + +v; break;
      case 'MMMM': mo = MONTHS.indexOf(v); break;
      case 'MMM': mo = MONTHS.findIndex((x) => x.startsWith(v)); break;
      case 'MM': case 'M': mo = +v - 1; break;
      case 'Do': case 'DD': case 'D': d = +v; break;
      case 'HH': case 'H': case 'hh': case 'h': h = +v; break;
      case 'mm': case 'm': mi = +v; break;
      case 'ss': case 's': se = +v; break;
      case 'SSS': ms = +v; break;
      case 'A': case 'a': pm = v.toLowerCase() === 'pm'; break;
      default: break;
    }
  });
  if (pm !== null) h = (h % 12) + (pm ? 12 : 0);
  const date = new Date(y, mo, d, h, mi, se, ms);
  if (date.getMonth() !== mo || date.getDate() !== d) return new Date(NaN);
  return date;
}

export interface FakeMomentStatic {
  (input?: MomentInput, format?: string, strict?: boolean): FakeMoment;
  isMoment(x: unknown): x is FakeMoment;
  locale(): string;
  unix(seconds: number): FakeMoment;
}

export const moment: FakeMomentStatic = Object.assign(
  (input?: MomentInput, format?: string, strict = false) => {
    if (typeof input === 'string' && format) return new FakeMoment(parseWithFormat(input, format, strict));
    return new FakeMoment(toDate(input));
  },
  {
    isMoment: (x: unknown): x is FakeMoment => x instanceof FakeMoment,
    locale: () => 'en',
    unix: (seconds: number) => new FakeMoment(new Date(seconds * 1000)),
  },
);
