import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import type { Transport } from '../../renderer/api';
import { ConflictsPage } from '../../renderer/pages/Conflicts.page';
import { vi as conflictWords } from '../../renderer/i18n/sections/conflicts';
import { ENTITIES } from '../../common/enums';
import { modelOf } from '../../db/exchange/model';
import { createTestApp, TEST_NOW, type TestApp } from '../helpers/app';
import { makeConflictsDesk } from '../helpers/conflictsDesk';
import { renderWithApp } from '../helpers/render';
import { exchangeRound } from '../../electron/services/exchange/round';
import { realExchangeFs } from '../../electron/services/exchange/share';
import { tempDir } from '../helpers/tmp';

// The conflicts inbox screen on a desk whose inbox two laptops really filled by exchanging
// (tests/helpers/conflictsDesk.ts): what each item says, the choices, and the count in the
// navigation and on Today.

const root = tempDir('asoen-inbox-screen-');
let made = 0;
const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.close();
});

async function deskWithConflicts() {
  const dir = path.join(root, String(++made));
  mkdirSync(dir);
  const seeded = await makeConflictsDesk(dir, TEST_NOW);
  const app = createTestApp({ file: path.join(dir, 'asoen-desk.sqlite') });
  apps.push(app);
  const transport: Transport = async (method, input) => app.raw(method, input);
  return { app, transport, seeded };
}

const items = () => screen.findAllByTestId('conflict-item');
const itemWith = async (text: string) => (await items()).find((i) => i.textContent?.includes(text))!;

