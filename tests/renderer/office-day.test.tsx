// The screens' "today" is the office's day in Viet Nam: at 23:30 UTC on 31/12/2026 it is
// 01/01/2027 in Ha Noi, even on a laptop whose zone (New York here) still says 31/12. The
// screens read the injected clock, never the machine's.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/App';
import { createAppTransport, renderWithApp, spyTransport } from '../helpers/render';
import { tempDir } from '../helpers/tmp';

const NEW_YEAR_EVE = () => new Date('2026-12-31T23:30:00.000Z');
const savedTz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'America/New_York';
});
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('the office day on the screens', () => {
  it('Today says 01/01/2027 and marks an item due on 31/12 overdue and one due on 01/01 due today', async () => {
    // A desk of its own: Today shows the twelve oldest overdue items, and the sample holds more.
    const { app, transport } = createAppTransport({ now: NEW_YEAR_EVE });
    const body = app.call('bodies.list', { limit: 1 }).items[0]!;
    const meeting = app.call('meetings.create', { bodyId: body.id, titleVi: 'Cuộc họp thử', titleEn: 'A test meeting', startDate: '2026-12-01', endDate: '2026-12-02' });
    app.call('actionItems.create', { title: 'Việc hạn 31/12', dueDate: '2026-12-31', sourceMeetingId: meeting.id, status: 'open' });
    app.call('actionItems.create', { title: 'Việc hạn 01/01', dueDate: '2027-01-01', sourceMeetingId: meeting.id, status: 'open' });
    renderWithApp(<App />, { transport, clock: NEW_YEAR_EVE, route: '/' });
    expect(await screen.findByText(/^Ngày 01\/01\/2027:/)).toBeInTheDocument();
    const yesterday = (await screen.findByText('Việc hạn 31/12')).closest('tr')!;
    expect(within(yesterday).getByText('Quá hạn 1 ngày')).toBeInTheDocument();
    const today = screen.getByText('Việc hạn 01/01').closest('tr')!;
    expect(within(today).getByText('Đến hạn hôm nay')).toBeInTheDocument();
  });

  it('the Action items list marks 31/12 overdue and 01/01 not overdue', async () => {
    const { app, transport } = createAppTransport({ sample: true, now: NEW_YEAR_EVE });
    const meeting = app.call('meetings.list', { limit: 1 }).items[0]!;
    const late = app.call('actionItems.create', { title: 'Việc hạn 31/12', dueDate: '2026-12-31', sourceMeetingId: meeting.id, status: 'open' });
    const due = app.call('actionItems.create', { title: 'Việc hạn 01/01', dueDate: '2027-01-01', sourceMeetingId: meeting.id, status: 'open' });
    renderWithApp(<App />, { transport, clock: NEW_YEAR_EVE, route: '/actions?status=open&from=2026-12-30&to=2027-01-02' });
    await waitFor(() => expect(document.querySelector(`[data-action-id="${late.id}"]`)).not.toBeNull());
    expect(document.querySelector(`[data-action-id="${late.id}"]`)).toHaveAttribute('data-urgency', 'overdue');
    expect(document.querySelector(`[data-action-id="${due.id}"]`)).toHaveAttribute('data-urgency', 'soon');
  });

  it('on 01/01/2027 the annual report proposes last year (2026), exports the year chosen, and names the file with 01/01/2027', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true, now: NEW_YEAR_EVE });
    const folder = path.join(tempDir('asoen-office-day-ui-'), 'out');
    mkdirSync(folder);
    app.call('settings.update', { exportFolder: folder });
    const spy = spyTransport(transport);
    renderWithApp(<App />, { transport: spy.transport, clock: NEW_YEAR_EVE, route: '/meetings' });
    await user.click(await screen.findByRole('button', { name: 'Xuất báo cáo tổng kết…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xuất báo cáo tổng kết năm' });
    const year = within(dialog).getByRole('combobox', { name: 'Năm báo cáo' });
    expect(year).toHaveValue('2026');
    await user.click(year);
    await user.click(await screen.findByRole('option', { name: '2027' }));
    await user.click(within(dialog).getByRole('button', { name: 'Xuất báo cáo năm 2027' }));
    const frame = await screen.findByRole('dialog', { name: 'Khung văn bản: báo cáo tổng kết' });
    await user.click(await within(frame).findByRole('button', { name: 'Xuất văn bản' }));
    await screen.findByTestId('export-done');
    expect(spy.calls.find((c) => c.method === 'exports.annualReport')?.input).toMatchObject({ year: 2027, language: 'vi' });
    await app.ctx.services.jobs.idle();
    const csvCall = app.call('exports.csv', { list: 'actionItems', language: 'vi' });
    await app.ctx.services.jobs.wait(csvCall.jobId);
    expect(app.call('jobs.status', { jobId: csvCall.jobId }).result!.fileName).toMatch(/ 2027-01-01\.csv$/);
  });

  it('Settings shows the office day, and this computer’s day once chosen', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true, now: NEW_YEAR_EVE });
    renderWithApp(<App />, { transport, clock: NEW_YEAR_EVE, route: '/settings' });
    const today = await screen.findByTestId('settings-today');
    expect(today).toHaveTextContent('Hôm nay: 01/01/2027');
    expect(screen.getByRole('radio', { name: 'Giờ văn phòng (Việt Nam, UTC+7)' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Giờ của máy tính này' }));
    await waitFor(() => expect(screen.getByTestId('settings-today')).toHaveTextContent('Hôm nay: 31/12/2026'));
    expect(app.call('settings.get', {}).dayZone).toBe('device');
    expect(app.call('today.summary', {}).date).toBe('2026-12-31');
  });
});
