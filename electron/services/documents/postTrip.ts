// The post-trip report (báo cáo kết quả chuyến công tác) of a delegation, in Vietnamese or
// English, in the order a ministry writes one: I. the meeting and the delegation; II. what was
// discussed and what the meeting concluded; III. Viet Nam's participation and positions; IV. the
// documents adopted or still to follow; V. Viet Nam's tasks after the meeting (the new action
// items, and where the previous meeting's stand); VI. proposals, drafted from the open work, with
// a paragraph the officer completes. Due 15 days after the return (the timeline's rule).
import type { AdoptedDocumentLine, PostTripData } from '../../../db/repo/documents/postTrip';
import type { ActionItemRow, MeetingRow } from '../../../db/repo/exports/lists';
import { inLanguage } from './briefing';
import { dash, endWith, field, frameParts, gap, heading, para, renderDocx, signature, subheading, table, titleBlock, type Block, type DocumentFrame } from './docxKit';
import { dmy, moreLine, pick, place, shortName, span, word, type Lang } from '../exports/format';

/** A count as Vietnamese administrative texts write it: '04 văn kiện', '12 nhiệm vụ'. */
const k2 = (x: number) => (x < 10 ? `0${x}` : String(x));

const T = {
  vi: {
    title: 'Báo cáo',
    fileTitle: 'Báo cáo kết quả chuyến công tác',
    subtitle: (m: string) => `Kết quả chuyến công tác tham dự ${m}`,
    opening: (o: { decision: string; dates: string; head: string; meeting: string; place: string }) =>
      `${o.decision ? `Thực hiện ${o.decision}, t` : 'T'}ừ ${o.dates}, Đoàn công tác của Việt Nam${o.head ? ` do ${o.head} làm Trưởng đoàn` : ''} đã tham dự ${o.meeting}${o.place ? ` tại ${o.place}` : ''}. Đoàn công tác xin báo cáo kết quả như sau:`,
    openingDecision: (n: string, d: string | null) => `Quyết định số ${n}${d ? ` ngày ${dmy(d)}` : ''} về việc cử đoàn công tác`,
    openingDates: (a: string, b: string) => (a === b ? `ngày ${dmy(a)}` : `ngày ${dmy(a)} đến ngày ${dmy(b)}`),
    s1: 'I. THÔNG TIN CHUNG VỀ HỘI NGHỊ VÀ ĐOÀN CÔNG TÁC',
    s2: 'II. NỘI DUNG CHÍNH VÀ KẾT QUẢ HỘI NGHỊ',
    s3: 'III. SỰ THAM GIA VÀ LẬP TRƯỜNG CỦA VIỆT NAM',
    s4: 'IV. VĂN KIỆN ĐƯỢC THÔNG QUA VÀ CẦN TIẾP TỤC THEO DÕI',
    s5: 'V. NHIỆM VỤ CỦA VIỆT NAM SAU HỘI NGHỊ',
    s6: 'VI. ĐỀ XUẤT, KIẾN NGHỊ',
    meetingSub: '1. Hội nghị',
    delegationSub: '2. Đoàn công tác',
    name: 'Tên hội nghị',
    body: 'Cơ chế',
    pillar: 'Trụ cột',
    dates: 'Thời gian',
    place: 'Địa điểm',
    format: 'Hình thức',
    partOf: 'Thuộc chuỗi hội nghị',
    related: (n: number, sameVenue: boolean) => `Các hội nghị liên quan tổ chức liền kề (${n})${sameVenue ? ', cùng địa điểm' : ''}:`,
    decision: 'Quyết định cử đoàn',
    decisionNone: 'chưa ghi nhận',
    signer: 'người ký',
    dated: 'ngày',
    funding: 'Kinh phí',
    returnDay: 'Ngày về nước',
    dueField: 'Thời hạn nộp báo cáo',
    dueText: (due: string, days: number) => `${dmy(due)} (${days} ngày sau ngày về nước)`,
    noDelegation: 'Chưa có thông tin đoàn công tác cho hội nghị này.',
    members: (k: number) => `Thành phần Đoàn gồm ${k2(k)} người:`,
    agendaSub: '1. Các nội dung chính',
    noAgenda: 'Chưa ghi nhận chương trình nghị sự của hội nghị.',
    itemNo: (k: number) => `Mục ${k}`,
    outcomesSub: '2. Kết quả hội nghị',
    noOutcomes: '(Chưa ghi nhận kết quả của hội nghị trên ASOEN Desk: cán bộ soạn thảo bổ sung trước khi trình ký.)',
    objectives: '1. Mục tiêu tham dự',
    positions: '2. Lập trường chung của Việt Nam',
    positionsAgenda: (k: number) => `${k}. Lập trường của Việt Nam theo từng nội dung`,
    notEntered: '(Chưa nhập.)',
    noDocuments: 'Không có văn kiện nào được ghi nhận là thông qua hoặc xem xét tại hội nghị và các hội nghị liên quan.',
    docsIntro: (n: number, adopted: number) => `Hội nghị và các hội nghị liên quan đã xem xét ${k2(n)} văn kiện, trong đó ${k2(adopted)} văn kiện đã được thông qua:`,
    newItems: '1. Nhiệm vụ phát sinh từ hội nghị',
    noNewItems: 'Chưa ghi nhận nhiệm vụ nào phát sinh từ hội nghị (cán bộ ghi nhận các việc cần làm trên ASOEN Desk để theo dõi).',
    previousItems: (m: string) => `2. Tình hình thực hiện các cam kết tại ${m}`,
    previousNone: '2. Tình hình thực hiện các cam kết tại hội nghị lần trước',
    noPrevious: 'Không có hội nghị lần trước của chuỗi được ghi nhận.',
    noPreviousItems: 'Không ghi nhận cam kết nào từ hội nghị lần trước.',
    previousOpen: (open: number, all: number) => `Còn ${k2(open)}/${k2(all)} việc chưa hoàn thành.`,
    previousAllDone: (all: number) => `Cả ${k2(all)} việc đã hoàn thành hoặc đã khép lại.`,
    overdue: 'quá hạn',
    onlyViItems: '',
    proposeTasks: (n: number) => `Giao các đơn vị chủ trì thực hiện ${k2(n)} nhiệm vụ nêu tại Mục V, bảo đảm đúng thời hạn; Văn phòng ASEAN Việt Nam theo dõi, đôn đốc và tổng hợp kết quả.`,
    proposeComments: (n: number) => `Hoàn thành góp ý đối với ${k2(n)} văn kiện đang lấy ý kiến nêu tại Mục IV trước thời hạn của Ban Thư ký ASEAN.`,
    proposeApproval: (n: number) => `Hoàn thiện thủ tục phê duyệt trong nước đối với ${k2(n)} văn kiện nêu tại Mục IV.`,
    proposePrevious: (n: number, m: string) => `Tiếp tục thực hiện ${k2(n)} việc còn mở từ ${m}.`,
    proposeNext: (m: string, when: string) => `Chuẩn bị nội dung tham dự ${m}${when ? ` (${when})` : ''}.`,
    proposeOfficer: '[Cán bộ soạn thảo bổ sung các đề xuất, kiến nghị cụ thể của Đoàn (nếu có) trước khi trình ký.]',
    signatureTitle: 'Trưởng đoàn',
    cols: {
      no: 'TT',
      meeting: 'Hội nghị',
      dates: 'Thời gian',
      place: 'Địa điểm',
      fullName: 'Họ và tên',
      position: 'Chức vụ',
      agency: 'Cơ quan',
      role: 'Vai trò',
      item: 'Nội dung',
      lead: 'Cơ quan chủ trì',
      positionVn: 'Lập trường của Việt Nam',
      document: 'Văn kiện',
      status: 'Tình trạng',
      follow: 'Theo dõi tiếp',
      task: 'Nhiệm vụ',
      owner: 'Cán bộ phụ trách',
      due: 'Hạn',
    },
    docKind: {
      declaration: 'Tuyên bố',
      joint_statement: 'Tuyên bố chung',
      action_plan: 'Kế hoạch hành động',
      terms_of_reference: 'Điều khoản tham chiếu',
      nomination: 'Hồ sơ đề cử',
      agreement: 'Thỏa thuận',
      other: 'Khác',
    } as Record<string, string>,
    docStatus: { draft: 'Dự thảo', comments_due: 'Đang lấy ý kiến', commented: 'Đã góp ý', agreed_ad_ref: 'Đã nhất trí, chờ thông qua', adopted: 'Đã thông qua' } as Record<string, string>,
    approval: { ministry: 'Lãnh đạo Bộ', prime_minister: 'Thủ tướng Chính phủ', government: 'Chính phủ (nghị quyết)' } as Record<string, string>,
    commentBy: (d: string) => `Góp ý trước ${d}`,
    approvalNeeded: (level: string) => `Phê duyệt trong nước: ${level}`,
    approvedBy: (ref: string, d: string | null) => `Đã phê duyệt: ${ref}${d ? ` (${dmy(d)})` : ''}`,
    city: 'Hà Nội',
  },
  en: {
    title: 'Post-trip report',
    fileTitle: 'Post-trip report',
    subtitle: (m: string) => `Delegation of Viet Nam to the ${m}`,
    opening: (o: { decision: string; dates: string; head: string; meeting: string; place: string }) =>
      `${o.decision ? `Under ${o.decision}, t` : 'T'}he delegation of Viet Nam${o.head ? `, led by ${o.head},` : ''} attended the ${o.meeting}${o.place ? ` in ${o.place}` : ''} ${o.dates}. The delegation reports as follows.`,
    openingDecision: (n: string, d: string | null) => `Decision No. ${n}${d ? ` of ${dmy(d)}` : ''} sending the delegation`,
    openingDates: (a: string, b: string) => (a === b ? `on ${dmy(a)}` : `from ${dmy(a)} to ${dmy(b)}`),
    s1: 'I. THE MEETING AND THE DELEGATION',
    s2: 'II. MAIN CONTENTS AND RESULTS OF THE MEETING',
    s3: "III. VIET NAM'S PARTICIPATION AND POSITIONS",
    s4: 'IV. DOCUMENTS ADOPTED AND TO BE FOLLOWED UP',
    s5: 'V. TASKS FOR VIET NAM AFTER THE MEETING',
    s6: 'VI. PROPOSALS AND RECOMMENDATIONS',
    meetingSub: '1. The meeting',
    delegationSub: '2. The delegation',
    name: 'Meeting',
    body: 'Body',
    pillar: 'Pillar',
    dates: 'Dates',
    place: 'Venue',
    format: 'Format',
    partOf: 'Part of',
    related: (n: number, sameVenue: boolean) => `Related meetings held back to back (${n})${sameVenue ? ', at the same venue' : ''}:`,
    decision: 'Decision to send the delegation',
    decisionNone: 'not recorded',
    signer: 'signed by',
    dated: 'dated',
    funding: 'Funding',
    returnDay: 'Return to Viet Nam',
    dueField: 'Report due',
    dueText: (due: string, days: number) => `${dmy(due)} (${days} days after the return)`,
    noDelegation: 'No delegation is recorded for this meeting.',
    members: (k: number) => `The delegation had ${k} ${k === 1 ? 'member' : 'members'}:`,
    agendaSub: '1. Main contents',
    noAgenda: 'No agenda is recorded for the meeting.',
    itemNo: (k: number) => `Item ${k}`,
    outcomesSub: '2. Results of the meeting',
    noOutcomes: '(No outcomes of the meeting are recorded in ASOEN Desk: the drafting officer completes them before signature.)',
    objectives: '1. Objectives',
    positions: "2. Viet Nam's general position",
    positionsAgenda: (k: number) => `${k}. Viet Nam's position on each item`,
    notEntered: '(Not entered.)',
    noDocuments: 'No document is recorded as adopted or considered at the meeting and its related meetings.',
    docsIntro: (n: number, adopted: number) => `The meeting and its related meetings considered ${n} ${n === 1 ? 'document' : 'documents'}, of which ${adopted} ${adopted === 1 ? 'was' : 'were'} adopted:`,
    newItems: '1. Tasks arising from the meeting',
    noNewItems: 'No task arising from the meeting is recorded (record the action items in ASOEN Desk to follow them up).',
    previousItems: (m: string) => `2. Commitments made at ${m}: where they stand`,
    previousNone: '2. Commitments made at the previous meeting: where they stand',
    noPrevious: 'No previous meeting of this series is recorded.',
    noPreviousItems: 'No commitment is recorded from the previous meeting.',
    previousOpen: (open: number, all: number) => `${open} of ${all} still to be completed.`,
    previousAllDone: (all: number) => `All ${all} are done or closed.`,
    overdue: 'overdue',
    onlyViItems: 'Tasks are recorded in Vietnamese only: their titles are given as recorded.',
    proposeTasks: (n: number) => `Assign ${n === 1 ? 'the task' : `the ${n} tasks`} in Section V to the lead units, to be completed on time; the ASEAN Vietnam Office follows them up and reports on them.`,
    proposeComments: (n: number) => `Complete Viet Nam's comments on ${n === 1 ? 'the document' : `the ${n} documents`} in Section IV still open for comments, before the ASEAN Secretariat's deadline.`,
    proposeApproval: (n: number) => `Complete the domestic approval of ${n === 1 ? 'the document in Section IV that requires it' : `the ${n} documents in Section IV that require it`}.`,
    proposePrevious: (n: number, m: string) => `Continue ${n === 1 ? 'the item' : `the ${n} items`} still open from ${m}.`,
    proposeNext: (m: string, when: string) => `Prepare Viet Nam's participation in the ${m}${when ? ` (${when})` : ''}.`,
    proposeOfficer: "[The drafting officer adds the delegation's specific proposals and recommendations, if any, before signature.]",
    signatureTitle: 'Head of delegation',
    cols: {
      no: 'No.',
      meeting: 'Meeting',
      dates: 'Dates',
      place: 'Venue',
      fullName: 'Full name',
      position: 'Position',
      agency: 'Agency',
      role: 'Role',
      item: 'Agenda item',
      lead: 'Lead agency',
      positionVn: "Viet Nam's position",
      document: 'Document',
      status: 'Status',
      follow: 'Follow-up',
      task: 'Task',
      owner: 'Officer in charge',
      due: 'Due',
    },
    docKind: {
      declaration: 'Declaration',
      joint_statement: 'Joint statement',
      action_plan: 'Action plan',
      terms_of_reference: 'Terms of reference',
      nomination: 'Nomination',
      agreement: 'Agreement',
      other: 'Other',
    } as Record<string, string>,
    docStatus: { draft: 'Draft', comments_due: 'Comments due', commented: 'Commented', agreed_ad_ref: 'Agreed ad referendum', adopted: 'Adopted' } as Record<string, string>,
    approval: { ministry: 'ministry leadership', prime_minister: 'Prime Minister', government: 'Government (resolution)' } as Record<string, string>,
    commentBy: (d: string) => `Comments by ${d}`,
    approvalNeeded: (level: string) => `Domestic approval: ${level}`,
    approvedBy: (ref: string, d: string | null) => `Approved: ${ref}${d ? ` (${dmy(d)})` : ''}`,
    city: 'Ha Noi',
  },
} as const;

