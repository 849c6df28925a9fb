import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { GlobalSearch } from '../../renderer/components/search/GlobalSearch';
import { groupHits, linesOfHit, pathOfHit } from '../../renderer/components/search/searchTargets';
import { createAppTransport, renderWithApp, spyTransport } from '../helpers/render';

// jsdom has no FontFaceSet; Mantine's autosizing Textarea (on the screens a result opens) listens to it.

const hits = () => screen.queryAllByTestId('search-hit');
/**
 * Waits for the results of what was typed last: while a newer query is on its way the list still
 * shows the previous one's results, marked aria-busy (a loaded machine makes that window long).
 */
const settled = async (check: () => void) =>
  waitFor(() => {
    expect(screen.getByTestId('search-results')).not.toHaveAttribute('aria-busy');
    check();
  });
const dialog = () => screen.getByRole('dialog', { name: /Tìm kiếm|Search/ });

async function openWithShortcut(user: ReturnType<typeof userEvent.setup>) {
  await user.keyboard('{Control>}k{/Control}');
  return screen.findByRole('combobox', { name: /Tìm cuộc họp, người|Search meetings, people/ });
}

describe('the global search', () => {
  it('opens with Ctrl+K from anywhere, even from inside a text field, and starts with a hint', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { route: '/meetings' });
    const meetingsSearch = await screen.findByRole('searchbox', { name: 'Tìm cuộc họp' });
    await user.click(meetingsSearch);
    const input = await openWithShortcut(user);
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(within(dialog()).getByText(/Gõ có dấu hay không dấu đều được/)).toBeInTheDocument();
  });

  it('has a button in the header showing the shortcut', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { route: '/meetings' });
    const button = within(screen.getByRole('banner')).getByRole('button', { name: /Tìm kiếm/ });
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+K');
    expect(button).toHaveTextContent('Ctrl');
    await user.click(button);
    expect(await screen.findByRole('combobox', { name: /Tìm cuộc họp, người/ })).toHaveFocus();
  });

  it('finds people without diacritics, grouped by kind, and opens the chosen one with Enter', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { route: '/meetings' });
    const input = await openWithShortcut(user);
    await user.type(input, 'nguyen van dong');
    await settled(() => expect(hits().some((h) => h.textContent?.includes('Nguyễn Văn Đông'))).toBe(true));
    const listbox = screen.getByRole('listbox', { name: 'Kết quả tìm kiếm' });
    const group = within(listbox).getByRole('group', { name: 'Người' });
    expect(within(group).getAllByRole('option')[0]).toHaveTextContent('Nguyễn Văn Đông');
    expect(input).toHaveAttribute('aria-expanded', 'true');

    // Move to the person with the arrow keys; the input tells which option is active.
    const options = within(listbox).getAllByRole('option');
    const target = options.findIndex((o) => o.textContent?.includes('Nguyễn Văn Đông'));
    for (let i = 0; i < target; i++) await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[target]!.id);
    expect(options[target]).toHaveAttribute('aria-selected', 'true');
    expect(options[target]).toHaveAttribute('data-entity', 'person');

    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/directory\?tab=people&id=/));
    expect(screen.queryByRole('combobox', { name: /Tìm cuộc họp, người/ })).not.toBeInTheDocument();
    // The directory opens on that person.
    expect(await screen.findByTestId('person-details')).toHaveTextContent('Nguyễn Văn Đông');
  });

  it('shows the people named Nguyễn first for "nguyen", before the records about "tài nguyên"', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(<App />, { route: '/meetings' });
    // The officer's latest record mentions "tài nguyên".
    app!.call('actionItems.create', { title: 'Kiểm kê tài nguyên nước lưu vực sông Mê Công', status: 'open' });
    const input = await openWithShortcut(user);
    await user.type(input, 'nguyen');
    await settled(() => expect(hits().some((h) => h.textContent?.includes('Nguyễn Văn Đông'))).toBe(true));
    const listbox = screen.getByRole('listbox', { name: 'Kết quả tìm kiếm' });
    const groups = within(listbox).getAllByRole('group');
    expect(groups[0]).toHaveAccessibleName('Người');
    expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent(/^Nguyễn/);
  });

  it('finds the Pù Mát action item from "pu mat" and opens it in the action items', async () => {
    const user = userEvent.setup();
    // The search alone: the action items screen it leads to is not under test here.
    renderWithApp(<GlobalSearch />, { route: '/meetings' });
    const input = await openWithShortcut(user);
    await user.type(input, 'pu mat');
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Việc cần làm' })).toBeInTheDocument());
    const option = within(screen.getByRole('group', { name: 'Việc cần làm' })).getAllByRole('option')[0]!;
    expect(option).toHaveTextContent('Pù Mát');
    await user.click(option);
    expect(window.location.hash).toMatch(/^#\/actions\?item=[0-9a-f-]{36}$/);
  });

  it('opens the first result of what was typed when Enter comes before the results', async () => {
    const user = userEvent.setup();
    renderWithApp(<GlobalSearch />, { route: '/meetings' });
    const input = await openWithShortcut(user);
    await user.type(input, 'nguyen van dong{Enter}');
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/directory\?tab=people&id=/));
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { route: '/meetings' });
    const input = await openWithShortcut(user);
    await user.type(input, 'zzzkhongco');
    expect(await screen.findByTestId('search-no-results')).toHaveTextContent('Không tìm thấy kết quả nào cho “zzzkhongco”');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('asks the server once the typing pauses, not at every key', async () => {
    const user = userEvent.setup();
    const { transport: inner } = createAppTransport({ sample: true });
    const spy = spyTransport(inner);
    renderWithApp(<App />, { route: '/meetings', transport: spy.transport });
    const input = await openWithShortcut(user);
    await user.type(input, 'asoen');
    await settled(() => expect(hits().length).toBeGreaterThan(0));
    const searches = spy.calls.filter((c) => c.method === 'search.global');
    expect(searches.length).toBeLessThan(5);
    expect(searches.at(-1)?.input).toMatchObject({ q: 'asoen' });
  });

  it('shows an error with Retry when the search fails', async () => {
    const user = userEvent.setup();
    const { transport: inner } = createAppTransport({ sample: true });
    const spy = spyTransport(inner, {
      'search.global': { ok: false, error: { code: 'INTERNAL', message: { vi: 'Lỗi tìm kiếm thử nghiệm.', en: 'Test search failure.' } } },
    });
    renderWithApp(<App />, { route: '/meetings', transport: spy.transport });
    const input = await openWithShortcut(user);
    await user.type(input, 'asoen');
    expect(await screen.findByText('Lỗi tìm kiếm thử nghiệm.')).toBeInTheDocument();
    delete spy.failures['search.global'];
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(hits().length).toBeGreaterThan(0));
  });

  it('stays open with what was typed when the language changes, and relabels the groups', async () => {
    const user = userEvent.setup();
    const { i18n } = renderWithApp(<App />, { route: '/meetings' });
    const input = await openWithShortcut(user);
    await user.type(input, 'asoen 35');
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Cuộc họp' })).toBeInTheDocument());
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    const again = screen.getByRole('combobox', { name: /Search meetings, people/ });
    expect(again).toHaveValue('asoen 35');
    const group = screen.getByRole('group', { name: 'Meetings' });
    // Meetings show their English title first in English.
    expect(within(group).getAllByRole('option')[0]).toHaveTextContent(/Meeting of the ASEAN Senior Officials on the Environment/);
    expect(window.location.hash).toBe('#/meetings');
  });
});

