// Browser tests drive Debian's Chromium through playwright-core against the real browser
// mode: the built renderer served by electron/server/cli.ts with the real API and database.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { ROOT } from './paths';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'screenshots');

export interface WebApp {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts `electron/server/cli.ts` on a fresh data folder and waits for the URL it prints. */
export function startWebApp(args: string[] = ['--sample']): Promise<WebApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'asoen-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/server/cli.ts'), '--data', dataDir, ...args], {
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
