// Meetings year by year at each body's cadence (related meetings under the main ones), with
// delegations and their members, action items and their progress updates.
import type { ActionStatus, ContactKind, DocumentKind, DocumentStatus, MeetingFormat, MeetingStatus, MemberRole, Priority, VisaStatus } from '../../../common/enums';
import { repositories as repo } from '../../repo/repositories';
import { DAY, Rand, dateMs, pad2, plusDays, yearOf } from './random';
import { DEFAULT_SEED } from './index';
import { CITIES, HOST_ROTATION, OBJECTS, UPDATE_NOTES, VERBS } from './vocabulary';
import { FIRST_YEAR, LAST_YEAR } from './index';
import type { BodyRec, MeetingRec, Staff } from './records';
import type { Gen } from './context';

const DOC_KINDS: readonly DocumentKind[] = ['declaration', 'joint_statement', 'action_plan', 'terms_of_reference', 'nomination', 'other'];
const DOC_WORDS: Record<DocumentKind, [string, string]> = {
  declaration: ['Dự thảo Tuyên bố ASEAN về', 'Draft ASEAN Declaration'],
  joint_statement: ['Dự thảo Tuyên bố chung ASEAN về', 'Draft ASEAN Joint Statement'],
  action_plan: ['Kế hoạch hành động ASEAN về', 'ASEAN Action Plan'],
  terms_of_reference: ['Điều khoản tham chiếu về', 'Terms of Reference'],
  nomination: ['Hồ sơ đề cử về', 'Nomination'],
  agreement: ['Thỏa thuận về', 'Agreement'],
  other: ['Văn kiện về', 'Document'],
};
const AGENDA_OPENING: [string, string] = ['Khai mạc và thông qua chương trình nghị sự', 'Opening and adoption of the agenda'];
const AGENDA_TOPICS: ReadonlyArray<[string, string]> = [
  ['Báo cáo hoạt động của các Nhóm công tác', 'Reports of the working groups'],
  ['Kế hoạch hoạt động năm tới', 'Work plan for the coming year'],
  ['Các văn kiện trình cấp Bộ trưởng', 'Documents for the Ministers'],
  ['Hợp tác với các đối tác', 'Cooperation with partners'],
  ['Tình hình thực hiện các quyết định kỳ trước', 'Follow-up of the previous meeting’s decisions'],
  ['Nước chủ trì và thời gian họp kỳ tới', 'Host and date of the next meeting'],
  ['Các vấn đề khác', 'Other matters'],
];
const POSITIONS: ReadonlyArray<[string, string]> = [
  ['Nhất trí thông qua.', 'Agree.'],
  ['Ủng hộ dự thảo; góp ý bằng văn bản trước hạn.', 'Support the draft; written comments before the deadline.'],
  ['Ghi nhận; báo cáo kết quả thực hiện của Việt Nam.', 'Note; report Viet Nam’s implementation.'],
  ['Nhất trí về nguyên tắc, chờ ý kiến các bộ, ngành.', 'Agree in principle, subject to domestic consultation.'],
];
const CONTACT_ORGS: Record<ContactKind, string> = { host: 'Ban tổ chức nước chủ nhà', secretariat: 'Ban Thư ký ASEAN', embassy: 'Đại sứ quán Việt Nam', other: 'Khác' };
/** A three-letter code for the host's airport in a flight line (illustrative). */
const host3 = (m: MeetingRec) => m.body.code.slice(0, 3).toUpperCase();

