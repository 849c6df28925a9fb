import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { callApi, useBrowserDesk } from '../helpers/browser';

// What a newcomer met when trying the whole journey again (issue #15, the second try): each
// test here is a stumble seen on screen, at the office laptop's size.

type Item = { id: string; status: string; sourceMeetingId: string | null };

describe('the journey again, in headless Chromium', () => {
  const desk = useBrowserDesk({ open: true });
  const page = (): Page => desk.page;

  it("a meeting's action items show their whole status, not 'Chưa thực h…'", async () => {
    const { items } = await callApi<{ items: Item[] }>(desk.web, 'actionItems.list', { filter: { status: ['open'] }, limit: 50 });
    const meetingId = items.find((i) => i.sourceMeetingId)!.sourceMeetingId!;
    await page().evaluate((h) => (window.location.hash = h), `#/meetings/${meetingId}`);
    await page().getByRole('tab', { name: /Việc phát sinh/ }).click();
    const rows = page().getByTestId('meeting-action-item');
    await rows.first().waitFor();
    const cut = await page().evaluate(() =>
      [...document.querySelectorAll('[data-testid="meeting-action-item"] .mantine-Badge-label')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent),
    );
    expect(cut).toEqual([]);
    expect(await rows.first().getByText('Chưa thực hiện').count()).toBeGreaterThan(0);
  });

  it("a meeting's readiness says the briefing exists as soon as it is exported, without a reload", async () => {
    const folder = path.join(desk.web.dataDir, 'share');
    mkdirSync(folder, { recursive: true });
    await callApi(desk.web, 'settings.update', { exportFolder: folder });
    const { items } = await callApi<{ items: Array<{ id: string }> }>(desk.web, 'meetings.list', { limit: 50 });
    let meetingId = '';
    for (const m of items) {
      const o = await callApi<{ delegation: unknown; readiness: { briefingProduced: boolean } | null }>(desk.web, 'meetings.overview', { id: m.id });
      if (o.delegation && o.readiness && !o.readiness.briefingProduced) {
        meetingId = m.id;
        break;
      }
    }
    expect(meetingId).not.toBe('');
    await page().evaluate((h) => (window.location.hash = h), `#/meetings/${meetingId}`);
    const main = page().getByRole('main');
    await main.getByText('Chưa có đề cương tham dự').waitFor();
    await main.getByRole('button', { name: 'Xuất đề cương tham dự' }).click();
    await page().getByRole('menuitem', { name: 'Bản tiếng Việt' }).click();
    // The frame of the document: proposed from Settings, a number given for this one.
    const frame = page().getByRole('dialog', { name: 'Khung văn bản: đề cương tham dự' });
    await frame.getByRole('textbox', { name: /^Số/ }).fill('12');
    expect(await frame.getByRole('textbox', { name: /^Ký hiệu/ }).inputValue()).toBe('ĐC-VPASEAN');
    await frame.getByRole('button', { name: 'Xuất văn bản' }).click();
    await page().getByText('Đã lưu tệp').waitFor();
    await main.getByText('Đã có đề cương tham dự').waitFor({ timeout: 3000 });
  });

  it("the quick capture's fields stand on one line: the due date is not pushed down by the typing rule", async () => {
    const { items } = await callApi<{ items: Item[] }>(desk.web, 'actionItems.list', { filter: { status: ['open'] }, limit: 50 });
    const meetingId = items.find((i) => i.sourceMeetingId)!.sourceMeetingId!;
    await page().evaluate((h) => (window.location.hash = h), `#/meetings/${meetingId}`);
    await page().getByRole('tab', { name: /Việc phát sinh/ }).click();
    const title = await page().getByTestId('capture-title').boundingBox();
    const due = await page().getByTestId('capture-due').boundingBox();
    expect(Math.abs(due!.y - title!.y)).toBeLessThan(4);
  });
});

