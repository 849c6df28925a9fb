import { nonEmptyAndAll, screenshot, useBrowserDesk } from '../helpers/browser';

// Switching the language keeps the screen, its address and what was typed or chosen on it.

describe('switching the language on the directory and settings screens', () => {
  const desk = useBrowserDesk({ open: true });

  const h1 = () => desk.page.getByRole('main').getByRole('heading', { level: 1 }).innerText();
  const hash = () => new URL(desk.page.url()).hash;
  const switchTo = async (label: 'English' | 'Tiếng Việt') => {
    await desk.page.getByRole('banner').getByText(label, { exact: true }).click();
    await expect.poll(() => desk.page.locator('html').getAttribute('lang')).toBe(label === 'English' ? 'en' : 'vi');
  };

  it('keeps the chosen agency', async () => {
    await desk.page.evaluate(() => (window.location.hash = '#/directory'));
    await desk.page.locator('[data-testid="agency-node"][data-code="MONRE"]').click();
    await expect.poll(() => desk.page.getByTestId('agency-details').innerText()).toContain('Bộ Tài nguyên và Môi trường');
    const before = hash();
    expect(before).toMatch(/id=/);
    await switchTo('English');
    await expect.poll(h1).toBe('Directory');
    expect(hash()).toBe(before);
    await expect.poll(() => desk.page.getByTestId('agency-details').getByRole('heading', { level: 2 }).innerText()).toBe('Ministry of Natural Resources and Environment');
    await switchTo('Tiếng Việt');
    await expect.poll(() => desk.page.getByTestId('agency-details').getByRole('heading', { level: 2 }).innerText()).toBe('Bộ Tài nguyên và Môi trường');
    expect(hash()).toBe(before);
  });

  it('keeps a typed people search and its results', async () => {
    await desk.page.getByRole('tab', { name: 'Cán bộ' }).click();
    const search = desk.page.getByRole('searchbox', { name: 'Tìm cán bộ' });
    await search.fill('nguyen');
    await expect.poll(async () => nonEmptyAndAll(await desk.page.getByTestId('person-row').allInnerTexts(), (t) => t.includes('Nguyễn'))).toBe(true);
    const count = await desk.page.getByTestId('person-row').count();
    await switchTo('English');
    await expect.poll(() => desk.page.getByRole('searchbox', { name: 'Find a person' }).inputValue()).toBe('nguyen');
    expect(await desk.page.getByTestId('person-row').count()).toBe(count);
    expect(hash()).toBe('#/directory?tab=people');
    await screenshot(desk.page, 'language-people-search-en');
    await switchTo('Tiếng Việt');
    expect(await desk.page.getByRole('searchbox', { name: 'Tìm cán bộ' }).inputValue()).toBe('nguyen');
  });

  it('keeps the legal bases tab', async () => {
    await desk.page.getByRole('tab', { name: 'Văn bản căn cứ' }).click();
    await desk.page.getByTestId('legal-basis-row').first().waitFor();
    await switchTo('English');
    expect(await desk.page.getByRole('tab', { name: 'Legal bases' }).getAttribute('aria-selected')).toBe('true');
    await switchTo('Tiếng Việt');
    expect(await desk.page.getByRole('tab', { name: 'Văn bản căn cứ' }).getAttribute('aria-selected')).toBe('true');
  });

  it('keeps an unsaved export folder on the settings page', async () => {
    await desk.page.getByRole('navigation').getByRole('link', { name: 'Cài đặt' }).click();
    await expect.poll(h1).toBe('Cài đặt');
    await desk.page.getByRole('textbox', { name: 'Đường dẫn thư mục' }).fill('\\\\may-chu\\ASOEN');
    await switchTo('English');
    await expect.poll(h1).toBe('Settings');
    expect(await desk.page.getByRole('textbox', { name: 'Folder path' }).inputValue()).toBe('\\\\may-chu\\ASOEN');
    expect(hash()).toBe('#/settings');
    await switchTo('Tiếng Việt');
    expect(await desk.page.getByRole('textbox', { name: 'Đường dẫn thư mục' }).inputValue()).toBe('\\\\may-chu\\ASOEN');
    expect(desk.consoleErrors).toEqual([]);
  });
});
