import path from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Transport } from '../../renderer/api';
import { ConflictsPage } from '../../renderer/pages/Conflicts.page';
import { exchangeRound } from '../../electron/services/exchange/round';
import { realExchangeFs } from '../../electron/services/exchange/share';
import { createTestApp, TEST_NOW, type TestApp } from '../helpers/app';
import { renderWithApp } from '../helpers/render';
import { tempDir } from '../helpers/tmp';

// The conflicts inbox screen for a unique key two laptops both claimed (issue #17,
// db/exchange/claims.ts): which record was typed first and keeps the key, which is marked, and
// what "keep both" means for it (a new code; the later head made a member; not offered for two
// delegations to one meeting).

const root = tempDir('asoen-claims-screen-');
let made = 0;
const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.close();
});

/** Laptop A typed first, laptop B a minute later; both exchanged. Returns A, its screen's transport, and what was typed. */
async function collided(what: 'code' | 'delegation' | 'head') {
  const share = path.join(root, `share-${++made}`);
  const laptops = ['A', 'B'].map((name, i) => {
    const file = path.join(root, `${name}-${made}.db`);
    const l = { name, file, at: Date.parse(TEST_NOW) + i * 60_000, app: undefined as unknown as TestApp };
    l.app = createTestApp({ file, now: () => new Date(l.at) });
    apps.push(l.app);
    return l;
  });
  const [a, b] = laptops as [(typeof laptops)[0], (typeof laptops)[0]];
  const round = (l: typeof a) => exchangeRound({ db: l.app.ctx.db, dbFile: l.file, folder: share, fs: realExchangeFs, host: 'test-host', now: () => l.at, deviceName: `Máy ${l.name}` });
  const sync = async () => {
    for (let k = 0; k < 2; k++) for (const l of [a, b]) await round(l);
  };
  const body = a.app.call('bodies.list', { limit: 1 }).items[0]!;
  const meeting = a.app.call('meetings.create', { bodyId: body.id, titleVi: 'ASOEN 37', titleEn: 'ASOEN 37', startDate: '2027-08-10', endDate: '2027-08-12' });
  const delegation = what === 'head' ? a.app.call('delegations.create', { meetingId: meeting.id }) : null;
  const people = ['Nguyễn Văn Bình', 'Lê Thị Hồng'].map((fullName) => a.app.call('people.create', { fullName }));
  await sync();
  const ids: string[] = [];
  for (const [i, l] of [a, b].entries()) {
    if (what === 'code') ids.push(l.app.call('bodies.create', { code: 'AWGTEST', nameVi: `Nhóm công tác thử ${l.name}`, nameEn: `Test group ${l.name}`, kind: 'working_group' }).id);
    else if (what === 'delegation') ids.push(l.app.call('delegations.create', { meetingId: meeting.id }).id);
    else ids.push(l.app.call('delegationMembers.create', { delegationId: delegation!.id, personId: people[i]!.id, role: 'head' }).id);
  }
  await sync();
  const transport: Transport = async (method, input) => a.app.raw(method, input);
  return { a: a.app, transport, ids: ids as [string, string] };
}

const theItem = async () => {
  const all = await screen.findAllByTestId('conflict-item');
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('the inbox screen for a key claimed on two laptops', () => {
  it('says which body was typed first and keeps the code, and keeps both once a new code is typed for the later one (a code in use is refused with its reason)', async () => {
    const { a, transport, ids } = await collided('code');
    renderWithApp(<ConflictsPage params={{}} />, { transport });
    const item = await theItem();
    expect(item).toHaveTextContent('Hai máy đã nhập cùng một mã');
    // (The two cards are in id order; which one keeps the code is said on each.)
    const cards = within(item).getAllByTestId('conflict-duplicate');
    const first = cards.find((c) => c.textContent?.includes('Nhóm công tác thử A'))!;
    const later = cards.find((c) => c.textContent?.includes('Nhóm công tác thử B'))!;
    expect(first).toHaveTextContent('Nhập trước — được giữ');
    expect(later).toHaveTextContent('Nhập sau — đánh dấu trùng');
    expect(later).toHaveTextContent('Mã: AWGTEST');
    const code = within(item).getByRole('textbox', { name: 'Mã mới cho bản nhập sau' });
    fireEvent.change(code, { target: { value: 'ASOEN' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Đổi mã và giữ cả hai' }));
    expect(await within(item).findByText(/Đã có một bản ghi với cùng mã/)).toBeInTheDocument();
    fireEvent.change(code, { target: { value: 'AWGTEST-2' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Đổi mã và giữ cả hai' }));
    await waitFor(() => expect(screen.queryAllByTestId('conflict-item')).toHaveLength(0));
    expect(a.call('bodies.get', { id: ids[1] }).code).toBe('AWGTEST-2');
    expect(a.call('bodies.get', { id: ids[0] }).code).toBe('AWGTEST');
  });

  it('offers no "keep both" for two delegations to one meeting, only merge or delete, and says why', async () => {
    const { transport } = await collided('delegation');
    renderWithApp(<ConflictsPage params={{}} />, { transport });
    const item = await theItem();
    expect(within(item).queryByRole('button', { name: /Giữ cả hai|Đổi mã/ })).toBeNull();
    expect(within(item).getAllByRole('button', { name: 'Gộp vào bản ghi này' })).toHaveLength(2);
    expect(item).toHaveTextContent('Mỗi cuộc họp chỉ có một đoàn công tác, nên không giữ được cả hai');
  });

  it('makes the later of two heads a member ("keep both"), and offers no merge of two different people', async () => {
    const { a, transport, ids } = await collided('head');
    renderWithApp(<ConflictsPage params={{}} />, { transport });
    const item = await theItem();
    expect(within(item).queryByRole('button', { name: 'Gộp vào bản ghi này' })).toBeNull();
    fireEvent.click(within(item).getByRole('button', { name: 'Giữ cả hai (người nhập sau làm thành viên)' }));
    await waitFor(() => expect(screen.queryAllByTestId('conflict-item')).toHaveLength(0));
    expect(a.call('delegationMembers.get', { id: ids[1] }).role).toBe('member');
    expect(a.call('delegationMembers.get', { id: ids[0] }).role).toBe('head');
  });
});
