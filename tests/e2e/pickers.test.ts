import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, screenshot, useBrowserDesk } from '../helpers/browser';

// Issue 15 (items 4, 10, 11) in a real browser: the host-country picker found by what an officer
// types, a member's unit with its ministry, the skip link and the focus after a change of
// screen, who made a change in History; each screen in both languages, axe clean.

const SHOTS = process.env.PICKERS_SHOTS;
async function shot(page: Page, name: string) {
  await screenshot(page, name);
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  }
}

describe('pickers, units, keyboard and history, in headless Chromium', () => {
  const desk = useBrowserDesk({ viewport: { width: 1366, height: 900 } });
  const page = () => desk.page;
  const noViolations = async () => expect(await axeViolations(page())).toEqual([]);
  // Behind a drawer's overlay the switch cannot be clicked with the mouse: click it directly.
  const chooseLanguage = async (label: 'English' | 'Tiếng Việt') => {
    await page().getByRole('banner').getByText(label, { exact: true }).dispatchEvent('click');
    await expect.poll(() => page().evaluate(() => document.documentElement.lang)).toBe(label === 'English' ? 'en' : 'vi');
  };
  /** Opens the app in Vietnamese at an address. */
  const open = async (hash: string) => {
    await page().goto(desk.web.url);
    await page().evaluate(() => localStorage.setItem('asoen-lang', 'vi'));
    await page().evaluate((h) => (window.location.hash = h), hash);
    await page().reload();
    await page().getByRole('main').getByRole('heading', { level: 1 }).waitFor();
  };
  let token = '';
  const api = async <T>(method: string, input: unknown): Promise<T> => {
    const res = await fetch(new URL('/api', desk.web.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Asoen-Token': token },
      body: JSON.stringify({ method, input }),
    });
    const envelope = (await res.json()) as { ok: boolean; value: T; error?: unknown };
    if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
    return envelope.value;
  };
  beforeAll(() => {
    token = new URL(desk.web.url).searchParams.get('token') ?? '';
  });

  it('skips to the content first, and puts the focus on the new screen’s heading after the sidebar', async () => {
    await page().goto(desk.web.url);
    const h1 = page().getByRole('main').getByRole('heading', { level: 1 });
    await h1.waitFor();
    await page().keyboard.press('Tab');
    const skip = page().getByRole('link', { name: 'Bỏ qua đến nội dung' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await shot(page(), 'skip-link-vi');
    await page().keyboard.press('Enter');
    await expect.poll(() => page().evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await page().getByRole('navigation').getByRole('link', { name: 'Danh bạ' }).click();
    await expect.poll(() => page().evaluate(() => (document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null))).toBe('Danh bạ');
    await noViolations();

    await chooseLanguage('English');
    await page().evaluate(() => (window.location.hash = '#/today'));
    await expect.poll(() => page().evaluate(() => (document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null))).toBe('Today');
    await page().reload();
    await page().getByRole('main').getByRole('heading', { level: 1 }).waitFor();
    await page().keyboard.press('Tab');
    await expect.poll(() => page().getByRole('link', { name: 'Skip to content' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await shot(page(), 'skip-link-en');
    await noViolations();
    await chooseLanguage('Tiếng Việt');
  });

  it('finds the host country from "Lào", "laos" and "thai"', async () => {
    await open('#/meetings');
    await page().getByRole('button', { name: 'Thêm cuộc họp' }).click();
    const host = page().getByRole('combobox', { name: 'Nước chủ nhà' });
    for (const [typed, found] of [['Lào', 'Lào'], ['laos', 'Lào'], ['thai', 'Thái Lan']] as const) {
      await host.click();
      await host.fill(typed);
      await expect.poll(() => page().getByRole('option', { name: found, exact: true }).count(), { message: typed }).toBe(1);
    }
    await shot(page(), 'host-country-thai-vi');
    await page().getByRole('option', { name: 'Thái Lan', exact: true }).click();
    await expect.poll(() => host.inputValue()).toBe('Thái Lan');
    await noViolations();

    await chooseLanguage('English');
    const hostEn = page().getByRole('combobox', { name: 'Host country' });
    await hostEn.click();
    await hostEn.fill('lào');
    await expect.poll(() => page().getByRole('option', { name: 'Lao PDR', exact: true }).count()).toBe(1);
    await shot(page(), 'host-country-lao-en');
    await page().keyboard.press('Escape');
    await chooseLanguage('Tiếng Việt');
  });

  it('names a member’s unit with its ministry, the unit of the trip’s dates by default', async () => {
    const meeting = (await api<{ items: Array<{ id: string }> }>('meetings.list', { q: 'ASOEN 35', limit: 1 })).items[0]!;
    await open(`#/meetings/${meeting.id}`);
    await page().getByRole('tab', { name: 'Đoàn công tác' }).click();
    const form = page().getByTestId('add-member-form');
    const person = form.getByRole('combobox', { name: /Người trong danh bạ/ });
    await person.click();
    await person.fill('nguyen van dong');
    await page().getByRole('option', { name: 'Nguyễn Văn Đông' }).click();
    const unit = form.getByRole('combobox', { name: /Đơn vị \(lúc tham dự\)/ });
    await expect.poll(() => unit.inputValue()).toBe('Vụ Hợp tác quốc tế — Bộ Tài nguyên và Môi trường');
    await unit.click();
    await unit.fill('vu hop tac');
    await shot(page(), 'member-unit-vi');
    await noViolations();
    await page().keyboard.press('Escape');
    await chooseLanguage('English');
    const unitEn = form.getByRole('combobox', { name: /Unit \(at the time\)/ });
    await expect.poll(() => unitEn.inputValue()).toBe('International Cooperation Department — Ministry of Natural Resources and Environment');
    await shot(page(), 'member-unit-en');
    await chooseLanguage('Tiếng Việt');
  });

  it('says who made a change, and what a field became, in History; the laptop named in Settings', async () => {
    await open('#/settings');
    const form = page().getByTestId('this-laptop-form');
    await form.getByRole('textbox', { name: 'Tên cán bộ' }).fill('Nguyễn Thị Hồng Nhung');
    await form.getByRole('textbox', { name: 'Tên máy này' }).fill('ASOEN-01');
    await form.getByRole('button', { name: 'Lưu tên' }).click();
    await page().getByText('Đã lưu. Các thay đổi từ nay được ghi là của Nguyễn Thị Hồng Nhung.').waitFor();
    await form.scrollIntoViewIfNeeded();
    await shot(page(), 'settings-this-laptop-vi');
    await noViolations();

    const meeting = (await api<{ items: Array<{ id: string; version: number }> }>('meetings.list', { q: 'ASOEN 35', limit: 1 })).items[0]!;
    const thailand = (await api<{ items: Array<{ id: string }> }>('countries.list', { q: 'thai', limit: 1 })).items[0]!;
    const fresh = await api<{ version: number }>('meetings.get', { id: meeting.id });
    await api('meetings.update', { id: meeting.id, version: fresh.version, changes: { hostCountryId: thailand.id } });
    await page().evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
    await page().getByRole('tab', { name: 'Lịch sử' }).click();
    const latest = page().getByTestId('history-entry').first();
    await expect.poll(() => latest.innerText()).toContain('Lào → Thái Lan');
    expect(await latest.innerText()).toContain('Nguyễn Thị Hồng Nhung · ASOEN-01');
    await shot(page(), 'history-vi');
    await noViolations();
    await chooseLanguage('English');
    await expect.poll(() => latest.innerText()).toContain('Lao PDR → Thailand');
    await shot(page(), 'history-en');
    await page().evaluate(() => (window.location.hash = '#/settings'));
    await page().getByTestId('this-laptop-form').scrollIntoViewIfNeeded();
    await shot(page(), 'settings-this-laptop-en');
    await noViolations();
    await chooseLanguage('Tiếng Việt');
  });

  it('reports no page errors', () => {
    expect(desk.consoleErrors).toEqual([]);
  });
});
