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
