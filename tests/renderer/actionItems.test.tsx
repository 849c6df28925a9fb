import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { todayOf } from '../../common/clock';
import { ActionItemsPage } from '../../renderer/pages/ActionItems.page';
import { insertActionItems } from '../helpers/bulk';
import { App } from '../../renderer/App';
import { createAppTransport, renderWithApp, spyTransport } from '../helpers/render';


const rows = () => screen.queryAllByTestId('action-row');
const page = () => <ActionItemsPage params={{}} />;

describe('the action items page', { timeout: 60_000 }, () => {
  it('sends for its first page and count as the screen is entered, before it renders, and only once', async () => {
    const spy = spyTransport(createAppTransport({ sample: true }).transport);
    const sentBeforeRender: Record<string, boolean> = {};
    const transport: typeof spy.transport = (method, input) => {
      if (method.startsWith('actionItems.')) sentBeforeRender[method] = document.querySelector('[data-testid="action-search"]') === null;
      return spy.transport(method, input);
    };
    renderWithApp(<App />, { route: '/today', transport });
    await screen.findByRole('heading', { level: 1, name: 'Hôm nay' });
    act(() => {
      window.location.hash = '#/actions';
    });
    await screen.findAllByTestId('action-row');
    await screen.findByText(/Tổng số việc khớp bộ lọc: \d+/);
    expect(sentBeforeRender).toEqual({ 'actionItems.list': true, 'actionItems.count': true });
    expect(spy.calls.filter((c) => c.method === 'actionItems.list')).toHaveLength(1);
    expect(spy.calls.filter((c) => c.method === 'actionItems.count')).toHaveLength(1);
    // The drawer's lookups wait for the drawer.
    expect(spy.calls.some((c) => c.method === 'agencies.list' || c.method === 'bodies.list')).toBe(false);
  });

  it('says "more than 1.000" when a search counts past a thousand, as each language writes the number', async () => {
    // The server counts a search up to 1,000 and says when there are more (tests/db/list-search.test.ts).
    const { transport } = createAppTransport({ sample: true });
    const capped: typeof transport = async (method, input) => {
      const answer = await transport(method, input);
      return method === 'actionItems.count' && answer.ok ? { ok: true, value: { count: 1000, more: true } } : answer;
    };
    const first = renderWithApp(page(), { route: '/actions?q=bao%20cao', transport: capped });
    expect(await screen.findByTestId('action-total')).toHaveTextContent('Tổng số việc khớp bộ lọc: hơn 1.000');
    first.unmount();
    renderWithApp(page(), { route: '/actions?q=bao%20cao', transport: capped, language: 'en' });
    await waitFor(() => expect(screen.getByTestId('action-total')).toHaveTextContent('Action items matching the filters: more than 1,000'));
  });

  it('lists the sample items with the total, and marks overdue ones with an icon and a word', async () => {
    const { app } = renderWithApp(page(), { route: '/actions' });
    await screen.findAllByTestId('action-row');
    const total = app!.call('actionItems.count', {}).count;
    await screen.findByText(`Tổng số việc khớp bộ lọc: ${total}`);
    // Default order: due date ascending.
    const dues = rows().map((r) => r.querySelector('td:nth-child(3)')?.textContent?.match(/(\d{2})\/(\d{2})\/(\d{4})/));
    const iso = dues.filter(Boolean).map((m) => `${m![3]}-${m![2]}-${m![1]}`);
    expect(iso).toEqual([...iso].sort());

    const today = todayOf(app!.ctx.now);
    const overdue = app!.call('actionItems.list', { filter: { status: ['open', 'in_progress', 'blocked'], dueTo: today }, limit: 500 }).items.filter((i) => i.dueDate! < today);
    const marked = rows().filter((r) => r.dataset.urgency === 'overdue');
    expect(marked.length).toBe(overdue.filter((o) => rows().some((r) => r.dataset.actionId === o.id)).length);
    for (const r of marked) expect(r).toHaveTextContent('Quá hạn');
  });

  it('filters on the server from the address (status) and narrows by text without diacritics', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(page(), { route: '/actions?status=done' });
    await screen.findAllByTestId('action-row');
    const done = app!.call('actionItems.count', { filter: { status: ['done'] } }).count;
    await screen.findByText(`Tổng số việc khớp bộ lọc: ${done}`);
    for (const r of rows()) expect(r.dataset.status).toBe('done');

    await user.type(screen.getByRole('searchbox', { name: 'Tìm việc' }), 'vuon di san');
    await waitFor(() => expect(rows().length).toBeLessThan(done));
    expect(rows().length).toBeGreaterThan(0);
    for (const r of rows()) expect(r.textContent).toMatch(/Vườn di sản/i);
    expect(window.location.hash).toContain('q=vuon+di+san');
  });

  it('sorts by title when its header is clicked, and says so to assistive technology', async () => {
    const user = userEvent.setup();
    renderWithApp(page(), { route: '/actions' });
    await screen.findAllByTestId('action-row');
    await user.click(screen.getByTestId('sort-title'));
    await waitFor(() => expect(screen.getByTestId('sort-title').closest('th')).toHaveAttribute('aria-sort', 'ascending'));
    await waitFor(() => {
      const titles = rows().map((r) => r.querySelector('[data-testid="action-open"]')?.textContent ?? '');
      expect(titles.length).toBeGreaterThan(1);
      expect(titles).toEqual([...titles].sort());
    });
  });

  it('pages with keyset cursors: next, and previous back to the same first page', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    insertActionItems(app.ctx.db, 120, { seed: 7 });
    renderWithApp(page(), { route: '/actions', transport });
    await screen.findAllByTestId('action-row');
    await user.click(screen.getByTestId('page-next'));
    await waitFor(() => expect(screen.getByText(/Trang 2/)).toBeInTheDocument());
    const second = rows().map((r) => r.dataset.actionId);
    expect(second).toHaveLength(50);
    await user.click(screen.getByTestId('page-previous'));
    await waitFor(() => expect(screen.getByText(/Trang 1/)).toBeInTheDocument());
    const first = rows().map((r) => r.dataset.actionId);
    expect(first.some((id) => second.includes(id))).toBe(false);
  });

  it('closes the selected items in one bulk change and refreshes the list', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(page(), { route: '/actions?status=in_progress' });
    await screen.findAllByTestId('action-row');
    const ids = rows().map((r) => r.dataset.actionId!);
    expect(ids.length).toBeGreaterThan(0);
    await user.click(screen.getByTestId('select-all'));
    expect(screen.getByTestId('bulk-bar')).toHaveTextContent(`Đã chọn: ${ids.length}`);
    await user.click(screen.getByTestId('bulk-apply'));
    await user.click(await screen.findByTestId('completion-confirm'));
    await screen.findByText(`Đã chuyển trạng thái: ${ids.length} việc.`);
    await waitFor(() => expect(rows()).toHaveLength(0));
    for (const id of ids) expect(app!.call('actionItems.get', { id }).status).toBe('done');
  });

  it('opens an item in the drawer, saves an edit, and keeps typed text through a conflict', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(page(), { route: '/actions?status=in_progress' });
    await screen.findAllByTestId('action-row');
    const row = rows()[0]!;
    const id = row.dataset.actionId!;
    await user.click(within(row).getByTestId('action-open'));
    const drawer = await screen.findByTestId('action-form');
    const title = within(drawer).getByRole('textbox', { name: /Nội dung việc/ });
    await user.clear(title);
    await user.click(title);
    await user.paste('Chủ trì tổ chức COP 21 (đã sửa)');

    // Someone else saves a newer version meanwhile.
    const current = app!.call('actionItems.get', { id });
    app!.call('actionItems.update', { id, version: current.version, changes: { priority: 'low' } });

    await user.click(within(drawer).getByTestId('action-save'));
    await screen.findByTestId('conflict-notice');
    expect(title).toHaveValue('Chủ trì tổ chức COP 21 (đã sửa)');
    await user.click(screen.getByRole('button', { name: 'Tải phiên bản mới nhất' }));
    await waitFor(() => expect(screen.queryByTestId('conflict-notice')).not.toBeInTheDocument());
    expect(title).toHaveValue('Chủ trì tổ chức COP 21 (đã sửa)');
    await user.click(within(drawer).getByTestId('action-save'));
    await waitFor(() => expect(app!.call('actionItems.get', { id }).title).toBe('Chủ trì tổ chức COP 21 (đã sửa)'));
    expect(app!.call('actionItems.get', { id }).priority).toBe('low');
    await waitFor(() => expect(screen.getAllByText('Chủ trì tổ chức COP 21 (đã sửa)').length).toBeGreaterThan(0));
  });

  it('adds a progress update that also moves the status, and shows it in the history', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(page(), { route: '/actions?status=in_progress' });
    await screen.findAllByTestId('action-row');
    const id = rows()[0]!.dataset.actionId!;
    await user.click(within(rows()[0]!).getByTestId('action-open'));
    await screen.findByTestId('action-form');
    await user.click(screen.getByTestId('tab-updates'));
    const form = screen.getByTestId('action-update-form');
    await user.click(within(form).getByRole('textbox', { name: /Nội dung cập nhật/ }));
    await user.paste('Đã gửi thư mời chính thức.');
    await user.click(within(form).getByRole('combobox', { name: /Trạng thái mới/ }));
    await user.click(await screen.findByRole('option', { name: 'Vướng mắc' }));
    await user.click(within(form).getByTestId('action-update-submit'));
    await screen.findByText('Đã ghi cập nhật tiến độ.');
    await waitFor(() => expect(screen.getAllByTestId('action-update')[0]).toHaveTextContent('Đã gửi thư mời chính thức.'));
    expect(app!.call('actionItems.get', { id }).status).toBe('blocked');
    const updates = app!.call('actionUpdates.list', { filter: { actionItemId: id }, limit: 50 }).items;
    expect(updates.some((u) => u.note === 'Đã gửi thư mời chính thức.' && u.statusAfter === 'blocked')).toBe(true);

    await user.click(screen.getByTestId('tab-history'));
    const history = await screen.findByTestId('action-history');
    await waitFor(() => expect(history).toHaveTextContent('Trạng thái:'));
    expect(history).toHaveTextContent('Vướng mắc');
  });

  it('refuses a new item without a title, next to the field, in the current language', async () => {
    const user = userEvent.setup();
    renderWithApp(page(), { route: '/actions', language: 'en' });
    await screen.findAllByTestId('action-row');
    await user.click(screen.getByTestId('action-new'));
    const form = await screen.findByTestId('action-form');
    await user.click(within(form).getByTestId('action-save'));
    expect(await within(form).findByText('This is required.')).toBeInTheDocument();
  });
});