const n = (i: number) => String(i + 1);
/** A unit's name without the alias in brackets: 'Văn phòng ASEAN Việt Nam (Văn phòng ASOEN Việt Nam)' → 'Văn phòng ASEAN Việt Nam'. */
const unitName = (s: string) => s.replace(/\s*\([^)]*\)\s*$/, '');
const OPEN = new Set(['open', 'in_progress', 'blocked']);

function meetingTitle(m: MeetingRow, lang: Lang): string {
  return pick(lang, m.titleVi, m.titleEn);
}

function itemStatus(r: ActionItemRow, today: string, lang: Lang): string {
  const s = word('actionStatus', r.status, lang);
  return r.dueDate && r.dueDate < today && OPEN.has(r.status) ? `${s} (${T[lang].overdue})` : s;
}

function more(shown: number, total: number, lang: Lang): Block[] {
  const line = moreLine(shown, total, lang);
  return line ? [para(line, { italics: true })] : [];
}

/** A document still asking something of Viet Nam: comments before a deadline. */
const awaitsComments = (d: AdoptedDocumentLine) => d.status === 'draft' || d.status === 'comments_due';
/** A document whose domestic approval is required and not yet recorded. */
const awaitsApproval = (d: AdoptedDocumentLine) => d.approvalLevel !== 'none' && !d.approvalRef;

