// Marking a meeting held offers to mark its related meetings held too: those still planned or
// confirmed whose last day has come (today is 21/11/2026), listed; one save does both.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MeetingDetailPage } from '../../renderer/pages/MeetingDetail.page';
import { createAppTransport, renderWithApp } from '../helpers/render';

function family() {
  const { app, transport } = createAppTransport({ sample: true });
  const body = app.call('bodies.list', { q: 'AMME', limit: 5 }).items.find((b) => b.code === 'AMME')!;
  const parent = app.call('meetings.create', { bodyId: body.id, sequence: 60, titleVi: 'Hội nghị AMME 60', titleEn: 'AMME 60', startDate: '2026-11-10', endDate: '2026-11-13' });
  const related = (title: string, endDate: string) => app.call('meetings.create', { bodyId: body.id, titleVi: title, titleEn: `${title} (en)`, startDate: '2026-11-10', endDate, parentId: parent.id });
  return { app, transport, parent, ended: related('Họp bên lề ASEAN+3', '2026-11-11'), later: related('Họp nối tiếp tuần sau', '2026-11-28') };
}

async function markHeld(user: ReturnType<typeof userEvent.setup>, statusLabel: string, saveLabel: string) {
  await user.click(await screen.findByRole('button', { name: /Sửa thông tin|Edit/ }));
  const particulars = screen.getByTestId('meeting-particulars');
  await user.click(within(particulars).getByRole('combobox', { name: /Trạng thái|Status/ }));
  await user.click(await screen.findByRole('option', { name: statusLabel }));
  await user.click(within(particulars).getByRole('button', { name: saveLabel }));
}

describe('carrying "held" down from the meeting page', { timeout: 60_000 }, () => {
  it('lists the related meetings that have ended and marks them held with the meeting', async () => {
    const user = userEvent.setup();
    const { app, transport, parent, ended, later } = family();
    renderWithApp(<MeetingDetailPage params={{ id: parent.id }} />, { transport });
    await markHeld(user, 'Đã diễn ra', 'Lưu thay đổi');
    const ask = await screen.findByRole('dialog', { name: 'Chuyển cả các cuộc họp liên quan sang “Đã diễn ra”?' });
    expect(ask).toHaveTextContent('Họp bên lề ASEAN+3 (10/11/2026 – 11/11/2026 · Dự kiến)');
    expect(ask).not.toHaveTextContent('Họp nối tiếp tuần sau');
    await user.click(within(ask).getByRole('button', { name: 'Chuyển tất cả sang “Đã diễn ra”' }));
    await waitFor(() => expect(app.call('meetings.get', { id: parent.id }).status).toBe('held'));
    expect(app.call('meetings.get', { id: ended.id }).status).toBe('held');
    expect(app.call('meetings.get', { id: later.id }).status).toBe('planned');
    await screen.findByText('Đã chuyển 1 cuộc họp liên quan sang “Đã diễn ra”.');
  });

  it('"only this meeting" leaves the related ones as they were (en)', async () => {
    const user = userEvent.setup();
    const { app, transport, parent, ended } = family();
    renderWithApp(<MeetingDetailPage params={{ id: parent.id }} />, { transport, language: 'en' });
    await markHeld(user, 'Held', 'Save changes');
    const ask = await screen.findByRole('dialog', { name: 'Mark the related meetings held too?' });
    await user.click(within(ask).getByRole('button', { name: 'Only this meeting' }));
    await waitFor(() => expect(app.call('meetings.get', { id: parent.id }).status).toBe('held'));
    expect(app.call('meetings.get', { id: ended.id }).status).toBe('planned');
  });
});
