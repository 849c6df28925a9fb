import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FocalPointsPage } from '../../renderer/pages/FocalPoints.page';
import { createAppTransport, renderWithApp, spyTransport } from '../helpers/render';

// The forms' options come from the server once typing pauses (EntitySelect): under a loaded
// test run that takes longer than the default second, as in the other forms' tests.

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
    expect(headers).not.toContain('Đầu mối thay thế');
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

  it('shows a page of bodies at a time, in pillar order, and loads the next page on request', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    // 30 more expert groups under ASOEN's climate working group: more bodies than one page.
    const awgcc = app.call('bodies.list', { q: 'AWGCC', limit: 5 }).items.find((b) => b.code === 'AWGCC')!;
    for (let i = 1; i <= 30; i++) {
      app.call('bodies.create', { code: `EG-CC-${String(i).padStart(2, '0')}`, nameVi: `Nhóm chuyên gia khí hậu số ${i}`, nameEn: `Climate Expert Group No. ${i}`, kind: 'working_group', parentId: awgcc.id, pillarId: awgcc.pillarId });
    }
    const total = app.call('bodies.list', { limit: 500 }).items.length;
    const spy = spyTransport(transport);
    renderWithApp(page(), { route: '/focal-points?date=2025-03-01', transport: spy.transport });
    await screen.findAllByTestId('focal-row');
    expect(screen.getAllByTestId('focal-row')).toHaveLength(50);
    expect(screen.getByTestId('focal-shown')).toHaveTextContent(`Đang hiện 50/${total} cơ chế`);
    // The server got a page of bodies and their assignments only, never every body's.
    const asOf = spy.calls.filter((c) => c.method === 'focalPoints.asOf');
    expect(asOf.length).toBeGreaterThan(0);
    expect(asOf.every((c) => (c.input as { bodyIds?: string[] }).bodyIds?.length === 50)).toBe(true);
    // Groups follow the pillars: bodies of no pillar first, the codes in order within a group.
    const codes = screen.getAllByTestId('focal-row').map((r) => r.dataset.bodyCode!);
    expect(codes.indexOf('SUMMIT')).toBeLessThan(codes.indexOf('AWGCC'));

    await user.click(screen.getByTestId('focal-load-more'));
    await waitFor(() => expect(screen.getAllByTestId('focal-row')).toHaveLength(total));
    expect(screen.getByTestId('focal-shown')).toHaveTextContent(`Đang hiện ${total}/${total} cơ chế`);
    expect(screen.queryByTestId('focal-load-more')).toBeNull();
    expect(focalPointOf('ASOEN')).toContain('Bộ Nông nghiệp và Môi trường');
  });

  it('filters the bodies on the server by code or name, without diacritics, and to the ones nobody answers for', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const spy = spyTransport(transport);
    renderWithApp(page(), { route: '/focal-points?date=2025-03-01', transport: spy.transport, language: 'en' });
    await screen.findAllByTestId('focal-row');
    const all = screen.getAllByTestId('focal-row').length;

    await user.type(screen.getByRole('textbox', { name: 'Filter bodies' }), 'awgcc');
    await waitFor(() => expect(screen.getAllByTestId('focal-row').map((r) => r.dataset.bodyCode)).toEqual(['AWGCC']));
    expect(spy.calls.some((c) => c.method === 'bodies.list' && (c.input as { q?: string }).q === 'awgcc')).toBe(true);
    expect(screen.getByTestId('focal-shown')).toHaveTextContent('Showing 1 of 1 bodies');

    await user.clear(screen.getByRole('textbox', { name: 'Filter bodies' }));
    await user.type(screen.getByRole('textbox', { name: 'Filter bodies' }), 'no such body');
    await screen.findByText('No body matches the filter');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.getAllByTestId('focal-row')).toHaveLength(all));

    // The gaps of the date: exactly the bodies with nobody in force.
    const covered = new Set(app.call('focalPoints.asOf', { date: '2025-03-01' }).map((f) => f.bodyId));
    const gaps = app.call('bodies.list', { limit: 500 }).items.filter((b) => !covered.has(b.id));
    expect(gaps.length).toBeGreaterThan(0);
    expect(screen.getByTestId('focal-gaps')).toHaveTextContent(`Bodies without any assignment on this date: ${gaps.length}`);
    await user.click(screen.getByRole('checkbox', { name: 'Only bodies without an assignment' }));
    await waitFor(() => expect(screen.getAllByTestId('focal-row').map((r) => r.dataset.bodyCode).sort()).toEqual(gaps.map((b) => b.code).sort()));
    expect(screen.queryAllByTestId('focal-cell')).toHaveLength(0);
  });

  it('never loads every agency, person or body: the timeline gets its names with the assignments, the form asks for options when a list opens', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const asoen = app.call('bodies.list', { q: 'ASOEN', limit: 5 }).items.find((b) => b.code === 'ASOEN')!;
    const spy = spyTransport(transport);
    renderWithApp(page(), { route: `/focal-points?date=2025-03-01&body=${asoen.id}`, transport: spy.transport, language: 'en' });
    const items = await screen.findAllByTestId('timeline-item');
    const texts = items.map((i) => i.textContent ?? '');
    expect(texts.some((t) => t.includes('Ministry of Natural Resources and Environment') && t.includes('(MONRE)') && t.includes('142/QĐ-TTg of 31/01/2009'))).toBe(true);
    expect(items.some((i) => i.dataset.agencyCode === 'MAE')).toBe(true);
    const lists = () => spy.calls.filter((c) => c.method.endsWith('.list')).map((c) => ({ method: c.method, limit: (c.input as { limit?: number }).limit }));
    expect(lists().filter((c) => ['agencies.list', 'people.list', 'legalBases.list'].includes(c.method))).toEqual([]);
    expect(lists().filter((c) => c.method === 'bodies.list').every((c) => c.limit === 50)).toBe(true);

    // The assignment form: the short list of legal bases when it opens, agencies once their list opens.
    await user.click(screen.getByTestId('timeline-assign'));
    const modal = await screen.findByTestId('assign-modal');
    await waitFor(() => expect(lists().some((c) => c.method === 'legalBases.list')).toBe(true));
    expect(lists().filter((c) => ['agencies.list', 'people.list'].includes(c.method))).toEqual([]);
    await user.type(within(modal).getByRole('combobox', { name: /^Agency/ }), 'cuc moi truong');
    await screen.findByRole('option', { name: /\(MAE-DOE\)/ });
    expect(spy.calls.filter((c) => c.method === 'agencies.list').every((c) => (c.input as { limit: number }).limit <= 30)).toBe(true);
  });
});
