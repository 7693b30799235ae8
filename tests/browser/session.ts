/**
 * Headless Chromium (Debian's package, driven by playwright-core) on the test page: one browser,
 * a fresh page per scenario, the day pinned, and every page error, console error, failed request,
 * fake-host listener error and Node-global access collected so the test can fail on them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from './server';

export const CHROMIUM = '/usr/bin/chromium';
export const TODAY = '2026-11-25';
/** Noon on TODAY in the page's time zone (America/Los_Angeles, UTC−8 in November). */
const NOON = Date.parse(`${TODAY}T20:00:00Z`);
const TIME_ZONE = 'America/Los_Angeles';

/** `npm run screenshots` sets this: PNGs go to docs/screenshots/ (the README's); otherwise to an ignored folder. */
export const WRITE_DOCS = process.env.RECONNECT_SCREENSHOTS === '1';
export const SHOT_DIR = WRITE_DOCS ? join(ROOT, 'docs/screenshots') : join(ROOT, 'tests/browser/screenshots-tmp');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  mobile?: boolean;
  theme?: 'light' | 'dark';
  /** Notes added to the demo vault (path → text). */
  extraFiles?: Record<string, string>;
  /** Replace the demo vault by N generated people, indexed before the plugin is enabled. */
  bigVault?: number;
  sidebarWidth?: number;
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Everything that went wrong in the page so far. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

export async function openPage(browser: Browser, url: string, opts: PageOptions = {}): Promise<TestPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: WRITE_DOCS ? 2 : 1,
    isMobile: opts.mobile ?? false,
    hasTouch: opts.mobile ?? false,
    timezoneId: TIME_ZONE,
    locale: 'en-US',
    reducedMotion: 'reduce',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}\n${e.stack ?? ''}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.clock.setFixedTime(NOON);
  await page.goto(url);
  await page.evaluate(
    async ({ theme, extraFiles, bigVault, mobile, sidebarWidth }) => {
      document.body.className = `theme-${theme}`;
      if (sidebarWidth) document.body.style.setProperty('--sidebar-width', `${sidebarWidth}px`);
      const vault = JSON.parse(document.getElementById('vault')!.textContent!) as { files: Record<string, string>; configFiles: Record<string, string> };
      const files = bigVault ? window.obsidianFake.bigVault(bigVault) : { ...vault.files, ...extraFiles };
      await window.obsidianFake.boot({ files, configFiles: vault.configFiles, mobile, enabledLater: bigVault !== undefined });
    },
    { theme: opts.theme ?? 'light', extraFiles: opts.extraFiles ?? {}, bigVault: opts.bigVault, mobile: opts.mobile ?? false, sidebarWidth: opts.sidebarWidth },
  );
  return {
    context,
    page,
    async problems() {
      const inPage = await page.evaluate(() => {
        const out: string[] = [...window.__nodeGlobalUses];
        for (const [name, trap] of Object.entries(window.__nodeGlobalTraps)) {
          const d = Object.getOwnPropertyDescriptor(window, name);
          if (!d || d.get !== trap) out.push(`${name} was defined on window`);
        }
        for (const e of window.reconnect?.listenerErrors ?? []) out.push(`listener error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return out;
      });
      return [...errors, ...inPage];
    },
    close: () => context.close(),
  };
}

/** Two animation frames: the view's scroll handler renders on the next one. */
export async function frames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

export async function shot(page: Page, name: string, opts: { selector?: string; fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SHOT_DIR, { recursive: true });
  const path = join(SHOT_DIR, `${name}.png`);
  await frames(page);
  if (opts.selector) await page.locator(opts.selector).first().screenshot({ path, animations: 'disabled' });
  else await page.screenshot({ path, animations: 'disabled', fullPage: opts.fullPage ?? false });
  return path;
}
