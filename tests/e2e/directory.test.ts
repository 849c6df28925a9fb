import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot, startWebApp, type WebApp, collectPageErrors, openPage } from '../helpers/browser';

// The directory in a real browser: the agency tree with the 2025 merger, people, legal bases.

describe('the directory, in headless Chromium', () => {
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    web = await startWebApp(['--sample']);
    browser = await launchBrowser();
    page = await openPage(browser, { viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    collectPageErrors(page, consoleErrors);
    await page.goto(web.url);
    await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
  });

  const node = (code: string) => page.locator(`[data-testid="agency-node"][data-code="${code}"]`);
  const goTo = async (hash: string) => {
    await page.evaluate((h) => (window.location.hash = h), hash);
  };
  const shot = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, name);
  };
  const language = (label: 'English' | 'Tiếng Việt') => page.getByRole('banner').getByText(label, { exact: true }).click();

  it('shows MONRE and the Ministry of Agriculture and Environment in the tree, with the succession', async () => {
    await goTo('#/directory');
    await page.getByRole('tree').waitFor();
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
    expect(await axeViolations(page)).toEqual([]);

    await monre.click();
    const details = page.getByTestId('agency-details');
    await expect.poll(() => details.innerText()).toContain('Bộ Tài nguyên và Môi trường → Bộ Nông nghiệp và Môi trường, 01/03/2025, hợp nhất');
    await shot('directory-agency-details-vi');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('hides the ceased agencies on request', async () => {
    // With the keyboard: Space toggles the switch.
    const toggle = page.getByRole('switch', { name: /Ẩn các cơ quan đã giải thể/ });
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => node('MONRE').count()).toBe(0);
    expect(await node('MAE').count()).toBe(1);
    await shot('directory-agencies-current-vi');
    await page.keyboard.press('Space');
    await expect.poll(() => node('MONRE').count()).toBe(1);
  });

  it('edits an agency in a form that checks its fields', async () => {
    await node('MAE').click();
    await page.getByTestId('agency-details').getByRole('button', { name: 'Sửa', exact: true }).click();
    const form = page.getByRole('dialog', { name: /Sửa cơ quan/ });
    await form.waitFor();
    await form.getByRole('textbox', { name: /Tên tiếng Anh/ }).fill('');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => form.innerText()).toContain('Mục này bắt buộc phải có.');
    await shot('directory-agency-form-vi');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('textbox', { name: /Tên tiếng Anh/ }).fill('Ministry of Agriculture and Environment');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.waitFor({ state: 'detached' });
  });

  it('creates a person and finds them with a search without diacritics', async () => {
    await page.getByRole('tab', { name: 'Cán bộ' }).click();
    await page.getByTestId('person-row').first().waitFor();
    await shot('directory-people-vi');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    const form = page.getByRole('dialog', { name: 'Thêm cán bộ' });
    await form.waitFor();
    await form.getByRole('textbox', { name: /Họ và tên/ }).fill('Trương Thị Ngọc Diệp');
    await form.getByRole('textbox', { name: /Tên trên hộ chiếu/ }).fill('TRUONG THI NGOC DIEP');
    await form.getByRole('textbox', { name: 'Chức vụ' }).fill('Chuyên viên, Văn phòng ASEAN Việt Nam');
    await form.getByRole('textbox', { name: 'Email' }).fill('sai-email');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => form.innerText()).toContain('Sai định dạng.');
    await shot('directory-person-form-vi');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('textbox', { name: 'Email' }).fill('ttndiep@example.vn');
    const agency = form.getByRole('combobox', { name: 'Cơ quan, đơn vị hiện tại' });
    await agency.click();
    await agency.fill('van phong asean');
    await page.getByRole('option', { name: /Văn phòng ASEAN Việt Nam/ }).first().click();
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('person-details').innerText()).toContain('Trương Thị Ngọc Diệp');
    await page.keyboard.press('Escape');

    await page.getByRole('searchbox', { name: 'Tìm cán bộ' }).fill('truong thi ngoc diep');
    await expect.poll(async () => (await page.getByTestId('person-row').allInnerTexts()).length).toBe(1);
    expect(await page.getByTestId('person-row').innerText()).toContain('Văn phòng ASEAN Việt Nam');
    await shot('directory-people-search-vi');
    await page.getByRole('searchbox', { name: 'Tìm cán bộ' }).fill('');
  });

  it('refuses to delete someone who is in a delegation, saying why', async () => {
    await page.getByRole('button', { name: 'Xoá “Nguyễn Văn Đông”' }).click();
    const confirm = page.getByRole('dialog', { name: 'Xoá mục này?' });
    await confirm.waitFor();
    await shot('directory-person-delete-vi');
    expect(await axeViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Xoá', exact: true }).click();
    await expect.poll(() => page.getByText('Không xoá được').count()).toBeGreaterThan(0);
    await shot('directory-person-delete-refused-vi');
    expect(await page.getByTestId('person-row').filter({ hasText: 'Nguyễn Văn Đông' }).count()).toBe(1);
    // The message goes away by itself.
    await expect.poll(() => page.getByText('Không xoá được').count(), { timeout: 10_000 }).toBe(0);
  });

  it('lists the legal bases', async () => {
    await page.getByRole('tab', { name: 'Văn bản căn cứ' }).click();
    const row = page.getByTestId('legal-basis-row').filter({ hasText: /^142\/QĐ-TTg/ }).first();
    await expect.poll(() => row.innerText()).toContain('31/01/2009');
    await shot('directory-legal-bases-vi');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has every tab in English, accessible', async () => {
    await language('English');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    // The tab stays where it was.
    expect(await page.getByRole('tab', { name: 'Legal bases' }).getAttribute('aria-selected')).toBe('true');
    await shot('directory-legal-bases-en');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Agencies' }).click();
    await expect.poll(() => node('MONRE').innerText()).toContain('Ministry of Natural Resources and Environment');
    expect(await node('MONRE').innerText()).toContain('Ceased');
    await node('MONRE').click();
    await expect.poll(() => page.getByTestId('agency-details').innerText()).toContain(
      'Ministry of Natural Resources and Environment → Ministry of Agriculture and Environment, 01/03/2025, merged',
    );
    await shot('directory-agencies-en');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByTestId('person-row').first().waitFor();
    await shot('directory-people-en');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add person' }).click();
    const form = page.getByRole('dialog', { name: 'Add a person' });
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.innerText()).toContain('This is required.');
    await shot('directory-person-form-en');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });

    await language('Tiếng Việt');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
    expect(consoleErrors).toEqual([]);
  });
});
