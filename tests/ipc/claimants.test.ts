// Unique keys claimed on two laptops while apart (issue #17, db/exchange/claims.ts): the same body
// code, two delegations to one meeting, two heads of one delegation. Three laptops (each a desk on
// its own file, with a clock of its own) exchange through one temporary shared folder, the two
// claims reaching the third in either order. Before, the later claim's batch was refused by the
// unique index on every other laptop, and everything behind it from that laptop waited for ever.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConflictItem } from '../../electron/contract';
import { exchangeRound } from '../../electron/services/exchange/round';
import { realExchangeFs } from '../../electron/services/exchange/share';
import { createTestApp, TEST_NOW, type TestApp } from '../helpers/app';
import { tempDir } from '../helpers/tmp';

const root = tempDir('asoen-claims-');
let made = 0;

interface Laptop {
  app: TestApp;
  file: string;
  name: string;
  share: string;
  /** This laptop's clock (ms); each laptop's moves on its own. */
  at: number;
}

const open: TestApp[] = [];
afterEach(() => {
  for (const a of open.splice(0)) a.close();
});

function laptop(name: string, share: string): Laptop {
  const file = path.join(root, `${name.replace(/\W/g, '')}-${++made}.db`);
  const l = { file, name, share, at: Date.parse(TEST_NOW) } as Laptop;
  l.app = createTestApp({ file, now: () => new Date(l.at) });
  open.push(l.app);
  l.app.call('settings.update', { officerName: `Officer ${name}`, laptopName: name });
  return l;
}

const round = async (l: Laptop) => {
  const report = await exchangeRound({
    db: l.app.ctx.db,
    dbFile: l.file,
    folder: l.share,
    fs: realExchangeFs,
    host: 'test-host',
    now: () => l.at,
    deviceName: l.name,
    officerName: `Officer ${l.name}`,
  });
  // Nothing refused, nothing waiting: no batch is blocked by a duplicate.
  expect(report.problems).toEqual([]);
  expect(report.waiting).toEqual([]);
  return report;
};

async function sync(...ls: Laptop[]) {
  for (let k = 0; k < 2; k++) for (const l of ls) await round(l);
}

function office(label: string) {
  const share = path.join(root, `share-${label}`);
  return [laptop('Laptop A', share), laptop('Laptop B', share), laptop('Laptop C', share)] as const;
}

const items = (l: Laptop): ConflictItem[] => l.app.call('conflicts.open', {});
const claimantOf = (l: Laptop, table: string, id: string, column = 'claimant') =>
  l.app.ctx.db.prepare(`SELECT "${column}" FROM "${table}" WHERE id = ?`).pluck().get(id) as string;
/** What the three must agree on: the records of the keys, their marking, and the inbox. */
const state = (l: Laptop) => ({
  bodies: l.app.ctx.db.prepare('SELECT id, code, name_en, deleted_at, claimant FROM bodies ORDER BY id').all(),
  meetings: l.app.ctx.db.prepare('SELECT id, body_id, deleted_at FROM meetings ORDER BY id').all(),
  delegations: l.app.ctx.db.prepare('SELECT id, meeting_id, deleted_at, claimant FROM delegations ORDER BY id').all(),
  members: l.app.ctx.db.prepare('SELECT id, delegation_id, person_id, role, position, deleted_at, claimant, head_claimant FROM delegation_members ORDER BY id').all(),
  inbox: items(l).map((i) => [i.key, i.claim]),
});
const refused = (l: Laptop, method: string, input: unknown) => (l.app.raw(method, input) as { ok: boolean; error?: { code: string } }).error?.code;

/**
 * The two claims reach the third laptop in one order or the other: `earlierFirst` publishes the
 * earlier claim before the later one, else the later one goes first (and the earlier claim then
 * arrives on a laptop that has the later one as its holder).
 */
async function meet(order: 'earlierFirst' | 'laterFirst', earlier: Laptop, later: Laptop, c: Laptop) {
  const [first, second] = order === 'earlierFirst' ? [earlier, later] : [later, earlier];
  await round(first);
  await round(c);
  await round(second);
  await round(c);
  await sync(earlier, later, c);
}

const minute = 60_000;

