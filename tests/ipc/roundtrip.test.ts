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
      await finish(callChecked('exports.briefing', { meetingId, language: 'vi' }));
      await finish(callChecked('exports.annualReport', { year: 2024, language: 'en' }));
      await finish(callChecked('exports.tracker', { filter: { status: ['open'] }, language: 'vi' }));
      await finish(callChecked('exports.csv', { list: 'meetings', language: 'vi' }));
      await finish(callChecked('exports.calendar', { language: 'vi' }));
      const backup = await finish(callChecked('backup.create', {}));
      const cancelled = callChecked('exports.tracker', { language: 'en' });
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
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    expect([...called].sort()).toEqual([...methodNames].sort());
    // Seven jobs and a check run on a job worker, which starts cold here (under tsx, on a busy machine).
  }, 120_000);
});
