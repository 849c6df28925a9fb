// The conflicts inbox through the API (issue #17): real conflicts, made by two laptops (each a
// desk on its own database file) exchanging through one temporary shared folder, listed and
// resolved as an officer would; the resolution closes the item here at once and, after the
// next exchange, on the other laptop too, and both desks then agree.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConflictItem } from '../../electron/contract';
import { exchangeRound } from '../../electron/services/exchange/round';
import { realExchangeFs } from '../../electron/services/exchange/share';
import { createTestApp, TEST_NOW, type TestApp } from '../helpers/app';
import { tempDir } from '../helpers/tmp';

const root = tempDir('asoen-inbox-');
let made = 0;

interface Laptop {
  app: TestApp;
  file: string;
  name: string;
  share: string;
}

const open: TestApp[] = [];
afterEach(() => {
  for (const a of open.splice(0)) a.close();
});

function laptop(name: string, share: string): Laptop {
  const file = path.join(root, `${name.replace(/\W/g, '')}-${++made}.db`);
  const app = createTestApp({ file });
  open.push(app);
  app.call('settings.update', { officerName: `Officer ${name}`, laptopName: name });
  return { app, file, name, share };
}

const round = (l: Laptop) =>
  exchangeRound({
    db: l.app.ctx.db,
    dbFile: l.file,
    folder: l.share,
    fs: realExchangeFs,
    host: 'test-host',
    now: () => Date.parse(TEST_NOW),
    deviceName: l.name,
    officerName: `Officer ${l.name}`,
  });

/** Everybody exchanges until they have seen each other's last changes. */
async function sync(...ls: Laptop[]) {
  for (let k = 0; k < 2; k++) for (const l of ls) await round(l);
}

function pair(label: string) {
  const share = path.join(root, `share-${label}`);
  return [laptop('Laptop A', share), laptop('Laptop B', share)] as const;
}

const body = (l: Laptop) => l.app.call('bodies.list', { limit: 5 }).items[0]!;
const newMeeting = (l: Laptop, values: Record<string, unknown> = {}) =>
  l.app.call('meetings.create', { bodyId: body(l).id, titleVi: 'Họp ASOEN', titleEn: 'ASOEN meeting', startDate: '2027-01-10', endDate: '2027-01-12', ...values });
const editMeeting = (l: Laptop, id: string, changes: Record<string, unknown>) =>
  l.app.call('meetings.update', { id, version: l.app.call('meetings.get', { id }).version, changes });
const items = (l: Laptop): ConflictItem[] => l.app.call('conflicts.open', {});
const count = (l: Laptop) => l.app.call('conflicts.count', {}).open;
const logged = (l: Laptop, id: string) =>
  l.app.ctx.db.prepare(`SELECT op, after FROM change_log WHERE entity_id = ? AND origin IS NULL ORDER BY seq DESC LIMIT 1`).get(id) as { op: string; after: string };

/** Two laptops, one meeting they both have, then its city changed differently on each. */
async function cityConflict(label: string) {
  const [a, b] = pair(label);
  const m = newMeeting(a, { city: 'Hà Nội' });
  await sync(a, b);
  editMeeting(a, m.id, { city: 'Huế' });
  editMeeting(b, m.id, { city: 'Đà Nẵng' });
  await sync(a, b);
  return { a, b, m };
}