describe('a unique key claimed on two laptops', () => {
  for (const order of ['earlierFirst', 'laterFirst'] as const) {
    it(`the same body code (${order}): both kept, the first claim keeps the code, the later writes behind it arrive, one item; merged on one, cleared on all`, async () => {
      const [a, b, c] = office(`body-${order}`);
      const kinds = { kind: 'working_group' } as const;
      a.at += 1 * minute;
      const ba = a.app.call('bodies.create', { code: 'AWGTEST', nameVi: 'Nhóm công tác về biến đổi khí hậu', nameEn: 'Working Group on Climate Change', ...kinds });
      b.at += 2 * minute;
      const bb = b.app.call('bodies.create', { code: 'AWGTEST', nameVi: 'Nhóm công tác BĐKH', nameEn: 'AWG on Climate Change', ...kinds });
      // Behind the collision, on the later laptop: a meeting of its body, then an edit of it.
      const mb = b.app.call('meetings.create', { bodyId: bb.id, titleVi: 'Họp AWGTEST 17', titleEn: 'AWGTEST 17', startDate: '2027-03-10', endDate: '2027-03-11' });
      await meet(order, a, b, c);
      b.at += 1 * minute;
      b.app.call('bodies.update', { id: bb.id, version: b.app.call('bodies.get', { id: bb.id }).version, changes: { nameEn: 'ASEAN Working Group on Climate Change' } });
      await sync(a, b, c);

      for (const l of [a, b, c]) {
        expect(claimantOf(l, 'bodies', ba.id)).toBe('');
        expect(claimantOf(l, 'bodies', bb.id)).toBe(bb.id);
        expect(l.app.call('bodies.get', { id: bb.id }).nameEn).toBe('ASEAN Working Group on Climate Change');
        expect(l.app.call('meetings.get', { id: mb.id }).bodyId).toBe(bb.id);
        const inbox = items(l);
        expect(inbox).toHaveLength(1);
        expect(inbox[0]).toMatchObject({ kind: 'duplicate', record: { entity: 'body' }, claim: { keeper: ba.id, claimant: bb.id, keepBoth: 'rename', field: 'code' } });
        expect(inbox[0]!.duplicates!.map((d) => d.details.code)).toEqual(['AWGTEST', 'AWGTEST']);
      }
      expect(state(b)).toEqual(state(a));
      expect(state(c)).toEqual(state(a));
      // Typed here, a third AWGTEST is refused as before.
      expect(refused(c, 'bodies.create', { code: 'AWGTEST', nameVi: 'Lần ba', nameEn: 'Third', ...kinds })).toBe('CONSTRAINT');

      const [item] = items(c);
      c.app.call('conflicts.resolveDuplicate', { key: item!.key, token: item!.token, how: 'merge', id: ba.id });
      expect(items(c)).toEqual([]);
      await sync(c, a, b);
      for (const l of [a, b, c]) {
        expect(items(l)).toEqual([]);
        expect(l.app.call('meetings.get', { id: mb.id }).bodyId).toBe(ba.id);
        expect(l.app.call('bodies.get', { id: bb.id, includeDeleted: true }).deletedAt).not.toBeNull();
      }
      expect(state(b)).toEqual(state(a));
      expect(state(c)).toEqual(state(a));
    });

    it(`the delegation of one meeting (${order}): the earlier one keeps the meeting even when it arrives second, members behind both arrive; keep both is refused; merged, the members join the kept one`, async () => {
      const [a, b, c] = office(`delegation-${order}`);
      const body = a.app.call('bodies.list', { limit: 1 }).items[0]!;
      const meeting = a.app.call('meetings.create', { bodyId: body.id, titleVi: 'ASOEN 37', titleEn: 'ASOEN 37', startDate: '2027-08-10', endDate: '2027-08-12' });
      const p1 = a.app.call('people.create', { fullName: 'Nguyễn Thị Hoa' });
      const p2 = a.app.call('people.create', { fullName: 'Trần Văn Nam' });
      await sync(a, b, c);
      // B claims first (by its clock), A a minute later: on A the record typed here becomes the claimant.
      b.at += 1 * minute;
      const db = b.app.call('delegations.create', { meetingId: meeting.id });
      const mb = b.app.call('delegationMembers.create', { delegationId: db.id, personId: p1.id, role: 'head' });
      a.at += 2 * minute;
      const da = a.app.call('delegations.create', { meetingId: meeting.id });
      const ma1 = a.app.call('delegationMembers.create', { delegationId: da.id, personId: p1.id, role: 'head' });
      const ma2 = a.app.call('delegationMembers.create', { delegationId: da.id, personId: p2.id });
      await meet(order, b, a, c);
      // Behind the collision, on the laptop whose delegation is the claimant: another edit.
      a.at += 1 * minute;
      a.app.call('delegationMembers.update', { id: ma2.id, version: a.app.call('delegationMembers.get', { id: ma2.id }).version, changes: { position: 'Chuyên viên' } });
      await sync(a, b, c);

      for (const l of [a, b, c]) {
        expect(claimantOf(l, 'delegations', db.id)).toBe('');
        expect(claimantOf(l, 'delegations', da.id)).toBe(da.id);
        expect(l.app.call('delegationMembers.get', { id: ma2.id }).position).toBe('Chuyên viên');
        expect(l.app.call('delegationMembers.get', { id: mb.id }).delegationId).toBe(db.id);
        const inbox = items(l);
        expect(inbox).toHaveLength(1);
        expect(inbox[0]).toMatchObject({ record: { entity: 'delegation' }, claim: { keeper: db.id, claimant: da.id, keepBoth: null } });
      }
      expect(state(b)).toEqual(state(a));
      expect(state(c)).toEqual(state(a));
      expect(refused(c, 'delegations.create', { meetingId: meeting.id })).toBe('CONSTRAINT');
      const [item] = items(a);
      expect(refused(a, 'conflicts.resolveDuplicate', { key: item!.key, token: item!.token, how: 'keepBoth' })).toBe('VALIDATION');

      a.app.call('conflicts.resolveDuplicate', { key: item!.key, token: item!.token, how: 'merge', id: db.id });
      expect(items(a)).toEqual([]);
      await sync(a, b, c);
      for (const l of [a, b, c]) {
        expect(items(l)).toEqual([]);
        const members = l.app.call('delegationMembers.list', { filter: { delegationId: db.id }, limit: 10 }).items;
        // P1 was in both (head of both): once, as B's head; P2 joined from A's delegation.
        expect(members.map((m) => [m.personId, m.role]).sort()).toEqual([[p1.id, 'head'], [p2.id, 'member']].sort());
        expect(l.app.call('delegations.get', { id: da.id, includeDeleted: true }).deletedAt).not.toBeNull();
        expect(l.app.call('delegationMembers.get', { id: ma1.id, includeDeleted: true }).deletedAt).not.toBeNull();
      }
      expect(state(b)).toEqual(state(a));
      expect(state(c)).toEqual(state(a));
    });

    it(`two heads of one delegation (${order}): both kept, the later marked; merge is refused; keep both makes the later a member, on every laptop`, async () => {
      const [a, b, c] = office(`head-${order}`);
      const body = a.app.call('bodies.list', { limit: 1 }).items[0]!;
      const meeting = a.app.call('meetings.create', { bodyId: body.id, titleVi: 'AMME 18', titleEn: 'AMME 18', startDate: '2027-10-01', endDate: '2027-10-02' });
      const d = a.app.call('delegations.create', { meetingId: meeting.id });
      const p1 = a.app.call('people.create', { fullName: 'Lê Văn Hùng' });
      const p2 = a.app.call('people.create', { fullName: 'Phạm Thu Trang' });
      await sync(a, b, c);
      a.at += 1 * minute;
      const ha = a.app.call('delegationMembers.create', { delegationId: d.id, personId: p1.id, role: 'head' });
      b.at += 2 * minute;
      const hb = b.app.call('delegationMembers.create', { delegationId: d.id, personId: p2.id, role: 'head' });
      b.app.call('delegationMembers.update', { id: hb.id, version: b.app.call('delegationMembers.get', { id: hb.id }).version, changes: { position: 'Vụ trưởng' } });
      await meet(order, a, b, c);

      for (const l of [a, b, c]) {
        expect(claimantOf(l, 'delegation_members', ha.id, 'head_claimant')).toBe('');
        expect(claimantOf(l, 'delegation_members', hb.id, 'head_claimant')).toBe(hb.id);
        expect(l.app.call('delegationMembers.get', { id: hb.id }).position).toBe('Vụ trưởng');
        const inbox = items(l);
        expect(inbox).toHaveLength(1);
        expect(inbox[0]).toMatchObject({ record: { entity: 'delegation_member' }, claim: { keeper: ha.id, claimant: hb.id, keepBoth: 'member', field: 'role' } });
      }
      expect(state(b)).toEqual(state(a));
      expect(state(c)).toEqual(state(a));
      // A third head typed here is refused, as before.
      const p3 = c.app.call('people.create', { fullName: 'Đỗ Minh Tâm' });
      expect(refused(c, 'delegationMembers.create', { delegationId: d.id, personId: p3.id, role: 'head' })).toBe('CONSTRAINT');

      const [item] = items(b);
      expect(refused(b, 'conflicts.resolveDuplicate', { key: item!.key, token: item!.token, how: 'merge', id: ha.id })).toBe('VALIDATION');
      b.app.call('conflicts.resolveDuplicate', { key: item!.key, token: item!.token, how: 'keepBoth' });
      expect(items(b)).toEqual([]);
      await sync(b, a, c);
      for (const l of [a, b, c]) {
        expect(items(l)).toEqual([]);
        expect(l.app.call('delegationMembers.get', { id: hb.id })).toMatchObject({ role: 'member', position: 'Vụ trưởng' });
        expect(l.app.call('delegations.get', { id: d.id }).headPersonId).toBe(p1.id);
      }
      expect(state(b)).toEqual(state(a));
      expect(state(c)).toEqual(state(a));
    });
  }

  it('keep both of two codes: a new code typed for one of them (a code another body holds is refused); the holder deleted, the claimant takes the code at once', async () => {
    const [a, b, c] = office('rename');
    const kinds = { kind: 'working_group' } as const;
    a.at += 1 * minute;
    const ba = a.app.call('bodies.create', { code: 'AWGZED', nameVi: 'Giáo dục môi trường', nameEn: 'Environmental Education', ...kinds });
    b.at += 2 * minute;
    const bb = b.app.call('bodies.create', { code: 'AWGZED', nameVi: 'Giáo dục môi trường (B)', nameEn: 'Environmental Education (B)', ...kinds });
    const bc = b.app.call('bodies.create', { code: 'AWGZED-2', nameVi: 'Khác', nameEn: 'Other', ...kinds });
    const bd = b.app.call('bodies.create', { code: 'AWGZED-3', nameVi: 'Khác nữa', nameEn: 'Another', ...kinds });
    await sync(a, b, c);
    const [item] = items(a);
    expect(refused(a, 'conflicts.resolveDuplicate', { key: item!.key, token: item!.token, how: 'keepBoth' })).toBe('VALIDATION');
    expect(refused(a, 'conflicts.resolveDuplicate', { key: item!.key, token: item!.token, how: 'keepBoth', value: 'AWGZED-2' })).toBe('CONSTRAINT');
    expect(items(a)).toHaveLength(1);
    a.app.call('conflicts.resolveDuplicate', { key: item!.key, token: item!.token, how: 'keepBoth', value: 'AWGZED-4' });
    expect(items(a)).toEqual([]);
    await sync(a, b, c);
    for (const l of [a, b, c]) {
      expect(items(l)).toEqual([]);
      expect(l.app.call('bodies.get', { id: bb.id })).toMatchObject({ code: 'AWGZED-4' });
      expect(claimantOf(l, 'bodies', bb.id)).toBe('');
    }

    // Another collision, then the holder deleted on one laptop: the claimant holds the code there at once, and everywhere after.
    a.at += 5 * minute;
    const xa = a.app.call('bodies.create', { code: 'AWGQUIX', nameVi: 'Đa dạng sinh học', nameEn: 'Biodiversity', ...kinds });
    b.at += 6 * minute;
    const xb = b.app.call('bodies.create', { code: 'AWGQUIX', nameVi: 'Đa dạng sinh học (B)', nameEn: 'Biodiversity (B)', ...kinds });
    await sync(a, b, c);
    expect(claimantOf(c, 'bodies', xb.id)).toBe(xb.id);
    c.app.call('bodies.delete', { id: xa.id, version: c.app.call('bodies.get', { id: xa.id }).version });
    expect(claimantOf(c, 'bodies', xb.id)).toBe('');
    expect(items(c)).toEqual([]);
    // …and a restore of the deleted one is refused here, as a duplicate typed here would be.
    expect(refused(c, 'bodies.restore', { id: xa.id, version: c.app.call('bodies.get', { id: xa.id, includeDeleted: true }).version })).toBe('CONSTRAINT');
    await sync(c, a, b);
    for (const l of [a, b, c]) {
      expect(claimantOf(l, 'bodies', xb.id)).toBe('');
      expect(items(l)).toEqual([]);
    }
    expect(state(b)).toEqual(state(a));
    expect(state(c)).toEqual(state(a));
    void ba;
    void bc;
    void bd;
  });
});
