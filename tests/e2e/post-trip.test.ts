import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { addDays } from '../../common/clock';
import { axeViolations, callApi, screenshot, useBrowserDesk, E2E_TODAY } from '../helpers/browser';

// The post-trip report in a real browser: a delegation back thirty days ago owes its report since
// fifteen; the meeting page says so beside the export, the export writes the Word file, and the
// officer records the delegation as reported from the offer that follows. Dates are counted from
// the tests' office day (E2E_TODAY), so the page shows the same on any day the tests run.

describe('the post-trip report, in headless Chromium', () => {
  const desk = useBrowserDesk({ viewport: { width: 1366, height: 900 } });
  let meetingId = '';
  let folder = '';

  beforeAll(async () => {
    folder = path.join(desk.web.dataDir, 'share');
    mkdirSync(folder, { recursive: true });
    await callApi(desk.web, 'settings.update', { exportFolder: folder });
    const bodies = await callApi<{ items: Array<{ id: string; code: string }> }>(desk.web, 'bodies.list', { q: 'AWGCC', limit: 20 });
    const body = bodies.items.find((b) => b.code === 'AWGCC')!;
    const end = addDays(E2E_TODAY, -30);
    const meeting = await callApi<{ id: string }>(desk.web, 'meetings.create', {
      bodyId: body.id, titleVi: 'Họp nhóm công tác đã về nước', titleEn: 'Working group meeting, delegation back', startDate: addDays(end, -1), endDate: end, status: 'held',
    });
    meetingId = meeting.id;
    const head = await callApi<{ id: string }>(desk.web, 'people.create', { fullName: 'Phạm Văn Báo Cáo' });
    const delegation = await callApi<{ id: string }>(desk.web, 'delegations.create', { meetingId, decisionNumber: '99/QĐ-BNNMT', status: 'completed' });
    await callApi(desk.web, 'delegationMembers.create', { delegationId: delegation.id, personId: head.id, role: 'head', travelTo: end });
  });

  it('shows the report 15 days late, exports it, and records the delegation as reported', async () => {
    const page = desk.page;
    await page.goto(`${desk.web.url}#/meetings/${meetingId}`);
    const due = page.getByTestId('post-trip-due');
    await due.waitFor();
    expect(await due.innerText()).toContain('trễ 15 ngày');
    expect(await due.getAttribute('data-state')).toBe('overdue');
    await page.getByRole('button', { name: 'Xuất báo cáo kết quả chuyến công tác' }).click();
    await page.getByRole('menuitem', { name: 'Bản tiếng Việt' }).click();
    // The frame of the report first: number and symbol, whom it goes to, who signs.
    await page.getByRole('dialog', { name: 'Khung văn bản: báo cáo kết quả chuyến công tác' }).getByRole('button', { name: 'Xuất văn bản' }).click();
    const offer = page.getByRole('dialog', { name: 'Ghi nhận đoàn đã báo cáo?' });
    await offer.waitFor({ timeout: 30_000 });
    expect(readdirSync(folder).filter((f) => f.endsWith('.docx'))).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'post-trip-offer');
    await offer.getByRole('button', { name: 'Ghi nhận đã báo cáo' }).click();
    await page.locator('[data-testid="post-trip-due"][data-state="done"]').waitFor();
    const o = await callApi<{ delegation: { status: string } }>(desk.web, 'meetings.overview', { id: meetingId });
    expect(o.delegation.status).toBe('reported');
  });
});
