import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MeetingDetailPage } from '../../renderer/pages/MeetingDetail.page';
import { SettingsPage } from '../../renderer/pages/Settings.page';
import { createAppTransport, renderWithApp } from '../helpers/render';

// Issue 15, item 11: History says who made a change (the officer's name, from Settings) and
// shows what a field became, readably.
describe('who made a change, and what it became', () => {
  it('lets each laptop say who uses it, in Settings', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    renderWithApp(<SettingsPage />, { transport });
    const form = await screen.findByTestId('this-laptop-form');
    await user.type(within(form).getByRole('textbox', { name: 'Tên cán bộ' }), 'Nguyễn Thị Hồng Nhung');
    await user.type(within(form).getByRole('textbox', { name: 'Tên máy này' }), 'ASOEN-01');
    await user.click(within(form).getByRole('button', { name: 'Lưu tên' }));
    await waitFor(() => expect(app.call('settings.get', {})).toMatchObject({ officerName: 'Nguyễn Thị Hồng Nhung', laptopName: 'ASOEN-01' }));
    expect(await screen.findByText('Đã lưu. Các thay đổi từ nay được ghi là của Nguyễn Thị Hồng Nhung.')).toBeInTheDocument();
  });

  it('shows the officer’s name and the new values (a country’s name, a date as dd/MM/yyyy) in a meeting’s History', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    app.call('settings.update', { officerName: 'Nguyễn Thị Hồng Nhung', laptopName: 'ASOEN-01' });
    const meeting = app.call('meetings.list', { q: 'ASOEN 35', limit: 1 }).items[0]!;
    const thailand = app.call('countries.list', { q: 'thai', limit: 1 }).items[0]!;
    app.call('meetings.update', { id: meeting.id, version: meeting.version, changes: { hostCountryId: thailand.id, endDate: '2024-08-02' } });

    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport });
    await user.click(await screen.findByRole('tab', { name: 'Lịch sử' }, { timeout: 5000 }));
    const timeline = await screen.findByTestId('history-timeline');
    const latest = within(timeline).getAllByTestId('history-entry')[0]!;
    await waitFor(() => expect(latest).toHaveTextContent('Lào → Thái Lan'));
    expect(latest).toHaveTextContent('→ 02/08/2024');
    expect(latest).toHaveTextContent('Nguyễn Thị Hồng Nhung · ASOEN-01');
    expect(latest).not.toHaveTextContent('(đã đổi)');
    expect(latest).not.toHaveTextContent(/máy [0-9a-f]{8}/);
  });

  it('says plainly that a change was made before the laptop had a name, instead of a bare device id', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const meeting = app.call('meetings.list', { q: 'ASOEN 35', limit: 1 }).items[0]!;
    app.call('meetings.update', { id: meeting.id, version: meeting.version, changes: { notes: 'Ghi chú trước khi đặt tên máy' } });
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport });
    await user.click(await screen.findByRole('tab', { name: 'Lịch sử' }, { timeout: 5000 }));
    const timeline = await screen.findByTestId('history-timeline');
    const latest = within(timeline).getAllByTestId('history-entry')[0]!;
    await waitFor(() => expect(latest).toHaveTextContent(/Máy chưa đặt tên \([0-9a-f]{8}\)/));
  });
});