export function generateMeetings(g: Gen, bodies: BodyRec[], { agencies, agenciesByYear, people, someoneIn }: Staff): void {
  const { scale, today, todayMs, progress, rnd, newId, counts, ctxAt, atOfficeHours, create, update, chunk, countries } = g;
  // The trip's data (agendas, documents, contacts, logistics, English texts) draws from a stream
  // of its own, so that everything else stays exactly what the same seed gave before it existed.
  const trip = new Rand((g.options.seed ?? DEFAULT_SEED) ^ 0x7219);
  // ------------------------------------------------------------ meetings, delegations, action items, year by year
  const monthFor = (b: BodyRec, slot: number): [number, number] => {
    switch (b.kind) {
      case 'working_group': return [rnd.int(2, 6), rnd.int(1, 26)];
      case 'senior_officials': return b.code === 'ASOEN' ? [rnd.chance(0.5) ? 7 : 8, rnd.int(1, 24)] : [rnd.int(10, 11), rnd.int(1, 24)];
      case 'ministerial': return b.cadence === 'twice_yearly' ? [slot === 0 ? 4 : 10, rnd.int(1, 24)] : [rnd.int(9, 10), rnd.int(1, 24)];
      case 'summit': return [slot === 0 ? rnd.int(4, 5) : rnd.int(10, 11), rnd.int(1, 24)];
      case 'conference_of_parties': return [rnd.int(8, 9), rnd.int(1, 20)];
      default: return [slot === 0 ? rnd.int(1, 12) : rnd.int(7, 12), rnd.int(1, 24)];
    }
  };
  const slotsOf = (b: BodyRec, year: number) => {
    switch (b.cadence) {
      case 'twice_yearly': return 2;
      case 'biennial': return year % 2 === 1 ? 1 : 0;
      case 'triennial': return year % 3 === 0 ? 1 : 0;
      case 'irregular': return rnd.chance(0.4) ? 1 : 0;
      default: return 1;
    }
  };
  const bodyByCode = new Map(bodies.map((b) => [b.code, b]));
  const sequences = new Map<string, number>();
  const keep = () => scale >= 1 || rnd.chance(scale);
  const delegationRate = 0.45;

  // Series memory: the last numbered main meeting of each body, which the next one follows.
  const lastOfSeries = new Map<string, string>();
  const writeMeeting = (m: MeetingRec, parent: MeetingRec | null, year: number, format: MeetingFormat, host: string, title: [string, string], notes: string | null) => {
    const createdMs = Math.min(dateMs(m.start) - rnd.int(30, 120) * DAY, todayMs) + rnd.int(0, 86_399_999);
    m.id = newId(6, createdMs);
    const numbered = m.sequence !== null;
    const previousId = numbered ? (lastOfSeries.get(m.body.code) ?? null) : null;
    if (numbered) lastOfSeries.set(m.body.code, m.id);
    const held = m.status === 'held' && m.main;
    create(repo.meetings, ctxAt(createdMs), m.id, {
      bodyId: m.body.id, sequence: m.sequence, titleVi: title[0], titleEn: title[1], startDate: m.start, endDate: m.end,
      city: format === 'online' ? null : rnd.pick(CITIES[host] ?? ['Hà Nội']), hostCountryId: countries.get(host) ?? null,
      format, status: m.status, parentId: parent?.id ?? null, notes, previousId,
      outcomes: held && trip.chance(0.6) ? 'Hội nghị đã thông qua báo cáo hoạt động năm và kế hoạch năm tới; nhất trí trình các văn kiện lên cấp Bộ trưởng.' : null,
      outcomesEn: held && trip.chance(0.4) ? 'The meeting adopted the annual report and next year’s plan and agreed to submit the documents to the Ministers.' : null,
      timelineDays: null,
    });
    void year;
  };

  // The agenda, the documents and the contacts of a main meeting.
  const writeAgenda = (m: MeetingRec, year: number) => {
    const createdMs = Math.min(dateMs(m.start) - trip.int(10, 40) * DAY, todayMs);
    const leads = agenciesByYear.get(Math.min(LAST_YEAR, year))!;
    const docIds: string[] = [];
    for (let d = trip.int(0, 3); d > 0; d--) {
      const id = newId(11, createdMs);
      const kind = trip.pick(DOC_KINDS);
      const deadline = plusDays(m.start, -trip.int(3, 30));
      const status: DocumentStatus = m.end < today ? trip.weighted([['adopted', 6], ['agreed_ad_ref', 2], ['commented', 2]] as const) : deadline < today ? 'commented' : trip.chance(0.5) ? 'comments_due' : 'draft';
      const needsApproval = kind === 'declaration' || kind === 'joint_statement' || kind === 'agreement';
      create(repo.aseanDocuments, ctxAt(createdMs), id, {
        kind, titleVi: `${DOC_WORDS[kind][0]} ${trip.pick(OBJECTS)} (${m.body.code}${m.sequence ? `-${m.sequence}` : ''})`.slice(0, 500),
        titleEn: trip.chance(0.8) ? `${DOC_WORDS[kind][1]} (${m.body.code}${m.sequence ? `-${m.sequence}` : ''})` : null,
        bodyId: m.body.id, meetingId: m.id, status, commentDeadline: trip.chance(0.85) ? deadline : null,
        commentAgencyId: agencies[leads[trip.int(0, leads.length - 1)]!]!.id, commentPersonId: null,
        approvalLevel: needsApproval && trip.chance(0.5) ? 'government' : 'none', approvalRef: null, approvedOn: null,
        summary: null, summaryEn: null, notes: null,
      });
      docIds.push(id);
    }
    const n = trip.int(3, 8);
    for (let i = 0; i < n; i++) {
      const ms = createdMs + (i + 1) * 60_000;
      const withPosition = m.end < today || trip.chance(0.6);
      const topic = i === 0 ? AGENDA_OPENING : trip.pick(AGENDA_TOPICS);
      create(repo.agendaItems, ctxAt(ms), newId(12, ms), {
        meetingId: m.id, number: i + 1, titleVi: topic[0], titleEn: trip.chance(0.85) ? topic[1] : null,
        leadAgencyId: trip.chance(0.8) ? agencies[leads[trip.int(0, leads.length - 1)]!]!.id : null,
        position: withPosition ? trip.pick(POSITIONS)[0] : null, positionEn: withPosition && trip.chance(0.6) ? trip.pick(POSITIONS)[1] : null,
        talkingPoints: trip.chance(0.3) ? 'Việt Nam đánh giá cao vai trò điều phối của nước chủ nhà và Ban Thư ký ASEAN.' : null,
        talkingPointsEn: trip.chance(0.2) ? 'Viet Nam appreciates the coordination of the host and the ASEAN Secretariat.' : null,
        documentIds: i > 0 && docIds.length && trip.chance(0.5) ? [trip.pick(docIds)] : [], notes: null,
      });
    }
    const kinds: ContactKind[] = ['host', 'secretariat', 'embassy'];
    for (let c = 0, k = trip.int(1, 3); c < k; c++) {
      const ms = createdMs + (n + c + 1) * 60_000;
      create(repo.meetingContacts, ctxAt(ms), newId(13, ms), {
        meetingId: m.id, kind: kinds[c]!, name: `Đầu mối ${c + 1}`, organisation: CONTACT_ORGS[kinds[c]!], email: null, phone: null, notes: null, sortOrder: c,
      });
    }
  };

  const writeDelegation = (m: MeetingRec, year: number) => {
    const past = m.end < today;
    const decisionDay = plusDays(m.start, -rnd.int(7, 30));
    const createdMs = Math.min(dateMs(decisionDay) - rnd.int(3, 20) * DAY, todayMs);
    const id = newId(7, createdMs);
    const ministry = m.start >= '2025-03-01' ? 'BNNMT' : 'BTNMT';
    const decided = past || rnd.chance(0.6);
    create(repo.delegations, ctxAt(createdMs), id, {
      meetingId: m.id, decisionNumber: decided ? `${rnd.int(100, 3999)}/QĐ-${ministry}` : null, decisionDate: decided ? decisionDay : null,
      decisionSigner: decided ? `KT. Bộ trưởng, Thứ trưởng ${ministry === 'BNNMT' ? 'Bộ Nông nghiệp và Môi trường' : 'Bộ Tài nguyên và Môi trường'}` : null,
      funding: rnd.weighted([['state_budget', 6], ['partner', 3], ['mixed', 1]] as const), fundingNote: null,
      objectives: `Tham dự ${m.body.code}${m.sequence ? ` ${m.sequence}` : ''}; báo cáo tình hình thực hiện các cam kết của Việt Nam; góp ý các văn kiện trình Hội nghị.`,
      positions: rnd.chance(0.3) ? 'Ủng hộ dự thảo; đề nghị bổ sung nội dung về tăng cường năng lực cho các nước thành viên.' : null,
      objectivesEn: trip.chance(0.5) ? `Attend ${m.body.code}${m.sequence ? ` ${m.sequence}` : ''}; report on Viet Nam’s commitments; comment on the documents before the meeting.` : null,
      positionsEn: null,
      classification: rnd.chance(0.03) ? 'confidential' : 'none',
      status: past ? rnd.weighted([['reported', 7], ['completed', 3]] as const) : decided ? 'decided' : 'draft', notes: null,
    });
    const size = rnd.int(2, 6);
    const chosen = new Set<number>();
    for (let i = 0; i < size * 3 && chosen.size < size; i++) chosen.add(someoneIn(year));
    [...chosen].forEach((p, i) => {
      const person = people[p]!;
      const role: MemberRole = i === 0 ? 'head' : i === 1 && size > 3 ? 'deputy_head' : i === size - 1 && size > 2 ? 'secretary' : 'member';
      create(repo.delegationMembers, ctxAt(createdMs + (i + 1) * 60_000), newId(8, createdMs + (i + 1) * 60_000), {
        delegationId: id, personId: person.id, role, agencyId: agencies[person.agency]!.id, position: person.position,
        travelFrom: plusDays(m.start, -1), travelTo: plusDays(m.end, 1), sortOrder: i, notes: null,
        flightOut: trip.chance(0.6) ? `HAN–${host3(m)} ${plusDays(m.start, -1)}` : null, flightBack: trip.chance(0.5) ? `${host3(m)}–HAN ${plusDays(m.end, 1)}` : null,
        hotel: trip.chance(0.4) ? 'Khách sạn do nước chủ nhà giới thiệu' : null,
        visaStatus: trip.chance(0.7) ? (past ? 'not_needed' : trip.weighted([['not_needed', 6], ['to_apply', 2], ['applied', 1], ['granted', 1]] as const)) as VisaStatus : null,
        perDiemBasis: trip.chance(0.5) ? 'Chế độ công tác phí đoàn ra, ngân sách nhà nước' : null,
      });
    });
  };

  const writeActionItems = (m: MeetingRec, year: number) => {
    const k = m.main ? rnd.int(0, 17) : rnd.int(0, 7);
    const leads = agenciesByYear.get(Math.min(LAST_YEAR, year))!;
    for (let i = 0; i < k; i++) {
      const createdDay = plusDays(m.end, rnd.int(1, 10));
      if (createdDay > today) return;
      const createdMs = atOfficeHours(createdDay);
      const id = newId(9, createdMs);
      const lead = leads[rnd.int(0, leads.length - 1)]!;
      const leadPeople = agencies[lead]!.people;
      const owner = rnd.chance(0.7) ? (leadPeople.length && rnd.chance(0.7) ? leadPeople[rnd.int(0, leadPeople.length - 1)]! : someoneIn(year)) : null;
      const dueDate = rnd.chance(0.03) ? null : plusDays(m.end, rnd.int(30, 420));
      const supporters: string[] = [];
      if (rnd.chance(0.3)) for (let s = rnd.int(1, 2); s > 0; s--) supporters.push(agencies[leads[rnd.int(0, leads.length - 1)]!]!.id);
      const values: Record<string, unknown> = {
        title: `${rnd.pick(VERBS)} ${rnd.pick(OBJECTS)}${rnd.chance(0.3) ? ` (${m.body.code}${m.sequence ? `-${m.sequence}` : ''})` : ''}`,
        description: rnd.chance(0.3) ? 'Nội dung chi tiết theo công văn hướng dẫn của Ban Thư ký ASEAN; cần xác nhận với đơn vị chủ trì.' : null,
        sourceMeetingId: m.id, sourceRef: rnd.chance(0.6) ? `Báo cáo kết quả ${m.body.code}${m.sequence ? `-${m.sequence}` : ''}, đoạn ${rnd.int(3, 60)}` : null,
        bodyId: m.body.id, leadAgencyId: agencies[lead]!.id, supportingAgencyIds: supporters.filter((s) => s !== agencies[lead]!.id),
        ownerPersonId: owner === null ? null : people[owner]!.id, dueDate, status: 'open',
        priority: rnd.weighted([['low', 2], ['normal', 6], ['high', 2]] as const) as Priority, completedOn: null, completionNote: null,
      };
      create(repo.actionItems, ctxAt(createdMs), id, values);
      // Where it ends up: the older the due date, the likelier it is done (some stay buried).
      const age = dueDate ? (todayMs - dateMs(dueDate)) / DAY : 0;
      const final: ActionStatus = age > 365
        ? rnd.weighted([['done', 85], ['cancelled', 7], ['open', 3], ['in_progress', 3], ['blocked', 2]] as const)
        : age > 0
          ? rnd.weighted([['done', 60], ['cancelled', 5], ['open', 15], ['in_progress', 15], ['blocked', 5]] as const)
          : rnd.weighted([['open', 45], ['in_progress', 40], ['blocked', 5], ['done', 10]] as const);
      const path: ActionStatus[] = final === 'open' ? [] : final === 'in_progress' ? ['in_progress'] : final === 'cancelled' ? ['cancelled'] : ['in_progress', final];
      const nUpdates = Math.max(path.length, rnd.int(0, 4));
      const lastDay = final === 'done' || final === 'cancelled' ? (dueDate && dateMs(dueDate) < todayMs ? plusDays(dueDate, rnd.int(-20, 30)) : today) : today;
      const span = Math.max(1, (Math.min(dateMs(lastDay), todayMs) - dateMs(createdDay)) / DAY);
      const days = Array.from({ length: nUpdates }, () => plusDays(createdDay, Math.round(rnd.next() * span))).sort();
      let version = 1;
      for (let u = 0; u < nUpdates; u++) {
        const day = days[u]! < createdDay ? createdDay : days[u]! > today ? today : days[u]!;
        const pi = u - (nUpdates - path.length);
        const statusAfter = pi >= 0 ? path[pi]! : null;
        const ms = Math.max(atOfficeHours(day), createdMs + (u + 1) * 1000);
        const ctx = ctxAt(ms);
        if (statusAfter) {
          const changes: Record<string, unknown> = { status: statusAfter };
          if (statusAfter === 'done') {
            changes.completedOn = day;
            if (rnd.chance(0.5)) changes.completionNote = 'Đã hoàn thành; kết quả báo cáo tại cuộc họp giao ban.';
          }
          update(repo.actionItems, ctx, id, version, values, changes);
          Object.assign(values, changes);
          version++;
        }
        create(repo.actionUpdates, ctxAt(ms + 500), newId(10, ms + 500), {
          actionItemId: id, date: day, note: rnd.pick(UPDATE_NOTES), statusAfter, authorPersonId: owner === null ? null : people[owner]!.id,
        });
      }
    }
  };

  const dialoguesUnder = new Map<string, BodyRec[]>();
  for (const b of bodies) {
    if (b.kind === 'dialogue' && b.parentCode) {
      const list = dialoguesUnder.get(b.parentCode) ?? [];
      list.push(b);
      dialoguesUnder.set(b.parentCode, list);
    }
  }
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const t0 = performance.now();
    chunk(() => {
      const host = HOST_ROTATION[(year - FIRST_YEAR) % HOST_ROTATION.length]!;
      for (const body of bodies) {
        if (year < body.startYear) continue;
        // Partner dialogues are held back-to-back with their parent's annual meeting (below).
        if (body.kind === 'dialogue' && body.parentCode && bodyByCode.get(body.parentCode)?.cadence !== 'irregular' && body.cadence !== 'irregular') continue;
        const slots = slotsOf(body, year);
        for (let slot = 0; slot < slots; slot++) {
          const [month, day] = monthFor(body, slot);
          const start = `${year}-${pad2(month)}-${pad2(day)}`;
          const len = body.kind === 'working_group' ? rnd.int(1, 2) : rnd.int(1, 4);
          const end = plusDays(start, len);
          const covid = year === 2020 || year === 2021;
          const format: MeetingFormat = covid ? 'online' : year >= 2022 && rnd.chance(0.15) ? 'hybrid' : 'in_person';
          const past = end < today;
          const status: MeetingStatus = past ? (rnd.chance(0.03) ? 'cancelled' : 'held') : rnd.chance(0.5) ? 'confirmed' : 'planned';
          const main: MeetingRec = { id: '', body, start, end, status, main: true, sequence: null };
          const mainKept = keep();
          if (mainKept) {
            const seq = (sequences.get(body.code) ?? body.seqOffset) + 1;
            sequences.set(body.code, seq);
            main.sequence = seq;
            const word = body.kind === 'summit' || body.kind === 'ministerial' || body.kind === 'senior_officials' || body.kind === 'conference_of_parties' ? 'Hội nghị' : 'Cuộc họp';
            // "Hội nghị Bộ trưởng Môi trường ASEAN lần thứ 18", not "Hội nghị Hội nghị …": a body
            // whose name already says what its meetings are keeps it.
            const titleVi = /^(Hội nghị|Cuộc họp)\s/i.test(body.nameVi) ? body.nameVi : `${word} ${body.nameVi}`;
            writeMeeting(main, null, year, format, host, [`${titleVi} lần thứ ${seq}`.slice(0, 500), `${body.code}-${seq}: ${body.nameEn}`.slice(0, 500)], covid ? 'Tổ chức trực tuyến do dịch COVID-19.' : null);
            if (status !== 'cancelled' && rnd.chance(delegationRate)) writeDelegation(main, year);
            if (status !== 'cancelled' && trip.chance(0.6)) writeAgenda(main, year);
            if (status === 'held') writeActionItems(main, year);
          }
          // Back-to-back related meetings under the main one: partner dialogues (ASOEN, ASOMM, COP).
          for (const d of mainKept && slot === 0 ? (dialoguesUnder.get(body.code) ?? []) : []) {
            // (Below scale 1 a sampled main meeting keeps its whole chain.)
            if (year < d.startYear || d.cadence === 'irregular') continue;
            const s = plusDays(start, rnd.int(0, len));
            const child: MeetingRec = { id: '', body: d, start: s, end: s, status, main: false, sequence: null };
            const seq = (sequences.get(d.code) ?? d.seqOffset) + 1;
            sequences.set(d.code, seq);
            child.sequence = seq;
            writeMeeting(child, main, year, format, host, [`${d.nameVi} lần thứ ${seq}`.slice(0, 500), `${d.code}-${seq}: ${d.nameEn}`.slice(0, 500)], null);
            if (status !== 'cancelled' && rnd.chance(0.25)) writeDelegation(child, year);
            if (status === 'held') writeActionItems(child, year);
          }
          // The national preparatory meeting before it (Hà Nội), most years.
          if (slot === 0 && mainKept && rnd.chance(0.85)) {
            const s = plusDays(start, -rnd.int(10, 40));
            if (yearOf(s) === year) {
              const stat: MeetingStatus = s < today ? 'held' : 'planned';
              const prep: MeetingRec = { id: '', body, start: s, end: s, status: stat, main: false, sequence: null };
              const label = `${body.code}${main.sequence ? `-${main.sequence}` : ''}`;
              writeMeeting(prep, null, year, rnd.chance(0.3) ? 'hybrid' : 'in_person', 'VN', [`Họp chuẩn bị trong nước tham dự ${label}`, `National preparatory meeting for ${label}`], null);
              if (stat === 'held') writeActionItems(prep, year);
            }
          }
          // Intersessional (online) meetings between the annual ones.
          for (let x = slot === 0 ? rnd.int(0, 2) : 0; x > 0; x--) {
            if (!keep()) continue;
            const s = plusDays(start, rnd.int(60, 250));
            if (yearOf(s) !== year) continue;
            const stat: MeetingStatus = s < today ? 'held' : 'planned';
            const inter: MeetingRec = { id: '', body, start: s, end: s, status: stat, main: false, sequence: null };
            writeMeeting(inter, null, year, 'online', host, [`Cuộc họp giữa kỳ ${body.nameVi} năm ${year}`.slice(0, 500), `Intersessional meeting of the ${body.nameEn} ${year}`.slice(0, 500)], null);
            if (rnd.chance(0.3)) writeDelegation(inter, year);
            if (stat === 'held') writeActionItems(inter, year);
          }
        }
      }
    });
    if (year % 4 === 0 || year === LAST_YEAR) {
      progress(`  ${year}: meetings ${counts.meetings ?? 0}, action items ${counts.action_items ?? 0}, updates ${counts.action_updates ?? 0} (${Math.round(performance.now() - t0)} ms for the year)`);
    }
  }


}
