import { axeViolations, callApi, screenshot, typeDate, useBrowserDesk } from '../helpers/browser';

// Entering a meeting that is already on the desk (ASOEN 35 of the sample), in a real browser: the
// form says so before saving, names and links the existing meeting, saves nothing when the
// officer declines, and saves a second one only when the officer confirms.

describe('a duplicate meeting, in headless Chromium', () => {
  const desk = useBrowserDesk({ viewport: { width: 1366, height: 900 }, open: true });
  const chooseLanguageBehindModal = (label: 'English' | 'Tiếng Việt') => desk.page.getByRole('banner').getByText(label, { exact: true }).dispatchEvent('click');

  it('asks before saving a second ASOEN 35, links the first, and saves only when confirmed', async () => {
    const bodies = await callApi<{ items: Array<{ id: string; code: string }> }>(desk.web, 'bodies.list', { q: 'ASOEN', limit: 20 });
    const asoen = bodies.items.find((b) => b.code === 'ASOEN')!;
    const count35 = async () => (await callApi<{ items: Array<{ sequence: number | null }> }>(desk.web, 'meetings.list', { filter: { bodyId: asoen.id }, limit: 100 })).items.filter((m) => m.sequence === 35).length;
    const first = (await callApi<{ items: Array<{ id: string; sequence: number | null; titleVi: string; titleEn: string }> }>(desk.web, 'meetings.list', { filter: { bodyId: asoen.id }, limit: 100 })).items.find((m) => m.sequence === 35)!;
    expect(await count35()).toBe(1);

    await desk.page.evaluate(() => (window.location.hash = '#/meetings'));
    await desk.page.getByTestId('meeting-row').first().waitFor();
    await desk.page.getByRole('button', { name: 'Thêm cuộc họp' }).click();
    const dialog = desk.page.getByRole('dialog', { name: 'Thêm cuộc họp' });
    const body = dialog.getByRole('combobox', { name: /Cơ quan ASEAN/ });
    await body.fill('ASOEN');
    await desk.page.getByRole('option', { name: /^ASOEN — / }).click();
    const number = dialog.getByRole('textbox', { name: /Số thứ tự/ });
    await expect.poll(() => number.inputValue()).not.toBe('');
    await number.fill('35');
    const titleVi = dialog.getByRole('textbox', { name: /Tên cuộc họp \(tiếng Việt\)/ });
    // The proposed title follows the number typed.
    await expect.poll(() => titleVi.inputValue()).toContain('lần thứ 35 (ASOEN 35)');
    await typeDate(dialog.getByRole('textbox', { name: /Ngày bắt đầu/ }), '29/07/2024');
    await typeDate(dialog.getByRole('textbox', { name: /Ngày kết thúc/ }), '01/08/2024');
    await dialog.getByRole('button', { name: 'Tạo cuộc họp' }).click();

    const confirm = desk.page.getByRole('dialog', { name: 'Cuộc họp này đã có?' });
    await confirm.waitFor();
    const link = confirm.getByRole('link', { name: first.titleVi });
    expect(await link.getAttribute('href')).toBe(`#/meetings/${first.id}`);
    await screenshot(desk.page, 'duplicate-meeting-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguageBehindModal('English');
    await desk.page.getByRole('dialog', { name: 'Is this meeting already here?' }).getByRole('link', { name: first.titleEn }).waitFor();
    await screenshot(desk.page, 'duplicate-meeting-en');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguageBehindModal('Tiếng Việt');

    await confirm.getByRole('button', { name: 'Không lưu' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toContain('Chưa lưu gì');
    expect(await count35()).toBe(1);

    await dialog.getByRole('button', { name: 'Tạo cuộc họp' }).click();
    await confirm.getByRole('button', { name: 'Vẫn lưu, đây là bản ghi khác' }).click();
    await expect.poll(() => desk.page.url()).toMatch(/#\/meetings\/[0-9a-f-]{36}$/);
    expect(desk.page.url()).not.toContain(first.id);
    expect(await count35()).toBe(2);
    expect(desk.consoleErrors).toEqual([]);
  });
});
