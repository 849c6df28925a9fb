import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../db/errors';
import { exchangeStanding } from '../../../db/exchange/classified';
import { openConflicts } from '../../../db/exchange/merge';
import { settleRegister } from '../../../db/exchange/resolve';
import { repositories as repo } from '../../../db/repo/repositories';
import { loadSampleData, removeSampleData } from '../../../db/seed/load';
import { exchangeRound } from '../../../electron/services/exchange/round';
import { exchangeLaptops, shareText, writesFailing, type Laptop } from '../../helpers/exchangeLaptops';

// Requirement 6 of the exchange when a delegation's marking changes: what is marked Mật or higher
// (the delegation, its members, their texts) never reaches the share; lowered, it reaches the
// other laptops whole; raised again, they keep what they had and learn only the new marking.

const { laptop, shareOf } = exchangeLaptops('asoen-exclass-');

function setUp(name: string) {
  const share = shareOf(name);
  const a = laptop('Laptop A', share);
  const b = laptop('Laptop B', share);
  const body = a.db.prepare('SELECT id FROM bodies WHERE deleted_at IS NULL ORDER BY code LIMIT 1').pluck().get() as string;
  const meeting = a.db.transaction(() => repo.meetings.create(a.db, a.ctx, { bodyId: body, titleVi: 'Họp ASOEN 37', titleEn: 'ASOEN 37', startDate: '2027-01-10', endDate: '2027-01-12' }))();
  const person = a.db.transaction(() => repo.people.create(a.db, a.ctx, { fullName: 'Trần Thị Mai' }))();
  const update = (l: Laptop, id: string, changes: Record<string, unknown>) =>
    l.db.transaction(() => repo.delegations.update(l.db, l.ctx, { id, version: repo.delegations.get(l.db, id).version, changes }))();
  return { share, a, b, meeting, person, update };
}