function followUp(d: AdoptedDocumentLine, lang: Lang): string {
  const t = T[lang];
  const out: string[] = [];
  if (d.commentDeadline && awaitsComments(d)) out.push(t.commentBy(dmy(d.commentDeadline)));
  if (d.approvalRef) out.push(t.approvedBy(d.approvalRef, d.approvedOn));
  else if (d.approvalLevel !== 'none') out.push(t.approvalNeeded(t.approval[d.approvalLevel] ?? d.approvalLevel));
  return out.join('; ');
}

function taskTable(rows: ActionItemRow[], today: string, lang: Lang): Block {
  const c = T[lang].cols;
  return table(
    [c.no, c.task, c.lead, c.owner, c.due, c.status],
    rows.map((r, i) => [n(i), r.title, pick(lang, r.leadAgencyNameVi ?? r.ownerAgencyNameVi, r.leadAgencyNameEn ?? r.ownerAgencyNameEn), r.ownerName ?? '', dmy(r.dueDate), itemStatus(r, today, lang)]),
    [6, 31, 18, 15, 16, 14],
    [0, 4],
  );
}

export function postTripBlocks(data: PostTripData, lang: Lang, today: string, frame?: DocumentFrame): { blocks: Block[]; classification: string } {
  const t = T[lang];
  const c = t.cols;
  const m = data.meeting;
  const d = data.delegation;
  const classification = word('classification', d?.classification ?? 'none', lang);
  const blocks: Block[] = [
    ...titleBlock({
      lang,
      ministry: pick(lang, data.issuer.ministryVi, data.issuer.ministryEn) || null,
      office: pick(lang, data.issuer.officeVi, data.issuer.officeEn),
      city: t.city,
      date: today,
      title: t.title,
      subtitle: [t.subtitle(meetingTitle(m, lang))],
      classification,
      ...frameParts(frame).title,
    }),
  ];

  const head = data.members.find((x) => x.role === 'head');
  const venue = place(m, lang);
  blocks.push(
    para(
      t.opening({
        decision: d?.decisionNumber ? t.openingDecision(d.decisionNumber, d.decisionDate) : '',
        dates: t.openingDates(m.startDate, m.endDate),
        // The head's position is recorded in Vietnamese: the English opening names the head only.
        head: head ? (lang === 'vi' && head.position ? `${head.fullName}, ${head.position},` : head.fullName) : '',
        meeting: meetingTitle(m, lang),
        place: venue,
      }),
    ),
  );

  // I. The meeting and the delegation
  blocks.push(heading(t.s1), subheading(t.meetingSub));
  blocks.push(field(t.name, meetingTitle(m, lang)));
  blocks.push(field(t.body, `${m.bodyCode} — ${pick(lang, m.bodyNameVi, m.bodyNameEn)}`));
  if (m.pillarCode) blocks.push(field(t.pillar, `${pick(lang, m.pillarNameVi, m.pillarNameEn)} (${m.pillarCode})`));
  blocks.push(field(t.dates, span(m.startDate, m.endDate)));
  blocks.push(field(t.place, venue));
  blocks.push(field(t.format, word('format', m.format, lang)));
  if (data.parent) blocks.push(field(t.partOf, `${meetingTitle(data.parent, lang)} (${span(data.parent.startDate, data.parent.endDate)})`));
  if (data.related.length) {
    // The venue of each only when they differ from the meeting's.
    const sameVenue = data.related.every((r) => place(r, lang) === venue);
    blocks.push(para(t.related(data.relatedTotal, sameVenue)));
    blocks.push(
      sameVenue
        ? table([c.no, c.meeting, c.dates], data.related.map((r, i) => [n(i), meetingTitle(r, lang), span(r.startDate, r.endDate)]), [6, 70, 24], [0, 2])
        : table([c.no, c.meeting, c.dates, c.place], data.related.map((r, i) => [n(i), meetingTitle(r, lang), span(r.startDate, r.endDate), place(r, lang)]), [6, 52, 24, 18], [0, 2]),
    );
    blocks.push(...more(data.related.length, data.relatedTotal, lang), gap());
  }
  blocks.push(subheading(t.delegationSub));
  if (!d) blocks.push(para(t.noDelegation));
  else {
    blocks.push(
      field(t.decision, d.decisionNumber ? `${d.decisionNumber}${d.decisionDate ? ` ${t.dated} ${dmy(d.decisionDate)}` : ''}${d.decisionSigner ? `; ${t.signer}: ${d.decisionSigner}` : ''}` : t.decisionNone),
    );
    const fundingLabel = word('funding', d.funding, lang);
    const note = d.fundingNote?.trim();
    blocks.push(field(t.funding, note ? (note.toLowerCase().startsWith(fundingLabel.toLowerCase()) ? note : `${fundingLabel}. ${note}`) : fundingLabel));
    if (data.due) {
      blocks.push(field(t.returnDay, dmy(data.due.returnDay)));
      blocks.push(field(t.dueField, t.dueText(data.due.due, data.due.days)));
    }
    if (data.members.length) {
      blocks.push(
        para(t.members(data.members.length)),
        table(
          [c.no, c.fullName, c.position, c.agency, c.role],
          data.members.map((x, i) => [n(i), x.fullName, x.position ?? '', pick(lang, x.agencyNameVi, x.agencyNameEn), word('role', x.role, lang)]),
          [6, 22, 32, 24, 16],
          [0],
        ),
        gap(),
      );
    }
  }

  // II. Main contents and results
  blocks.push(heading(t.s2), subheading(t.agendaSub));
  if (!data.agenda.length) blocks.push(para(t.noAgenda));
  else {
    for (const a of data.agenda) blocks.push(dash(`${t.itemNo(a.number)}: ${inLanguage(a.titleVi, a.titleEn, lang)}`));
    blocks.push(...more(data.agenda.length, data.agendaTotal, lang));
  }
  blocks.push(subheading(t.outcomesSub));
  blocks.push(para(inLanguage(data.outcomes, data.outcomesEn, lang) || t.noOutcomes));

  // III. Viet Nam's participation and positions
  blocks.push(heading(t.s3), subheading(t.objectives));
  blocks.push(para(inLanguage(d?.objectives, d?.objectivesEn, lang) || t.notEntered));
  const general = inLanguage(d?.positions, d?.positionsEn, lang);
  if (general) blocks.push(subheading(t.positions), para(general));
  blocks.push(subheading(t.positionsAgenda(general ? 3 : 2)));
  if (!data.agenda.length) blocks.push(para(t.noAgenda));
  else {
    blocks.push(
      table(
        [c.no, c.item, c.lead, c.positionVn],
        data.agenda.map((a) => [
          String(a.number),
          inLanguage(a.titleVi, a.titleEn, lang),
          unitName(pick(lang, a.leadNameVi, a.leadNameEn)),
          inLanguage(a.position, a.positionEn, lang) || t.notEntered,
        ]),
        [6, 33, 19, 42],
        [0],
      ),
    );
    blocks.push(...more(data.agenda.length, data.agendaTotal, lang), gap());
  }

  // IV. Documents
  blocks.push(heading(t.s4));
  if (!data.documents.length) blocks.push(para(t.noDocuments));
  else {
    const adopted = data.documents.filter((x) => x.status === 'adopted').length;
    blocks.push(para(t.docsIntro(data.documentsTotal, adopted)));
    blocks.push(
      table(
        [c.no, c.document, c.status, c.follow],
        data.documents.map((x, i) => [
          n(i),
          `${inLanguage(x.titleVi, x.titleEn, lang)}\n(${t.docKind[x.kind] ?? x.kind}, ${shortName({ bodyCode: x.meetingCode, sequence: x.meetingSequence })})`,
          t.docStatus[x.status] ?? x.status,
          followUp(x, lang),
        ]),
        [6, 52, 18, 24],
        [0],
      ),
    );
    blocks.push(...more(data.documents.length, data.documentsTotal, lang), gap());
  }

  // V. Tasks after the meeting
  blocks.push(heading(t.s5), subheading(t.newItems));
  if (!data.newItems.length) blocks.push(para(t.noNewItems));
  else blocks.push(taskTable(data.newItems, today, lang), ...more(data.newItems.length, data.newItemsTotal, lang), gap());
  const prev = data.previous;
  blocks.push(subheading(prev ? `${t.previousItems(shortName(prev))} (${span(prev.startDate, prev.endDate)})` : t.previousNone));
  if (!prev) blocks.push(para(t.noPrevious));
  else if (!data.previousItems.length) blocks.push(para(t.noPreviousItems));
  else {
    blocks.push(para(data.previousOpenTotal ? t.previousOpen(data.previousOpenTotal, data.previousItemsTotal) : t.previousAllDone(data.previousItemsTotal)));
    blocks.push(taskTable(data.previousItems, today, lang), ...more(data.previousItems.length, data.previousItemsTotal, lang), gap());
  }
  if (t.onlyViItems && (data.newItems.length || data.previousItems.length)) blocks.push(para(t.onlyViItems, { italics: true }));

  // VI. Proposals: what the open work calls for, then the officer's own.
  blocks.push(heading(t.s6));
  const proposals: string[] = [];
  if (data.newItemsTotal) proposals.push(t.proposeTasks(data.newItemsTotal));
  const toComment = data.documents.filter(awaitsComments).length;
  if (toComment) proposals.push(t.proposeComments(toComment));
  const toApprove = data.documents.filter(awaitsApproval).length;
  if (toApprove) proposals.push(t.proposeApproval(toApprove));
  if (prev && data.previousOpenTotal) proposals.push(t.proposePrevious(data.previousOpenTotal, shortName(prev)));
  if (data.next) {
    const when = [span(data.next.startDate, data.next.endDate), place(data.next, lang)].filter(Boolean).join(', ');
    proposals.push(t.proposeNext(meetingTitle(data.next, lang), when));
  }
  for (const p of proposals) blocks.push(dash(p));
  // The last words stay on the signature's page.
  blocks.push(para(t.proposeOfficer, { italics: true, keepNext: true }));

  const signer = frameParts(frame).signature;
  if (signer) {
    // The head of delegation signs it: their name under the signature unless the form gave another.
    endWith(blocks, signature(t.signatureTitle, lang, { ...signer, title: signer.title || t.signatureTitle, name: signer.name || head?.fullName || '' }));
  } else {
    blocks.push(...signature(t.signatureTitle, lang));
    if (head) blocks.push(gap(), gap(), gap(), para([{ text: head.fullName, bold: true }], { align: 'right', indent: false }));
  }
  return { blocks, classification };
}

export async function renderPostTrip(data: PostTripData, lang: Lang, today: string, frame?: DocumentFrame): Promise<Buffer> {
  const { blocks, classification } = postTripBlocks(data, lang, today, frame);
  return renderDocx({ title: `${T[lang].fileTitle} — ${shortName(data.meeting)}`, subject: meetingTitle(data.meeting, lang), lang, blocks, classification });
}

/** '2023-07-31 ASOEN 34 - Báo cáo kết quả chuyến công tác (vi)' (the file name's stem, in the document's language). */
export function postTripStem(m: MeetingRow, lang: Lang): string {
  return `${m.startDate} ${shortName(m)} - ${T[lang].fileTitle} (${lang})`;
}
