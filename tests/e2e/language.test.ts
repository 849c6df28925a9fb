import type { Browser, Page } from 'playwright-core';
import { nonEmptyAndAll, launchBrowser, screenshot, startWebApp, type WebApp, collectPageErrors, openPage } from '../helpers/browser';

// Switching the language keeps the screen, its address and what was typed or chosen on it.

describe('switching the language on the directory and settings screens', () => {
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

  const h1 = () => page.getByRole('main').getByRole('heading', { level: 1 }).innerText();
  const hash = () => new URL(page.url()).hash;
  const switchTo = async (label: 'English' | 'Tiếng Việt') => {
    await page.getByRole('banner').getByText(label, { exact: true }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(label === 'English' ? 'en' : 'vi');
  };

  it('keeps the chosen agency', async () => {
    await page.evaluate(() => (window.location.hash = '#/directory'));
    await page.locator('[data-testid="agency-node"][data-code="MONRE"]').click();
    await expect.poll(() => page.getByTestId('agency-details').innerText()).toContain('Bộ Tài nguyên và Môi trường');
    const before = hash();
    expect(before).toMatch(/id=/);
    await switchTo('English');
    await expect.poll(h1).toBe('Directory');
    expect(hash()).toBe(before);
    await expect.poll(() => page.getByTestId('agency-details').getByRole('heading', { level: 2 }).innerText()).toBe('Ministry of Natural Resources and Environment');
    await switchTo('Tiếng Việt');
    await expect.poll(() => page.getByTestId('agency-details').getByRole('heading', { level: 2 }).innerText()).toBe('Bộ Tài nguyên và Môi trường');
    expect(hash()).toBe(before);
  });

  it('keeps a typed people search and its results', async () => {
    await page.getByRole('tab', { name: 'Cán bộ' }).click();
    const search = page.getByRole('searchbox', { name: 'Tìm cán bộ' });
    await search.fill('nguyen');
    await expect.poll(async () => nonEmptyAndAll(await page.getByTestId('person-row').allInnerTexts(), (t) => t.includes('Nguyễn'))).toBe(true);
    const count = await page.getByTestId('person-row').count();
    await switchTo('English');
    await expect.poll(() => page.getByRole('searchbox', { name: 'Find a person' }).inputValue()).toBe('nguyen');
    expect(await page.getByTestId('person-row').count()).toBe(count);
    expect(hash()).toBe('#/directory?tab=people');
    await screenshot(page, 'language-people-search-en');
    await switchTo('Tiếng Việt');
    expect(await page.getByRole('searchbox', { name: 'Tìm cán bộ' }).inputValue()).toBe('nguyen');
  });

  it('keeps the legal bases tab', async () => {
    await page.getByRole('tab', { name: 'Văn bản căn cứ' }).click();
    await page.getByTestId('legal-basis-row').first().waitFor();
    await switchTo('English');
    expect(await page.getByRole('tab', { name: 'Legal bases' }).getAttribute('aria-selected')).toBe('true');
    await switchTo('Tiếng Việt');
    expect(await page.getByRole('tab', { name: 'Văn bản căn cứ' }).getAttribute('aria-selected')).toBe('true');
  });

  it('keeps an unsaved export folder on the settings page', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Cài đặt' }).click();
    await expect.poll(h1).toBe('Cài đặt');
    await page.getByRole('textbox', { name: 'Đường dẫn thư mục' }).fill('\\\\may-chu\\ASOEN');
    await switchTo('English');
    await expect.poll(h1).toBe('Settings');
    expect(await page.getByRole('textbox', { name: 'Folder path' }).inputValue()).toBe('\\\\may-chu\\ASOEN');
    expect(hash()).toBe('#/settings');
    await switchTo('Tiếng Việt');
    expect(await page.getByRole('textbox', { name: 'Đường dẫn thư mục' }).inputValue()).toBe('\\\\may-chu\\ASOEN');
    expect(consoleErrors).toEqual([]);
  });
});
