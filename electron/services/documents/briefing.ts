// The pre-trip briefing (đề cương tham dự) of a meeting, in Vietnamese or English: particulars
// and the back-to-back meetings, the delegation and travel, objectives and positions, what the
// previous meeting decided and what Viet Nam still owes, the focal points in force, contacts.
import type { BriefingData } from '../../../db/repo/documents/briefing';
import type { ActionItemRow, MeetingRow } from '../../../db/repo/exports/lists';
import { endWith, field, frameParts, gap, heading, para, renderDocx, signature, subheading, table, titleBlock, type Block, type DocumentFrame } from './docxKit';
import { dmy, moreLine, pick, place, shortName, span, word, type Lang } from '../exports/format';

const T = {
  vi: {
    title: 'Đề cương tham dự',
    s1: 'I. THÔNG TIN CHUNG VỀ HỘI NGHỊ',
    s2: 'II. THÀNH PHẦN ĐOÀN VÀ LỊCH TRÌNH',
    s3: 'III. MỤC TIÊU VÀ LẬP TRƯỜNG CỦA VIỆT NAM',
    s4: 'IV. TÌNH HÌNH THỰC HIỆN KẾT QUẢ HỘI NGHỊ TRƯỚC VÀ CÁC CAM KẾT CỦA VIỆT NAM',
    s5: 'V. CƠ QUAN ĐẦU MỐI',
    s6: 'VI. THÔNG TIN LIÊN HỆ',
    name: 'Tên hội nghị',
    body: 'Cơ chế',
    pillar: 'Trụ cột',
    dates: 'Thời gian',
    place: 'Địa điểm',
    format: 'Hình thức',
    status: 'Tình trạng',
    partOf: 'Thuộc chuỗi hội nghị',
    related: 'Các hội nghị liên quan tổ chức liền kề',
    noRelated: 'Không có hội nghị liên quan được ghi nhận.',
    decision: 'Quyết định cử đoàn',
    decisionNone: 'chưa có',
    signer: 'người ký',
    dated: 'ngày',
    funding: 'Kinh phí',
    noDelegation: 'Chưa có thông tin đoàn công tác cho hội nghị này.',
    travel: 'Lịch trình đi – về của các thành viên',
    objectives: 'Mục tiêu',
    positions: 'Lập trường của Việt Nam',
    notEntered: '(Chưa nhập.)',
    onlyVi: '',
    agenda: 'Chương trình nghị sự và lập trường của Việt Nam theo từng mục',
    noAgenda: 'Chưa có chương trình nghị sự.',
    talkingPoints: 'Ý kiến phát biểu',
    itemNo: (k: number) => `Mục ${k}`,
    meetingContacts: 'Đầu mối liên hệ của hội nghị',
    contactKinds: { host: 'Nước chủ nhà', secretariat: 'Ban Thư ký ASEAN', embassy: 'Đại sứ quán', other: 'Khác' } as Record<string, string>,
    docStatus: { draft: 'dự thảo', comments_due: 'đang lấy ý kiến', commented: 'đã góp ý', agreed_ad_ref: 'đã nhất trí, chờ thông qua', adopted: 'đã thông qua' } as Record<string, string>,
    previous: (m: string) => `1. Kết quả ${m}`,
    previousNone: '1. Kết quả hội nghị lần trước',
    noPrevious: 'Không có hội nghị lần trước của chuỗi được ghi nhận.',
    noDecisions: 'Chưa ghi nhận kết quả hoặc việc cần làm nào từ hội nghị lần trước.',
    open: '2. Các việc Việt Nam còn phải thực hiện',
    noOpen: 'Không có việc nào đang mở.',
    overdue: 'quá hạn',
    focalAsOf: (d: string) => `Các cơ quan, cán bộ đầu mối có hiệu lực trong thời gian diễn ra hội nghị (${d}):`,
    noFocal: 'Chưa ghi nhận cơ quan đầu mối có hiệu lực vào thời gian này.',
    noContacts: 'Chưa có thông tin liên hệ.',
    cols: {
      no: 'TT',
      meeting: 'Hội nghị',
      dates: 'Thời gian',
      place: 'Địa điểm',
      fullName: 'Họ và tên',
      position: 'Chức vụ',
      agency: 'Cơ quan',
      role: 'Vai trò',
      from: 'Ngày đi',
      to: 'Ngày về',
      item: 'Nội dung',
      lead: 'Cơ quan chủ trì',
      due: 'Hạn',
      status: 'Tình trạng',
      body: 'Cơ chế',
      person: 'Cán bộ',
      basis: 'Căn cứ',
      validFrom: 'Hiệu lực từ',
      email: 'Thư điện tử',
      phone: 'Điện thoại',
      agendaItem: 'Mục chương trình',
      positionVn: 'Lập trường của Việt Nam',
      documents: 'Văn kiện',
      kind: 'Vai trò',
      organisation: 'Cơ quan',
    },
    city: 'Hà Nội',
  },
  en: {
    title: 'Briefing note',
    s1: 'I. MEETING PARTICULARS',
    s2: 'II. DELEGATION AND TRAVEL',
    s3: "III. OBJECTIVES AND VIET NAM'S POSITIONS",
    s4: "IV. FOLLOW-UP OF THE PREVIOUS MEETING AND VIET NAM'S OPEN COMMITMENTS",
    s5: 'V. FOCAL POINTS',
    s6: 'VI. CONTACTS',
    name: 'Meeting',
    body: 'Body',
    pillar: 'Pillar',
    dates: 'Dates',
    place: 'Venue',
    format: 'Format',
    status: 'Status',
    partOf: 'Part of',
    related: 'Related meetings held back to back',
    noRelated: 'No related meetings are recorded.',
    decision: 'Decision to send the delegation',
    decisionNone: 'not yet issued',
    signer: 'signed by',
    dated: 'dated',
    funding: 'Funding',
    noDelegation: 'No delegation is recorded for this meeting yet.',
    travel: 'Travel dates of the members',
    objectives: 'Objectives',
    positions: "Viet Nam's positions",
    notEntered: '(Not entered.)',
    onlyVi: ' [Vietnamese only: no English text is recorded]',
    agenda: "Annotated agenda: Viet Nam's position on each item",
    noAgenda: 'No agenda is recorded.',
    talkingPoints: 'Talking points',
    itemNo: (k: number) => `Item ${k}`,
    meetingContacts: 'Contacts for the meeting',
    contactKinds: { host: 'Host', secretariat: 'ASEAN Secretariat', embassy: 'Embassy', other: 'Other' } as Record<string, string>,
    docStatus: { draft: 'draft', comments_due: 'comments due', commented: 'commented', agreed_ad_ref: 'agreed ad referendum', adopted: 'adopted' } as Record<string, string>,
    previous: (m: string) => `1. Outcomes of ${m}`,
    previousNone: '1. Outcomes of the previous meeting',
    noPrevious: 'No previous meeting of this series is recorded.',
    noDecisions: 'No outcomes or action items are recorded from the previous meeting.',
    open: '2. What Viet Nam still has to do',
    noOpen: 'No action items are open.',
    overdue: 'overdue',
    focalAsOf: (d: string) => `Focal points in force during the meeting (${d}):`,
    noFocal: 'No focal point in force on these dates is recorded.',
    noContacts: 'No contact details are recorded.',
    cols: {
      no: 'No.',
      meeting: 'Meeting',
      dates: 'Dates',
      place: 'Venue',
      fullName: 'Full name',
      position: 'Position',
      agency: 'Agency',
      role: 'Role',
      from: 'Departure',
      to: 'Return',
      item: 'Action item',
      lead: 'Lead agency',
      due: 'Due',
      status: 'Status',
      body: 'Body',
      person: 'Officer',
      basis: 'Legal basis',
      validFrom: 'In force from',
      email: 'E-mail',
      phone: 'Phone',
      agendaItem: 'Agenda item',
      positionVn: "Viet Nam's position",
      documents: 'Documents',
      kind: 'Role',
      organisation: 'Organisation',
    },
    city: 'Ha Noi',
  },
} as const;