describe('a classified delegation and the exchange', () => {
  it('keeps a Mật delegation, its members and their texts off the share; lowered, the other laptop gets it whole; raised again, it keeps what it had and no new text goes out', async () => {
    const { share, a, b, meeting, person, update } = setUp('cycle');
    const d = a.db.transaction(() => repo.delegations.create(a.db, a.ctx, { meetingId: meeting.id, classification: 'secret', objectives: 'SENTINEL-1 lập trường đàm phán' }))();
    const member = a.db.transaction(() =>
      repo.delegationMembers.create(a.db, a.ctx, { delegationId: d.id, personId: person.id, role: 'head', position: 'Vụ trưởng', notes: 'SENTINEL-1 ghi chú' }),
    )();
    update(a, d.id, { positions: 'SENTINEL-1 quan điểm' });
    // The meeting's agenda carries Viet Nam's position: it hangs off the delegation too.
    const item = a.db.transaction(() => repo.agendaItems.create(a.db, a.ctx, { meetingId: meeting.id, number: 1, titleVi: 'Khai mạc', position: 'SENTINEL-1 nội dung mục 1' }))();
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    expect(shareText(share)).not.toContain('SENTINEL');
    expect(repo.meetings.find(b.db, meeting.id)).toBeTruthy();
    expect(repo.delegations.find(b.db, d.id)).toBeUndefined();
    expect(repo.agendaItems.find(b.db, item.id)).toBeUndefined();
    expect(exchangeStanding(a.db, d.id)).toEqual({ keptLocal: true, sharedBefore: false });

    // Lowered to unclassified: B gets it as it is now, members included.
    update(a, d.id, { classification: 'none', objectives: 'Lập trường công khai' });
    await exchangeRound(a.env);
    expect((await exchangeRound(b.env)).problems).toEqual([]);
    expect(repo.delegations.get(b.db, d.id)).toMatchObject({ classification: 'none', objectives: 'Lập trường công khai', positions: 'SENTINEL-1 quan điểm', meetingId: meeting.id });
    expect(repo.delegationMembers.get(b.db, member.id)).toMatchObject({ delegationId: d.id, personId: person.id, role: 'head', position: 'Vụ trưởng', notes: 'SENTINEL-1 ghi chú' });
    expect(repo.agendaItems.get(b.db, item.id)).toMatchObject({ meetingId: meeting.id, titleVi: 'Khai mạc', position: 'SENTINEL-1 nội dung mục 1' });
    // The text it held while it was secret and replaced before lowering never left A.
    expect(shareText(share)).not.toContain('SENTINEL-1 lập trường');
    expect(exchangeStanding(a.db, d.id)).toEqual({ keptLocal: false, sharedBefore: false });

    // Raised again, and edited: B learns the marking only; nothing new is written.
    update(a, d.id, { classification: 'top_secret', objectives: 'SENTINEL-2 mật' });
    a.db.transaction(() => repo.delegationMembers.update(a.db, a.ctx, { id: member.id, version: repo.delegationMembers.get(a.db, member.id).version, changes: { notes: 'SENTINEL-2 ghi chú' } }))();
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    expect(shareText(share)).not.toContain('SENTINEL-2');
    expect(repo.delegations.get(b.db, d.id)).toMatchObject({ classification: 'top_secret', objectives: 'Lập trường công khai' });
    expect(repo.delegationMembers.get(b.db, member.id).notes).toBe('SENTINEL-1 ghi chú');
    // Both screens say it stays local now, and that the other laptops had it before.
    expect(exchangeStanding(a.db, d.id)).toEqual({ keptLocal: true, sharedBefore: true });
    expect(exchangeStanding(b.db, d.id)).toEqual({ keptLocal: true, sharedBefore: true });

    // B's own edits of it now stay on B too.
    update(b, d.id, { notes: 'SENTINEL-3 của B' });
    await exchangeRound(b.env);
    expect(shareText(share)).not.toContain('SENTINEL-3');

    // Lowered again on A: both converge on the same record, B's held edit included once B has seen the lowering.
    update(a, d.id, { classification: 'none' });
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    await exchangeRound(a.env);
    const strip = (r: Record<string, unknown>) => ({ ...r, version: 0, updatedAt: '', createdAt: '' });
    expect(strip(repo.delegations.get(b.db, d.id))).toEqual(strip(repo.delegations.get(a.db, d.id)));
    expect(repo.delegations.get(a.db, d.id)).toMatchObject({ classification: 'none', objectives: 'SENTINEL-2 mật', notes: 'SENTINEL-3 của B' });
    expect(repo.delegationMembers.get(b.db, member.id).notes).toBe('SENTINEL-2 ghi chú');
    const heads = (l: Laptop) => l.db.prepare('SELECT entity_id, register, hlc, value FROM exchange_heads WHERE entity_id IN (?, ?) ORDER BY 1, 2, 3').all(d.id, member.id);
    expect(heads(b)).toEqual(heads(a));
  });

  it('tells the other laptops when a Mật delegation is marked Tối mật, or lowered and raised again between two exchanges, and nothing else', async () => {
    const { share, a, b, meeting, update } = setUp('re-marked');
    const d = a.db.transaction(() => repo.delegations.create(a.db, a.ctx, { meetingId: meeting.id, objectives: 'Mục tiêu công khai' }))();
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    update(a, d.id, { classification: 'secret', objectives: 'SENTINEL-M1' });
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    expect(repo.delegations.get(b.db, d.id).classification).toBe('secret');
    update(a, d.id, { classification: 'top_secret', objectives: 'SENTINEL-M2' });
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    expect(repo.delegations.get(b.db, d.id)).toMatchObject({ classification: 'top_secret', objectives: 'Mục tiêu công khai' });
    // Lowered, then raised again to Mật before the next exchange: only the new marking leaves.
    update(a, d.id, { classification: 'none' });
    update(a, d.id, { classification: 'secret', objectives: 'SENTINEL-M3' });
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    expect(repo.delegations.get(b.db, d.id)).toMatchObject({ classification: 'secret', objectives: 'Mục tiêu công khai' });
    expect(shareText(share)).not.toContain('SENTINEL');
    // Nothing more goes out once the others have it.
    const lines = () => a.db.prepare('SELECT count(*) FROM exchange_outbox').pluck().get();
    const before = lines();
    await exchangeRound(a.env);
    await exchangeRound(a.env);
    expect(lines()).toBe(before);
  });

  it('closes a conflict over the marking of a delegation both laptops hold, on both, once one of them resolves it', async () => {
    const { a, b, meeting, update } = setUp('marking-conflict');
    const d = a.db.transaction(() => repo.delegations.create(a.db, a.ctx, { meetingId: meeting.id, objectives: 'Mục tiêu công khai' }))();
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    // Raised on both laptops apart, to two markings: each is told the other's marking.
    update(a, d.id, { classification: 'confidential' });
    update(b, d.id, { classification: 'secret' });
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    await exchangeRound(a.env);
    const markingConflicts = (l: Laptop) => openConflicts(l.db).filter((c) => c.entityId === d.id && c.register === 'classification');
    expect(markingConflicts(a)).toHaveLength(1);
    expect(markingConflicts(b)).toHaveLength(1);
    // A keeps the stricter marking: the item closes here, and on B once it has A's answer.
    a.db.transaction(() => settleRegister(a.db, a.ctx, 'delegation', d.id, 'classification', 'secret'))();
    await exchangeRound(a.env);
    expect(markingConflicts(a)).toEqual([]);
    await exchangeRound(b.env);
    expect(markingConflicts(b)).toEqual([]);
    expect(repo.delegations.get(a.db, d.id).classification).toBe('secret');
    expect(repo.delegations.get(b.db, d.id).classification).toBe('secret');
  });

  it('gives a laptop that joined from a snapshot while the delegation was Mật the whole delegation once it is lowered', async () => {
    const { share, a, b, meeting, person, update } = setUp('joined-while-held');
    const d = a.db.transaction(() => repo.delegations.create(a.db, a.ctx, { meetingId: meeting.id, objectives: 'Mục tiêu công khai' }))();
    const member = a.db.transaction(() => repo.delegationMembers.create(a.db, a.ctx, { delegationId: d.id, personId: person.id, role: 'head', notes: 'Ghi chú công khai' }))();
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    update(a, d.id, { classification: 'secret' });
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    // B writes a snapshot: the delegation, Mật there too, is not in it. C joins from it.
    const written = await exchangeRound({ ...b.env, snapshotEvery: 1 });
    expect(written.snapshot).toBeTruthy();
    const c = laptop('Laptop C', share);
    expect((await exchangeRound(c.env)).joined).toBeTruthy();
    expect(repo.delegations.find(c.db, d.id)).toBeUndefined();
    // Lowered on A: C, which never had it, gets it whole, members included.
    update(a, d.id, { classification: 'none', objectives: 'Mục tiêu đã công bố' });
    await exchangeRound(a.env);
    expect((await exchangeRound(c.env)).problems).toEqual([]);
    expect(repo.delegations.get(c.db, d.id)).toMatchObject({ classification: 'none', objectives: 'Mục tiêu đã công bố', meetingId: meeting.id });
    expect(repo.delegationMembers.get(c.db, member.id)).toMatchObject({ role: 'head', notes: 'Ghi chú công khai' });
    // B, which had it all along, reads the same, and its History gains nothing for the member, which did not change.
    const memberLog = (l: Laptop) => l.db.prepare('SELECT count(*) FROM change_log WHERE entity_id = ?').pluck().get(member.id);
    const memberBefore = memberLog(b);
    await exchangeRound(b.env);
    expect(repo.delegations.get(b.db, d.id)).toMatchObject({ classification: 'none', objectives: 'Mục tiêu đã công bố' });
    expect(memberLog(b)).toBe(memberBefore);
    // The same merge state on the three: a later edit anywhere replaces the same heads.
    const heads = (l: Laptop) => l.db.prepare('SELECT entity_id, register, hlc, value FROM exchange_heads WHERE entity_id IN (?, ?) ORDER BY 1, 2, 3').all(d.id, member.id);
    expect(heads(c)).toEqual(heads(a));
    expect(heads(b)).toEqual(heads(a));
    expect(openConflicts(b.db)).toEqual([]);
    expect(openConflicts(c.db)).toEqual([]);
  });

  it('never sends a text written while the delegation was secret, even when it is lowered before the next exchange', async () => {
    const { share, a, b, meeting, person, update } = setUp('lowered-before');
    const d = a.db.transaction(() => repo.delegations.create(a.db, a.ctx, { meetingId: meeting.id, classification: 'secret', objectives: 'SENTINEL-L lập trường' }))();
    const member = a.db.transaction(() => repo.delegationMembers.create(a.db, a.ctx, { delegationId: d.id, personId: person.id, notes: 'SENTINEL-L ghi chú' }))();
    a.db.transaction(() => repo.delegationMembers.update(a.db, a.ctx, { id: member.id, version: member.version, changes: { notes: 'Ghi chú công khai' } }))();
    update(a, d.id, { classification: 'none', objectives: 'Mục tiêu công khai' });
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    expect(shareText(share)).not.toContain('SENTINEL');
    expect(repo.delegations.get(b.db, d.id)).toMatchObject({ classification: 'none', objectives: 'Mục tiêu công khai' });
    expect(repo.delegationMembers.get(b.db, member.id).notes).toBe('Ghi chú công khai');
  });

  it('withholds what was taken up but not yet published when the delegation is raised meanwhile (the share was full)', async () => {
    const { share, a, b, meeting, update } = setUp('race');
    const d = a.db.transaction(() => repo.delegations.create(a.db, a.ctx, { meetingId: meeting.id, objectives: 'Công khai' }))();
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    expect(repo.delegations.get(b.db, d.id).objectives).toBe('Công khai');

    // A's next exchange takes the edit up, then finds the share full.
    update(a, d.id, { objectives: 'SENTINEL-R lập trường' });
    const full = writesFailing('ENOSPC');
    await expect(exchangeRound({ ...a.env, fs: full })).rejects.toThrow();
    expect(a.db.prepare('SELECT count(*) FROM exchange_outbox WHERE published IS NULL').pluck().get()).toBeGreaterThan(0);

    // Marked secret before the share has room again: the edit never goes out.
    update(a, d.id, { classification: 'secret' });
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    expect(shareText(share)).not.toContain('SENTINEL-R');
    expect(repo.delegations.get(b.db, d.id)).toMatchObject({ classification: 'secret', objectives: 'Công khai' });

    // Lowered: B shows what A shows, with one head per field on both (no conflict where nobody else wrote).
    update(a, d.id, { classification: 'none' });
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    expect(repo.delegations.get(b.db, d.id)).toMatchObject({ classification: 'none', objectives: 'SENTINEL-R lập trường' });
    const heads = (l: Laptop) => l.db.prepare('SELECT register, hlc, value FROM exchange_heads WHERE entity_id = ? ORDER BY 1, 2').all(d.id);
    expect(heads(b)).toEqual(heads(a));
    expect(b.db.prepare('SELECT count(*) FROM exchange_conflicts').pluck().get()).toBe(0);
  });
});

