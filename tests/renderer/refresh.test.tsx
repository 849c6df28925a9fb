// The screens read through one query cache: a write made on a screen refreshes every mounted
// screen that shows what it changed, and a change made behind the screens (another window, the
// shared-drive exchange: here the test app's own dispatcher) reaches them at the next poll of
// `changes.since`, with no action of the user. The poll's interval is faked: the test says when
// it comes, and the tests' fixed clock stays untouched.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ENTITIES, methodNames, methods } from '../../electron/contract';
import { createQueryClient, kindsShownBy, kindsWrittenBy, RECORD_KINDS, WRITES } from '../../renderer/api';
import { createRefresher } from '../../renderer/api/refresh';
import { CHANGES_EVERY_MS } from '../../renderer/AppProviders';
import { ActionItemsPage } from '../../renderer/pages/ActionItems.page';
import { MeetingDetailPage } from '../../renderer/pages/MeetingDetail.page';
import { MeetingsPage, meetingsListInput } from '../../renderer/pages/Meetings.page';
import { DUE_SOON_DAYS, HORIZON_DAYS, TodayPage } from '../../renderer/pages/Today.page';
import { createAppTransport, renderWithApp, spyTransport } from '../helpers/render';

beforeEach(() => {
  // Only the poll's interval: the screens' other timers, and the clock, stay real.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** The next tick of the poll of `changes.since`. */
const nextPoll = () =>
  act(async () => {
    vi.advanceTimersByTime(CHANGES_EVERY_MS);
  });

/** A while with no poll: what is on screen then was not asked again. */
const aMoment = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));

const meetingRow = (id: string) => screen.getAllByTestId('meeting-row').find((r) => r.dataset.meetingId === id);
const actionRow = (id: string) => screen.queryAllByTestId('action-row').find((r) => r.dataset.actionId === id);

describe('a change made behind the screens', () => {
  it('reaches the meetings list at the next poll, without any action of the user', async () => {
    const { app, transport } = createAppTransport({ sample: true });
    renderWithApp(<MeetingsPage />, { transport });
    const meeting = app.call('meetings.list', meetingsListInput('', [])).items[0]!;
    await waitFor(() => expect(meetingRow(meeting.id)).toHaveTextContent(meeting.titleVi));
    await nextPoll();

    app.call('meetings.update', { id: meeting.id, version: meeting.version, changes: { titleVi: 'Hội nghị đổi tên ở máy khác', status: 'cancelled' } });
    await aMoment();
    expect(meetingRow(meeting.id)).toHaveTextContent(meeting.titleVi);

    await nextPoll();
    await waitFor(() => expect(meetingRow(meeting.id)).toHaveTextContent('Hội nghị đổi tên ở máy khác'));
    expect(meetingRow(meeting.id)).toHaveTextContent('Đã hủy');
  });

  it('reaches a meeting’s page: its title, and a member added to its delegation', async () => {
    const { app, transport } = createAppTransport({ sample: true });
    const meeting = app.call('meetings.list', { q: 'ASOMM 26', limit: 5 }).items[0]!;
    const overview = app.call('meetings.overview', { id: meeting.id });
    renderWithApp(<MeetingDetailPage params={{ id: meeting.id }} />, { transport });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(meeting.titleVi);
    const members = screen.getAllByTestId('member-row').length;
    await nextPoll();

    const newcomer = app.call('people.list', { limit: 200 }).items.find((p) => !overview.members.some((m) => m.personId === p.id))!;
    app.call('meetings.update', { id: meeting.id, version: meeting.version, changes: { titleVi: 'ASOMM 26 (tên mới từ máy khác)' } });
    app.call('delegationMembers.create', { delegationId: overview.delegation!.id, personId: newcomer.id, role: 'member', sortOrder: members });
    await aMoment();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(meeting.titleVi);

    await nextPoll();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('ASOMM 26 (tên mới từ máy khác)'));
    await waitFor(() => expect(screen.getAllByTestId('member-row')).toHaveLength(members + 1));
    expect(screen.getAllByTestId('member-row').some((r) => r.textContent?.includes(newcomer.fullName))).toBe(true);
  });

  it('reaches Today: an overdue item closed elsewhere leaves the list', async () => {
    const { app, transport } = createAppTransport({ sample: true });
    const summary = app.call('today.summary', { horizonDays: HORIZON_DAYS, dueSoonDays: DUE_SOON_DAYS });
    const late = summary.overdue[0]!;
    renderWithApp(<TodayPage params={{}} />, { transport });
    await waitFor(() => expect(screen.getAllByTestId('overdue-item')).toHaveLength(summary.overdue.length));
    expect(screen.getByTestId('today-actions')).toHaveTextContent(late.title);
    await nextPoll();

    const item = app.call('actionItems.get', { id: late.id });
    app.call('actionItems.update', { id: item.id, version: item.version, changes: { status: 'done', completedOn: summary.date } });
    await aMoment();
    expect(screen.getAllByTestId('overdue-item')).toHaveLength(summary.overdue.length);

    await nextPoll();
    const after = app.call('today.summary', { horizonDays: HORIZON_DAYS, dueSoonDays: DUE_SOON_DAYS });
    await waitFor(() => expect(screen.queryAllByTestId('overdue-item')).toHaveLength(after.overdue.length));
    expect(after.overdue.some((a) => a.id === late.id)).toBe(false);
    expect(screen.getByTestId('today-actions')).not.toHaveTextContent(late.title);
  });

  it('reaches the action items list and its total', async () => {
    const { app, transport } = createAppTransport({ sample: true });
    renderWithApp(<ActionItemsPage params={{}} />, { transport, route: '/actions?status=in_progress' });
    await screen.findAllByTestId('action-row');
    const id = screen.getAllByTestId('action-row')[0]!.dataset.actionId!;
    const total = app.call('actionItems.count', { filter: { status: ['in_progress'] } }).count;
    await screen.findByText(`Tổng số việc khớp bộ lọc: ${total}`);
    await nextPoll();

    const item = app.call('actionItems.get', { id });
    app.call('actionItems.update', { id, version: item.version, changes: { title: 'Việc đã đổi tên ở máy khác' } });
    app.call('actionItems.create', { title: 'Việc mới ghi ở máy khác', status: 'in_progress' });
    await aMoment();
    expect(actionRow(id)).toHaveTextContent(item.title);

    await nextPoll();
    await waitFor(() => expect(actionRow(id)).toHaveTextContent('Việc đã đổi tên ở máy khác'));
    await screen.findByText(`Tổng số việc khớp bộ lọc: ${total + 1}`);
  });

  it('is asked for when the window gets the focus, and not while the page is hidden', async () => {
    const { app, transport } = createAppTransport({ sample: true });
    const spy = spyTransport(transport);
    renderWithApp(<MeetingsPage />, { transport: spy.transport });
    const meeting = app.call('meetings.list', meetingsListInput('', [])).items[0]!;
    await waitFor(() => expect(meetingRow(meeting.id)).toHaveTextContent(meeting.titleVi));
    await nextPoll();
    const asked = () => spy.calls.filter((c) => c.method === 'changes.since').length;

    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      const before = asked();
      await nextPoll();
      await nextPoll();
      expect(asked()).toBe(before);
    } finally {
      visibility.mockRestore();
    }

    app.call('meetings.update', { id: meeting.id, version: meeting.version, changes: { titleVi: 'Đổi tên trong khi cửa sổ ẩn' } });
    const before = asked();
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(asked()).toBe(before + 1);
    await waitFor(() => expect(meetingRow(meeting.id)).toHaveTextContent('Đổi tên trong khi cửa sổ ẩn'));
  });
});

