import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { methodNames, methods, type MethodName } from '../../electron/contract';
import { createTestApp, type TestApp } from '../helpers/app';

// Every method is called once with a valid input, and its output must survive a JSON round
// trip unchanged and still match the contract: that is what any transport does to it.

describe('every output of the contract', () => {
  let app: TestApp;
  const called = new Set<string>();

  function callChecked(method: MethodName, input: unknown): Record<string, unknown> {
    const r = app.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message.en} ${JSON.stringify(r.error.issues ?? '')}`);
    const copy = JSON.parse(JSON.stringify(r.value)) as unknown;
    expect(copy).toEqual(r.value);
    expect(methods[method].output.safeParse(copy).success).toBe(true);
    called.add(method);
    return r.value as Record<string, unknown>;
  }

  beforeAll(() => {
    app = createTestApp({ sample: true });
  });
  afterAll(() => app.close());

  it('survives JSON and matches its schema, for every method', async () => {
    const first = (prefix: string, filter: Record<string, unknown> = {}) =>
      ((callChecked(`${prefix}.list` as MethodName, { limit: 5, filter }) as { items: Array<{ id: string }> }).items[0]!).id;
    const pillarId = first('pillars');
    const bodyId = first('bodies');
    const agencyId = first('agencies');
    const countryId = first('countries');
    const meetingId = first('meetings');
    const personId = first('people');

    const payloads: Record<string, { create: Record<string, unknown>; change: Record<string, unknown> }> = {
      countries: { create: { code: 'ZZ', nameVi: 'Nước thử', nameEn: 'Testland', kind: 'other' }, change: { notes: 'ghi chú' } },
      legalBases: { create: { number: '1/2026/QĐ-TEST', kind: 'decision', issuedOn: '2026-01-02', issuer: 'Bộ Thử', titleVi: 'Quyết định thử' }, change: { titleEn: 'Test decision' } },
      agencies: { create: { code: 'TEST-AG', nameVi: 'Cơ quan thử', nameEn: 'Test agency', kind: 'unit', parentId: agencyId }, change: { abbreviation: 'TA' } },
      agencySuccessions: { create: { predecessorId: agencyId, successorId: '', effectiveOn: '2026-01-01', kind: 'renamed' }, change: { notes: 'đổi tên' } },
      bodies: { create: { code: 'TEST-WG', nameVi: 'Nhóm thử', nameEn: 'Test group', kind: 'working_group', pillarId, parentId: bodyId, formerCodes: ['OLD-WG'] }, change: { cadence: 'biennial' } },
      people: { create: { fullName: 'Lê Thị Đào', passportExpiry: '2030-01-01', agencyId, email: 'dao@example.vn' }, change: { phone: '+84 24 1234 5678' } },
      focalAssignments: { create: { bodyId, agencyId, role: 'focal_point', validFrom: '2026-01-01' }, change: { validTo: '2026-12-31' } },
      meetings: { create: { bodyId, titleVi: 'Họp thử', titleEn: 'Test meeting', startDate: '2027-01-10', endDate: '2027-01-11', hostCountryId: countryId, parentId: meetingId }, change: { status: 'confirmed' } },
      delegations: { create: { meetingId: '' }, change: { decisionNumber: '99/QĐ-BNNMT', decisionDate: '2026-12-01' } },
      delegationMembers: { create: { delegationId: '', personId, role: 'member', travelFrom: '2027-01-09', travelTo: '2027-01-12' }, change: { role: 'secretary' } },
      actionItems: { create: { title: 'Góp ý dự thảo', supportingAgencyIds: [agencyId], dueDate: '2027-02-01', sourceMeetingId: meetingId }, change: { status: 'in_progress' } },
      actionUpdates: { create: { actionItemId: '', date: '2026-11-21', note: 'Đã gửi góp ý' }, change: { note: 'Đã gửi góp ý lần 2' } },
      aseanDocuments: { create: { kind: 'declaration', titleVi: 'Tuyên bố thử', bodyId, meetingId: '', commentDeadline: '2026-12-20' }, change: { status: 'comments_due' } },
      agendaItems: { create: { meetingId: '', number: 1, titleVi: 'Mục thử', documentIds: [] }, change: { position: 'Ủng hộ', positionEn: 'Support' } },
      meetingContacts: { create: { meetingId: '', kind: 'secretariat', name: 'Đầu mối thử' }, change: { email: 'dau.moi@example.vn' } },
    };
    const created: Record<string, { id: string; version: number }> = {};
    for (const [prefix, p] of Object.entries(payloads)) {
      const input = { ...p.create };
      if (prefix === 'agencySuccessions') input.successorId = created.agencies!.id;
      if (prefix === 'delegations') input.meetingId = created.meetings!.id;
      if (prefix === 'delegationMembers') input.delegationId = created.delegations!.id;
      if (prefix === 'actionUpdates') input.actionItemId = created.actionItems!.id;
      if (prefix === 'aseanDocuments' || prefix === 'agendaItems' || prefix === 'meetingContacts') input.meetingId = created.meetings!.id;
      if (prefix === 'agendaItems') input.documentIds = [created.aseanDocuments!.id];
      const row = callChecked(`${prefix}.create` as MethodName, input) as { id: string; version: number };
      created[prefix] = row;
      callChecked(`${prefix}.get` as MethodName, { id: row.id });
      callChecked(`${prefix}.list` as MethodName, { limit: 3 });
      created[prefix] = callChecked(`${prefix}.update` as MethodName, { id: row.id, version: row.version, changes: p.change }) as { id: string; version: number };
    }
    // Delete children before parents.
    for (const prefix of Object.keys(payloads).reverse()) {
      const row = created[prefix]!;
      const deleted = callChecked(`${prefix}.delete` as MethodName, { id: row.id, version: row.version }) as { version: number };
      const restored = callChecked(`${prefix}.restore` as MethodName, { id: row.id, version: deleted.version }) as { version: number; deletedAt: string | null };
      expect(restored.deletedAt).toBeNull();
      callChecked(`${prefix}.delete` as MethodName, { id: row.id, version: restored.version });
    }

    const pillar = callChecked('pillars.get', { id: pillarId }) as { id: string; version: number };
    callChecked('pillars.update', { id: pillar.id, version: pillar.version, changes: { nameEn: 'ASEAN Political-Security Community' } });
    callChecked('focalPoints.asOf', { date: '2025-03-01' });
    callChecked('focalPoints.coverage', { date: '2025-03-01', q: 'asoen' });
    callChecked('history.get', { ids: [meetingId] });
    callChecked('changes.recent', { limit: 5 });
    callChecked('history.names', { ids: [meetingId, pillarId] });
    callChecked('people.unitOn', { personId, date: '2024-07-28' });
    expect(callChecked('changes.since', { seq: 0 })).toMatchObject({ entities: expect.arrayContaining(['meeting']) });
    callChecked('search.global', { q: 'asoen' });
    callChecked('app.info', {});
    callChecked('today.summary', {});
    callChecked('meetings.nextSequence', { bodyId });
    callChecked('meetings.overview', { id: meetingId });
    const agenda = callChecked('agendaItems.create', { meetingId, number: 9, titleVi: 'Mục sắp xếp' }) as { id: string; version: number };
    const [renumbered] = (callChecked('agendaItems.reorder', { meetingId, items: [{ id: agenda.id, version: agenda.version }] }) as { items: Array<{ id: string; version: number }> }).items;
    callChecked('agendaItems.delete', { id: renumbered!.id, version: renumbered!.version });
    callChecked('timeline.template', {});
    callChecked('timeline.setTemplate', { template: { working_group: { briefing: 3 } } });
    callChecked('timeline.meeting', { meetingId });
    callChecked('actionItems.count', { filter: { status: ['open'] } });
    const open = (callChecked('actionItems.list', { limit: 2, filter: { status: ['open'] } }) as { items: Array<{ id: string; version: number }> }).items;
    callChecked('actionItems.bulkStatus', { items: open.map(({ id, version }) => ({ id, version })), status: 'in_progress' });
    callChecked('sample.remove', {});
    callChecked('sample.load', {});
    const agencies = (callChecked('agencies.list', { limit: 200 }) as { items: Array<{ id: string; code: string }> }).items;
    const from = agencies.find((a) => a.code === 'MAE-NCBD')!.id;
    const to = agencies.find((a) => a.code === 'MAE')!.id;
    callChecked('reorg.preview', { predecessorIds: [from], successorId: to, effectiveOn: '2026-07-01' });
    callChecked('reorg.apply', { predecessorIds: [from], successorId: to, effectiveOn: '2026-07-01' });
    const folder = mkdtempSync(path.join(tmpdir(), 'asoen-roundtrip-'));
    try {
      callChecked('settings.createExportFolder', { exportFolder: path.join(folder, 'Xuất') });
      callChecked('settings.update', { exportFolder: folder });
      callChecked('settings.get', {});
      const defaults = callChecked('settings.documents', {}) as Record<string, unknown>;
      const { derivedAbbreviation: _derived, ...saved } = defaults;
      callChecked('settings.updateDocuments', { ...saved, signerName: 'Nguyễn Văn An' });
      callChecked('settings.documentFrame', { kind: 'briefing', language: 'en' });
      // Exports answer at once with a job; its status is polled until it ends.
      const finish = async (job: Record<string, unknown>) => {
        let current = job;
        for (let i = 0; i < 400 && (current.state === 'queued' || current.state === 'running'); i++) {
          await new Promise((r) => setTimeout(r, 25));
          current = callChecked('jobs.status', { jobId: current.jobId as string });
        }
        expect(current.state).toBe('done');
        return current as { result: { file: string } };
      };
      await finish(callChecked('exports.briefing', { meetingId, language: 'vi', classifiedConfirmed: true }));
      const withDelegation = (callChecked('delegations.list', { limit: 1 }) as { items: Array<{ meetingId: string }> }).items[0]!.meetingId;
      await finish(callChecked('exports.postTripReport', { meetingId: withDelegation, language: 'en', classifiedConfirmed: true }));
      await finish(callChecked('exports.annualReport', { year: 2024, language: 'en', classifiedConfirmed: true }));
      await finish(callChecked('exports.tracker', { filter: { status: ['open'] }, language: 'vi', classifiedConfirmed: true }));
      await finish(callChecked('exports.csv', { list: 'meetings', language: 'vi' }));
      await finish(callChecked('exports.calendar', { language: 'vi' }));
      const backup = await finish(callChecked('backup.create', { classifiedConfirmed: true }));
      const cancelled = callChecked('exports.tracker', { language: 'en', classifiedConfirmed: true });
      callChecked('jobs.cancel', { jobId: cancelled.jobId as string });
      callChecked('jobs.recent', {});
      callChecked('exports.list', { limit: 20 });
      await finish(callChecked('backup.restore', { file: backup.result.file }));
      // The integrity check runs on a worker: started, then polled until it has ended.
      let integrity = callChecked('integrity.check', {}) as { state: string };
      for (let i = 0; i < 400 && integrity.state === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 25));
        integrity = callChecked('integrity.status', {}) as { state: string };
      }
      expect(integrity.state).toBe('done');
      // The exchange: a folder set (a round starts), a round asked for, its status polled until it
      // has ended, then switched off again.
      const share = path.join(folder, 'Trao đổi');
      callChecked('exchange.setFolder', { folder: share, create: true, intervalMinutes: 5 });
      let exchange = callChecked('exchange.now', {}) as { state: string; lastRound?: unknown };
      for (let i = 0; i < 400 && exchange.state === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 25));
        exchange = callChecked('exchange.status', {}) as { state: string; lastRound?: unknown };
      }
      // This desk is in memory, so it has no identity file beside it: the round ends 'failed' with
      // its message (file-based desks exchange for real in tests/ipc/exchange.test.ts).
      expect(exchange.state).toBe('failed');
      expect((exchange.lastRound as { message: { vi: string } }).message.vi).toContain('Không có gì bị ghi dở');
      expect(callChecked('exchange.setFolder', { folder: null }).state).toBe('off');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    // The conflicts inbox: a field conflict, a record deleted while edited and a duplicate, as the
    // exchange records them (two heads of a register; an item of the inbox), then each resolved.
    const db = app.ctx.db;
    const meeting = callChecked('meetings.get', { id: meetingId }) as { id: string; titleVi: string };
    const head = db.prepare('INSERT INTO exchange_heads (entity_id, register, hlc, entity, replica, value, officer_name, device_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const item = db.prepare('INSERT INTO exchange_conflicts (key, kind, entity, entity_id, register, detail) VALUES (?, ?, ?, ?, ?, ?)');
    head.run(meetingId, 'city', '001795000000000.000000.r1', 'meeting', 'r1', '"Huế"', 'Lan', 'Laptop A');
    head.run(meetingId, 'city', '001795000000001.000000.r2', 'meeting', 'r2', '"Vinh"', null, null);
    item.run(`field:${meetingId}:city`, 'field', 'meeting', meetingId, 'city', null);
    const twin = callChecked('meetings.create', { bodyId, titleVi: meeting.titleVi, titleEn: 'Twin', startDate: '2027-01-10', endDate: '2027-01-11' }) as { id: string };
    const [x, y] = [meetingId, twin.id].sort() as [string, string];
    item.run(`duplicate:${x}:${y}`, 'duplicate', 'meeting', x, y, JSON.stringify({ other: y }));
    expect(callChecked('conflicts.count', {})).toEqual({ open: 2 });
    const inbox = callChecked('conflicts.open', {}) as unknown as Array<{ key: string; kind: string; token: string; sides: Array<{ hlc: string }> }>;
    const field = inbox.find((c) => c.kind === 'field')!;
    callChecked('conflicts.resolveField', { key: field.key, token: field.token, how: 'keep', hlc: field.sides[0]!.hlc });
    const dup = inbox.find((c) => c.kind === 'duplicate')!;
    callChecked('conflicts.resolveDuplicate', { key: dup.key, token: dup.token, how: 'delete', id: twin.id });
    const gone = callChecked('meetings.create', { bodyId, titleVi: 'Họp bị xoá', titleEn: 'Deleted', startDate: '2027-01-10', endDate: '2027-01-11' }) as { id: string; version: number };
    callChecked('meetings.delete', { id: gone.id, version: gone.version });
    head.run(gone.id, 'deletedAt', '001795000000002.000000.r1', 'meeting', 'r1', '"2026-11-21T03:00:00.000Z"', null, null);
    head.run(gone.id, 'notes', '001795000000003.000000.r2', 'meeting', 'r2', '"sửa"', null, null);
    item.run(`deleted_edited:${gone.id}:001795000000002.000000.r1`, 'deleted_edited', 'meeting', gone.id, 'deletedAt', JSON.stringify({ delete: '001795000000002.000000.r1', edits: ['001795000000003.000000.r2'] }));
    const deleted = (callChecked('conflicts.open', {}) as unknown as Array<{ key: string; token: string }>)[0]!;
    expect(callChecked('conflicts.resolveDeleted', { key: deleted.key, token: deleted.token, how: 'restore' })).toEqual({ open: 0 });

    expect([...called].sort()).toEqual([...methodNames].sort());
    // Seven jobs and a check run on a job worker, which starts cold here (under tsx, on a busy machine).
  }, 120_000);
});