describe('a classified delegation and a delegation of the same meeting from another laptop', () => {
  it('takes the other laptop\'s delegation in (not blocked): it keeps the meeting, the one held here is the claimant here only, and the positions on the agenda stay here', async () => {
    const { share, a, b, meeting } = setUp('claim-held');
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    const held = a.db.transaction(() => repo.delegations.create(a.db, a.ctx, { meetingId: meeting.id, classification: 'secret', objectives: 'SENTINEL-H lập trường' }))();
    const item = a.db.transaction(() => repo.agendaItems.create(a.db, a.ctx, { meetingId: meeting.id, number: 1, titleVi: 'Khai mạc', position: 'SENTINEL-H quan điểm' }))();
    const open = b.db.transaction(() => repo.delegations.create(b.db, b.ctx, { meetingId: meeting.id, objectives: 'Đoàn của máy B' }))();
    await exchangeRound(b.env);
    const report = await exchangeRound(a.env);
    expect(report.problems).toEqual([]);
    await exchangeRound(b.env);
    expect(shareText(share)).not.toContain('SENTINEL-H');
    const claimant = (l: Laptop, id: string) => l.db.prepare('SELECT claimant FROM delegations WHERE id = ?').pluck().get(id);
    expect([claimant(a, open.id), claimant(a, held.id), claimant(b, open.id)]).toEqual(['', held.id, '']);
    expect(a.db.prepare("SELECT count(*) FROM exchange_conflicts WHERE kind = 'duplicate'").pluck().get()).toBe(1);
    // Edited now that the meeting has both delegations here: still held (the classified one decides).
    a.db.transaction(() => repo.agendaItems.update(a.db, a.ctx, { id: item.id, version: repo.agendaItems.get(a.db, item.id).version, changes: { position: 'SENTINEL-H2 quan điểm mới' } }))();
    await exchangeRound(a.env);
    expect(shareText(share)).not.toContain('SENTINEL-H');
  });
});

