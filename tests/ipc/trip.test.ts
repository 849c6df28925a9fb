// The trip's data through the API: the agenda with Viet Nam's positions, ASEAN documents with
// their status and comment deadlines, contacts, series memory (ASOEN 35 → 34), member logistics,
// and the preparation timeline, whose steps close by their evidence.
import { HybridClock } from '../../common/hlc';
import { sameDocument } from '../../common/duplicates';
import { foldLocal } from '../../db/exchange/outbox';
import { createTestApp, type TestApp } from '../helpers/app';

describe('the trip', () => {
  let app: TestApp;
  beforeEach(() => {
    app = createTestApp({ sample: true });
  });
  afterEach(() => app.close());

  const bodyOf = (code: string) => app.call('bodies.list', { q: code, limit: 10 }).items.find((b) => b.code === code)!;
  const meetingOf = (code: string, sequence: number) =>
    app.call('meetings.list', { filter: { bodyId: bodyOf(code).id }, limit: 50 }).items.find((m) => m.sequence === sequence)!;
  const stepsOf = (meetingId: string) => Object.fromEntries(app.call('timeline.meeting', { meetingId }).steps.map((s) => [s.step, s]));

  it('the sample desk’s ASOEN 35 carries an agenda with positions, its documents, contacts and the memory of ASOEN 34', () => {
    const asoen35 = meetingOf('ASOEN', 35);
    const agenda = app.call('agendaItems.list', { filter: { meetingId: asoen35.id }, sort: { field: 'number', dir: 'asc' }, limit: 50 }).items;
    expect(agenda.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(agenda.every((a) => !!a.position)).toBe(true);
    expect(agenda[1]!.titleVi).toContain('Vườn di sản ASEAN số 58–61');
    expect(agenda[1]!.leadAgencyCode).toBe('MONRE-NCBD');
    const docs = app.call('aseanDocuments.list', { filter: {}, limit: 100 }).items;
    const linked = docs.filter((d) => agenda[1]!.documentIds.includes(d.id));
    expect(linked.map((d) => d.kind)).toEqual(['nomination', 'nomination']);
    // A list names the adopting meeting as the office does, beside its full title.
    expect(linked.map((d) => d.meetingCode)).toEqual(['ASOEN 35', 'ASOEN 35']);
    const approvals = docs.filter((d) => d.approvalRef).map((d) => d.approvalRef).sort();
    expect(approvals).toEqual(['276/NQ-CP', '372/NQ-CP']);
    const contacts = app.call('meetingContacts.list', { filter: { meetingId: asoen35.id }, limit: 20 }).items;
    expect(contacts.map((c) => c.kind)).toEqual(['host', 'secretariat', 'embassy']);
    const overview = app.call('meetings.overview', { id: asoen35.id });
    expect(overview.previous?.meeting.sequence).toBe(34);
    expect(overview.previous?.proposed).toBe(false);
    expect(overview.previous?.actionItems.map((a) => a.status)).toEqual(['in_progress', 'done', 'done', 'done']);
    expect(overview.meeting.outcomesEn).toContain('ASEAN Heritage Parks 58–61');
    expect(overview.members.find((m) => m.role === 'head')).toMatchObject({ visaStatus: 'not_needed', perDiemBasis: expect.any(String) });
  });

  it('proposes the previous meeting of the series (same body, number − 1) until one is set', () => {
    const asoen37 = meetingOf('ASOEN', 37);
    const proposed = app.call('meetings.overview', { id: asoen37.id }).previous;
    expect(proposed).toMatchObject({ proposed: true, meeting: { sequence: 36 } });
    const asoen34 = meetingOf('ASOEN', 34);
    app.call('meetings.update', { id: asoen37.id, version: asoen37.version, changes: { previousId: asoen34.id } });
    expect(app.call('meetings.overview', { id: asoen37.id }).previous).toMatchObject({ proposed: false, meeting: { sequence: 34 } });
  });

  it('adds, numbers and reorders agenda items; a position on every item agrees the positions', () => {
    const asomm = meetingOf('ASOMM', 26);
    const before = stepsOf(asomm.id);
    expect(before.positions_agreed).toMatchObject({ due: '2026-12-01', state: 'open' });
    const items = app.call('agendaItems.list', { filter: { meetingId: asomm.id }, sort: { field: 'number', dir: 'asc' }, limit: 50 }).items;
    const open = items.find((i) => !i.position)!;
    app.call('agendaItems.update', { id: open.id, version: open.version, changes: { position: 'Ủng hộ xây dựng kế hoạch giai đoạn mới.', positionEn: 'Support a new plan.' } });
    expect(stepsOf(asomm.id).positions_agreed!.state).toBe('done');
    const added = app.call('agendaItems.create', { meetingId: asomm.id, number: 3, titleVi: 'Các vấn đề khác', titleEn: 'Other matters' });
    expect(stepsOf(asomm.id).positions_agreed!.state).toBe('open');
    const now = app.call('agendaItems.list', { filter: { meetingId: asomm.id }, sort: { field: 'number', dir: 'asc' }, limit: 50 }).items;
    const reordered = app.call('agendaItems.reorder', { meetingId: asomm.id, items: [now[2]!, now[0]!, now[1]!].map(({ id, version }) => ({ id, version })) }).items;
    expect(reordered.map((i) => [i.id, i.number])).toEqual([
      [added.id, 1],
      [now[0]!.id, 2],
      [now[1]!.id, 3],
    ]);
    // Each renumbered item is a change of its own in the log.
    expect(app.call('history.get', { ids: [added.id] }).map((c) => c.op)).toEqual(expect.arrayContaining(['create', 'update']));
  });

  it('closes “sending decision” when the decision is recorded, and lists overdue steps on Today', () => {
    const asomm = meetingOf('ASOMM', 26);
    expect(stepsOf(asomm.id).sending_decision).toMatchObject({ due: '2026-11-17', state: 'overdue' });
    const today = app.call('today.summary', {});
    const task = today.timelineTasks.find((t) => t.meetingId === asomm.id && t.step === 'sending_decision');
    expect(task).toMatchObject({ state: 'overdue', due: '2026-11-17', bodyCode: 'ASOMM' });
    const delegation = app.call('delegations.list', { filter: { meetingId: asomm.id }, limit: 1 }).items[0]!;
    app.call('delegations.update', { id: delegation.id, version: delegation.version, changes: { decisionNumber: '2410/QĐ-BNNMT', decisionDate: '2026-11-21' } });
    expect(stepsOf(asomm.id).sending_decision!.state).toBe('done');
    expect(app.call('today.summary', {}).timelineTasks.some((t) => t.meetingId === asomm.id && t.step === 'sending_decision')).toBe(false);
  });

  it('keeps the lead times per kind in Settings and per meeting, and dates the steps by them', () => {
    const asomm = meetingOf('ASOMM', 26);
    const saved = app.call('timeline.setTemplate', { template: { senior_officials: { sending_decision: 10 } } });
    expect(saved.template).toEqual({ senior_officials: { sending_decision: 10 } });
    expect(stepsOf(asomm.id).sending_decision).toMatchObject({ days: 10, due: '2026-11-28', state: 'open' });
    app.call('meetings.update', { id: asomm.id, version: asomm.version, changes: { timelineDays: { sending_decision: 30 } } });
    expect(stepsOf(asomm.id).sending_decision).toMatchObject({ days: 30, due: '2026-11-08', state: 'overdue' });
    const refused = app.raw('timeline.setTemplate', { template: { senior_officials: { briefing: -2 } } });
    expect(refused.ok).toBe(false);
  });

  it('tracks the post-trip report 15 days after the return, done when the delegation is reported', () => {
    const asoen37 = meetingOf('ASOEN', 37);
    // Back on 8 August 2026: due 23 August, overdue on 21 November.
    expect(stepsOf(asoen37.id).post_trip_report).toMatchObject({ due: '2026-08-23', state: 'overdue' });
    const delegation = app.call('delegations.list', { filter: { meetingId: asoen37.id }, limit: 1 }).items[0]!;
    app.call('delegations.update', { id: delegation.id, version: delegation.version, changes: { status: 'reported' } });
    expect(stepsOf(asoen37.id).post_trip_report!.state).toBe('done');
  });

  it('filters documents by status and deadline, and refuses a second document of a body with the same title', () => {
    const due = app.call('aseanDocuments.list', { filter: { status: ['comments_due'] }, limit: 20 }).items;
    // By deadline: the one whose deadline passed without Viet Nam's comments (the annual report's difficulty), then the one still open.
    expect(due.map((d) => [d.titleVi, d.commentDeadline, d.commentAgencyCode])).toEqual([
      ['Khung hợp tác ASEAN về quản lý chất lượng không khí đô thị (dự thảo)', '2026-10-15', 'MAE-DOE'],
      ['Kế hoạch Đa dạng sinh học ASEAN (cập nhật)', '2026-12-10', 'MAE-NCBD'],
    ]);
    const body = bodyOf('AWGCW');
    const refused = app.raw('aseanDocuments.create', { kind: 'declaration', titleVi: 'tuyen bo ASEAN ve tuan hoan nhua', bodyId: body.id }) as {
      ok: false;
      error: { code: string; details: { entity: string } };
    };
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBe('DUPLICATE');
    expect(refused.error.details.entity).toBe('asean_document');
    const saved = app.call('aseanDocuments.create', { kind: 'declaration', titleVi: 'Tuyên bố ASEAN về tuần hoàn nhựa', bodyId: body.id, duplicateIntended: true });
    expect(saved.status).toBe('draft');
  });

  it('saves a member’s logistics and refuses an unknown visa status', () => {
    const asomm = meetingOf('ASOMM', 26);
    const member = app.call('meetings.overview', { id: asomm.id }).members.find((m) => m.role === 'member')!;
    const saved = app.call('delegationMembers.update', {
      id: member.id,
      version: member.version,
      changes: { flightOut: 'VN 613 HAN–BWN 07/12', hotel: 'Khách sạn A', visaStatus: 'applied', perDiemBasis: 'Ngân sách nhà nước' },
    });
    expect(saved).toMatchObject({ flightOut: 'VN 613 HAN–BWN 07/12', visaStatus: 'applied' });
    expect(app.raw('delegationMembers.update', { id: member.id, version: saved.version, changes: { visaStatus: 'maybe' } }).ok).toBe(false);
  });

  it('keeps off the share the agenda (positions) of a meeting whose delegation is classified, and the members’ logistics', () => {
    const asoen35 = meetingOf('ASOEN', 35); // its delegation is Mật in the sample desk
    const asomm = meetingOf('ASOMM', 26);
    const secret = app.call('agendaItems.create', { meetingId: asoen35.id, number: 7, titleVi: 'Mục mật', position: 'LẬP TRƯỜNG MẬT' });
    const open = app.call('agendaItems.create', { meetingId: asomm.id, number: 3, titleVi: 'Mục thường', position: 'Ủng hộ' });
    const member = app.call('meetings.overview', { id: asoen35.id }).members[0]!;
    app.call('delegationMembers.update', { id: member.id, version: member.version, changes: { hotel: 'KHÁCH SẠN MẬT' } });
    const db = app.ctx.db;
    db.transaction(() => foldLocal(db, 'replica-a', new HybridClock('replica-a')))();
    const lines = (db.prepare('SELECT line FROM exchange_outbox').pluck().all() as string[]).join('\n');
    expect(lines).toContain(open.id);
    expect(lines).not.toContain(secret.id);
    expect(lines).not.toContain('LẬP TRƯỜNG MẬT');
    expect(lines).not.toContain('KHÁCH SẠN MẬT');
  });

  it('takes two documents of one body for the same when their titles fold alike', () => {
    expect(sameDocument({ bodyId: 'b', titleVi: 'Tuyên bố ASEAN về tuần hoàn nhựa' }, { id: 'd', bodyId: 'b', titleVi: 'tuyen bo asean ve tuan hoan nhua.' })).toBe(true);
    expect(sameDocument({ bodyId: 'b', titleVi: 'Tuyên bố ASEAN về tuần hoàn nhựa' }, { id: 'd', bodyId: 'c', titleVi: 'Tuyên bố ASEAN về tuần hoàn nhựa' })).toBe(false);
    expect(sameDocument({ bodyId: null, titleVi: 'Tuyên bố' }, { id: 'd', bodyId: null, titleVi: 'Tuyên bố' })).toBe(false);
    expect(sameDocument({ id: 'd', bodyId: 'b', titleVi: 'Tuyên bố' }, { id: 'd', bodyId: 'b', titleVi: 'Tuyên bố' })).toBe(false);
  });
});
