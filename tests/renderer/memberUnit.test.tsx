import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MeetingDetailPage } from '../../renderer/pages/MeetingDetail.page';
import { createAppTransport, renderWithApp } from '../helpers/render';

// A delegation member's unit (issue 15, item 10): named with its ministry, the unit of the
// trip's dates by default, and kept when its option is clicked again.
describe('a delegation member’s unit', () => {
  it('defaults to the unit of the trip’s dates, named with its ministry, and a second click keeps it', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const meeting = app.call('meetings.list', { q: 'ASOEN 35', limit: 5 }).items[0]!;
    const monreIcd = app.call('agencies.list', { q: 'MONRE-ICD', limit: 5 }).items.find((a) => a.code === 'MONRE-ICD')!;
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport });
    await user.click(await screen.findByRole('tab', { name: 'Đoàn công tác' }, { timeout: 5000 }));
    const form = await screen.findByTestId('add-member-form');
    await user.type(within(form).getByRole('combobox', { name: /Người trong danh bạ/ }), 'nguyen van dong');
    await user.click(await screen.findByRole('option', { name: 'Nguyễn Văn Đông' }));

    // Today he is in the merged ministry's department; in July 2024 it was MONRE's.
    const unit = within(form).getByRole('combobox', { name: /Đơn vị \(lúc tham dự\)/ });
    await waitFor(() => expect(unit).toHaveValue('Vụ Hợp tác quốc tế — Bộ Tài nguyên và Môi trường'));

    // The list names each department with its ministry: no "(2)".
    await user.click(unit);
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent ?? '');
    expect(options).toContain('Vụ Hợp tác quốc tế — Bộ Nông nghiệp và Môi trường');
    expect(options).toContain('Vụ Hợp tác quốc tế — Bộ Tài nguyên và Môi trường');
    expect(options.some((o) => o.endsWith('(2)'))).toBe(false);
    // Clicking the chosen option again keeps it.
    await user.click(screen.getByRole('option', { name: 'Vụ Hợp tác quốc tế — Bộ Tài nguyên và Môi trường' }));
    expect(unit).toHaveValue('Vụ Hợp tác quốc tế — Bộ Tài nguyên và Môi trường');

    await user.click(within(form).getByRole('button', { name: /Thêm thành viên/ }));
    await waitFor(() => {
      const overview = app.call('meetings.overview', { id: meeting.id });
      expect(overview.members.find((m) => m.person.fullName === 'Nguyễn Văn Đông')?.agencyId).toBe(monreIcd.id);
    });
  });
});
