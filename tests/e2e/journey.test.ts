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
});