const n = (i: number) => String(i + 1);

/**
 * A free text in the briefing's language: the English briefing uses the English text, and where
 * only the Vietnamese exists it gives that and says so plainly. Empty: ''.
 */
export function inLanguage(vi: string | null | undefined, en: string | null | undefined, lang: Lang): string {
  const v = vi?.trim() ?? '';
  const e = en?.trim() ?? '';
  if (lang === 'vi') return v || e;
  if (e) return e;
  return v ? `${v}${T.en.onlyVi}` : '';
}

function meetingTitle(m: MeetingRow, lang: Lang): string {
  return pick(lang, m.titleVi, m.titleEn);
}

function itemStatus(r: ActionItemRow, today: string, lang: Lang): string {
  const s = word('actionStatus', r.status, lang);
  return r.dueDate && r.dueDate < today && ['open', 'in_progress', 'blocked'].includes(r.status) ? `${s} (${T[lang].overdue})` : s;
}

/** The line saying how many rows a list left out, if it left any out. */
function more(shown: number, total: number, lang: Lang): Block[] {
  const line = moreLine(shown, total, lang);
  return line ? [para(line, { italics: true })] : [];
}

export function briefingBlocks(data: BriefingData, lang: Lang, today: string, frame?: DocumentFrame): { blocks: Block[]; classification: string } {
  const t = T[lang];
  const c = t.cols;
  const m = data.meeting;
  const classification = word('classification', data.delegation?.classification ?? 'none', lang);
  const parts = frameParts(frame);
  const blocks: Block[] = [
    ...titleBlock({
      lang,
      ministry: pick(lang, data.issuer.ministryVi, data.issuer.ministryEn) || null,
      office: pick(lang, data.issuer.officeVi, data.issuer.officeEn),
      city: t.city,
      date: today,
      title: t.title,
      subtitle: [meetingTitle(m, lang)],
      classification,
      ...parts.title,
    }),
  ];

  blocks.push(heading(t.s1));
  blocks.push(field(t.name, meetingTitle(m, lang)));
  blocks.push(field(t.body, `${m.bodyCode} — ${pick(lang, m.bodyNameVi, m.bodyNameEn)}`));
  if (m.pillarCode) blocks.push(field(t.pillar, `${pick(lang, m.pillarNameVi, m.pillarNameEn)} (${m.pillarCode})`));
  blocks.push(field(t.dates, span(m.startDate, m.endDate)));
  blocks.push(field(t.place, place(m, lang)));
  blocks.push(field(t.format, word('format', m.format, lang)));
  blocks.push(field(t.status, word('meetingStatus', m.status, lang)));
  if (data.parent) blocks.push(field(t.partOf, `${meetingTitle(data.parent, lang)} (${span(data.parent.startDate, data.parent.endDate)})`));
  blocks.push(subheading(t.related));
  if (data.related.length) {
    blocks.push(table([c.no, c.meeting, c.dates, c.place], data.related.map((r, i) => [n(i), meetingTitle(r, lang), span(r.startDate, r.endDate), place(r, lang)]), [6, 50, 24, 20], [0, 2]));
    blocks.push(...more(data.related.length, data.relatedTotal, lang), gap());
  } else blocks.push(para(t.noRelated));

  blocks.push(heading(t.s2));
  const d = data.delegation;
  if (!d) blocks.push(para(t.noDelegation));
  else {
    const decision = d.decisionNumber
      ? `${d.decisionNumber}${d.decisionDate ? ` ${t.dated} ${dmy(d.decisionDate)}` : ''}${d.decisionSigner ? `; ${t.signer}: ${d.decisionSigner}` : ''}`
      : t.decisionNone;
    blocks.push(field(t.decision, decision));
    const fundingLabel = word('funding', d.funding, lang);
    // The note often restates the source ("Ngân sách nhà nước (chế độ…)"): do not say it twice.
    const fundingText = d.fundingNote?.trim()
      ? d.fundingNote.toLowerCase().startsWith(fundingLabel.toLowerCase())
        ? d.fundingNote.trim()
        : `${fundingLabel}. ${d.fundingNote.trim()}`
      : fundingLabel;
    blocks.push(field(t.funding, fundingText));
    if (data.members.length) {
      blocks.push(
        table(
          [c.no, c.fullName, c.position, c.agency, c.role],
          data.members.map((mm, i) => [n(i), mm.fullName, mm.position ?? '', pick(lang, mm.agencyNameVi, mm.agencyNameEn), word('role', mm.role, lang)]),
          [6, 22, 32, 24, 16],
          [0],
        ),
      );
      blocks.push(gap());
      blocks.push(subheading(t.travel));
      blocks.push(table([c.no, c.fullName, c.from, c.to], data.members.map((mm, i) => [n(i), mm.fullName, dmy(mm.travelFrom), dmy(mm.travelTo)]), [6, 46, 24, 24], [0, 2, 3]));
      blocks.push(gap());
    }
  }

  blocks.push(heading(t.s3));
  blocks.push(subheading(t.objectives));
  blocks.push(para(inLanguage(d?.objectives, d?.objectivesEn, lang) || t.notEntered));
  blocks.push(subheading(t.positions));
  blocks.push(para(inLanguage(d?.positions, d?.positionsEn, lang) || t.notEntered));
  blocks.push(subheading(t.agenda));
  if (!data.agenda.length) blocks.push(para(t.noAgenda));
  else {
    blocks.push(
      table(
        [c.no, c.agendaItem, c.lead, c.positionVn, c.documents],
        data.agenda.map((a) => [
          String(a.number),
          inLanguage(a.titleVi, a.titleEn, lang),
          a.leadCode ? `${pick(lang, a.leadNameVi, a.leadNameEn)} (${a.leadCode})` : '',
          inLanguage(a.position, a.positionEn, lang) || t.notEntered,
          a.documents.map((doc) => `${inLanguage(doc.titleVi, doc.titleEn, lang)} (${t.docStatus[doc.status] ?? doc.status})`).join('; '),
        ]),
        [6, 26, 18, 30, 20],
        [0],
      ),
    );
    blocks.push(...more(data.agenda.length, data.agendaTotal, lang), gap());
    const points = data.agenda.filter((a) => a.talkingPoints?.trim() || a.talkingPointsEn?.trim());
    if (points.length) {
      blocks.push(subheading(t.talkingPoints));
      for (const a of points) blocks.push(para(`${t.itemNo(a.number)}: ${inLanguage(a.talkingPoints, a.talkingPointsEn, lang)}`));
    }
  }

  blocks.push(heading(t.s4));
  const prev = data.previous;
  blocks.push(subheading(prev ? `${t.previous(shortName(prev))} (${span(prev.startDate, prev.endDate)}${place(prev, lang) ? `, ${place(prev, lang)}` : ''})` : t.previousNone));
  if (!prev) blocks.push(para(t.noPrevious));
  else if (!data.previousDecisions.length) blocks.push(para(t.noDecisions));
  else {
    blocks.push(
      table(
        [c.no, c.item, c.lead, c.due, c.status],
        data.previousDecisions.map((r, i) => [n(i), r.title, pick(lang, r.leadAgencyNameVi, r.leadAgencyNameEn), dmy(r.dueDate), itemStatus(r, today, lang)]),
        [6, 40, 21, 15, 18],
        [0, 3],
      ),
    );
    blocks.push(...more(data.previousDecisions.length, data.previousDecisionsTotal, lang), gap());
  }
  blocks.push(subheading(t.open));
  if (!data.openItems.length) blocks.push(para(t.noOpen));
  else {
    blocks.push(
      table(
        [c.no, c.item, c.body, c.lead, c.due, c.status],
        data.openItems.map((r, i) => [n(i), r.title, r.bodyCode ?? '', pick(lang, r.leadAgencyNameVi, r.leadAgencyNameEn), dmy(r.dueDate), itemStatus(r, today, lang)]),
        [6, 33, 13, 18, 15, 15],
        [0, 4],
      ),
    );
    blocks.push(...more(data.openItems.length, data.openItemsTotal, lang), gap());
  }

  blocks.push(heading(t.s5));
  blocks.push(para(t.focalAsOf(span(m.startDate, m.endDate))));
  if (!data.focalPoints.length) blocks.push(para(t.noFocal));
  else {
    blocks.push(
      table(
        [c.no, c.body, c.role, c.agency, c.person, c.basis, c.validFrom],
        data.focalPoints.map((f, i) => [
          n(i),
          f.bodyCode,
          word('focalRole', f.role, lang),
          pick(lang, f.agencyNameVi, f.agencyNameEn),
          f.personName ?? '',
          f.legalBasisNumber ? `${f.legalBasisNumber}${f.legalBasisIssuedOn ? ` (${dmy(f.legalBasisIssuedOn)})` : ''}` : '',
          dmy(f.validFrom),
        ]),
        [6, 12, 15, 21, 14, 17, 15],
        [0, 6],
      ),
    );
    blocks.push(...more(data.focalPoints.length, data.focalPointsTotal, lang), gap());
  }

  blocks.push(heading(t.s6));
  if (!data.contacts.length) blocks.push(para(t.noContacts));
  else {
    blocks.push(
      table(
        [c.no, c.fullName, c.role, c.agency, c.email, c.phone],
        data.contacts.map((p, i) => [
          n(i),
          p.fullName,
          word(p.role in { head: 1, deputy_head: 1, member: 1, secretary: 1 } ? 'role' : 'focalRole', p.role, lang),
          pick(lang, p.agencyNameVi, p.agencyNameEn),
          p.email ?? '',
          p.phone ?? '',
        ]),
        [6, 18, 14, 22, 25, 15],
        [0],
      ),
    );
    blocks.push(gap());
  }
  if (data.meetingContacts.length) {
    blocks.push(subheading(t.meetingContacts));
    blocks.push(
      table(
        [c.no, c.kind, c.fullName, c.organisation, c.email, c.phone],
        data.meetingContacts.map((x, i) => [n(i), t.contactKinds[x.kind] ?? x.kind, x.name, x.organisation ?? '', x.email ?? '', x.phone ?? '']),
        [6, 16, 20, 24, 20, 14],
        [0],
      ),
    );
    blocks.push(gap());
  }
  endWith(blocks, signature(pick(lang, data.issuer.officeVi, data.issuer.officeEn), lang, parts.signature));
  return { blocks, classification };
}

export async function renderBriefing(data: BriefingData, lang: Lang, today: string, frame?: DocumentFrame): Promise<Buffer> {
  const { blocks, classification } = briefingBlocks(data, lang, today, frame);
  return renderDocx({ title: `${T[lang].title} — ${shortName(data.meeting)}`, subject: meetingTitle(data.meeting, lang), lang, blocks, classification });
}

/** '2024-07-28 ASOEN 35 - Đề cương tham dự (vi)' (the file name's stem, in the document's language). */
export function briefingStem(m: MeetingRow, lang: Lang): string {
  return `${m.startDate} ${shortName(m)} - ${T[lang].title} (${lang})`;
}

