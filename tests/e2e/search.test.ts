import { axeViolations, screenshot, useBrowserDesk } from '../helpers/browser';

// The global search in a real browser: Ctrl+K from anywhere, diacritics-insensitive results as
// one types, the keyboard alone to choose and open.

describe('the global search, in headless Chromium', () => {
  const desk = useBrowserDesk({ open: true });

  const shot = async (name: string) => {
    await desk.page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(desk.page, name);
  };
  const input = () => desk.page.getByRole('combobox', { name: /Tìm cuộc họp, người|Search meetings, people/ });
  const hits = () => desk.page.getByTestId('search-hit');
  const openSearch = async () => {
    await desk.page.keyboard.press('Control+K');
    await input().waitFor();
  };
  const close = async () => {
    await desk.page.keyboard.press('Escape');
    await input().waitFor({ state: 'detached' });
  };

  it('opens with Ctrl+K, focused, with a hint, and is accessible', async () => {
    await openSearch();
    await expect.poll(() => input().evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => desk.page.getByRole('dialog').innerText()).toContain('Gõ có dấu hay không dấu đều được');
    await shot('search-empty-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
  });

  it('finds "Nguyễn Văn Đông" from "nguyen" and opens him with the keyboard', async () => {
    await input().fill('nguyen');
    await expect.poll(async () => (await hits().allInnerTexts()).some((t) => t.includes('Nguyễn Văn Đông'))).toBe(true);
    const group = desk.page.getByRole('group', { name: 'Người' });
    await expect.poll(() => group.getByRole('option').count()).toBeGreaterThan(0);
    await shot('search-results-vi');
    expect(await axeViolations(desk.page)).toEqual([]);

    // Arrow down until the person is the active option, then Enter.
    const texts = await hits().allInnerTexts();
    const target = texts.findIndex((t) => t.includes('Nguyễn Văn Đông'));
    for (let i = 0; i < target; i++) await desk.page.keyboard.press('ArrowDown');
    const activeId = await input().getAttribute('aria-activedescendant');
    expect(await desk.page.locator(`[id="${activeId}"]`).innerText()).toContain('Nguyễn Văn Đông');
    await desk.page.keyboard.press('Enter');
    await expect.poll(() => new URL(desk.page.url()).hash).toMatch(/^#\/directory\?tab=people&id=[0-9a-f-]{36}$/);
    await expect.poll(() => desk.page.getByTestId('person-details').innerText()).toContain('Nguyễn Văn Đông');
    await shot('search-opened-person-vi');
    await desk.page.keyboard.press('Escape');
  });

  it('finds the Pù Mát action item from "pu mat" and opens it', async () => {
    await openSearch();
    await input().fill('pu mat');
    const group = desk.page.getByRole('group', { name: 'Việc cần làm' });
    await expect.poll(async () => (await group.getByRole('option').allInnerTexts()).some((t) => t.includes('Pù Mát'))).toBe(true);
    await shot('search-pumat-vi');
    const texts = await hits().allInnerTexts();
    const target = texts.findIndex((t) => t.includes('Pù Mát'));
    for (let i = 0; i < target; i++) await desk.page.keyboard.press('ArrowDown');
    await desk.page.keyboard.press('Enter');
    await expect.poll(() => new URL(desk.page.url()).hash).toMatch(/^#\/actions\?item=[0-9a-f-]{36}$/);
  });

  it('says when nothing matches', async () => {
    await openSearch();
    await input().fill('khong co gi ca xyz');
    await expect.poll(() => desk.page.getByTestId('search-no-results').innerText()).toContain('Không tìm thấy kết quả nào');
    await shot('search-none-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
    await close();
  });

  it('works in English, showing English names first', async () => {
    await desk.page.getByRole('banner').getByText('English', { exact: true }).click();
    await expect.poll(() => desk.page.locator('html').getAttribute('lang')).toBe('en');
    await openSearch();
    await expect.poll(() => desk.page.getByRole('dialog').innerText()).toContain('With or without Vietnamese diacritics');
    await shot('search-empty-en');
    expect(await axeViolations(desk.page)).toEqual([]);
    await input().fill('asoen 35');
    const meetings = desk.page.getByRole('group', { name: 'Meetings' });
    await expect.poll(async () => (await meetings.getByRole('option').allInnerTexts()).join('\n')).toMatch(/ASEAN Senior Officials on the Environment/);
    await shot('search-results-en');
    expect(await axeViolations(desk.page)).toEqual([]);
    await input().fill('zzz nothing');
    await expect.poll(() => desk.page.getByTestId('search-no-results').innerText()).toContain('Nothing found');
    await shot('search-none-en');
    await close();
    await desk.page.getByRole('banner').getByText('Tiếng Việt', { exact: true }).click();
    await expect.poll(() => desk.page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('opens from the header button too, which shows the shortcut', async () => {
    const button = desk.page.getByRole('banner').getByRole('button', { name: /Tìm kiếm/ });
    expect(await button.innerText()).toMatch(/Ctrl\s*K/);
    await button.click();
    await input().waitFor();
    await close();
    // Focus returns to the button.
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(desk.consoleErrors).toEqual([]);
  });
});