describe('the conflicts inbox screen', () => {
  it('has a label for every field, pair of fields and deletion a conflict can be about', () => {
    const missing: string[] = [];
    for (const entity of ENTITIES) for (const register of modelOf(entity)!.fieldsOf.keys()) if (!(register in conflictWords.fields)) missing.push(`${entity}.${register}`);
    expect(missing).toEqual([]);
  });

  it('shows each item readably: the record, the field, the agreed value, each side with officer, laptop and office time', async () => {
    const { transport, seeded } = await deskWithConflicts();
    renderWithApp(<ConflictsPage params={{}} />, { transport });
    expect(await screen.findByRole('heading', { level: 1, name: 'Xung đột cần xử lý' })).toBeInTheDocument();
    expect(await items()).toHaveLength(4);
    expect(screen.getByTestId('conflicts-count')).toHaveTextContent('Còn 4 mục cần xử lý.');

    const city = await itemWith('Thành phố');
    expect(within(city).getByRole('link', { name: new RegExp(`^Cuộc họp: `) })).toHaveAttribute('href', `#/meetings/${seeded.meetingId}`);
    expect(within(city).getByTestId('conflict-field')).toHaveTextContent('Thành phố');
    const sides = within(city).getAllByTestId('conflict-side').map((s) => s.textContent);
    expect(sides).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Hà NộiNguyễn Thu Hà, máy VP-01 (máy này), lúc 21/11/2026 10:00'),
        expect.stringContaining('Đà NẵngTrần Minh Đức, máy Laptop Hội nghị, lúc 21/11/2026 10:00'),
      ]),
    );

    const dates = await itemWith('Ngày họp (bắt đầu – kết thúc)');
    expect(within(dates).getAllByTestId('conflict-side-value').map((v) => v.textContent).sort()).toEqual(['10/03/2027 – 12/03/2027', '17/03/2027 – 19/03/2027']);
    expect(within(dates).getByTestId('conflict-base').textContent).toMatch(/^\d{2}\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}$/);
    // Dates cannot be joined; texts can.
    expect(within(dates).queryByRole('button', { name: 'Ghép các đoạn chữ' })).toBeNull();
    expect(within(city).getByRole('button', { name: 'Ghép các đoạn chữ' })).toBeInTheDocument();

    const deleted = await itemWith('Bị xóa trong khi đang sửa');
    expect(within(deleted).getByTestId('conflict-deletion')).toHaveTextContent('Bị xóa bởi Nguyễn Thu Hà, máy VP-01 (máy này), lúc 21/11/2026 10:00');
    expect(within(deleted).getByTestId('conflict-edit')).toHaveTextContent('Ghi chú: Đã gửi công hàm xác nhận tham dự');

    const person = await itemWith('Nhập trùng');
    const records = within(person).getAllByTestId('conflict-duplicate').map((d) => d.textContent);
    expect(records[0]).toContain('Lê Văn Phúc');
    expect(records[1]).toContain('Le Van Phuc');
    expect(records[1]).toContain('Điện thoại: 024 3795 6868');
  });

  it('keeps a side, refuses a typed value the field does not take with its reason, and takes a valid one', async () => {
    const { app, transport, seeded } = await deskWithConflicts();
    renderWithApp(<ConflictsPage params={{}} />, { transport });
    const city = await itemWith('Thành phố');
    fireEvent.click(within(city).getByRole('button', { name: 'Nhập giá trị khác' }));
    const field = within(city).getByRole('textbox', { name: 'Giá trị mới' });
    fireEvent.change(field, { target: { value: 'x'.repeat(201) } });
    fireEvent.click(within(city).getByRole('button', { name: 'Lưu giá trị này' }));
    // The reason, under the field, in the officer's words (not the field's code name).
    expect(await within(city).findByText('Không được quá 200 ký tự.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(city).not.toHaveTextContent('city');
    expect(app.call('conflicts.count', {}).open).toBe(4);
    fireEvent.change(field, { target: { value: 'Huế' } });
    fireEvent.click(within(city).getByRole('button', { name: 'Lưu giá trị này' }));
    await waitFor(() => expect(screen.getAllByTestId('conflict-item')).toHaveLength(3));
    expect(app.call('meetings.get', { id: seeded.meetingId }).city).toBe('Huế');

    const dates = await itemWith('Ngày họp (bắt đầu – kết thúc)');
    fireEvent.click(within(dates).getByRole('button', { name: /^Giữ giá trị này: giá trị \d \(10\/03\/2027 – 12\/03\/2027\)$/ }));
    await waitFor(() => expect(screen.getAllByTestId('conflict-item')).toHaveLength(2));
    expect(app.call('meetings.get', { id: seeded.meetingId })).toMatchObject({ startDate: '2027-03-10', endDate: '2027-03-12' });
  });

  it('shows the count in the navigation and on Today while something waits, and says so when nothing does', async () => {
    const { transport } = await deskWithConflicts();
    renderWithApp(<App />, { transport, route: '/today', language: 'en' });
    const nav = await screen.findByRole('navigation');
    const link = await within(nav).findByRole('link', { name: 'Conflicts: 4 conflicts to resolve' });
    expect(link).toHaveAttribute('href', '#/conflicts');
    const card = await screen.findByTestId('today-conflicts');
    expect(card).toHaveTextContent('4 places where laptops changed something differently');
    expect(within(card).getByRole('link', { name: 'Resolve conflicts' })).toHaveAttribute('href', '#/conflicts');
  });

  it('shows a long inbox forty items at a time', async () => {
    const dir = path.join(root, String(++made));
    mkdirSync(dir);
    const share = path.join(dir, 'share');
    const [a, b] = ['a', 'b'].map((n) => {
      const app = createTestApp({ file: path.join(dir, `${n}.sqlite`) });
      apps.push(app);
      return { app, file: path.join(dir, `${n}.sqlite`), n };
    }) as [{ app: TestApp; file: string; n: string }, { app: TestApp; file: string; n: string }];
    const round = (l: typeof a) => exchangeRound({ db: l.app.ctx.db, dbFile: l.file, folder: share, fs: realExchangeFs, host: 'h', now: () => Date.parse(TEST_NOW) });
    const bodyId = a.app.call('bodies.list', { limit: 1 }).items[0]!.id;
    const ids = Array.from({ length: 45 }, (_, i) => a.app.call('meetings.create', { bodyId, titleVi: `Họp ${i}`, titleEn: `Meeting ${i}`, startDate: '2027-01-10', endDate: '2027-01-11' }).id);
    await round(a);
    await round(b);
    for (const l of [a, b]) for (const id of ids) l.app.call('meetings.update', { id, version: l.app.call('meetings.get', { id }).version, changes: { city: `City ${l.n}` } });
    await round(a);
    await round(b);
    renderWithApp(<ConflictsPage params={{}} />, { transport: async (method, input) => b.app.raw(method, input), language: 'en' });
    expect(await items()).toHaveLength(40);
    expect(screen.getByTestId('conflicts-more')).toHaveTextContent('Showing 40 of 45 items.');
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findAllByTestId('conflict-item')).toHaveLength(45);
    expect(screen.queryByTestId('conflicts-more')).toBeNull();
  });

  it('has no inbox entry, card or item on a desk without conflicts; the screen says there is nothing to resolve', async () => {
    renderWithApp(<App />, { route: '/today', language: 'en' });
    await screen.findAllByTestId('upcoming-meeting');
    expect(within(screen.getByRole('navigation')).queryByRole('link', { name: /Conflicts/ })).toBeNull();
    expect(screen.queryByTestId('today-conflicts')).toBeNull();
    renderWithApp(<ConflictsPage params={{}} />, { language: 'en' });
    expect(await screen.findByTestId('conflicts-empty')).toHaveTextContent('There are no conflicts.');
  });
});