describe('the conflicts inbox', () => {
  it('lists a field edited on two laptops: the record, the field, the agreed value, each side with officer, laptop and time', async () => {
    const { a, b, m } = await cityConflict('list');
    for (const l of [a, b]) {
      expect(count(l)).toBe(1);
      const [item] = items(l);
      expect(item).toMatchObject({ kind: 'field', register: 'city', fields: ['city'], labelKey: 'conflicts.fields.city', base: 'Hà Nội', input: 'text', joinable: true });
      expect(item!.record).toMatchObject({ id: m.id, entity: 'meeting', vi: 'Họp ASOEN', en: 'ASOEN meeting', target: { entity: 'meeting', id: m.id } });
      const sides = item!.sides.map((s) => [s.value, s.officerName, s.deviceName, s.at, s.mine]).sort();
      expect(sides).toEqual([
        ['Huế', 'Officer Laptop A', 'Laptop A', TEST_NOW, l === a],
        ['Đà Nẵng', 'Officer Laptop B', 'Laptop B', TEST_NOW, l === b],
      ]);
    }
  });

  it('keeps one side: the item closes here at once, the record holds the value, the change is logged; the other laptop follows', async () => {
    const { a, b, m } = await cityConflict('keep');
    const [item] = items(a);
    const hue = item!.sides.find((s) => s.value === 'Huế')!;
    expect(a.app.call('conflicts.resolveField', { key: item!.key, token: item!.token, how: 'keep', hlc: hue.hlc })).toEqual({ open: 0 });
    expect(items(a)).toEqual([]);
    expect(a.app.call('meetings.get', { id: m.id }).city).toBe('Huế');
    expect(logged(a, m.id)).toEqual({ op: 'update', after: JSON.stringify({ city: 'Huế' }) });
    expect(count(b)).toBe(1);
    await sync(a, b);
    for (const l of [a, b]) {
      expect(count(l)).toBe(0);
      expect(l.app.call('meetings.get', { id: m.id }).city).toBe('Huế');
    }
  });

  it('shows the item again, on both laptops, when the other laptop changed the field again while it was being resolved', async () => {
    const { a, b, m } = await cityConflict('again');
    const [item] = items(a);
    a.app.call('conflicts.resolveField', { key: item!.key, token: item!.token, how: 'type', value: 'Hội An' });
    expect(count(a)).toBe(0);
    editMeeting(b, m.id, { city: 'Nha Trang' }); // B had seen both values too: its edit and A's choice now differ
    await sync(a, b);
    for (const l of [a, b]) {
      const [again] = items(l);
      expect(again!.sides.map((s) => s.value).sort()).toEqual(['Hội An', 'Nha Trang']);
    }
  });

  it('takes a typed value, checked as the field is; and joins two texts', async () => {
    const { a, b, m } = await cityConflict('type');
    const [item] = items(b);
    const long = b.app.raw('conflicts.resolveField', { key: item!.key, token: item!.token, how: 'type', value: 'x'.repeat(201) }) as { ok: false; error: { code: string } };
    expect(long.ok).toBe(false);
    expect(long.error.code).toBe('VALIDATION');
    expect(count(b)).toBe(1);
    b.app.call('conflicts.resolveField', { key: item!.key, token: item!.token, how: 'type', value: '  Hội An ' });
    expect(b.app.call('meetings.get', { id: m.id }).city).toBe('Hội An');
    await sync(a, b);
    expect([count(a), a.app.call('meetings.get', { id: m.id }).city]).toEqual([0, 'Hội An']);

    editMeeting(a, m.id, { notes: 'Gửi công hàm' });
    editMeeting(b, m.id, { notes: 'Đã đặt phòng' });
    await sync(a, b);
    const [notes] = items(a);
    expect(notes).toMatchObject({ register: 'notes', input: 'lines', joinable: true });
    a.app.call('conflicts.resolveField', { key: notes!.key, token: notes!.token, how: 'join' });
    const joined = notes!.sides.map((s) => s.value).join('\n');
    expect(a.app.call('meetings.get', { id: m.id }).notes).toBe(joined);
    await sync(a, b);
    expect([count(b), b.app.call('meetings.get', { id: m.id }).notes]).toEqual([0, joined]);
  });

  it('resolves two dates that go together as one, refusing an end before the start', async () => {
    const [a, b] = pair('dates');
    const m = newMeeting(a);
    await sync(a, b);
    editMeeting(a, m.id, { startDate: '2027-01-11', endDate: '2027-01-13' });
    editMeeting(b, m.id, { startDate: '2027-02-01', endDate: '2027-02-03' });
    await sync(a, b);
    const [item] = items(a);
    expect(item).toMatchObject({ register: 'startDate+endDate', fields: ['startDate', 'endDate'], input: 'dates', joinable: false, base: { startDate: '2027-01-10', endDate: '2027-01-12' } });
    const bad = a.app.raw('conflicts.resolveField', { key: item!.key, token: item!.token, how: 'type', value: { startDate: '2027-03-05', endDate: '2027-03-01' } }) as { ok: false; error: { code: string } };
    expect(bad.error.code).toBe('VALIDATION');
    a.app.call('conflicts.resolveField', { key: item!.key, token: item!.token, how: 'type', value: { startDate: '2027-03-01', endDate: '2027-03-04' } });
    await sync(a, b);
    for (const l of [a, b]) {
      const row = l.app.call('meetings.get', { id: m.id });
      expect([count(l), row.startDate, row.endDate]).toEqual([0, '2027-03-01', '2027-03-04']);
    }
  });

  it('refuses an item already resolved, here or on the other laptop, and an item that changed since it was shown', async () => {
    const { a, b, m } = await cityConflict('refuse');
    const [seenByB] = items(b);
    const [item] = items(a);
    a.app.call('conflicts.resolveField', { key: item!.key, token: item!.token, how: 'keep', hlc: item!.sides[0]!.hlc });
    const again = a.app.raw('conflicts.resolveField', { key: item!.key, token: item!.token, how: 'keep', hlc: item!.sides[0]!.hlc }) as { ok: false; error: { code: string; message: { vi: string; en: string } } };
    expect(again.ok).toBe(false);
    expect(again.error.code).toBe('CONFLICT');
    expect(again.error.message.vi).toContain('đã được giải quyết');
    expect(again.error.message.en).toContain('already been resolved');
    await sync(a, b);
    const late = b.app.raw('conflicts.resolveField', { key: seenByB!.key, token: seenByB!.token, how: 'type', value: 'Huế' }) as { ok: false; error: { code: string } };
    expect(late.error.code).toBe('CONFLICT');

    // Stale: a third value arrives after the item was shown.
    editMeeting(a, m.id, { city: 'Cần Thơ' });
    editMeeting(b, m.id, { city: 'Vinh' });
    await sync(a, b);
    const [shown] = items(a);
    const c = laptop('Laptop C', a.share);
    await sync(c);
    editMeeting(c, m.id, { city: 'Sa Pa' });
    // (C had seen both: its value replaces them, and the item closes when it arrives.)
    await round(c);
    await round(a);
    const stale = a.app.raw('conflicts.resolveField', { key: shown!.key, token: shown!.token, how: 'keep', hlc: shown!.sides[0]!.hlc }) as { ok: false; error: { code: string } };
    expect(stale.error.code).toBe('CONFLICT');
    expect(a.app.call('meetings.get', { id: m.id }).city).toBe('Sa Pa');
  });

  it('refuses a resolution whose item changed (a new value from another laptop) with a clear message', async () => {
    const [a, b] = pair('stale');
    const c = laptop('Laptop C', a.share);
    const m = newMeeting(a);
    await sync(a, b, c);
    editMeeting(a, m.id, { city: 'Huế' });
    editMeeting(b, m.id, { city: 'Vinh' });
    await round(a);
    await round(b);
    const [shown] = items(b);
    editMeeting(c, m.id, { city: 'Sa Pa' }); // C had seen neither: a third side
    await round(c);
    await round(b);
    const stale = b.app.raw('conflicts.resolveField', { key: shown!.key, token: shown!.token, how: 'keep', hlc: shown!.sides[0]!.hlc }) as {
      ok: false;
      error: { code: string; message: { vi: string; en: string } };
    };
    expect(stale.error.code).toBe('CONFLICT');
    expect(stale.error.message.en).toContain('changed while you were looking');
    expect(items(b)[0]!.sides).toHaveLength(3);
  });

  it('restores a record deleted on one laptop while edited on another, or keeps it deleted', async () => {
    const [a, b] = pair('deleted');
    const m1 = newMeeting(a, { titleEn: 'Kept' });
    const m2 = newMeeting(a, { titleEn: 'Gone' });
    await sync(a, b);
    for (const m of [m1, m2]) {
      a.app.call('meetings.delete', { id: m.id, version: a.app.call('meetings.get', { id: m.id }).version });
      editMeeting(b, m.id, { notes: `Sửa ${m.titleEn}` });
    }
    await sync(a, b);
    const byTitle = (l: Laptop, t: string) => items(l).find((i) => i.record.en.includes(t) || i.record.id === (t === 'Kept' ? m1.id : m2.id))!;
    const kept = byTitle(b, 'Kept');
    expect(kept).toMatchObject({ kind: 'deleted_edited', record: { id: m1.id, deleted: true } });
    expect(kept.deletion).toMatchObject({ officerName: 'Officer Laptop A', deviceName: 'Laptop A' });
    expect(kept.edits!.map((e) => [e.register, e.side.value, e.side.deviceName])).toEqual([['notes', 'Sửa Kept', 'Laptop B']]);
    b.app.call('conflicts.resolveDeleted', { key: kept.key, token: kept.token, how: 'restore' });
    const gone = byTitle(b, 'Gone');
    b.app.call('conflicts.resolveDeleted', { key: gone.key, token: gone.token, how: 'keepDeleted' });
    expect(count(b)).toBe(0);
    expect(logged(b, m1.id).after).toBe(JSON.stringify({ deletedAt: null }));
    await sync(a, b);
    for (const l of [a, b]) {
      expect(count(l)).toBe(0);
      expect(l.app.call('meetings.get', { id: m1.id }).notes).toBe('Sửa Kept');
      expect(l.app.call('meetings.get', { id: m2.id, includeDeleted: true }).deletedAt).not.toBeNull();
    }
  });

  it('merges a person entered on two laptops: memberships, focal points and action items move to the kept one', async () => {
    const [a, b] = pair('merge');
    const m = newMeeting(a);
    const delegation = a.app.call('delegations.create', { meetingId: m.id });
    await sync(a, b);
    const person = { fullName: 'Nguyễn Văn Đông', email: 'nvdong@monre.gov.vn' };
    const pa = a.app.call('people.create', person);
    const pb = b.app.call('people.create', { ...person, fullName: 'Nguyen Van Dong', phone: '0912 345 678' });
    const member = b.app.call('delegationMembers.create', { delegationId: delegation.id, personId: pb.id, role: 'head' });
    const agency = b.app.call('agencies.create', { code: 'VEA', nameVi: 'Cục Môi trường', nameEn: 'Environment Agency', kind: 'department' });
    const focal = b.app.call('focalAssignments.create', { bodyId: body(b).id, agencyId: agency.id, personId: pb.id, role: 'focal_point', validFrom: '2026-01-01' });
    const action = b.app.call('actionItems.create', { title: 'Gửi báo cáo', ownerPersonId: pb.id });
    await sync(a, b);
    const [dup] = items(a);
    expect(dup).toMatchObject({ kind: 'duplicate', record: { entity: 'person' } });
    const sides = new Map(dup!.duplicates!.map((d) => [d.id, d]));
    expect(sides.get(pb.id)).toMatchObject({ links: 3, details: { email: 'nvdong@monre.gov.vn', phone: '0912 345 678' }, createdBy: { deviceName: 'Laptop B' } });
    expect(sides.get(pa.id)).toMatchObject({ links: 0, createdBy: { deviceName: 'Laptop A' } });
    a.app.call('conflicts.resolveDuplicate', { key: dup!.key, token: dup!.token, how: 'merge', id: pa.id });
    expect(count(a)).toBe(0);
    await sync(a, b);
    for (const l of [a, b]) {
      expect(count(l)).toBe(0);
      expect(l.app.call('delegationMembers.get', { id: member.id }).personId).toBe(pa.id);
      expect(l.app.call('focalAssignments.get', { id: focal.id }).personId).toBe(pa.id);
      expect(l.app.call('actionItems.get', { id: action.id }).ownerPersonId).toBe(pa.id);
      expect(l.app.call('people.get', { id: pb.id, includeDeleted: true }).deletedAt).not.toBeNull();
    }
  });

  it('keeps both meetings of the same number, or deletes one; either closes the item on both laptops', async () => {
    const [a, b] = pair('dup-meetings');
    newMeeting(a, { sequence: 37, titleEn: 'ASOEN 37 (A)' });
    newMeeting(b, { sequence: 37, titleEn: 'ASOEN 37 (B)' });
    newMeeting(a, { sequence: 38, titleEn: 'ASOEN 38 (A)' });
    const b38 = newMeeting(b, { sequence: 38, titleEn: 'ASOEN 38 (B)' });
    await sync(a, b);
    expect(count(a)).toBe(2);
    const of = (l: Laptop, n: number) => items(l).find((i) => i.duplicates!.some((d) => d.en.startsWith(`ASOEN ${n}`)))!;
    const keep = of(a, 37);
    a.app.call('conflicts.resolveDuplicate', { key: keep.key, token: keep.token, how: 'keepBoth' });
    expect(count(a)).toBe(1);
    const del = of(b, 38);
    b.app.call('conflicts.resolveDuplicate', { key: del.key, token: del.token, how: 'delete', id: b38.id });
    expect(count(b)).toBe(1);
    await sync(a, b);
    for (const l of [a, b]) {
      expect(count(l)).toBe(0);
      expect(l.app.call('meetings.list', { filter: { bodyId: body(l).id }, limit: 50 }).items.map((x) => x.titleEn).sort()).toEqual(['ASOEN 37 (A)', 'ASOEN 37 (B)', 'ASOEN 38 (A)']);
    }
  });

  it('merges a meeting entered on two laptops: its delegation, action items and related meetings move; refused while both have a delegation', async () => {
    const [a, b] = pair('merge-meetings');
    const ma = newMeeting(a, { sequence: 40, titleEn: 'ASOEN 40 (A)' });
    const mb = newMeeting(b, { sequence: 40, titleEn: 'ASOEN 40 (B)' });
    const delegation = b.app.call('delegations.create', { meetingId: mb.id });
    const action = b.app.call('actionItems.create', { title: 'Chuẩn bị phát biểu', sourceMeetingId: mb.id });
    const side = newMeeting(b, { titleEn: 'Side event', parentId: mb.id });
    await sync(a, b);
    const [dup] = items(a);
    const other = dup!.duplicates!.find((d) => d.id === mb.id)!;
    expect(other.links).toBe(3);

    // Both with a delegation: nothing is merged, and the officer is told what to do first.
    const second = a.app.call('delegations.create', { meetingId: ma.id });
    const both = a.app.raw('conflicts.resolveDuplicate', { key: dup!.key, token: dup!.token, how: 'merge', id: ma.id }) as { ok: false; error: { code: string; message: { vi: string } } };
    expect(both.error.code).toBe('CONFLICT');
    expect(both.error.message.vi).toContain('Cả hai cuộc họp đều có đoàn công tác');
    expect(a.app.call('actionItems.get', { id: action.id }).sourceMeetingId).toBe(mb.id);
    expect(count(a)).toBe(1);
    a.app.call('delegations.delete', { id: second.id, version: a.app.call('delegations.get', { id: second.id }).version });

    a.app.call('conflicts.resolveDuplicate', { key: dup!.key, token: dup!.token, how: 'merge', id: ma.id });
    await sync(a, b);
    for (const l of [a, b]) {
      expect(count(l)).toBe(0);
      expect(l.app.call('delegations.get', { id: delegation.id }).meetingId).toBe(ma.id);
      expect(l.app.call('actionItems.get', { id: action.id }).sourceMeetingId).toBe(ma.id);
      expect(l.app.call('meetings.get', { id: side.id }).parentId).toBe(ma.id);
      expect(l.app.call('meetings.get', { id: mb.id, includeDeleted: true }).deletedAt).not.toBeNull();
    }
  });

  it('merges two agencies (a duplicate code, as the exchange will flag it): people, focal points, lead and supporting agencies move', () => {
    const [a] = pair('merge-agencies');
    const kinds = { kind: 'department' } as const;
    const keep = a.app.call('agencies.create', { code: 'VEA', nameVi: 'Cục Môi trường', nameEn: 'Environment Agency', ...kinds });
    const other = a.app.call('agencies.create', { code: 'VEA-2', nameVi: 'Cục Môi trường (nhập lại)', nameEn: 'Environment Agency (again)', ...kinds });
    const third = a.app.call('agencies.create', { code: 'ISPONRE', nameVi: 'Viện Chiến lược', nameEn: 'Institute of Strategy', ...kinds });
    const person = a.app.call('people.create', { fullName: 'Phạm Thị Lan', agencyId: other.id });
    const focal = a.app.call('focalAssignments.create', { bodyId: body(a).id, agencyId: other.id, role: 'focal_point', validFrom: '2026-01-01' });
    const led = a.app.call('actionItems.create', { title: 'Tổng hợp ý kiến', leadAgencyId: other.id, supportingAgencyIds: [keep.id, other.id, third.id] });
    const [x, y] = [keep.id, other.id].sort() as [string, string];
    a.app.ctx.db.prepare('INSERT INTO exchange_conflicts (key, kind, entity, entity_id, register, detail) VALUES (?, ?, ?, ?, ?, ?)').run(`duplicate:${x}:${y}`, 'duplicate', 'agency', x, y, null);
    const [dup] = items(a);
    expect(dup!.duplicates!.find((d) => d.id === other.id)!.links).toBe(3);
    a.app.call('conflicts.resolveDuplicate', { key: dup!.key, token: dup!.token, how: 'merge', id: keep.id });
    expect(a.app.call('people.get', { id: person.id }).agencyId).toBe(keep.id);
    expect(a.app.call('focalAssignments.get', { id: focal.id }).agencyId).toBe(keep.id);
    const item = a.app.call('actionItems.get', { id: led.id });
    expect([item.leadAgencyId, [...item.supportingAgencyIds].sort()]).toEqual([keep.id, [keep.id, third.id].sort()]);
    expect(a.app.call('agencies.get', { id: other.id, includeDeleted: true }).deletedAt).not.toBeNull();
    expect(count(a)).toBe(0);
  });

  it('validates its input', () => {
    const [a] = pair('input');
    const bad = a.app.raw('conflicts.resolveDeleted', { key: 'x', token: 'y', how: 'undo' }) as { ok: false; error: { code: string } };
    expect(bad.error.code).toBe('VALIDATION');
    const none = a.app.raw('conflicts.resolveDeleted', { key: 'deleted_edited:x:y', token: '', how: 'restore' }) as { ok: false; error: { code: string } };
    expect(none.error.code).toBe('CONFLICT');
  });
});
