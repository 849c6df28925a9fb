import type { Page } from 'playwright-core';
import { yearOf } from '../../common/clock';
import { nonEmptyAndAll, axeViolations, callApi, screenshot, useBrowserDesk, typeDate, E2E_TODAY } from '../helpers/browser';

// Focal points in a real browser: the matrix on both sides of the 2025 merger, a body's
// timeline, and the reorganisation wizard moving assignments while keeping the history.

// Dispatched rather than clicked: with a modal open the header sits behind its overlay, and the
// screenshots need the same modal in both languages.
const chooseLanguage = async (page: Page, label: 'English' | 'Tiếng Việt') => {
  await page.getByRole('banner').getByText(label, { exact: true }).dispatchEvent('click');
  await page.locator(`html[lang="${label === 'English' ? 'en' : 'vi'}"]`).waitFor();
};

describe('focal points in the browser', () => {
  const desk = useBrowserDesk({ viewport: { width: 1440, height: 900 }, open: true });

  const asoenFocalPoint = () => desk.page.locator('[data-testid="focal-row"][data-body-code="ASOEN"] td[data-role="focal_point"]').innerText();
  const setDate = async (text: string) => {
    const field = desk.page.getByRole('textbox', { name: /Xem theo ngày|As of/ });
    await field.fill(text);
    await field.press('Tab');
  };

  it('shows MONRE as ASOEN’s focal point on 28/02/2025 and the new ministry from 01/03/2025', async () => {
    await desk.page.evaluate(() => (window.location.hash = '#/focal-points'));
    await desk.page.getByTestId('focal-matrix').waitFor();
    await setDate('28/02/2025');
    await expect.poll(asoenFocalPoint).toContain('Bộ Tài nguyên và Môi trường');
    await screenshot(desk.page, 'focal-matrix-2025-02-28-vi');
    expect(await axeViolations(desk.page)).toEqual([]);

    await setDate('01/03/2025');
    await expect.poll(asoenFocalPoint).toContain('Bộ Nông nghiệp và Môi trường');
    expect(await asoenFocalPoint()).not.toContain('Bộ Tài nguyên và Môi trường');
    expect(desk.page.url()).toContain('date=2025-03-01');
    await screenshot(desk.page, 'focal-matrix-vi');
    expect(await axeViolations(desk.page)).toEqual([]);

    await chooseLanguage(desk.page, 'English');
    await expect.poll(asoenFocalPoint).toContain('Ministry of Agriculture and Environment');
    await setDate('28/02/2025');
    await expect.poll(asoenFocalPoint).toContain('Ministry of Natural Resources and Environment');
    await screenshot(desk.page, 'focal-matrix-en');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguage(desk.page, 'Tiếng Việt');
    await desk.page.getByRole('button', { name: 'Hôm nay' }).click();
  });

  it('filters the bodies on the server and shows the ones nobody answers for', async () => {
    const codes = () => desk.page.locator('[data-testid="focal-row"]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.bodyCode));
    const filter = desk.page.getByRole('textbox', { name: 'Lọc cơ chế' });
    await filter.fill('nhom cong tac');
    await expect.poll(async () => nonEmptyAndAll(await codes(), (c) => c?.startsWith('AWG') || c === 'HAZE-WG')).toBe(true);
    expect((await codes()).length).toBeGreaterThan(3);
    await desk.page.getByRole('checkbox', { name: 'Chỉ hiện cơ chế chưa có phân công' }).check();
    await expect.poll(async () => (await desk.page.getByTestId('focal-shown').innerText()).startsWith('Đang hiện')).toBe(true);
    await screenshot(desk.page, 'focal-matrix-filtered-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguage(desk.page, 'English');
    await desk.page.getByText('Only bodies without an assignment').waitFor();
    await screenshot(desk.page, 'focal-matrix-filtered-en');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguage(desk.page, 'Tiếng Việt');
    await desk.page.getByRole('checkbox', { name: 'Chỉ hiện cơ chế chưa có phân công' }).uncheck();
    await filter.fill('');
    await expect.poll(async () => (await codes()).includes('ASOEN')).toBe(true);
  });

  it('opens ASOEN’s timeline with both periods and their legal basis', async () => {
    await desk.page.getByRole('button', { name: 'Xem lịch sử phân công của ASOEN' }).click();
    const drawer = desk.page.getByRole('dialog');
    await drawer.getByTestId('timeline').waitFor();
    const text = await drawer.innerText();
    expect(text).toContain('142/QĐ-TTg ngày 31/01/2009');
    expect(text).toContain('31/01/2009 – 28/02/2025');
    expect(text).toContain('Từ 01/03/2025');
    await screenshot(desk.page, 'focal-timeline-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguage(desk.page, 'English');
    await expect.poll(() => drawer.innerText()).toContain('142/QĐ-TTg of 31/01/2009');
    await screenshot(desk.page, 'focal-timeline-en');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguage(desk.page, 'Tiếng Việt');

    // The assignment form, opened from the timeline with the body filled in.
    await drawer.getByTestId('timeline-assign').click();
    const modal = desk.page.getByTestId('assign-modal');
    await modal.getByTestId('assign-save').waitFor();
    await modal.getByTestId('assign-save').click();
    await modal.getByText('Mục này bắt buộc phải có.').first().waitFor();
    await screenshot(desk.page, 'focal-assign-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguage(desk.page, 'English');
    await modal.getByText('This is required.').first().waitFor();
    await screenshot(desk.page, 'focal-assign-en');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguage(desk.page, 'Tiếng Việt');
    await modal.getByRole('button', { name: 'Hủy', exact: true }).click();
    await expect.poll(() => desk.page.getByRole('dialog').count()).toBe(1);
    await desk.page.getByTestId('timeline-drawer').getByRole('button', { name: 'Đóng' }).click();
    await expect.poll(() => desk.page.getByRole('dialog').count()).toBe(0);
  });

  it('moves the ASEAN Vietnam Office’s assignments to a renamed office, ending the old ones the day before', async () => {
    // A realistic rename, created as another user would: the office gets a new name from next
    // year (counted from the tests' office day, so the new name is still in the future).
    const next = yearOf(E2E_TODAY) + 1;
    const from = `01/01/${next}`;
    const until = `31/12/${next - 1}`;
    const agencies = await callApi<{ items: Array<{ id: string; code: string }> }>(desk.web, 'agencies.list', { limit: 500 });
    const mae = agencies.items.find((a) => a.code === 'MAE')!;
    await callApi(desk.web, 'agencies.create', {
      code: 'MAE-AEO',
      nameVi: 'Văn phòng Hợp tác ASEAN về môi trường',
      nameEn: 'ASEAN Environmental Cooperation Office',
      kind: 'office',
      parentId: mae.id,
      validFrom: `${next}-01-01`,
    });
    await desk.page.reload();
    await desk.page.getByTestId('focal-matrix').waitFor();

    await desk.page.getByTestId('focal-reorg').click();
    const modal = desk.page.getByTestId('reorg-modal');
    const predecessors = modal.getByRole('combobox', { name: /Cơ quan cũ/ });
    await predecessors.click();
    await predecessors.fill('MAE-AVO');
    await desk.page.getByRole('option', { name: /\(MAE-AVO\)/ }).click();
    await desk.page.keyboard.press('Escape').catch(() => undefined);
    const successor = modal.getByRole('combobox', { name: /Cơ quan tiếp nhận/ });
    await successor.click();
    await successor.fill('van phong hop tac');
    await desk.page.getByRole('option', { name: /\(MAE-AEO\)/ }).click();
    const effective = modal.getByRole('textbox', { name: /Ngày có hiệu lực/ });
    await typeDate(effective, from);
    await modal.getByRole('combobox', { name: 'Hình thức' }).click();
    await desk.page.getByRole('option', { name: 'Đổi tên' }).click();
    await screenshot(desk.page, 'focal-reorg-step1-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguage(desk.page, 'English');
    await modal.getByText('Successor agency').waitFor();
    await screenshot(desk.page, 'focal-reorg-step1-en');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguage(desk.page, 'Tiếng Việt');

    await modal.getByTestId('reorg-next').click();
    await modal.getByTestId('reorg-preview').waitFor();
    const moves = await modal.getByTestId('reorg-move').count();
    expect(moves).toBeGreaterThanOrEqual(2);
    expect(await modal.getByTestId('reorg-preview').innerText()).toContain('ASOEN');
    await screenshot(desk.page, 'focal-reorg-preview-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguage(desk.page, 'English');
    await expect.poll(() => modal.getByTestId('reorg-preview-count').innerText()).toBe(`Assignments that will move: ${moves}`);
    await screenshot(desk.page, 'focal-reorg-preview-en');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguage(desk.page, 'Tiếng Việt');

    await modal.getByTestId('reorg-apply').click();
    await modal.getByTestId('reorg-result').waitFor();
    expect(await modal.getByTestId('reorg-ended').innerText()).toBe(`Số phân công đã kết thúc: ${moves}`);
    expect(await modal.getByTestId('reorg-created').innerText()).toBe(`Số phân công mới đã tạo: ${moves}`);
    await screenshot(desk.page, 'focal-reorg-result-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguage(desk.page, 'English');
    await expect.poll(() => modal.getByTestId('reorg-created').innerText()).toBe(`New assignments created: ${moves}`);
    await screenshot(desk.page, 'focal-reorg-result-en');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguage(desk.page, 'Tiếng Việt');
    await modal.getByTestId('reorg-done').click();

    // The history is kept: ASOEN's timeline has the office until 31/12 and the renamed one from 01/01.
    await desk.page.getByRole('button', { name: 'Xem lịch sử phân công của ASOEN' }).click();
    const drawer = desk.page.getByRole('dialog');
    await drawer.getByTestId('timeline').waitFor();
    const old = drawer.locator('[data-testid="timeline-item"][data-agency-code="MAE-AVO"]');
    const renamed = drawer.locator('[data-testid="timeline-item"][data-agency-code="MAE-AEO"]');
    await expect.poll(() => renamed.count()).toBe(1);
    expect(await old.innerText()).toContain(`01/03/2025 – ${until}`);
    expect(await renamed.innerText()).toContain(`Từ ${from}`);
    expect(await renamed.getAttribute('data-phase')).toBe('future');
    await screenshot(desk.page, 'focal-timeline-after-reorg-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguage(desk.page, 'English');
    await expect.poll(() => renamed.innerText()).toContain(`From ${from}`);
    await screenshot(desk.page, 'focal-timeline-after-reorg-en');
    expect(await axeViolations(desk.page)).toEqual([]);
    await chooseLanguage(desk.page, 'Tiếng Việt');
    await desk.page.getByTestId('timeline-drawer').getByRole('button', { name: 'Đóng' }).click();

    // And the matrix on that day shows the renamed office as ASOEN's lead agency.
    await setDate(from);
    await expect
      .poll(() => desk.page.locator('[data-testid="focal-row"][data-body-code="ASOEN"] td[data-role="lead_agency"]').innerText())
      .toContain('Văn phòng Hợp tác ASEAN về môi trường');
    expect(desk.consoleErrors).toEqual([]);
  });
});
