import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openAppDatabase } from '../../db/bootstrap';
import { DATABASE_FILE } from '../../db/paths';
import { loadSampleData } from '../../db/seed/load';
import { axeViolations, screenshot, useBrowserDesk, E2E_NOW, E2E_TODAY } from '../helpers/browser';
import { insertActionItems } from '../helpers/bulk';
import { MIGRATIONS_DIR } from '../helpers/paths';

// Action items in a real browser: the sample desk (filter, bulk close, drawer, progress update)
// and a desk with 100,000 items (how long the first page and a filter change take).

const chooseLanguage = (page: Page, label: 'English' | 'Tiếng Việt') => page.getByRole('banner').getByText(label, { exact: true }).click();

// A MultiSelect's input can sit under its pills box, which takes the click as a user's would.
const statusFilter = (page: Page) => page.locator('.mantine-MultiSelect-input', { has: page.getByTestId('action-status-filter') });

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

describe('action items with the sample desk', () => {
  const desk = useBrowserDesk({ viewport: { width: 1366, height: 900 }, open: true });

  const rows = () => desk.page.getByTestId('action-row');

  it('lists the items with the total and marks the overdue ones, in both languages', async () => {
    await desk.page.evaluate(() => (window.location.hash = '#/actions'));
    await rows().first().waitFor();
    await expect.poll(() => desk.page.getByTestId('action-total').innerText()).toMatch(/Tổng số việc khớp bộ lọc: \d+/);
    await screenshot(desk.page, 'actions-list-vi');
    await expectNoAxeViolations(desk.page);

    await chooseLanguage(desk.page, 'English');
    await expect.poll(() => desk.page.getByTestId('action-total').innerText()).toMatch(/Action items matching the filters: \d+/);
    await screenshot(desk.page, 'actions-list-en');
    await expectNoAxeViolations(desk.page);
    await chooseLanguage(desk.page, 'Tiếng Việt');
    await expect.poll(() => desk.page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('filters open items of one lead agency and closes them all at once', async () => {
    await statusFilter(desk.page).click();
    await desk.page.getByRole('option', { name: 'Chưa thực hiện' }).click();
    await desk.page.keyboard.press('Escape');
    const lead = desk.page.getByTestId('action-lead-filter');
    await lead.click();
    await lead.fill('MAE-ICD');
    await desk.page.getByRole('option', { name: /\(MAE-ICD\)/ }).click();
    await expect.poll(async () => {
      const statuses = await rows().evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status));
      return statuses.length > 0 && statuses.every((s) => s === 'open') ? statuses.length : 0;
    }).toBe(3);
    expect(desk.page.url()).toContain('status=open');
    await expect.poll(() => desk.page.getByTestId('action-total').innerText()).toBe('Tổng số việc khớp bộ lọc: 3');
    await screenshot(desk.page, 'actions-filtered-vi');
    await expectNoAxeViolations(desk.page);

    await desk.page.getByRole('checkbox', { name: 'Chọn tất cả việc trên trang này' }).check();
    await expect.poll(() => desk.page.getByTestId('bulk-bar').innerText()).toContain('Đã chọn: 3');
    await screenshot(desk.page, 'actions-bulk-vi');
    await expectNoAxeViolations(desk.page);
    await chooseLanguage(desk.page, 'English');
    await expect.poll(() => desk.page.getByTestId('bulk-bar').innerText()).toContain('Selected: 3');
    await screenshot(desk.page, 'actions-bulk-en');
    await expectNoAxeViolations(desk.page);
    await chooseLanguage(desk.page, 'Tiếng Việt');

    // "Hoàn thành" (done) is the bar's default choice; closing asks for the day, today proposed.
    await desk.page.getByTestId('bulk-apply').click();
    await expect.poll(() => desk.page.getByTestId('completion-date').inputValue()).toBe(E2E_TODAY.split('-').reverse().join('/'));
    await screenshot(desk.page, 'actions-completion-date-vi');
    await expectNoAxeViolations(desk.page);
    await desk.page.getByTestId('completion-confirm').click();
    await desk.page.getByText('Đã chuyển trạng thái: 3 việc.').waitFor();
    await expect.poll(() => rows().count()).toBe(0);

    // The same agency's done items now include them (once the completion dialog has gone).
    await expect.poll(() => desk.page.getByRole('dialog').count()).toBe(0);
    // Clicked in the free space between the "Chưa thực hiện" pill (whose remove button is now the box's middle) and the clear button.
    const box = (await statusFilter(desk.page).boundingBox())!;
    await statusFilter(desk.page).click({ position: { x: box.width - 70, y: box.height / 2 } });
    await desk.page.getByRole('option', { name: 'Chưa thực hiện' }).click();
    await desk.page.getByRole('option', { name: 'Hoàn thành' }).click();
    await desk.page.keyboard.press('Escape');
    await expect.poll(async () => {
      const statuses = await rows().evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status));
      return statuses.filter((s) => s === 'done').length;
    }).toBe(4);
    await screenshot(desk.page, 'actions-after-bulk-vi');
    await desk.page.getByRole('button', { name: 'Xóa bộ lọc' }).first().click();
  });

  // The drawer is modal: the header's language switch is behind it. The language is remembered
  // on the computer and the open item is in the address, so a reload shows the same drawer.
  const reloadIn = async (lang: 'vi' | 'en') => {
    await desk.page.evaluate((l) => window.localStorage.setItem('asoen-lang', l), lang);
    await desk.page.reload();
    await desk.page.locator(`html[lang="${lang}"]`).waitFor();
  };

  it('opens an item in the drawer with the keyboard and records a progress update', async () => {
    await rows().first().waitFor();
    await desk.page.getByTestId('action-open').first().focus();
    await desk.page.keyboard.press('Enter');
    const drawer = desk.page.getByRole('dialog');
    await drawer.getByTestId('action-form').waitFor();
    expect(desk.page.url()).toContain('item=');
    await screenshot(desk.page, 'actions-drawer-vi');
    await expectNoAxeViolations(desk.page);
    await reloadIn('en');
    await drawer.getByRole('tab', { name: 'Details' }).waitFor();
    await drawer.getByTestId('action-form').waitFor();
    await screenshot(desk.page, 'actions-drawer-en');
    await expectNoAxeViolations(desk.page);

    await drawer.getByRole('tab', { name: 'Progress' }).click();
    const form = drawer.getByTestId('action-update-form');
    await form.getByRole('textbox', { name: /^Update/ }).fill('Đã trao đổi với Ban Thư ký ASEAN về lịch trình.');
    await form.getByTestId('action-update-submit').click();
    await desk.page.getByText('Progress update recorded.').waitFor();
    await expect.poll(() => drawer.getByTestId('action-update').first().innerText()).toContain('Đã trao đổi với Ban Thư ký ASEAN về lịch trình.');
    await screenshot(desk.page, 'actions-updates-en');
    await expectNoAxeViolations(desk.page);
    await drawer.getByRole('tab', { name: 'History' }).click();
    await drawer.getByTestId('action-history').waitFor();
    await screenshot(desk.page, 'actions-history-en');
    await expectNoAxeViolations(desk.page);

    await reloadIn('vi');
    await drawer.getByRole('tab', { name: 'Tiến độ' }).click();
    await expect.poll(() => drawer.getByTestId('action-update').first().innerText()).toContain('Đã trao đổi với Ban Thư ký ASEAN về lịch trình.');
    await screenshot(desk.page, 'actions-updates-vi');
    await expectNoAxeViolations(desk.page);
    await drawer.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
    await drawer.getByTestId('action-history').waitFor();
    await screenshot(desk.page, 'actions-history-vi');
    await expectNoAxeViolations(desk.page);
    await desk.page.keyboard.press('Escape');
    await expect.poll(() => desk.page.getByRole('dialog').count()).toBe(0);
    expect(desk.page.url()).not.toContain('item=');
  });

  it('opens a new item form and refuses it without a title', async () => {
    await desk.page.getByTestId('action-new').click();
    const drawer = desk.page.getByRole('dialog');
    await drawer.getByTestId('action-save').click();
    await drawer.getByText('Mục này bắt buộc phải có.').waitFor();
    await screenshot(desk.page, 'actions-new-vi');
    await expectNoAxeViolations(desk.page);
    await desk.page.keyboard.press('Escape');
    await expect.poll(() => desk.page.getByRole('dialog').count()).toBe(0);
    await chooseLanguage(desk.page, 'English');
    await desk.page.getByTestId('action-new').click();
    await drawer.getByTestId('action-save').click();
    await drawer.getByText('This is required.').waitFor();
    await screenshot(desk.page, 'actions-new-en');
    await expectNoAxeViolations(desk.page);
    await desk.page.keyboard.press('Escape');
    await chooseLanguage(desk.page, 'Tiếng Việt');
    expect(desk.consoleErrors).toEqual([]);
  });
});