describe('the sample desk and the exchange', () => {
  it('does not exchange while the sample desk is loaded, and takes part once it is removed, its records never live elsewhere', async () => {
    const { share, a, b, meeting } = setUp('sample');
    a.db.transaction(() => loadSampleData(a.db, a.ctx))();
    const sampleMeeting = a.db.prepare("SELECT id FROM meetings WHERE title_en LIKE '%ASOMM 26%'").pluck().get() as string;
    expect(sampleMeeting).toBeTruthy();
    const refused = await exchangeRound(a.env).then(
      () => null,
      (err: AppError) => err,
    );
    expect(refused?.messages.vi).toContain('gỡ dữ liệu mẫu');
    expect(refused?.messages.en).toContain('remove it');
    expect(existsSync(share)).toBe(false);

    a.db.transaction(() => removeSampleData(a.db, a.ctx))();
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    expect(repo.meetings.find(b.db, meeting.id)).toBeTruthy();
    // The sample's records are at most history on B: never live.
    expect(b.db.prepare('SELECT deleted_at FROM meetings WHERE id = ?').pluck().get(sampleMeeting) ?? 'never there').toBeTruthy();
    expect(b.db.prepare("SELECT count(*) FROM meetings WHERE deleted_at IS NULL AND title_en LIKE '%ASOMM 26%'").pluck().get()).toBe(0);
  });

  it('refuses to load the sample desk on a laptop that exchanges, saying why', async () => {
    const { a } = setUp('sample-refused');
    await exchangeRound(a.env);
    expect(() => a.db.transaction(() => loadSampleData(a.db, a.ctx))()).toThrow(/sample desk is not loaded here/);
    expect(a.db.prepare("SELECT value FROM app_meta WHERE key = 'sample_version'").get()).toBeUndefined();
  });
});
