import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { TodayPage } from '../../renderer/pages/Today.page';
import { addDays } from '../../common/clock';
import { filterInput, fromQuery } from '../../renderer/components/actions/filters';
import { createAppTransport, renderWithApp } from '../helpers/render';

describe('the Today screen', () => {
  it('is where the app opens, with upcoming meetings and their preparation in words', async () => {
    renderWithApp(<App />, { route: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hôm nay' })).toBeInTheDocument();
    const cards = await screen.findAllByTestId('upcoming-meeting');
    const asomm = cards.find((c) => c.textContent?.includes('ASOMM 26'))!;
    expect(asomm).toBeDefined();
    expect(asomm).toHaveTextContent('Đã lập đoàn');
    expect(asomm).toHaveTextContent('Chưa có quyết định cử đoàn');
    expect(asomm).toHaveTextContent('Đã sẵn sàng: 2/5');
    expect(within(asomm).getByRole('link', { name: /ASOMM 26/ })).toHaveAttribute('href', expect.stringMatching(/^#\/meetings\/[0-9a-f-]{36}$/));
    // Done and missing steps differ by icon and wording, not by colour alone.
    const states = within(asomm).getAllByRole('listitem').map((li) => li.getAttribute('data-state'));
    expect(states).toEqual(['done', 'done', 'missing', 'missing', 'missing']);
  });

  it('groups overdue and soon-due action items by lead agency, overdue marked in words', async () => {
    const { app } = renderWithApp(<TodayPage params={{}} />, { language: 'en' });
    const summary = app!.call('today.summary', {});
    const overdue = await screen.findAllByTestId('overdue-item');
    expect(overdue).toHaveLength(summary.overdue.length);
    expect(overdue[0]).toHaveTextContent(/Overdue by \d+ days/);
    expect(screen.getAllByTestId('due-soon-item')).toHaveLength(summary.dueSoon.length);
    const agencies = new Set([...summary.overdue, ...summary.dueSoon].map((a) => a.leadAgencyId));
    expect(screen.getAllByTestId('action-group')).toHaveLength(agencies.size);
    expect(screen.getAllByTestId('body-without-focal')).toHaveLength(summary.bodiesWithoutFocalPoint.length);
    // The training sample is nobody's change: the card waits for the officer's own.
    expect(screen.queryAllByTestId('recent-change')).toHaveLength(0);
    expect(screen.getByRole('link', { name: /Open the action items/ })).toHaveAttribute('href', '#/actions');
  });

  it('shows twelve of each list, says how many there are, and links to the filtered list of all of them', async () => {
    const { app, transport } = createAppTransport();
    for (let i = 0; i < 14; i++) app.call('actionItems.create', { title: `Việc quá hạn ${i}`, dueDate: '2026-10-01', status: 'open', priority: 'normal', supportingAgencyIds: [] });
    const summary = app.call('today.summary', {});
    expect(summary.overdueTotal).toBeGreaterThan(12);
    renderWithApp(<TodayPage params={{}} />, { transport, language: 'en' });
    expect(await screen.findAllByTestId('overdue-item')).toHaveLength(12);
    const section = screen.getByTestId('today-actions');
    expect(section).toHaveTextContent(`Overdue: ${summary.overdueTotal}`);
    const more = screen.getByTestId('more-overdue');
    expect(more).toHaveTextContent('Showing the 12 longest overdue.');
    const all = within(more).getByRole('link', { name: `See all overdue items (${summary.overdueTotal})` });
    expect(all).toHaveAttribute('href', `#/actions?status=open,in_progress,blocked&to=${addDays(summary.date, -1)}`);
    // The link opens the list with exactly those items: the filters read from the address.
    const { filters } = fromQuery(new URLSearchParams(all.getAttribute('href')!.split('?')[1]));
    expect(app.call('actionItems.count', { filter: filterInput(filters) }).count).toBe(summary.overdueTotal);
  });

  it('says "1.000+" where there are more than it counts', async () => {
    const { transport } = createAppTransport({ sample: true });
    // The server counts up to countCap and answers countCap + 1 beyond (tests/ipc/desk.test.ts).
    const capped: typeof transport = async (method, input) => {
      const answer = await transport(method, input);
      if (method !== 'today.summary' || !answer.ok) return answer;
      const value = answer.value as { overdueTotal: number; countCap: number };
      return { ok: true, value: { ...value, overdueTotal: value.countCap + 1, } };
    };
    renderWithApp(<TodayPage params={{}} />, { transport: capped });
    expect(await screen.findByTestId('more-overdue')).toHaveTextContent('Xem tất cả việc quá hạn (1.000+)');
    expect(screen.getByTestId('today-actions')).toHaveTextContent('Quá hạn: 1.000+');
  });

  it('keeps one row per item when two lead agencies share a name and the language changes', async () => {
    // A reorganised agency and its successor often keep the same name.
    const { app, transport } = createAppTransport({ sample: true });
    for (const code of ['SAME-1', 'SAME-2']) {
      const agency = app.call('agencies.create', { code, nameVi: 'Cục Trùng Tên', nameEn: 'Same Name Department', kind: 'department' });
      app.call('actionItems.create', { title: `Việc của ${code}`, dueDate: '2025-01-01', leadAgencyId: agency.id, status: 'open', priority: 'normal', supportingAgencyIds: [] });
    }
    const summary = app.call('today.summary', {});
    const rows = summary.overdue.length + summary.dueSoon.length;
    const { i18n } = renderWithApp(<TodayPage params={{}} />, { transport });
    await screen.findAllByTestId('overdue-item');
    expect(screen.getAllByTestId(/^(overdue|due-soon)-item$/)).toHaveLength(rows);
    await act(() => i18n.changeLanguage('en'));
    await screen.findAllByText(/^Overdue by/);
    const section = screen.getByTestId('today-actions');
    expect(within(section).getAllByTestId(/^(overdue|due-soon)-item$/)).toHaveLength(rows);
    expect(section).not.toHaveTextContent('Quá hạn');
    // The two share a name: their codes tell them apart.
    expect(within(section).getByRole('heading', { name: 'Same Name Department (SAME-1)' })).toBeInTheDocument();
    expect(within(section).getByRole('heading', { name: 'Same Name Department (SAME-2)' })).toBeInTheDocument();
  });

  it("names a changed meeting, unit or body in the screen's language under Recent changes", async () => {
    // In English it read "Changed meeting: Hội nghị Quan chức Cao cấp ASEAN…".
    const { app, transport } = createAppTransport();
    const body = app.call('bodies.list', { q: 'ASOEN', limit: 5 }).items.find((b) => b.code === 'ASOEN')!;
    app.call('meetings.create', {
      bodyId: body.id,
      sequence: 35,
      titleVi: 'Hội nghị Quan chức Cao cấp ASEAN về Môi trường lần thứ 35 (ASOEN 35)',
      titleEn: '35th Meeting of the ASEAN Senior Officials on the Environment (ASOEN 35)',
      startDate: '2024-07-28',
      endDate: '2024-08-01',
      status: 'held',
    });
    app.call('people.create', { fullName: 'Nguyễn Văn Đông' });
    renderWithApp(<TodayPage params={{}} />, { transport, language: 'en' });
    const changes = await screen.findAllByTestId('recent-change');
    expect(changes[1]).toHaveTextContent('Created meeting: 35th Meeting of the ASEAN Senior Officials on the Environment (ASOEN 35)');
    expect(changes[0]).toHaveTextContent('Created person: Nguyễn Văn Đông');
  });
});

