import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, callApi, E2E_TODAY, screenshot, useBrowserDesk } from '../helpers/browser';

// Leaving a form with unsaved text, in a real browser, by every way an officer leaves: the
// sidebar, the search (with the mouse, and by its keyboard shortcut alone), a typed address and
// the Back button. Each asks first; "stay" keeps the text and the address, "leave" goes.

type Meeting = { id: string; sequence: number | null; titleEn: string };

describe('unsaved changes, in headless Chromium', () => {
  const desk = useBrowserDesk({ open: true });
  let asoen35 = '';
  let asoen34 = '';

  beforeAll(async () => {
    const find = async (seq: number) =>
      (await callApi<{ items: Meeting[] }>(desk.web, 'meetings.list', { q: `ASOEN ${seq}`, limit: 20 })).items.find((m) => m.sequence === seq && m.titleEn.includes('ASOEN'))!.id;
    asoen35 = await find(35);
    asoen34 = await find(34);
  });

  const page = (): Page => desk.page;
  const hash = () => new URL(page().url()).hash;
  const h1 = () => page().getByRole('main').getByRole('heading', { level: 1 }).innerText();
  const modal = () => page().getByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
  const go = async (to: string) => {
    // Each journey starts on a fresh screen: whatever the journey before kept is let go (through
    // the sidebar, which asks when something is unsaved), then the address is set.
    if (hash() !== '#/today') {
      await page().getByRole('navigation').getByRole('link', { name: 'Hôm nay' }).click();
      const asked = await modal()
        .waitFor({ timeout: 1500 })
        .then(() => true, () => false);
      if (asked) await page().getByRole('button', { name: 'Rời trang, bỏ thay đổi' }).click();
      await expect.poll(hash).toBe('#/today');
    }
    if (to !== '#/today') await page().evaluate((h) => (window.location.hash = h), to);
    await expect.poll(hash).toBe(to);
  };

  /** The meeting's particulars in edit mode, with a line added to its notes. */
  const editMeetingNotes = async (text: string) => {
    await go(`#/meetings/${asoen35}`);
    await page().getByRole('button', { name: 'Sửa thông tin' }).click();
    const notes = page().getByRole('textbox', { name: 'Ghi chú' });
    await notes.fill(text);
    return notes;
  };

  const stayThenCheck = async (notes: ReturnType<Page['getByRole']>, text: string, where: string) => {
    await modal().waitFor();
    expect(hash()).toBe(where);
    await page().getByRole('button', { name: 'Ở lại và tiếp tục sửa' }).click();
    await modal().waitFor({ state: 'detached' });
    expect(hash()).toBe(where);
    expect(await notes.inputValue()).toBe(text);
  };

  it('asks before leaving by the sidebar; staying keeps the text, leaving goes', async () => {
    const notes = await editMeetingNotes('Ghi chú chưa lưu 1');
    await page().getByRole('navigation').getByRole('link', { name: 'Cài đặt' }).click();
    await stayThenCheck(notes, 'Ghi chú chưa lưu 1', `#/meetings/${asoen35}`);
    await screenshot(page(), 'unsaved-sidebar-stayed-vi');

    await page().getByRole('navigation').getByRole('link', { name: 'Cài đặt' }).click();
    await modal().waitFor();
    await screenshot(page(), 'unsaved-modal-vi');
    expect(await axeViolations(page())).toEqual([]);
    await page().getByRole('button', { name: 'Rời trang, bỏ thay đổi' }).click();
    await expect.poll(hash).toBe('#/settings');
    await expect.poll(h1).toBe('Cài đặt');
  });

  it('asks before leaving by the search box, with the mouse', async () => {
    const notes = await editMeetingNotes('Ghi chú chưa lưu 2');
    await page().getByRole('banner').getByRole('button', { name: /Tìm kiếm|Tìm/ }).first().click();
    const input = page().getByRole('combobox', { name: /Tìm cuộc họp, người/ });
    await input.fill('nguyen van dong');
    await page().getByTestId('search-hit').filter({ hasText: 'Nguyễn Văn Đông' }).first().click();
    await stayThenCheck(notes, 'Ghi chú chưa lưu 2', `#/meetings/${asoen35}`);
  });

  it('asks before leaving by the keyboard shortcut (Ctrl+K, Enter)', async () => {
    const notes = await editMeetingNotes('Ghi chú chưa lưu 3');
    await page().keyboard.press('Control+K');
    const input = page().getByRole('combobox', { name: /Tìm cuộc họp, người/ });
    await input.waitFor();
    await input.fill('nguyen van dong');
    await page().getByTestId('search-hit').first().waitFor();
    await page().keyboard.press('Enter');
    await stayThenCheck(notes, 'Ghi chú chưa lưu 3', `#/meetings/${asoen35}`);
    // Leaving now goes to the search result.
    await page().keyboard.press('Control+K');
    await input.fill('nguyen van dong');
    await page().getByTestId('search-hit').first().waitFor();
    await page().keyboard.press('Enter');
    await page().getByRole('button', { name: 'Rời trang, bỏ thay đổi' }).click();
    await expect.poll(hash).toMatch(/^#\/directory\?tab=people&id=/);
    await page().getByTestId('person-details').waitFor();
    await page().keyboard.press('Escape');
    await page().getByTestId('person-details').waitFor({ state: 'detached' });
  });

  it('a form in a window on the same screen closes when the officer leaves it for a search result there', async () => {
    // The search leads to a person of the same Directory screen: leaving the half-typed new
    // person must close that form, not leave it open, with its text, over the person's details.
    await go('#/directory?tab=people');
    await page().getByRole('button', { name: 'Thêm cán bộ' }).first().click();
    const form = page().getByRole('dialog', { name: 'Thêm cán bộ' });
    await form.getByRole('textbox', { name: /Họ và tên/ }).fill('Người chưa lưu');
    await page().keyboard.press('Control+K');
    const input = page().getByRole('combobox', { name: /Tìm cuộc họp, người/ });
    await input.fill('nguyen van dong');
    await page().getByTestId('search-hit').first().waitFor();
    await page().keyboard.press('Enter');
    await page().getByRole('button', { name: 'Rời trang, bỏ thay đổi' }).click();
    await expect.poll(hash).toMatch(/^#\/directory\?tab=people&id=/);
    await page().getByTestId('person-details').waitFor();
    await form.waitFor({ state: 'detached', timeout: 2000 });
    await page().keyboard.press('Escape');
    await page().getByTestId('person-details').waitFor({ state: 'detached' });
    // Opened again, the form is empty: what was thrown away stays thrown away.
    await page().getByRole('button', { name: 'Thêm cán bộ' }).first().click();
    expect(await form.getByRole('textbox', { name: /Họ và tên/ }).inputValue()).toBe('');
    await form.getByRole('button', { name: 'Hủy' }).click();
    await form.waitFor({ state: 'detached' });
  });

  it('asks before leaving by a typed address, and puts the address back on staying', async () => {
    const notes = await editMeetingNotes('Ghi chú chưa lưu 4');
    const typed = page().url().replace(/#.*$/, '') + '#/actions';
    await page().goto(typed);
    await stayThenCheck(notes, 'Ghi chú chưa lưu 4', `#/meetings/${asoen35}`);
  });

  it('asks before leaving by the Back button', async () => {
    await go('#/today');
    const notes = await editMeetingNotes('Ghi chú chưa lưu 5');
    await page().goBack();
    await stayThenCheck(notes, 'Ghi chú chưa lưu 5', `#/meetings/${asoen35}`);
  });

  it("asks before leaving a delegation's notes by the sidebar", async () => {
    await go(`#/meetings/${asoen34}`);
    await page().getByRole('tab', { name: 'Đoàn công tác' }).click();
    const notes = page().getByTestId('delegation-particulars').getByRole('textbox', { name: 'Ghi chú', exact: true });
    await notes.fill('Ghi chú đoàn chưa lưu');
    const where = hash();
    await page().getByRole('navigation').getByRole('link', { name: 'Hôm nay' }).click();
    await stayThenCheck(notes, 'Ghi chú đoàn chưa lưu', where);
  });

  it('asks before leaving the export folder field of Settings by the sidebar, in English too', async () => {
    await go('#/settings');
    const field = page().getByRole('textbox', { name: 'Đường dẫn thư mục' });
    await field.fill('/tmp/chua-luu');
    await page().getByRole('banner').getByText('English', { exact: true }).click();
    await page().getByRole('navigation').getByRole('link', { name: 'Meetings' }).click();
    const en = page().getByRole('dialog', { name: 'Leave without saving?' });
    await en.waitFor();
    await screenshot(page(), 'unsaved-modal-en');
    expect(hash()).toBe('#/settings');
    await en.getByRole('button', { name: 'Stay and keep editing' }).click();
    await en.waitFor({ state: 'detached' });
    expect(await page().getByRole('textbox', { name: 'Folder path' }).inputValue()).toBe('/tmp/chua-luu');
    await page().getByRole('banner').getByText('Tiếng Việt', { exact: true }).click();
    expect(desk.consoleErrors).toEqual([]);
  });

  it('Settings offers to create a missing export folder, accessible, and the annual report asks its year', async () => {
    await go('#/settings');
    const missing = path.join(desk.web.dataDir, 'Xuất tệp mới');
    const field = page().getByRole('textbox', { name: 'Đường dẫn thư mục' });
    await field.fill(missing);
    await page().getByRole('button', { name: 'Lưu thư mục' }).click();
    const offer = page().getByTestId('create-folder-offer');
    await offer.waitFor();
    await expect.poll(() => page().getByText(`Thư mục ${missing} không tồn tại.`, { exact: false }).count()).toBe(1);
    expect(await axeViolations(page())).toEqual([]);
    await offer.getByRole('button', { name: 'Tạo thư mục này' }).click();
    await offer.waitFor({ state: 'detached' });
    expect(existsSync(missing)).toBe(true);
    expect((await callApi<{ exportFolder: string | null }>(desk.web, 'settings.get', {})).exportFolder).toBe(missing);

    await go('#/meetings');
    await page().getByRole('button', { name: 'Xuất báo cáo tổng kết…' }).click();
    const dialog = page().getByRole('dialog', { name: 'Xuất báo cáo tổng kết năm' });
    await dialog.waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Năm báo cáo' }).inputValue()).toBe(E2E_TODAY.slice(5, 7) <= '03' ? String(Number(E2E_TODAY.slice(0, 4)) - 1) : E2E_TODAY.slice(0, 4));
    expect(await axeViolations(page())).toEqual([]);
    await screenshot(page(), 'annual-report-dialog-vi');
    await dialog.getByRole('button', { name: 'Đóng' }).first().click();
  });
});
