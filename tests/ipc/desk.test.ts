import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addMonths } from '../../common/clock';
import { createTestApp, type TestApp } from '../helpers/app';

const TODAY = '2026-11-21';

function count(app: TestApp, sql: string): number {
  return (app.ctx.db.prepare(sql).get() as { n: number }).n;
}

describe('the desk use cases', () => {
  let app: TestApp;
  beforeEach(() => {
    app = createTestApp({ sample: true });
  });
  afterEach(() => app.close());

  const agency = (code: string) => app.call('agencies.list', { q: code, limit: 50 }).items.find((a) => a.code === code)!;
  const body = (code: string) => app.call('bodies.list', { q: code, limit: 50 }).items.find((b) => b.code === code)!;

  describe('Today', () => {
    it('lists the meetings of the next 90 days with their preparation state', () => {
      const s = app.call('today.summary', {});
      expect(s.date).toBe(TODAY);
      expect(s.upcoming.length).toBeGreaterThan(0);
      for (const u of s.upcoming) {
        expect(u.meeting.startDate >= TODAY || u.meeting.endDate >= TODAY).toBe(true);
        expect(u.meeting.startDate <= '2027-02-19').toBe(true);
        expect(u.meeting.parentId).toBeNull();
      }
      const withDelegation = s.upcoming.find((u) => u.delegationId !== null)!;
      expect(withDelegation).toBeDefined();
      expect(withDelegation.readiness.hasDelegation).toBe(true);
      const missing = s.upcoming.find((u) => u.delegationId === null);
      if (missing) expect(missing.readiness.warnings.map((w) => w.kind)).toEqual(['no_delegation']);
    });

    it('warns of a passport that expires within six months of the return, naming the person', () => {
      const s = app.call('today.summary', {});
      const warnings = s.upcoming.flatMap((u) => u.readiness.warnings);
      const passport = warnings.find((w) => w.kind === 'passport_expiring')!;
      expect(passport).toBeDefined();
      expect(passport.fullName).toBeTruthy();
      expect(passport.passportExpiry! <= passport.requiredUntil!).toBe(true);
    });

    it('shows overdue and due-soon action items that are still open, with their lead agency', () => {
      const s = app.call('today.summary', {});
      expect(s.overdue.length).toBeGreaterThan(0);
      expect(s.overdue.every((a) => a.dueDate! < TODAY && ['open', 'in_progress', 'blocked'].includes(a.status))).toBe(true);
      expect(s.dueSoon.every((a) => a.dueDate! >= TODAY && a.dueDate! <= '2026-12-21')).toBe(true);
      expect(s.overdue.some((a) => a.leadAgencyCode !== null)).toBe(true);
    });

    it('shows at most `limit` of each list, the first ones in order, and counts them all', () => {
      const all = app.call('today.summary', { limit: 200 });
      const short = app.call('today.summary', { limit: 2 });
      expect(all.overdue.length).toBeGreaterThan(2);
      expect(short.overdue).toEqual(all.overdue.slice(0, 2));
      expect(short.overdueTotal).toBe(all.overdue.length);
      expect(short.overdueTotal).toBe(app.call('actionItems.count', { filter: { status: ['open', 'in_progress', 'blocked'], dueTo: '2026-11-20' } }).count);
      expect(short.dueSoon).toEqual(all.dueSoon.slice(0, 2));
      expect(short.dueSoonTotal).toBe(all.dueSoon.length);
      expect(short.upcoming.map((u) => u.meeting.id)).toEqual(all.upcoming.slice(0, 2).map((u) => u.meeting.id));
      expect(short.upcomingTotal).toBe(all.upcoming.length);
      expect(short.bodiesWithoutFocalPointTotal).toBe(all.bodiesWithoutFocalPoint.length);
      expect(short.bodiesWithoutFocalPoint).toEqual(all.bodiesWithoutFocalPoint.slice(0, 2));
      // The screen's default: twelve of each.
      const byDefault = app.call('today.summary', {});
      expect(byDefault.overdue).toEqual(all.overdue.slice(0, 12));
      expect(byDefault.overdueTotal).toBe(all.overdue.length);
    });

    it('counts what it does not show up to a thousand, then says "more than a thousand"', () => {
      const big = createTestApp({ sample: true });
      try {
        const before = big.call('today.summary', {});
        expect(before.countCap).toBe(1000);
        const rows = Array.from({ length: 1001 - before.overdueTotal }, (_, i) => ({ title: `Quá hạn ${i}`, dueDate: '2025-03-01', status: 'open' as const, priority: 'normal' as const, supportingAgencyIds: [] }));
        for (const r of rows) big.call('actionItems.create', r);
        expect(big.call('today.summary', {}).overdueTotal).toBe(1001);
        big.call('actionItems.create', rows[0]!);
        // Still "more than 1,000"; the filtered list counts them all.
        expect(big.call('today.summary', {}).overdueTotal).toBe(1001);
        expect(big.call('actionItems.count', { filter: { status: ['open', 'in_progress', 'blocked'], dueTo: '2026-11-20' } }).count).toBe(1002);
      } finally {
        big.close();
      }
    });

    it('names the bodies with no focal point in force today, and the latest changes with titles', () => {
      const s = app.call('today.summary', {});
      const withFocal = new Set(app.call('focalPoints.asOf', { date: TODAY }).map((f) => f.bodyId));
      expect(s.bodiesWithoutFocalPoint.every((b) => !withFocal.has(b.id))).toBe(true);
      const m = app.call('meetings.create', { bodyId: body('ASOEN').id, titleVi: 'Họp trù bị', titleEn: 'Preparatory meeting', startDate: '2026-12-02', endDate: '2026-12-02' });
      const after = app.call('today.summary', {});
      expect(after.recentChanges[0]).toMatchObject({ entityId: m.id, op: 'create', title: 'Họp trù bị' });
    });
  });

  it('proposes the next sequence number of a body: ASOEN n+1', () => {
    const asoen = body('ASOEN');
    const numbers = app.call('meetings.list', { filter: { bodyId: asoen.id }, limit: 500 }).items.map((m) => m.sequence ?? 0);
    expect(app.call('meetings.nextSequence', { bodyId: asoen.id })).toEqual({ sequence: Math.max(...numbers) + 1 });
    const fresh = app.call('bodies.create', { code: 'NEW-WG', nameVi: 'Nhóm mới', nameEn: 'New group', kind: 'working_group' });
    expect(app.call('meetings.nextSequence', { bodyId: fresh.id })).toEqual({ sequence: null });
  });

  it('gives the meeting page everything at once: body, related meetings, delegation with members, readiness', () => {
    const asoen34 = app.call('meetings.list', { q: 'ASOEN 34', limit: 20 }).items.find((m) => m.parentId === null && m.sequence === 34)!;
    const o = app.call('meetings.overview', { id: asoen34.id });
    expect(o.body.code).toBe('ASOEN');
    expect(o.related.length).toBe(asoen34.relatedCount);
    expect(o.delegation).not.toBeNull();
    expect(o.members.length).toBeGreaterThan(2);
    expect(o.members.filter((m) => m.role === 'head')).toHaveLength(1);
    expect(o.delegation!.headPersonId).toBe(o.members.find((m) => m.role === 'head')!.personId);
    expect(o.members[0]!.person.fullName).toBeTruthy();
    expect(o.readiness.hasHead).toBe(true);
  });

  it('computes the passport rule from the return date: valid more than six months after it', () => {
    expect(addMonths('2026-12-09', 6)).toBe('2027-06-09');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    const asoen = body('ASOEN');
    const m = app.call('meetings.create', { bodyId: asoen.id, titleVi: 'Họp', titleEn: 'Meeting', startDate: '2027-01-10', endDate: '2027-01-12' });
    const d = app.call('delegations.create', { meetingId: m.id, decisionNumber: '15/QĐ-BNNMT' });
    const ok = app.call('people.create', { fullName: 'Trần Văn An', passportExpiry: '2027-07-14' });
    const edge = app.call('people.create', { fullName: 'Lê Thị Bình', passportExpiry: '2027-07-12' });
    const none = app.call('people.create', { fullName: 'Phạm Văn Cường' });
    app.call('delegationMembers.create', { delegationId: d.id, personId: ok.id, role: 'head', travelTo: '2027-01-13' });
    app.call('delegationMembers.create', { delegationId: d.id, personId: edge.id, travelTo: '2027-01-12' });
    app.call('delegationMembers.create', { delegationId: d.id, personId: none.id });
    const r = app.call('meetings.overview', { id: m.id }).readiness;
    expect(r).toMatchObject({ hasDelegation: true, hasHead: true, hasDecision: true, passportsOk: false });
    expect(r.warnings).toEqual([
      { kind: 'passport_expiring', personId: edge.id, fullName: 'Lê Thị Bình', passportExpiry: '2027-07-12', requiredUntil: '2027-07-12' },
      { kind: 'passport_missing', personId: none.id, fullName: 'Phạm Văn Cường', passportExpiry: null, requiredUntil: '2027-07-12' },
    ]);
  });

  it('counts action items with the same filters as the list', () => {
    const filter = { status: ['open' as const, 'in_progress' as const] };
    const listed = app.call('actionItems.list', { filter, limit: 500 }).items.length;
    expect(app.call('actionItems.count', { filter })).toEqual({ count: listed, more: false });
    expect(app.call('actionItems.count', { q: 'pu mat' }).count).toBeGreaterThan(0);
  });

  it('changes the status of many action items in one transaction, all or nothing', () => {
    const open = app.call('actionItems.list', { filter: { status: ['open'] }, limit: 3 }).items;
    expect(open).toHaveLength(3);
    const stale = [...open.slice(0, 2), { ...open[2]!, version: open[2]!.version + 5 }];
    const refused = app.raw('actionItems.bulkStatus', { items: stale.map(({ id, version }) => ({ id, version })), status: 'done', completedOn: TODAY });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(app.call('actionItems.get', { id: open[0]!.id }).status).toBe('open');
    const done = app.call('actionItems.bulkStatus', { items: open.map(({ id, version }) => ({ id, version })), status: 'done', completedOn: TODAY, note: 'Đã hoàn thành theo báo cáo' });
    expect(done.items.every((i) => i.status === 'done' && i.completedOn === TODAY)).toBe(true);
    expect(app.call('actionUpdates.list', { filter: { actionItemId: open[0]!.id }, limit: 10 }).items[0]).toMatchObject({ note: 'Đã hoàn thành theo báo cáo', statusAfter: 'done' });
  });

  it('runs a reorganisation: previews what moves, then ends the old assignments and starts the new ones, history kept', () => {
    // The nature conservation department becomes a new agency on 01/07/2026.
    const old = agency('MAE-NCBD');
    const successor = app.call('agencies.create', { code: 'MAE-NCA', nameVi: 'Cục Bảo tồn thiên nhiên', nameEn: 'Nature Conservation Agency', kind: 'department', parentId: old.parentId, validFrom: '2026-07-01' });
    const input = { predecessorIds: [old.id], successorId: successor.id, effectiveOn: '2026-07-01' };
    const { moves } = app.call('reorg.preview', input);
    expect(moves.length).toBeGreaterThan(0);
    expect(moves.every((m) => m.fromAgencyId === old.id)).toBe(true);
    const before = app.call('focalPoints.asOf', { date: '2026-06-30' }).filter((f) => f.agencyId === old.id).length;
    expect(before).toBe(moves.length);

    const result = app.call('reorg.apply', { ...input, kind: 'renamed' });
    expect(result).toMatchObject({ ended: moves.length, created: moves.length, successions: 1 });
    expect(app.call('focalPoints.asOf', { date: '2026-06-30' }).filter((f) => f.agencyId === old.id)).toHaveLength(moves.length);
    expect(app.call('focalPoints.asOf', { date: '2026-07-01' }).filter((f) => f.agencyId === old.id)).toHaveLength(0);
    expect(app.call('focalPoints.asOf', { date: '2026-07-01' }).filter((f) => f.agencyId === successor.id)).toHaveLength(moves.length);
    expect(app.call('agencies.get', { id: old.id }).validTo).toBe('2026-06-30');
    expect(app.call('agencySuccessions.list', { filter: { agencyId: old.id }, limit: 10 }).items.map((s) => s.successorId)).toContain(successor.id);
    // Applying again finds nothing left to move.
    expect(app.call('reorg.preview', input).moves).toEqual([]);
  });

  it('refuses a reorganisation into one of the ceasing agencies', () => {
    const a = agency('MAE-ICD');
    expect(app.raw('reorg.preview', { predecessorIds: [a.id], successorId: a.id, effectiveOn: '2026-07-01' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('keeps settings: an export folder must be a full path of this computer, to a folder that exists', () => {
    expect(app.call('settings.get', {})).toEqual({ exportFolder: null, dayZone: 'office', officerName: null, laptopName: null });
    expect(app.raw('settings.update', { exportFolder: 'Exports' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const folder = mkdtempSync(path.join(tmpdir(), 'asoen-Xuất-'));
    try {
      expect(app.call('settings.update', { exportFolder: folder })).toEqual({ exportFolder: folder, dayZone: 'office', officerName: null, laptopName: null });
      // A share's path is a Windows path: refused on this (Linux) computer, saying so.
      const share = app.raw('settings.update', { exportFolder: '\\\\fileserver\\ASEAN\\Xuất' });
      expect(share).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: { en: expect.stringMatching(/is a Windows path; this computer runs/) } } });
      expect(app.call('settings.get', {}).exportFolder).toBe(folder);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    expect(app.call('settings.update', { exportFolder: null })).toEqual({ exportFolder: null, dayZone: 'office', officerName: null, laptopName: null });
  });

  describe('removing the sample desk', () => {
    it('takes out every sample record and leaves the reference data and real records alone', () => {
      const real = app.call('people.create', { fullName: 'Người dùng thật' });
      const referenceBodies = count(app, 'SELECT count(*) AS n FROM bodies WHERE deleted_at IS NULL');
      const { removed } = app.call('sample.remove', {});
      expect(removed).toBeGreaterThan(100);
      expect(count(app, 'SELECT count(*) AS n FROM meetings WHERE deleted_at IS NULL')).toBe(0);
      expect(count(app, 'SELECT count(*) AS n FROM action_items WHERE deleted_at IS NULL')).toBe(0);
      expect(count(app, 'SELECT count(*) AS n FROM bodies WHERE deleted_at IS NULL')).toBe(referenceBodies);
      expect(app.call('people.list', { limit: 50 }).items.map((p) => p.fullName)).toEqual(['Người dùng thật']);
      expect(app.call('people.get', { id: real.id }).fullName).toBe('Người dùng thật');
      expect(app.call('app.info', {}).sampleVersion).toBeNull();
      // And it can be loaded again.
      expect(app.call('sample.load', {}).created).toBe(removed);
    });

    it('refuses, changing nothing, when a real record refers to a sample one', () => {
      const sampleMeeting = app.call('meetings.list', { limit: 1 }).items[0]!;
      app.call('actionItems.create', { title: 'Việc thật gắn với họp mẫu', sourceMeetingId: sampleMeeting.id });
      const logBefore = count(app, 'SELECT count(*) AS n FROM change_log');
      const r = app.raw('sample.remove', {});
      expect(r).toMatchObject({ ok: false, error: { code: 'CONSTRAINT' } });
      if (!r.ok) expect(r.error.message.vi).toContain('dữ liệu mẫu');
      expect(count(app, 'SELECT count(*) AS n FROM change_log')).toBe(logBefore);
    });
  });
});