describe('a write made on one screen', () => {
  it('refreshes another mounted screen that shows the same meeting', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const meeting = app.call('meetings.list', meetingsListInput('', [])).items[0]!;
    renderWithApp(
      <>
        <MeetingDetailPage params={{ id: meeting.id }} />
        <MeetingsPage />
      </>,
      { transport },
    );
    await waitFor(() => expect(meetingRow(meeting.id)).toHaveTextContent(meeting.titleVi));
    const particulars = await screen.findByTestId('meeting-particulars');
    await user.click(within(particulars).getByRole('button', { name: 'Sửa thông tin' }));
    const title = within(particulars).getByRole('textbox', { name: /Tên cuộc họp \(tiếng Việt\)/ });
    await user.clear(title);
    await user.click(title);
    await user.paste('Tên mới, sửa trên trang cuộc họp');
    await user.click(within(particulars).getByRole('button', { name: 'Lưu thay đổi' }));

    // No poll has come: the write itself refreshed the list beside the page.
    await waitFor(() => expect(meetingRow(meeting.id)).toHaveTextContent('Tên mới, sửa trên trang cuộc họp'));
    expect(screen.getAllByRole('heading', { level: 1 })[0]).toHaveTextContent('Tên mới, sửa trên trang cuộc họp');
    expect(app.call('meetings.get', { id: meeting.id }).titleVi).toBe('Tên mới, sửa trên trang cuộc họp');
  });

  it('refreshes the action items list and Today when an item is captured at a meeting', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const meeting = app.call('meetings.list', { q: 'COP 21', limit: 5 }).items[0]!;
    const total = app.call('actionItems.count', {}).count;
    const summary = app.call('today.summary', { horizonDays: HORIZON_DAYS, dueSoonDays: DUE_SOON_DAYS });
    renderWithApp(
      <>
        <MeetingDetailPage params={{ id: meeting.id }} />
        <ActionItemsPage params={{}} />
        <TodayPage params={{}} />
      </>,
      { transport, route: '/actions' },
    );
    await screen.findByText(`Tổng số việc khớp bộ lọc: ${total}`);
    await waitFor(() => expect(screen.queryAllByTestId('due-soon-item')).toHaveLength(summary.dueSoon.length));

    await user.click(await screen.findByRole('tab', { name: /Việc phát sinh/ }));
    const title = screen.getByTestId('capture-title');
    await user.click(title);
    await user.keyboard('Gửi ý kiến về dự thảo kế hoạch');
    await user.keyboard('{Tab}{Tab}22/11/2026{Enter}');
    await waitFor(() => expect(title).toHaveValue(''));

    await screen.findByText(`Tổng số việc khớp bộ lọc: ${total + 1}`);
    // Due tomorrow: among the first due, which Today lists.
    expect(app.call('today.summary', { horizonDays: HORIZON_DAYS, dueSoonDays: DUE_SOON_DAYS }).dueSoon.some((a) => a.title === 'Gửi ý kiến về dự thảo kế hoạch')).toBe(true);
    await waitFor(() => expect(screen.getByTestId('today-actions')).toHaveTextContent('Gửi ý kiến về dự thảo kế hoạch'));
    expect(screen.getByRole('tab', { name: /Việc phát sinh/ })).toHaveTextContent(`Việc phát sinh (${app.call('meetings.overview', { id: meeting.id }).actionItemCount})`);
  });
});

