import { axeViolations, screenshot, useBrowserDesk } from '../helpers/browser';

// The whole path in a real browser: built renderer → HTTP transport → dispatcher → SQLite.

describe('the browser mode, in headless Chromium', () => {
  const desk = useBrowserDesk();

  const chooseLanguage = (label: 'English' | 'Tiếng Việt') => desk.page.getByRole('banner').getByText(label, { exact: true }).click();

  it('opens in Vietnamese and lists the sample meetings with dd/MM/yyyy dates', async () => {
    await desk.page.goto(desk.web.url);
    // The app opens on Today; the meetings are one section away.
    await desk.page.getByRole('heading', { level: 1, name: 'Hôm nay' }).waitFor();
    await desk.page.getByRole('navigation').getByRole('link', { name: 'Cuộc họp' }).click();
    await desk.page.getByTestId('meeting-row').first().waitFor();
    expect(await desk.page.locator('html').getAttribute('lang')).toBe('vi');
    await expect.poll(() => desk.page.getByRole('navigation').innerText()).toContain('Cuộc họp');
    const rows = desk.page.getByTestId('meeting-row');
    const texts = await rows.allInnerTexts();
    expect(texts.length).toBeGreaterThan(5);
    const asoen35 = texts.find((t) => t.includes('Viên Chăn') || t.includes('Vientiane'));
    expect(asoen35).toBeDefined();
    expect(texts.join('\n')).toContain('28/07/2024');
    // The secret left the address bar; a reload still works from the session.
    expect(desk.page.url()).not.toContain('token=');
    await screenshot(desk.page, 'meetings-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
  });

  it('switches to English, keeping the page, and back to Vietnamese', async () => {
    await chooseLanguage('English');
    await expect.poll(() => desk.page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => desk.page.getByRole('navigation').innerText()).toContain('Meetings');
    await expect.poll(() => desk.page.getByRole('main').getByRole('heading', { level: 1 }).innerText()).toBe('Meetings');
    const texts = await desk.page.getByTestId('meeting-row').allInnerTexts();
    expect(texts.join('\n')).toMatch(/ASEAN Senior Officials|ASOEN/);
    expect(texts.join('\n')).toContain('28/07/2024');
    await screenshot(desk.page, 'meetings-en');
    expect(await axeViolations(desk.page)).toEqual([]);

    await chooseLanguage('Tiếng Việt');
    await expect.poll(() => desk.page.locator('html').getAttribute('lang')).toBe('vi');
    await expect.poll(() => desk.page.getByRole('navigation').innerText()).toContain('Cuộc họp');
  });

  it('filters the list on the server, ignoring diacritics', async () => {
    const search = desk.page.getByRole('searchbox').or(desk.page.getByRole('textbox')).first();
    const before = (await desk.page.getByTestId('meeting-row').allInnerTexts()).length;
    await search.fill('vien chan');
    const matching = async () => {
      const texts = await desk.page.getByTestId('meeting-row').allInnerTexts();
      return texts.length > 0 && texts.length < before && texts.every((t) => /Viên Chăn|Vientiane/.test(t));
    };
    await expect.poll(matching).toBe(true);
    await screenshot(desk.page, 'meetings-search-vi');
    await search.fill('');
    await expect.poll(async () => (await desk.page.getByTestId('meeting-row').allInnerTexts()).length).toBe(before);
  });

  it('remembers the data: a second run on the same folder finds it', async () => {
    await desk.page.reload();
    await desk.page.getByTestId('meeting-row').first().waitFor();
    expect(desk.consoleErrors).toEqual([]);
  });
});
