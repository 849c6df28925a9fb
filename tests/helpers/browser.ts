// Browser tests drive Debian's Chromium through playwright-core against the real browser
// mode: the built renderer served by electron/server/cli.ts with the real API and database.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { todayOf } from '../../common/clock';
import { TEST_NOW } from './app';
import { ROOT } from './paths';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'screenshots');

/**
 * The moment the browser tests live at: the server starts its clock there (--now) and every page
 * starts its own there (Playwright's page clock), so both show the same desk on any day the tests
 * run. `npm run test:clock` sets ASOEN_TEST_NOW to other moments; Chromium itself cannot run
 * under faketime.
 */
export const E2E_NOW = process.env.ASOEN_TEST_NOW ?? TEST_NOW;
/** The office day of E2E_NOW: what the Today screen calls today. */
export const E2E_TODAY = todayOf(() => new Date(E2E_NOW));

export interface WebApp {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts `electron/server/cli.ts` on a fresh data folder and waits for the URL it prints. */
export function startWebApp(args: string[] = ['--sample']): Promise<WebApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'asoen-e2e-'));
  const clock = args.some((a) => a === '--now' || a === '--today') ? [] : ['--now', E2E_NOW];
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/server/cli.ts'), '--data', dataDir, ...clock, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web app did not start in time: ${stderr}`)), 30_000);
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        dataDir,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => {
              rmSync(dataDir, { recursive: true, force: true });
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web app exited with ${String(code)}: ${stderr}`));
    });
  });
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  // Playwright gives every launch a fresh, temporary profile of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A new page whose clock starts at `now` (E2E_NOW unless told) and runs on, as the server's does:
 * the screens' today is the server's today. Vietnamese unless a locale is given.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}, now: string = E2E_NOW): Promise<Page> {
  const page = await browser.newPage({ locale: 'vi-VN', ...options });
  await page.clock.install({ time: new Date(now) });
  return page;
}

export interface BrowserDeskOptions {
  /**
   * What electron/server/cli.ts starts with besides its fresh data folder and its clock:
   * `['--sample']` unless told. A function is called when the desk starts, so it can name a
   * data folder that an earlier `beforeAll` of the file made.
   */
  args?: readonly string[] | (() => readonly string[]);
  /** The moment the server's clock (--now) and the page's clock start at: E2E_NOW unless told. */
  now?: string;
  /** 1280×800 unless told. */
  viewport?: { width: number; height: number };
  /** The browser's language: 'vi-VN' unless told. */
  locale?: string;
  /** The browser's time zone: the machine's unless told. */
  timezoneId?: string;
  /** Open the app and wait for its first screen before the tests; otherwise a test opens it. */
  open?: boolean;
}

/** What useBrowserDesk gives the tests of a file, once its beforeAll has run. */
export interface BrowserDesk {
  /** The running browser mode: its address (with the token) and data folder. */
  readonly web: WebApp;
  readonly browser: Browser;
  /** The one page of the file, its clock started at the desk's moment. */
  readonly page: Page;
  /** What the page reported as errors (console errors, uncaught exceptions) so far. */
  readonly consoleErrors: string[];
}

/**
 * The browser tests' one set-up: registers a beforeAll that starts the browser mode on a fresh
 * data folder and Chromium side by side, opens a page whose clock starts where the server's does
 * and collects what it reports as errors (and, with `open`, opens the app); and an afterAll that
 * closes the browser and stops the server. Call it at the top of a describe block; a beforeAll
 * registered after it runs after it (and before it, one registered earlier), and an afterAll
 * registered earlier runs after the desk has stopped. Timeouts are vitest.e2e.config.ts's.
 */
export function useBrowserDesk(options: BrowserDeskOptions = {}): BrowserDesk {
  let web: WebApp | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const consoleErrors: string[] = [];
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`useBrowserDesk: the ${name} is not there yet (use it in a test or a later hook)`);
    return value;
  };

  beforeAll(async () => {
    const now = options.now ?? E2E_NOW;
    const args = typeof options.args === 'function' ? options.args() : (options.args ?? ['--sample']);
    // The server (tsx, migrations, the sample desk) and Chromium start at the same time.
    const [server, chromiumRun] = await Promise.allSettled([startWebApp(['--now', now, ...args]), launchBrowser()]);
    if (server.status === 'fulfilled') web = server.value;
    if (chromiumRun.status === 'fulfilled') browser = chromiumRun.value;
    if (server.status === 'rejected') throw server.reason;
    if (chromiumRun.status === 'rejected') throw chromiumRun.reason;
    const context: BrowserContextOptions = { viewport: options.viewport ?? { width: 1280, height: 800 }, locale: options.locale ?? 'vi-VN' };
    if (options.timezoneId) context.timezoneId = options.timezoneId;
    const opened = await openPage(started(browser, 'browser'), context, now);
    page = opened;
    collectPageErrors(opened, consoleErrors);
    if (options.open) {
      await opened.goto(started(web, 'web app').url);
      await opened.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
    }
  });

  afterAll(async () => {
    // Both, even when one of them fails (or never started).
    const results = await Promise.allSettled([browser?.close(), web?.stop()]);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  });

  return {
    get web() {
      return started(web, 'web app');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get page() {
      return started(page, 'page');
    },
    consoleErrors,
  };
}

/** Writes a full-page screenshot into screenshots/ (ignored by git) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in the page (injected through the debugging protocol, which the page's CSP
 * does not govern) at the WCAG 2.2 AA tags, and returns the violations in a readable form.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // A modal or menu still fading in has text of partial opacity, which axe reports as low
  // contrast: wait for the CSS transitions of the screen to end (not for endless animations).
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'), undefined, { timeout: 5_000 });
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, WCAG_TAGS);
  return result;
}

/** Collects what the page reports as errors (console errors and uncaught exceptions) into `into`. */
export function collectPageErrors(page: Page, into: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error') into.push(m.text());
  });
  page.on('pageerror', (e) => into.push(e.message));
}

/**
 * Types a date into a date field and tabs on, as an officer does: the calendar closes with the
 * focus, so it cannot lie over the button the next step presses.
 */
export async function typeDate(field: Locator, ddmmyyyy: string): Promise<void> {
  await field.fill(ddmmyyyy);
  await field.press('Tab');
}

/** The same HTTP API the page uses, for setting up data the way another user would. */
export async function callApi<T>(web: WebApp, method: string, input: unknown): Promise<T> {
  const url = new URL(web.url);
  const res = await fetch(`${url.origin}/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-asoen-token': url.searchParams.get('token') ?? '' },
    body: JSON.stringify({ method, input }),
  });
  const envelope = (await res.json()) as { ok: boolean; value?: T; error?: { message: { en: string } } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message.en}`);
  return envelope.value as T;
}

/**
 * For a poll over the rows on screen: there are some, and every one passes. A bare `every` holds
 * for no rows at all, which is what a list shows while it loads.
 */
export function nonEmptyAndAll<T>(items: readonly T[], test: (item: T) => boolean): boolean {
  return items.length > 0 && items.every(test);
}
