import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MeetingDetailPage } from '../../renderer/pages/MeetingDetail.page';
import { createAppTransport, renderWithApp } from '../helpers/render';

// jsdom has no FontFaceSet; Mantine's autosizing Textarea listens to it.

function setup(code: string) {
  const { app, transport } = createAppTransport({ sample: true });
  const meeting = app.call('meetings.list', { q: code, limit: 5 }).items[0]!;
  return { app, transport, meeting };
}

describe('the meeting page', () => {
  it('shows the particulars, and the delegation with translated readiness warnings', async () => {
    const user = userEvent.setup();
    const { transport, meeting } = setup('ASOMM 26');
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport });
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 5000 })).toHaveTextContent('ASOMM 26');
    expect(screen.getByTestId('meeting-particulars')).toHaveTextContent('08/12/2026 – 09/12/2026');

    await user.click(screen.getByRole('tab', { name: 'Đoàn công tác' }));
    const warnings = await screen.findByTestId('readiness-warnings');
    expect(warnings).toHaveTextContent('Chưa ghi nhận quyết định cử đoàn');
    expect(warnings).toHaveTextContent(/Lê Hoàng Nam: hộ chiếu hết hạn 30\/04\/2027, phải còn hạn đến sau \d{2}\/\d{2}\/\d{4}/);
    const rows = screen.getAllByTestId('member-row');
    expect(rows[0]).toHaveTextContent('Trưởng đoàn');
  });

  it('says that a delegation marked Mật or higher stays on this laptop and is not exchanged, in Vietnamese and English', async () => {
    const user = userEvent.setup();
    const { app, transport, meeting } = setup('ASOMM 26');
    const delegation = app.call('meetings.overview', { id: meeting.id }).delegation!;
    expect(app.call('meetings.overview', { id: meeting.id }).delegationExchange).toEqual({ keptLocal: false, sharedBefore: false });
    app.call('delegations.update', { id: delegation.id, version: delegation.version, changes: { classification: 'secret' } });
    const view = renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport });
    await user.click(await screen.findByRole('tab', { name: 'Đoàn công tác' }));
    const kept = await screen.findByTestId('delegation-kept-local');
    expect(kept).toHaveTextContent('Chỉ lưu trên máy này — không trao đổi');
    expect(kept).toHaveTextContent('Đoàn được đánh dấu Tối mật');
    view.unmount();
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport, language: 'en' });
    await user.click(await screen.findByRole('tab', { name: 'Delegation' }));
    expect(await screen.findByTestId('delegation-kept-local')).toHaveTextContent('Kept on this laptop only — not exchanged');
  });

  it('shows no such notice for a delegation that is not classified', async () => {
    const user = userEvent.setup();
    const { transport, meeting } = setup('ASOMM 26');
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport });
    await user.click(await screen.findByRole('tab', { name: 'Đoàn công tác' }));
    await screen.findByTestId('readiness-warnings');
    expect(screen.queryByTestId('delegation-kept-local')).toBeNull();
  });

  it('creates the delegation when there is none, and adds a member with the person’s position', async () => {
    const user = userEvent.setup();
    const { app, transport, meeting } = setup('COP 21');
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport, language: 'en' });
    await user.click(await screen.findByRole('tab', { name: 'Delegation' }));
    await user.click(await screen.findByRole('button', { name: 'Set up the delegation' }));
    const form = await screen.findByTestId('add-member-form');
    const person = app.call('people.list', { limit: 1 }).items[0]!;
    await user.type(within(form).getByRole('combobox', { name: /Person in the directory/ }), person.fullName.split(' ').slice(-1)[0]!);
    await user.click(await screen.findByRole('option', { name: person.fullName }));
    expect(within(form).getByRole('textbox', { name: 'Position (at the time)' })).toHaveValue(person.position ?? '');
    await user.click(within(form).getByRole('button', { name: 'Add member' }));
    await waitFor(() => expect(screen.getAllByTestId('member-row')).toHaveLength(1));
    expect(screen.getAllByTestId('member-row')[0]).toHaveTextContent('Head of delegation');
    expect(screen.getByTestId('readiness-warnings')).not.toHaveTextContent('The delegation has no head.');
  });

  it('corrects a member in place: role and return date, checked like the API, the same record kept', async () => {
    const user = userEvent.setup();
    const { app, transport, meeting } = setup('ASOMM 26');
    const member = app.call('meetings.overview', { id: meeting.id }).members.find((m) => m.person.fullName === 'Lê Hoàng Nam')!;
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport });
    await user.click(await screen.findByRole('tab', { name: 'Đoàn công tác' }));
    await user.click(await screen.findByRole('button', { name: 'Sửa Lê Hoàng Nam' }));
    const form = await screen.findByTestId('edit-member-form');
    const back = within(form).getByRole('textbox', { name: 'Ngày về' });
    // A return before the departure is refused next to the field, as the API would.
    await user.clear(back);
    await user.type(back, '01/01/2020');
    await user.tab();
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findByText('Ngày kết thúc không được trước ngày bắt đầu.')).toBeInTheDocument();
    expect(app.call('delegationMembers.get', { id: member.id }).version).toBe(member.version);
    await user.clear(back);
    await user.type(back, '12/12/2026');
    await user.tab();
    await user.click(within(form).getByRole('combobox', { name: 'Vai trò' }));
    await user.click(await screen.findByRole('option', { name: 'Thư ký' }));
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByTestId('edit-member-form')).toBeNull());
    const saved = app.call('delegationMembers.get', { id: member.id });
    expect(saved).toMatchObject({ role: 'secretary', travelTo: '2026-12-12', version: member.version + 1 });
    await waitFor(() => expect(screen.getAllByTestId('member-row').find((r) => r.textContent?.includes('Lê Hoàng Nam'))).toHaveTextContent('Thư ký'));
    // The same record, corrected: its history goes on.
    expect(app.call('history.get', { ids: [member.id], limit: 10 }).map((e) => e.op)).toContain('update');
  });

  it('keeps a removed member in the history: who joined, and that they were removed', async () => {
    const user = userEvent.setup();
    const { app, transport, meeting } = setup('ASOMM 26');
    const overview = app.call('meetings.overview', { id: meeting.id });
    const member = overview.members.find((m) => m.person.fullName === 'Lê Hoàng Nam')!;
    app.call('delegationMembers.delete', { id: member.id, version: member.version });
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport });
    await user.click(await screen.findByRole('tab', { name: 'Lịch sử' }));
    const timeline = await screen.findByTestId('history-timeline');
    await waitFor(() => expect(timeline).toHaveTextContent(/Xóa thành viên đoàn: Lê Hoàng Nam/));
  });

  it('quick capture: Enter saves, the title is focused again, errors inline', async () => {
    const user = userEvent.setup();
    const { app, transport, meeting } = setup('COP 21');
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport });
    await user.click(await screen.findByRole('tab', { name: /Việc phát sinh/ }));
    const title = screen.getByTestId('capture-title');
    await user.click(title);
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Mục này bắt buộc phải có.')).toBeInTheDocument();
    for (const text of ['Gửi góp ý dự thảo', 'Chuẩn bị báo cáo']) {
      await user.keyboard(text);
      await user.keyboard('{Tab}{Tab}15/12/2026{Enter}');
      await waitFor(() => expect(title).toHaveValue(''));
      expect(title).toHaveFocus();
    }
    await waitFor(() => expect(screen.getAllByTestId('meeting-action-item')).toHaveLength(2));
    expect(screen.getAllByTestId('meeting-action-item')[0]).toHaveTextContent('15/12/2026');
    const saved = app.call('actionItems.list', { filter: { sourceMeetingId: meeting.id }, limit: 10 }).items;
    expect(saved.map((a) => a.title).sort()).toEqual(['Chuẩn bị báo cáo', 'Gửi góp ý dự thảo']);
    expect(saved.every((a) => a.dueDate === '2026-12-15' && a.bodyId === meeting.bodyId)).toBe(true);
  });
});
