import { axeViolations, screenshot, useBrowserDesk } from '../helpers/browser';

// The directory in a real browser: the agency tree with the 2025 merger, people, legal bases.

describe('the directory, in headless Chromium', () => {
  const desk = useBrowserDesk({ open: true });

  const node = (code: string) => desk.page.locator(`[data-testid="agency-node"][data-code="${code}"]`);
  const goTo = async (hash: string) => {
    await desk.page.evaluate((h) => (window.location.hash = h), hash);
  };
  const shot = async (name: string) => {
    await desk.page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(desk.page, name);
  };
  const language = (label: 'English' | 'Tiếng Việt') => desk.page.getByRole('banner').getByText(label, { exact: true }).click();

  it('shows MONRE and the Ministry of Agriculture and Environment in the tree, with the succession', async () => {
    await goTo('#/directory');
    await desk.page.getByRole('tree').waitFor();
    const monre = node('MONRE');
    await expect.poll(() => monre.innerText()).toContain('Bộ Tài nguyên và Môi trường');
    const monreText = await monre.innerText();
    expect(monreText).toContain('Đã giải thể');
    expect(monreText).toContain('Từ 05/08/2002 đến 28/02/2025');
    expect(monreText).toContain('→ Bộ NN&MT (01/03/2025, hợp nhất)');
    const maeText = await node('MAE').innerText();
    expect(maeText).toContain('Bộ Nông nghiệp và Môi trường');
    expect(maeText).not.toContain('Đã giải thể');
    await shot('directory-agencies-vi');
    expect(await axeViolations(desk.page)).toEqual([]);

    await monre.click();
    const details = desk.page.getByTestId('agency-details');
    await expect.poll(() => details.innerText()).toContain('Bộ Tài nguyên và Môi trường → Bộ Nông nghiệp và Môi trường, 01/03/2025, hợp nhất');
    await shot('directory-agency-details-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
  });

  it('hides the ceased agencies on request', async () => {
    // With the keyboard: Space toggles the switch.
    const toggle = desk.page.getByRole('switch', { name: /Ẩn các cơ quan đã giải thể/ });
    await toggle.focus();
    await desk.page.keyboard.press('Space');
    await expect.poll(() => node('MONRE').count()).toBe(0);
    expect(await node('MAE').count()).toBe(1);
    await shot('directory-agencies-current-vi');
    await desk.page.keyboard.press('Space');
    await expect.poll(() => node('MONRE').count()).toBe(1);
  });

  it('edits an agency in a form that checks its fields', async () => {
    await node('MAE').click();
    await desk.page.getByTestId('agency-details').getByRole('button', { name: 'Sửa', exact: true }).click();
    const form = desk.page.getByRole('dialog', { name: /Sửa cơ quan/ });
    await form.waitFor();
    await form.getByRole('textbox', { name: /Tên tiếng Anh/ }).fill('');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => form.innerText()).toContain('Mục này bắt buộc phải có.');
    await shot('directory-agency-form-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
    await form.getByRole('textbox', { name: /Tên tiếng Anh/ }).fill('Ministry of Agriculture and Environment');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.waitFor({ state: 'detached' });
  });

  it('creates a person and finds them with a search without diacritics', async () => {
    await desk.page.getByRole('tab', { name: 'Cán bộ' }).click();
    await desk.page.getByTestId('person-row').first().waitFor();
    await shot('directory-people-vi');
    expect(await axeViolations(desk.page)).toEqual([]);

    await desk.page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    const form = desk.page.getByRole('dialog', { name: 'Thêm cán bộ' });
    await form.waitFor();
    await form.getByRole('textbox', { name: /Họ và tên/ }).fill('Trương Thị Ngọc Diệp');
    await form.getByRole('textbox', { name: /Tên trên hộ chiếu/ }).fill('TRUONG THI NGOC DIEP');
    await form.getByRole('textbox', { name: 'Chức vụ' }).fill('Chuyên viên, Văn phòng ASEAN Việt Nam');
    await form.getByRole('textbox', { name: 'Email' }).fill('sai-email');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => form.innerText()).toContain('Sai định dạng.');
    await shot('directory-person-form-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
    await form.getByRole('textbox', { name: 'Email' }).fill('ttndiep@example.vn');
    const agency = form.getByRole('combobox', { name: 'Cơ quan, đơn vị hiện tại' });
    await agency.click();
    await agency.fill('van phong asean');
    await desk.page.getByRole('option', { name: /Văn phòng ASEAN Việt Nam/ }).first().click();
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => desk.page.getByTestId('person-details').innerText()).toContain('Trương Thị Ngọc Diệp');
    await desk.page.keyboard.press('Escape');

    await desk.page.getByRole('searchbox', { name: 'Tìm cán bộ' }).fill('truong thi ngoc diep');
    await expect.poll(async () => (await desk.page.getByTestId('person-row').allInnerTexts()).length).toBe(1);
    expect(await desk.page.getByTestId('person-row').innerText()).toContain('Văn phòng ASEAN Việt Nam');
    await shot('directory-people-search-vi');
    await desk.page.getByRole('searchbox', { name: 'Tìm cán bộ' }).fill('');
  });

  it('refuses to delete someone who is in a delegation, saying why', async () => {
    await desk.page.getByRole('button', { name: 'Xóa “Nguyễn Văn Đông”' }).click();
    const confirm = desk.page.getByRole('dialog', { name: 'Xóa mục này?' });
    await confirm.waitFor();
    await shot('directory-person-delete-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Xóa', exact: true }).click();
    await expect.poll(() => desk.page.getByText('Không xóa được').count()).toBeGreaterThan(0);
    await shot('directory-person-delete-refused-vi');
    expect(await desk.page.getByTestId('person-row').filter({ hasText: 'Nguyễn Văn Đông' }).count()).toBe(1);
    // The message goes away by itself.
    await expect.poll(() => desk.page.getByText('Không xóa được').count()).toBe(0);
  });

  it('lists the legal bases', async () => {
    await desk.page.getByRole('tab', { name: 'Văn bản căn cứ' }).click();
    const row = desk.page.getByTestId('legal-basis-row').filter({ hasText: /^142\/QĐ-TTg/ }).first();
    await expect.poll(() => row.innerText()).toContain('31/01/2009');
    await shot('directory-legal-bases-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
  });

  it('has every tab in English, accessible', async () => {
    await language('English');
    await expect.poll(() => desk.page.locator('html').getAttribute('lang')).toBe('en');
    // The tab stays where it was.
    expect(await desk.page.getByRole('tab', { name: 'Legal bases' }).getAttribute('aria-selected')).toBe('true');
    await shot('directory-legal-bases-en');
    expect(await axeViolations(desk.page)).toEqual([]);

    await desk.page.getByRole('tab', { name: 'Agencies' }).click();
    await expect.poll(() => node('MONRE').innerText()).toContain('Ministry of Natural Resources and Environment');
    expect(await node('MONRE').innerText()).toContain('Ceased');
    await node('MONRE').click();
    await expect.poll(() => desk.page.getByTestId('agency-details').innerText()).toContain(
      'Ministry of Natural Resources and Environment → Ministry of Agriculture and Environment, 01/03/2025, merged',
    );
    await shot('directory-agencies-en');
    expect(await axeViolations(desk.page)).toEqual([]);

    await desk.page.getByRole('tab', { name: 'People' }).click();
    await desk.page.getByTestId('person-row').first().waitFor();
    await shot('directory-people-en');
    expect(await axeViolations(desk.page)).toEqual([]);
    await desk.page.getByRole('button', { name: 'Add person' }).click();
    const form = desk.page.getByRole('dialog', { name: 'Add a person' });
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.innerText()).toContain('This is required.');
    await shot('directory-person-form-en');
    expect(await axeViolations(desk.page)).toEqual([]);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });

    await language('Tiếng Việt');
    await expect.poll(() => desk.page.locator('html').getAttribute('lang')).toBe('vi');
    expect(desk.consoleErrors).toEqual([]);
  });
});
