import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot, startWebApp, type WebApp, collectPageErrors, openPage } from '../helpers/browser';

// The whole path in a real browser: built renderer → HTTP transport → dispatcher → SQLite.

describe('the browser mode, in headless Chromium', () => {
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    web = await startWebApp(['--sample']);
    browser = await launchBrowser();
    page = await openPage(browser, { viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    collectPageErrors(page, consoleErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
  });

  const chooseLanguage = (label: 'English' | 'Tiếng Việt') => page.getByRole('banner').getByText(label, { exact: true }).click();

  it('opens in Vietnamese and lists the sample meetings with dd/MM/yyyy dates', async () => {
    await page.goto(web.url);
    // The app opens on Today; the meetings are one section away.
    await page.getByRole('heading', { level: 1, name: 'Hôm nay' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Cuộc họp' }).click();
    await page.getByTestId('meeting-row').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await expect.poll(() => page.getByRole('navigation').innerText()).toContain('Cuộc họp');
    const rows = page.getByTestId('meeting-row');
    const texts = await rows.allInnerTexts();
    expect(texts.length).toBeGreaterThan(5);
    const asoen35 = texts.find((t) => t.includes('Viên Chăn') || t.includes('Vientiane'));
    expect(asoen35).toBeDefined();
    expect(texts.join('\n')).toContain('28/07/2024');
    // The secret left the address bar; a reload still works from the session.
    expect(page.url()).not.toContain('token=');
    await screenshot(page, 'meetings-vi');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('switches to English, keeping the page, and back to Vietnamese', async () => {
    await chooseLanguage('English');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByRole('navigation').innerText()).toContain('Meetings');
    await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 1 }).innerText()).toBe('Meetings');
    const texts = await page.getByTestId('meeting-row').allInnerTexts();
    expect(texts.join('\n')).toMatch(/ASEAN Senior Officials|ASOEN/);
    expect(texts.join('\n')).toContain('28/07/2024');
    await screenshot(page, 'meetings-en');
    expect(await axeViolations(page)).toEqual([]);

    await chooseLanguage('Tiếng Việt');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
    await expect.poll(() => page.getByRole('navigation').innerText()).toContain('Cuộc họp');
  });

  it('filters the list on the server, ignoring diacritics', async () => {
    const search = page.getByRole('searchbox').or(page.getByRole('textbox')).first();
    const before = (await page.getByTestId('meeting-row').allInnerTexts()).length;
    await search.fill('vien chan');
    const matching = async () => {
      const texts = await page.getByTestId('meeting-row').allInnerTexts();
      return texts.length > 0 && texts.length < before && texts.every((t) => /Viên Chăn|Vientiane/.test(t));
    };
    await expect.poll(matching, { timeout: 5000 }).toBe(true);
    await screenshot(page, 'meetings-search-vi');
    await search.fill('');
    await expect.poll(async () => (await page.getByTestId('meeting-row').allInnerTexts()).length).toBe(before);
  });

  it('remembers the data: a second run on the same folder finds it', async () => {
    await page.reload();
    await page.getByTestId('meeting-row').first().waitFor();
    expect(consoleErrors).toEqual([]);
  });
});
