import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MeetingDetailPage } from '../../renderer/pages/MeetingDetail.page';
import { SettingsPage } from '../../renderer/pages/Settings.page';
import { createAppTransport, renderWithApp } from '../helpers/render';

// The trip's forms on the meeting page: the agenda item (checked like the API, saved with its
// position in both languages), a member's logistics, and the timeline template in Settings.

function setup(code: string) {
  const { app, transport } = createAppTransport({ sample: true });
  const meeting = app.call('meetings.list', { q: code, limit: 5 }).items[0]!;
  return { app, transport, meeting };
}

describe('the trip’s forms', () => {
  it('adds an agenda item: a title is required, the position is saved in both languages', async () => {
    const user = userEvent.setup();
    const { app, transport, meeting } = setup('ASOMM 26');
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport });
    await user.click(await screen.findByRole('tab', { name: 'Chương trình nghị sự (2)' }, { timeout: 5000 }));
    await user.click(await screen.findByRole('button', { name: 'Thêm mục' }));
    const form = await screen.findByTestId('agenda-form');
    expect(within(form).getByRole('textbox', { name: 'Số mục' })).toHaveValue('3');
    // Without a title nothing is sent, and the field says why.
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findByText(/Không được để trống|Bắt buộc|bắt buộc/)).toBeInTheDocument();
    expect(app.call('agendaItems.list', { filter: { meetingId: meeting.id }, limit: 50 }).items).toHaveLength(2);

    await user.type(within(form).getByRole('textbox', { name: /Tên mục \(tiếng Việt\)/ }), 'Các vấn đề khác');
    await user.type(within(form).getByRole('textbox', { name: 'Lập trường của Việt Nam (tiếng Việt)' }), 'Ủng hộ.');
    await user.type(within(form).getByRole('textbox', { name: 'Lập trường của Việt Nam (tiếng Anh)' }), 'Support.');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.getAllByTestId('agenda-item')).toHaveLength(3));
    const saved = app.call('agendaItems.list', { filter: { meetingId: meeting.id }, sort: { field: 'number', dir: 'asc' }, limit: 50 }).items[2]!;
    expect(saved).toMatchObject({ number: 3, titleVi: 'Các vấn đề khác', titleEn: null, position: 'Ủng hộ.', positionEn: 'Support.' });
  });

  it('shows where only the Vietnamese exists on the English screen, and moves an item up', async () => {
    const user = userEvent.setup();
    const { app, transport, meeting } = setup('ASOMM 26');
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport, language: 'en' });
    await user.click(await screen.findByRole('tab', { name: 'Agenda (2)' }, { timeout: 5000 }));
    const items = await screen.findAllByTestId('agenda-item');
    // Item 1 has only a Vietnamese position; item 2 none at all.
    expect(within(items[0]!).getByTestId('agenda-position')).toHaveTextContent('Báo cáo kết quả thực hiện của Việt Nam (minh họa).Vietnamese only');
    expect(within(items[1]!).getByTestId('agenda-position')).toHaveTextContent('No position yet');
    expect(screen.getByTestId('agenda-positions')).toHaveTextContent('1 item(s) without a position.');
    await user.click(screen.getByRole('button', { name: 'Move item 2 up' }));
    await waitFor(() => expect(screen.getAllByTestId('agenda-item')[0]).toHaveTextContent('1. The next ASEAN minerals cooperation plan'));
    const order = app.call('agendaItems.list', { filter: { meetingId: meeting.id }, sort: { field: 'number', dir: 'asc' }, limit: 50 }).items.map((i) => i.titleEn);
    expect(order).toEqual(['The next ASEAN minerals cooperation plan', 'Implementation of the ASEAN Minerals Cooperation Action Plan (AMCAP) III, 2021–2025']);
  });

  it('shows a document an agenda item concerns however many documents the desk holds', async () => {
    const user = userEvent.setup();
    const { app, transport, meeting } = setup('ASOMM 26');
    // Five hundred documents of other bodies whose comment deadlines come first in the desk's order.
    const other = app.call('bodies.list', { q: 'ASOEN', limit: 5 }).items.find((b) => b.code === 'ASOEN')!;
    for (let i = 0; i < 500; i++) app.call('aseanDocuments.create', { kind: 'action_plan', titleVi: `Kế hoạch thử ${i}`, bodyId: other.id, commentDeadline: '2020-01-01' });
    const concerned = app.call('aseanDocuments.create', { kind: 'declaration', titleVi: 'Tuyên bố về khoáng sản bền vững', bodyId: meeting.bodyId, commentDeadline: '2027-06-30' });
    const item = app.call('agendaItems.list', { filter: { meetingId: meeting.id }, sort: { field: 'number', dir: 'asc' }, limit: 50 }).items[0]!;
    app.call('agendaItems.update', { id: item.id, version: item.version, changes: { documentIds: [concerned.id] } });
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport });
    await user.click(await screen.findByRole('tab', { name: /^Văn kiện/ }, { timeout: 5000 }));
    const panel = await screen.findByTestId('meeting-documents');
    expect(await within(panel).findByText('Tuyên bố về khoáng sản bền vững', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(panel).queryByText('Kế hoạch thử 0')).not.toBeInTheDocument();
  });

  it('keeps what was typed when another window saved the agenda item first, and saves after loading the latest version', async () => {
    const user = userEvent.setup();
    const { app, transport, meeting } = setup('ASOMM 26');
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport });
    await user.click(await screen.findByRole('tab', { name: /^Chương trình nghị sự/ }, { timeout: 5000 }));
    await user.click(await screen.findByRole('button', { name: 'Sửa mục 2' }));
    const form = await screen.findByTestId('agenda-form');
    const position = within(form).getByRole('textbox', { name: 'Lập trường của Việt Nam (tiếng Anh)' });
    await user.clear(position);
    await user.paste('Support the plan.');
    // Meanwhile the same item is saved elsewhere (another window, or a change from another laptop).
    const item = app.call('agendaItems.list', { filter: { meetingId: meeting.id }, sort: { field: 'number', dir: 'asc' }, limit: 50 }).items[1]!;
    app.call('agendaItems.update', { id: item.id, version: item.version, changes: { notes: 'Đã trao đổi với Bộ Công Thương.' } });
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await user.click(await within(form).findByRole('button', { name: 'Tải phiên bản mới nhất' }));
    expect(position).toHaveValue('Support the plan.');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByTestId('agenda-form')).not.toBeInTheDocument());
    expect(app.call('agendaItems.get', { id: item.id })).toMatchObject({ positionEn: 'Support the plan.', notes: 'Đã trao đổi với Bộ Công Thương.' });
  });

  it('records a member’s logistics: flight, hotel, visa and per diem basis', async () => {
    const user = userEvent.setup();
    const { app, transport, meeting } = setup('ASOMM 26');
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport });
    await user.click(await screen.findByRole('tab', { name: 'Đoàn công tác' }, { timeout: 5000 }));
    await user.click(await screen.findByRole('button', { name: 'Sửa Lê Hoàng Nam' }));
    const form = await screen.findByTestId('edit-member-form');
    await user.type(within(form).getByRole('textbox', { name: 'Chuyến bay đi' }), 'VN 613 HAN–BWN 07/12');
    await user.type(within(form).getByRole('textbox', { name: 'Khách sạn' }), 'Khách sạn A');
    await user.click(within(form).getByRole('combobox', { name: 'Thị thực' }));
    await user.click(await screen.findByRole('option', { name: 'Đã nộp hồ sơ' }));
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByTestId('edit-member-form')).toBeNull());
    const member = app.call('meetings.overview', { id: meeting.id }).members.find((m) => m.person.fullName === 'Lê Hoàng Nam')!;
    expect(member).toMatchObject({ flightOut: 'VN 613 HAN–BWN 07/12', hotel: 'Khách sạn A', visaStatus: 'applied', perDiemBasis: 'Ngân sách nhà nước' });
  });

  it('saves the timeline template of a kind of meeting in Settings', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    renderWithApp(<SettingsPage />, { transport });
    const cell = await screen.findByRole('textbox', { name: 'Hội nghị Quan chức cao cấp — Quyết định cử đoàn' }, { timeout: 5000 });
    expect(cell).toHaveAttribute('placeholder', '21');
    await user.type(cell, '30');
    await user.click(screen.getByRole('button', { name: 'Lưu mẫu' }));
    await waitFor(() => expect(app.call('timeline.template', {}).template).toEqual({ senior_officials: { sending_decision: 30 } }));
  });
});