describe('search targets', () => {
  const id = '0193a5c2-0000-7000-8000-000000000001';
  it('leads each kind of result to its screen', () => {
    expect(pathOfHit({ entity: 'meeting', id })).toBe(`/meetings/${id}`);
    expect(pathOfHit({ entity: 'action_item', id })).toBe(`/actions?item=${id}`);
    expect(pathOfHit({ entity: 'person', id })).toBe(`/directory?tab=people&id=${id}`);
    expect(pathOfHit({ entity: 'agency', id })).toBe(`/directory?tab=agencies&id=${id}`);
    expect(pathOfHit({ entity: 'body', id })).toBe(`/focal-points?body=${id}`);
  });

  it('groups by kind in the order of their best result and swaps the bilingual lines in English', () => {
    const h = (entity: 'meeting' | 'person' | 'body', title: string, subtitle: string | null) => ({ entity, id, title, subtitle });
    const groups = groupHits([h('person', 'A', null), h('meeting', 'B', 'b'), h('person', 'C', null)]);
    expect(groups.map((g) => g.kind)).toEqual(['person', 'meeting']);
    expect(groups[0]!.hits.map((x) => x.title)).toEqual(['A', 'C']);
    expect(linesOfHit(h('body', 'ASOEN — Tổ chức các Quan chức', 'ASEAN Senior Officials'), 'en')).toEqual({
      primary: 'ASOEN — ASEAN Senior Officials',
      secondary: 'ASOEN — Tổ chức các Quan chức',
    });
    expect(linesOfHit(h('person', 'Nguyễn Văn Đông', 'Vụ trưởng'), 'en')).toEqual({ primary: 'Nguyễn Văn Đông', secondary: 'Vụ trưởng' });
  });
});