describe('action items with 100,000 rows', () => {
  const N = 100_000;
  let dataDir: string;

  beforeAll(() => {
    // The database is made before the server starts: the real migrations, the sample desk, then
    // the rows, set-based (items, change log and search index; see insertActionItemsSql): through
    // the repository they take 30 s on an idle machine and 2 minutes on a busy one.
    dataDir = mkdtempSync(path.join(tmpdir(), 'asoen-100k-'));
    const opened = openAppDatabase(path.join(dataDir, DATABASE_FILE), { migrationsFolder: MIGRATIONS_DIR });
    const ctx = { now: E2E_NOW, deviceId: opened.deviceId };
    opened.db.transaction(() => loadSampleData(opened.db, ctx))();
    const made = insertActionItems(opened.db, N, { ctx, method: 'sql' });
    opened.db.close();
    console.log(`[perf] inserted ${N} action items (set-based SQL) in ${made.ms} ms`);
  });
  // Registered before the desk's: runs once the desk has stopped.
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const desk = useBrowserDesk({ args: () => ['--data', dataDir], viewport: { width: 1366, height: 900 }, open: true });

  it('shows the first page, the total, a filter change and the next page quickly; prints the times', async () => {
    // The officer sees Today first (its summary over the 100,000 items is the server's first
    // work), then opens the action items: from that navigation to the first rows on screen,
    // timed inside the page. The server and the page are otherwise cold.
    await desk.page.getByTestId('action-group').first().waitFor();
    await desk.page.waitForLoadState('networkidle');
    const firstPage = await desk.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          const check = () => {
            if (document.querySelector('[data-testid="action-row"]')) {
              observer.disconnect();
              resolve(performance.now() - t0);
            }
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, { childList: true, subtree: true });
          window.location.hash = '#/actions';
        }),
    );
    expect(await desk.page.getByTestId('action-row').count()).toBe(50);
    await expect.poll(() => desk.page.getByTestId('action-total').innerText()).toMatch(/Tổng số việc khớp bộ lọc: 100\.0\d\d/);
    await screenshot(desk.page, 'actions-100k-vi');

    // From the click on a status to the rows of the new filter on screen.
    const armFilterTimer = () =>
      desk.page.evaluate(() => {
        const w = window as unknown as { __filterMs?: Promise<number> };
        w.__filterMs = new Promise<number>((resolve) => {
          let t0 = 0;
          document.addEventListener('click', () => (t0 = performance.now()), { capture: true, once: true });
          const check = () => {
            const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="action-row"]')];
            if (t0 > 0 && rows.length > 0 && rows.every((r) => r.dataset.status === 'blocked')) {
              observer.disconnect();
              resolve(performance.now() - t0);
            }
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        });
      });
    await statusFilter(desk.page).click();
    await armFilterTimer();
    await desk.page.getByRole('option', { name: 'Vướng mắc' }).click();
    const filterChange = await desk.page.evaluate(() => (window as unknown as { __filterMs: Promise<number> }).__filterMs);
    await desk.page.keyboard.press('Escape');

    // The next page: keyset, so as fast deep in the list as at its start. From the click to
    // the new page's rows on screen, timed inside the page like the others.
    const firstId = await desk.page.getByTestId('action-row').first().getAttribute('data-action-id');
    await desk.page.evaluate((before) => {
      const w = window as unknown as { __nextMs?: Promise<number> };
      w.__nextMs = new Promise<number>((resolve) => {
        let t0 = 0;
        document.addEventListener('click', () => (t0 = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          const first = document.querySelector<HTMLElement>('[data-testid="action-row"]');
          if (t0 > 0 && first && first.dataset.actionId !== before) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      });
    }, firstId);
    await desk.page.getByTestId('page-next').click();
    const nextPage = await desk.page.evaluate(() => (window as unknown as { __nextMs: Promise<number> }).__nextMs);
    await expect.poll(() => desk.page.getByText(/Trang 2/).count()).toBe(1);

    console.log(
      `[perf] action items (${N} rows) first page: ${Math.round(firstPage)} ms; filter change: ${Math.round(filterChange)} ms; next page: ${Math.round(nextPage)} ms`,
    );
    expect(await axeViolations(desk.page)).toEqual([]);
  });
});