describe('the table of what a change refreshes', () => {
  it('knows the kinds of record every write method of the contract changes', () => {
    for (const name of methodNames.filter((m) => methods[m].kind === 'write')) {
      expect(WRITES[name.slice(0, name.indexOf('.'))], name).toBeDefined();
      expect(kindsWrittenBy(name).length, name).toBeGreaterThan(0);
    }
    expect(kindsWrittenBy('actionItems.bulkStatus')).toEqual(['action_item', 'action_update']);
    expect(kindsWrittenBy('reorg.apply')).toEqual(expect.arrayContaining(['focal_assignment', 'agency_succession', 'agency']));
    expect([...kindsWrittenBy('sample.load')].sort()).toEqual([...RECORD_KINDS].sort());
    expect(kindsWrittenBy('settings.update')).toEqual(['settings']);
    expect([...kindsWrittenBy('conflicts.resolveDuplicate')].sort()).toEqual([...ENTITIES].sort());
  });

  it('has every kind of record shown by its own lists, and by Today and the histories', () => {
    for (const kind of ENTITIES) {
      expect(kindsShownBy('today.summary').has(kind), kind).toBe(true);
      expect(kindsShownBy('history.get').has(kind), kind).toBe(true);
    }
    expect([...kindsShownBy('meetings.list')]).toEqual(expect.arrayContaining(['meeting', 'body', 'country']));
    expect([...kindsShownBy('meetings.overview')]).toEqual(expect.arrayContaining(['meeting', 'delegation', 'delegation_member', 'person', 'action_item']));
    expect([...kindsShownBy('actionItems.count')]).toEqual(expect.arrayContaining(['action_item', 'action_update']));
    expect([...kindsShownBy('search.global')]).toEqual(expect.arrayContaining(['meeting', 'person', 'agency', 'body', 'action_item']));
    expect([...kindsShownBy('settings.get')]).toEqual(['settings']);
    // The inbox changes with any record (an exchange applied, an item resolved).
    for (const kind of ENTITIES) expect(kindsShownBy('conflicts.count').has(kind), kind).toBe(true);
    // The poll itself is never refreshed by what it reports.
    expect(kindsShownBy('changes.since').size).toBe(0);
    // Every read method a screen keeps in the cache shows something.
    const notCached = /^(changes\.since|jobs\.|backup\.|integrity\.|exports\.(briefing|postTripReport|annualReport|tracker|csv|calendar)$)/;
    for (const name of methodNames.filter((m) => methods[m].kind === 'read' && !notCached.test(m))) {
      expect(kindsShownBy(name).size, name).toBeGreaterThan(0);
    }
  });

  it("refreshes a meeting's readiness, and Today's, when its briefing has been exported", () => {
    // "Briefing produced" is read from the exports: the page said "no briefing yet" beside the
    // message that the briefing had just been saved, until the page was reloaded.
    expect(kindsShownBy('meetings.overview').has('export')).toBe(true);
    expect(kindsShownBy('today.summary').has('export')).toBe(true);
  });

  it('refreshes everything when the change log goes back (a backup restored elsewhere)', async () => {
    const queryClient = createQueryClient();
    const answers = [{ seq: 40, entities: [] }, { seq: 12, entities: [] }];
    const refresher = createRefresher(queryClient, async () => answers.shift()!);
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    await refresher.check();
    expect(invalidate).not.toHaveBeenCalled();
    await refresher.check();
    expect(invalidate).toHaveBeenCalledTimes(1);
    queryClient.setQueryData(['people.list', {}], { items: [], nextCursor: null });
    const predicate = invalidate.mock.calls[0]![0]!.predicate!;
    expect(predicate(queryClient.getQueryCache().find({ queryKey: ['people.list', {}] })!)).toBe(true);
  });
});
