import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FocalPointsPage } from '../../renderer/pages/FocalPoints.page';
import { createAppTransport, renderWithApp } from '../helpers/render';


const page = () => <FocalPointsPage params={{}} />;
const rowOf = (code: string) => screen.getAllByTestId('focal-row').find((r) => r.dataset.bodyCode === code)!;
const focalPointOf = (code: string) => rowOf(code).querySelector('td[data-role="focal_point"]')?.textContent ?? '';

describe('the focal points page', { timeout: 60_000 }, () => {
  it('shows who was focal point for ASOEN on each side of the 2025 merger', async () => {
    renderWithApp(page(), { route: '/focal-points?date=2025-02-28' });
    await screen.findAllByTestId('focal-row');
    expect(focalPointOf('ASOEN')).toContain('Bộ Tài nguyên và Môi trường');
    expect(screen.getByText('Phân công đầu mối có hiệu lực ngày 28/02/2025')).toBeInTheDocument();
    // Roles nobody holds on that date have no column.
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toContain('Cơ quan đầu mối');
    expect(headers).not.toContain('Thay thế');
  });

  it('moves the date with the date field and the matrix follows', async () => {
    const user = userEvent.setup();
    renderWithApp(page(), { route: '/focal-points?date=2025-02-28' });
    await screen.findAllByTestId('focal-row');
    const date = screen.getByRole('textbox', { name: /Xem theo ngày/ });
    await user.clear(date);
    await user.type(date, '01/03/2025');
    await user.tab();
    await waitFor(() => expect(focalPointOf('ASOEN')).toContain('Bộ Nông nghiệp và Môi trường'));
    expect(focalPointOf('ASOEN')).not.toContain('Bộ Tài nguyên và Môi trường');
    expect(window.location.hash).toContain('date=2025-03-01');
  });

  it('opens a body’s timeline with every period and its legal basis', async () => {
    const user = userEvent.setup();
    renderWithApp(page(), { route: '/focal-points', language: 'en' });
    await screen.findAllByTestId('focal-row');
    await user.click(within(rowOf('ASOEN')).getByRole('button', { name: 'Show the assignment history of ASOEN' }));
    const items = await screen.findAllByTestId('timeline-item');
    const texts = items.map((i) => i.textContent ?? '');
    expect(texts.some((t) => t.includes('Ministry of Natural Resources and Environment') && t.includes('31/01/2009 – 28/02/2025') && t.includes('142/QĐ-TTg of 31/01/2009'))).toBe(true);
    expect(texts.some((t) => t.includes('Ministry of Agriculture and Environment') && t.includes('From 01/03/2025'))).toBe(true);
    expect(items.find((i) => i.textContent?.includes('31/01/2009 – 28/02/2025'))?.dataset.phase).toBe('ended');
  });

  it('assigns a new focal point and ends it, keeping both in the history', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const awgee = app.call('bodies.list', { q: 'AWGEE', limit: 5 }).items.find((b) => b.code === 'AWGEE')!;
    renderWithApp(page(), { route: `/focal-points?body=${awgee.id}`, transport });
    await screen.findByTestId('timeline-drawer');
    await user.click(await screen.findByTestId('timeline-assign'));
    const modal = await screen.findByTestId('assign-modal');
    await user.click(within(modal).getByRole('combobox', { name: /^Cơ quan/ }));
    await user.type(within(modal).getByRole('combobox', { name: /^Cơ quan/ }), 'Cuc moi truong');
    await user.click(await screen.findByRole('option', { name: /Cục Môi trường \(MAE-DOE\)/ }));
    await user.click(within(modal).getByTestId('assign-save'));
    await screen.findByText('Đã thêm phân công.');
    const created = app.call('focalAssignments.list', { filter: { bodyId: awgee.id }, limit: 50 }).items;
    expect(created).toHaveLength(1);
    expect(created[0]!.role).toBe('focal_point');
    await waitFor(() => expect(screen.getAllByTestId('timeline-item')).toHaveLength(1));

    await user.click(screen.getByTestId('timeline-end'));
    const end = await screen.findByTestId('end-modal');
    const field = within(end).getByRole('textbox', { name: /Ngày cuối cùng/ });
    await user.clear(field);
    await user.type(field, '31/12/2030');
    await user.tab();
    await user.click(within(end).getByTestId('end-save'));
    await screen.findByText('Đã kết thúc phân công.');
    expect(app.call('focalAssignments.get', { id: created[0]!.id }).validTo).toBe('2030-12-31');
    await waitFor(() => expect(screen.getByTestId('timeline-period')).toHaveTextContent('– 31/12/2030'));
  });

  it('runs the reorganisation wizard: preview, apply, old assignments ended the day before', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const avo = app.call('agencies.list', { q: 'MAE-AVO', limit: 5 }).items.find((a) => a.code === 'MAE-AVO')!;
    const mae = app.call('agencies.list', { q: 'MAE', limit: 50 }).items.find((a) => a.code === 'MAE')!;
    app.call('agencies.create', {
      code: 'MAE-AEO',
      nameVi: 'Văn phòng Hợp tác ASEAN về môi trường',
      nameEn: 'ASEAN Environmental Cooperation Office',
      kind: 'office',
      parentId: mae.id,
      validFrom: '2027-01-01',
    });
    const before = app.call('focalAssignments.list', { filter: { agencyId: avo.id, activeOn: '2027-01-01' }, limit: 50 }).items;
    expect(before.length).toBeGreaterThan(0);

    renderWithApp(page(), { route: '/focal-points', transport });
    await screen.findAllByTestId('focal-row');
    await user.click(screen.getByTestId('focal-reorg'));
    const modal = await screen.findByTestId('reorg-modal');
    await user.click(within(modal).getByRole('combobox', { name: /Cơ quan cũ/ }));
    await user.type(within(modal).getByRole('combobox', { name: /Cơ quan cũ/ }), 'MAE-AVO');
    await user.click(await screen.findByRole('option', { name: /\(MAE-AVO\)/ }));
    await user.click(within(modal).getByRole('combobox', { name: /Cơ quan tiếp nhận/ }));
    await user.type(within(modal).getByRole('combobox', { name: /Cơ quan tiếp nhận/ }), 'van phong hop tac');
    await user.click(await screen.findByRole('option', { name: /\(MAE-AEO\)/ }));
    const effective = within(modal).getByRole('textbox', { name: /Ngày có hiệu lực/ });
    await user.clear(effective);
    await user.type(effective, '01/01/2027');
    await user.tab();
    await user.click(within(modal).getByTestId('reorg-next'));

    await waitFor(() => expect(screen.getAllByTestId('reorg-move')).toHaveLength(before.length));
    expect(screen.getByTestId('reorg-preview-count')).toHaveTextContent(`Số phân công sẽ được chuyển: ${before.length}`);
    await user.click(screen.getByTestId('reorg-apply'));
    await screen.findByTestId('reorg-result');
    expect(screen.getByTestId('reorg-ended')).toHaveTextContent(`Số phân công đã kết thúc: ${before.length}`);
    expect(screen.getByTestId('reorg-created')).toHaveTextContent(`Số phân công mới đã tạo: ${before.length}`);

    for (const old of before) {
      const now = app.call('focalAssignments.get', { id: old.id });
      expect(now.validTo).toBe('2026-12-31');
    }
    const moved = app.call('focalAssignments.list', { filter: { activeOn: '2027-01-01', bodyId: before[0]!.bodyId }, limit: 50 }).items;
    expect(moved.some((m) => m.validFrom === '2027-01-01')).toBe(true);
  });
});
