import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { callApi, screenshot, useBrowserDesk } from '../helpers/browser';

// A new officer's walk through the app (issue #15): what they met on screen, at the office
// laptop's size.

describe('polish after a newcomer’s walk, in headless Chromium', () => {
  const desk = useBrowserDesk({ open: true });
  const page = (): Page => desk.page;

  it("the 'file saved' notification leaves the briefing button free, keeps names whole and closes by itself", async () => {
    const folder = path.join(desk.web.dataDir, 'share-polish');
    mkdirSync(folder, { recursive: true });
    await callApi(desk.web, 'settings.update', { exportFolder: folder });
    const { items } = await callApi<{ items: Array<{ id: string }> }>(desk.web, 'meetings.list', { limit: 50 });
    let meetingId = '';
    for (const m of items) {
      const o = await callApi<{ delegation: unknown }>(desk.web, 'meetings.overview', { id: m.id });
      if (o.delegation) {
        meetingId = m.id;
        break;
      }
    }
    await page().evaluate((h) => (window.location.hash = h), `#/meetings/${meetingId}`);
    const button = page().getByRole('main').getByRole('button', { name: 'Xuất đề cương tham dự' });
    await button.click();
    await page().getByRole('menuitem', { name: 'Bản tiếng Việt' }).click();
    // The document's frame, as proposed (the number left for the clerk).
    await page().getByRole('dialog', { name: 'Khung văn bản: đề cương tham dự' }).getByRole('button', { name: 'Xuất văn bản' }).click();
    const done = page().getByTestId('export-done');
    await done.waitFor();
    await screenshot(page(), 'polish-export-notification-vi');
    // The button is not under the notification: clicking its middle reaches it.
    const box = (await button.boundingBox())!;
    const hit = await page().evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('button')?.textContent ?? null, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(hit).toContain('Xuất đề cương tham dự');
    // The file name breaks only between words: no word of it is split across lines.
    const style = await done.locator('p').first().evaluate((el) => ({ wordBreak: getComputedStyle(el).wordBreak, overflowWrap: getComputedStyle(el).overflowWrap }));
    expect(style).toEqual({ wordBreak: 'normal', overflowWrap: 'break-word' });
    // It closes by itself after a few seconds (it stayed until closed).
    await done.waitFor({ state: 'detached', timeout: 12_000 });
  });
});

describe('the delegation members at the office laptop’s width (1280 px), in headless Chromium', () => {
  const desk = useBrowserDesk({ open: true });
  const page = (): Page => desk.page;

  it.each([
    ['vi', 'Đoàn công tác', 'English'],
    ['en', 'Delegation', null],
  ] as const)('fit without sideways scrolling, names on at most two lines and dates on one (%s)', async (language, tab, switchTo) => {
    const { items } = await callApi<{ items: Array<{ id: string }> }>(desk.web, 'meetings.list', { limit: 100 });
    let meetingId = '';
    for (const m of items) {
      const o = await callApi<{ members: unknown[] }>(desk.web, 'meetings.overview', { id: m.id });
      if (o.members.length >= 3) {
        meetingId = m.id;
        break;
      }
    }
    expect(meetingId).not.toBe('');
    await page().setViewportSize({ width: 1280, height: 800 });
    if (language === 'en' && switchTo === null) await page().getByText('English', { exact: true }).click();
    await page().evaluate((h) => (window.location.hash = h), `#/meetings/${meetingId}`);
    await page().getByRole('tab', { name: tab }).click();
    await page().getByTestId('member-row').first().waitFor();
    await screenshot(page(), `polish-delegation-members-${language}`);
    const measured = await page().evaluate(() => {
      const table = document.querySelector('[data-testid="delegation-members"] table') as HTMLTableElement;
      const scroller = table.parentElement!.closest('.mantine-ScrollArea-viewport, .mantine-Table-scrollContainer') as HTMLElement | null;
      const lineHeight = (el: Element) => parseFloat(getComputedStyle(el).lineHeight) || 20;
      const rows = [...table.querySelectorAll('[data-testid="member-row"]')];
      return {
        overflow: (scroller ?? table.parentElement!).scrollWidth - (scroller ?? table.parentElement!).clientWidth,
        nameLines: rows.map((r) => { const p = r.children[1]!.querySelector('p')!; return Math.round(p.getBoundingClientRect().height / lineHeight(p)); }),
        dateLines: rows.flatMap((r) => [r.children[5]!, r.children[6]!].map((c) => { const p = c.querySelector('p')!; return Math.round(p.getBoundingClientRect().height / lineHeight(p)); })),
      };
    });
    expect(measured.overflow).toBeLessThanOrEqual(1);
    expect(Math.max(...measured.nameLines)).toBeLessThanOrEqual(2);
    expect(Math.max(...measured.dateLines)).toBe(1);
    if (switchTo) await page().getByText(switchTo, { exact: true }).click();
  });
});
