// The post-trip report on the meeting page: its due day and lateness beside the export, the export
// itself (only with a delegation), and the offer, after the export, to record the delegation as
// reported, which closes the timeline's step.
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportLog } from '../../renderer/components/exports';
import { MeetingDetailPage } from '../../renderer/pages/MeetingDetail.page';
import type { ExportJob } from '../../electron/contract';
import type { TestApp } from '../helpers/app';
import { createAppTransport, renderWithApp } from '../helpers/render';
import { tempDir } from '../helpers/tmp';

const root = tempDir('asoen-post-trip-ui-');
let n = 0;
const apps: TestApp[] = [];
afterEach(async () => {
  while (apps.length) await apps.pop()!.ctx.services.jobs.idle();
});

function setup(code: string) {
  const { app, transport } = createAppTransport({ sample: true });
  apps.push(app);
  const folder = path.join(root, `case-${++n}`);
  mkdirSync(folder);
  app.call('settings.update', { exportFolder: folder });
  const meeting = app.call('meetings.list', { q: code, limit: 5 }).items.find((m) => m.parentId === null)!;
  return { app, transport, folder, meeting };
}

describe('the post-trip report on the meeting page', () => {
  it('shows the report late beside its export, and after the export records the delegation as reported', async () => {
    const user = userEvent.setup();
    const { app, transport, folder, meeting } = setup('ASOEN 37');
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport });
    // Back on 08/08/2026: due 23/08/2026, late on the desk's day (21/11/2026).
    const due = await screen.findByTestId('post-trip-due', {}, { timeout: 5000 });
    expect(due).toHaveTextContent('Báo cáo kết quả: hạn 23/08/2026 · trễ 90 ngày');
    expect(due).toHaveTextContent('Quá hạn');

    await user.click(screen.getByRole('button', { name: 'Xuất báo cáo kết quả chuyến công tác' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Bản tiếng Việt' }));
    // Its frame first: a report's symbol, the head of delegation signing it.
    const frame = await screen.findByRole('dialog', { name: 'Khung văn bản: báo cáo kết quả chuyến công tác' });
    expect(await within(frame).findByRole('textbox', { name: /^Ký hiệu/ })).toHaveValue('BC-VPASEAN');
    const head = app.call('meetings.overview', { id: meeting.id }).members.find((m) => m.role === 'head')!.person.fullName;
    expect(within(frame).getByRole('textbox', { name: /^Chức vụ người ký/ })).toHaveValue('Trưởng đoàn');
    expect(within(frame).getByRole('textbox', { name: /^Họ và tên người ký/ })).toHaveValue(head);
    await user.click(within(frame).getByRole('button', { name: 'Xuất văn bản' }));
    const offer = await screen.findByRole('dialog', { name: 'Ghi nhận đoàn đã báo cáo?' }, { timeout: 30000 });
    expect(readdirSync(folder)).toEqual(['2026-08-03 ASOEN 37 - Báo cáo kết quả chuyến công tác (vi).docx']);
    expect(offer).toHaveTextContent('Hạn nộp báo cáo: 23/08/2026 (trễ 90 ngày).');
    await user.click(within(offer).getByRole('button', { name: 'Ghi nhận đã báo cáo' }));

    await waitFor(() => expect(screen.getByTestId('post-trip-due')).toHaveAttribute('data-state', 'done'));
    expect(app.call('meetings.overview', { id: meeting.id }).delegation!.status).toBe('reported');
    expect(app.call('timeline.meeting', { meetingId: meeting.id }).steps.find((s) => s.step === 'post_trip_report')!.state).toBe('done');
  }, 60_000);

  it('leaves the delegation as it is when the officer answers “Later”, in English too', async () => {
    const user = userEvent.setup();
    const { app, transport, meeting } = setup('ASOEN 37');
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport, language: 'en' });
    expect(await screen.findByTestId('post-trip-due', {}, { timeout: 5000 })).toHaveTextContent('Post-trip report: due 23/08/2026 · 90 days late');
    await user.click(screen.getByRole('button', { name: 'Export post-trip report' }));
    await user.click(await screen.findByRole('menuitem', { name: 'English version' }));
    await user.click(within(await screen.findByRole('dialog', { name: /post-trip report/ })).getByRole('button', { name: 'Export the document' }));
    const offer = await screen.findByRole('dialog', { name: 'Record the delegation as reported?' }, { timeout: 30000 });
    await user.click(within(offer).getByRole('button', { name: 'Later' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(app.call('meetings.overview', { id: meeting.id }).delegation!.status).toBe('completed');
  }, 60_000);

  it('cannot export a report for a meeting without a delegation, and says why', async () => {
    const { transport, meeting } = setup('COP 21');
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport });
    const button = await screen.findByRole('button', { name: 'Xuất báo cáo kết quả chuyến công tác' }, { timeout: 5000 });
    expect(button).toBeDisabled();
    expect(screen.getByLabelText('Chưa có đoàn công tác: không có chuyến công tác nào để báo cáo.')).toBeInTheDocument();
    expect(screen.queryByTestId('post-trip-due')).toBeNull();
  });

  it('is named in the export log as the post-trip report, not as a report of a year', async () => {
    const { app, transport, meeting } = setup('ASOEN 37');
    const started = app.call('exports.postTripReport', { meetingId: meeting.id, language: 'vi' }) as ExportJob;
    await app.ctx.services.jobs.wait(started.jobId);
    const view = renderWithApp(<ExportLog />, { transport });
    const row = await screen.findByTestId('export-log-row', {}, { timeout: 5000 });
    expect(row).toHaveTextContent('Báo cáo kết quả chuyến công tác');
    expect(row).not.toHaveTextContent('Báo cáo tổng kết');
    view.unmount();
    renderWithApp(<ExportLog />, { transport, language: 'en' });
    expect(await screen.findByTestId('export-log-row', {}, { timeout: 5000 })).toHaveTextContent('Post-trip report');
  });
});
