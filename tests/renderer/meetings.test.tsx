import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../electron/contract';
import { MeetingsPage } from '../../renderer/pages/Meetings.page';
import { createAppTransport, renderWithApp, spyTransport } from '../helpers/render';

const rows = () => screen.queryAllByTestId('meeting-row');
const rowWith = async (text: RegExp | string) => {
  await screen.findAllByTestId('meeting-row');
  return rows().find((r) => (typeof text === 'string' ? r.textContent?.includes(text) : text.test(r.textContent ?? '')));
};

describe('the meetings page', () => {
  it('lists the sample meetings, newest first, with dd/MM/yyyy dates and translated status and format', async () => {
    renderWithApp(<MeetingsPage />);
    const asoen35 = await rowWith('(ASOEN 35)');
    expect(asoen35).toBeDefined();
    expect(asoen35).toHaveTextContent('Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 35');
    expect(asoen35).toHaveTextContent('28/07/2024 – 01/08/2024');
    expect(asoen35).toHaveTextContent('Viêng-chăn (Vientiane)');
    expect(asoen35).toHaveTextContent('Đã diễn ra');
    expect(asoen35).toHaveTextContent('Trực tiếp');

    // Top-level meetings only, by start date descending.
    const starts = rows().map((r) => {
      const m = /(\d{2})\/(\d{2})\/(\d{4})/.exec(r.textContent ?? '');
      return m ? `${m[3]}-${m[2]}-${m[1]}` : '';
    });
    expect(starts).toEqual([...starts].sort().reverse());
    expect(screen.getByText(`Đang hiển thị: ${rows().length}`)).toBeInTheDocument();
  });

  it('shows the English titles in English', async () => {
    renderWithApp(<MeetingsPage />, { language: 'en' });
    const asoen35 = await rowWith('(ASOEN 35)');
    expect(asoen35).toHaveTextContent('35th Meeting of the ASEAN Senior Officials on the Environment');
    expect(asoen35).toHaveTextContent('Held');
    expect(asoen35).toHaveTextContent('In person');
  });

  it('narrows the list as the user types, with or without Vietnamese accents', async () => {
    const user = userEvent.setup();
    renderWithApp(<MeetingsPage />);
    await screen.findAllByTestId('meeting-row');
    const before = rows().length;

    await user.type(screen.getByRole('searchbox', { name: 'Tìm cuộc họp' }), 'vieng chan');
    await waitFor(() => expect(rows().length).toBeLessThan(before));
    expect(rows().length).toBeGreaterThan(0);
    for (const row of rows()) expect(row).toHaveTextContent('Viêng-chăn');
  });

  it('filters by status', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(<MeetingsPage />);
    await screen.findAllByTestId('meeting-row');
    const planned = app!.call('meetings.list', { filter: { parentId: null, status: ['planned'] }, limit: 500 }).items.length;

    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByRole('option', { name: 'Dự kiến' }));
    if (planned === 0) {
      expect(await screen.findByText('Không có cuộc họp nào khớp')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
      await screen.findAllByTestId('meeting-row');
    } else {
      await waitFor(() => expect(rows()).toHaveLength(planned));
      for (const row of rows()) expect(row).toHaveTextContent('Dự kiến');
    }
  });

  it('shows the related meetings of a meeting on demand', async () => {
    const user = userEvent.setup();
    renderWithApp(<MeetingsPage />);
    const asoen35 = await rowWith('(ASOEN 35)');
    await user.click(within(asoen35!).getByRole('button', { name: /^Xem các cuộc họp liên quan/ }));
    const related = await screen.findAllByTestId('related-meeting-row');
    expect(related.length).toBeGreaterThan(0);
    for (const row of related) expect(row).toHaveTextContent('Viêng-chăn');
    expect(within(asoen35!).getByRole('button', { name: /^Ẩn các cuộc họp liên quan/ })).toHaveAttribute('aria-expanded', 'true');
  });

  it('on an empty database, offers the sample data and then shows it', async () => {
    const user = userEvent.setup();
    renderWithApp(<MeetingsPage />, { sample: false });
    expect(await screen.findByText('Chưa có cuộc họp nào')).toBeInTheDocument();
    expect(rows()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Tải dữ liệu mẫu' }));
    expect(await rowWith('(ASOEN 35)')).toBeDefined();
    expect(await screen.findByText(/^Đã tải dữ liệu mẫu: thêm \d+ mục\.$/)).toBeInTheDocument();
  });

  it('shows the error of a failed load in the current language, and retries', async () => {
    const user = userEvent.setup();
    const failure: Envelope<unknown> = {
      ok: false,
      error: { code: 'INTERNAL', message: { vi: 'Cơ sở dữ liệu đang bận. Hãy thử lại sau giây lát.', en: 'The database is busy. Try again in a moment.' } },
    };
    const spy = spyTransport(createAppTransport({ sample: true }).transport, { 'meetings.list': failure });
    renderWithApp(<MeetingsPage />, { transport: spy.transport });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Cơ sở dữ liệu đang bận. Hãy thử lại sau giây lát.');
    expect(rows()).toHaveLength(0);

    delete spy.failures['meetings.list'];
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await rowWith('(ASOEN 35)')).toBeDefined();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for top-level meetings, newest first, 50 at a time, and the search across all', async () => {
    const user = userEvent.setup();
    const spy = spyTransport(createAppTransport({ sample: true }).transport);
    renderWithApp(<MeetingsPage />, { transport: spy.transport });
    await screen.findAllByTestId('meeting-row');
    // (The body filter lists the bodies too; the meetings' own request is the one asserted.)
    expect(spy.calls.find((c) => c.method === 'meetings.list')).toEqual({
      method: 'meetings.list',
      input: { limit: 50, sort: { field: 'startDate', dir: 'desc' }, filter: { parentId: null } },
    });
    await user.type(screen.getByRole('searchbox', { name: 'Tìm cuộc họp' }), 'AJDEC');
    await waitFor(() => expect(spy.calls.filter((c) => c.method === 'meetings.list').at(-1)?.input).toMatchObject({ q: 'AJDEC', filter: {} }));
    // Debounced: one request for the whole word, not one per letter.
    expect(spy.calls.filter((c) => c.method === 'meetings.list')).toHaveLength(2);
  });
});
