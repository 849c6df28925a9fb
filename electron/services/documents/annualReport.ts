// The draft of the annual summary report (báo cáo tổng kết) for a year: meetings attended by
// pillar and body, delegations sent, outcomes recorded, action items completed, open and overdue
// by lead agency, focal-point changes, next year's planned meetings. Officers finish it in Word.
import type { AnnualReportData } from '../../../db/repo/documents/annualReport';
import type { ActionItemRow, MeetingRow } from '../../../db/repo/exports/lists';
import { isOverdueOn, statusOn } from '../../../common/actionStanding';
import { highestClassification } from '../../../common/enums';
import { frameParts, gap, heading, para, renderDocx, signature, subheading, table, titleBlock, type Block, type DocumentFrame } from './docxKit';
import { dmy, moreLine, num, pick, place, span, word, type Lang } from '../exports/format';

const T = {
  vi: {
    title: 'Báo cáo tổng kết',
    subtitle: (y: number) => `Công tác hợp tác ASEAN về môi trường năm ${y}`,
    draft: '(Dự thảo)',
    intro: (d: AnnualReportData) =>
      `Năm ${d.year}, Việt Nam đã tham dự ${num(d.attendedTotal, 'vi')} hội nghị trong khuôn khổ hợp tác ASEAN về môi trường và các lĩnh vực liên quan, cử ${num(d.delegationsTotal, 'vi')} đoàn công tác; ghi nhận ${num(d.raisedTotal, 'vi')} kết quả, nhiệm vụ phát sinh và hoàn thành ${num(d.completedTotal, 'vi')} nhiệm vụ. Đến ngày ${dmy(d.asOf)}, còn ${num(d.openTotal, 'vi')} nhiệm vụ chưa hoàn thành, trong đó ${num(d.overdueTotal, 'vi')} nhiệm vụ quá hạn.`,
    otherAgencies: (n: string) => `Các cơ quan khác (${n} cơ quan)`,
    s1: 'I. CÁC HỘI NGHỊ ĐÃ THAM DỰ',
    s2: 'II. CÁC ĐOÀN CÔNG TÁC ĐÃ CỬ',
    s3: 'III. KẾT QUẢ, NHIỆM VỤ PHÁT SINH TRONG NĂM',
    s4: 'IV. NHIỆM VỤ ĐÃ HOÀN THÀNH',
    s5: 'V. NHIỆM VỤ CHƯA HOÀN THÀNH VÀ QUÁ HẠN THEO CƠ QUAN CHỦ TRÌ',
    s6: 'VI. THAY ĐỔI CƠ QUAN, CÁN BỘ ĐẦU MỐI',
    s7: (y: number) => `VII. KẾ HOẠCH CÁC HỘI NGHỊ NĂM ${y}`,
    s8: 'VIII. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ',
    s8text: '(Phần này do cán bộ soạn thảo bổ sung.)',
    otherPillar: 'Khác',
    none: 'Không có.',
    asOf: (d: string) => `Số liệu tính đến ngày ${d}.`,
    detail: 'Chi tiết các nhiệm vụ chưa hoàn thành',
    overdue: 'quá hạn',
    noAgency: '(chưa phân công)',
    ownerNoUnit: '(cán bộ theo dõi chưa có đơn vị)',
    started: 'Bắt đầu',
    ended: 'Kết thúc',
    cols: {
      no: 'TT',
      meeting: 'Hội nghị',
      body: 'Cơ chế',
      dates: 'Thời gian',
      place: 'Địa điểm',
      head: 'Trưởng đoàn',
      members: 'Số thành viên',
      decision: 'Quyết định cử đoàn',
      item: 'Nội dung',
      source: 'Nguồn',
      lead: 'Cơ quan chủ trì',
      due: 'Hạn',
      status: 'Tình trạng',
      completed: 'Ngày hoàn thành',
      open: 'Chưa hoàn thành',
      overdueCol: 'Quá hạn',
      role: 'Vai trò',
      agency: 'Cơ quan',
      person: 'Cán bộ',
      change: 'Thay đổi',
      basis: 'Căn cứ',
    },
    city: 'Hà Nội',
  },
  en: {
    title: 'Annual summary report',
    subtitle: (y: number) => `ASEAN environmental cooperation in ${y}`,
    draft: '(Draft)',
    intro: (d: AnnualReportData) =>
      // Counts stand after a colon: "1 meetings" and "0 delegations" read badly, and the
      // translations have no plural forms (see renderer/i18n/vi.ts).
      `In ${d.year}, Viet Nam's part in ASEAN environmental cooperation and related fields was as follows. Meetings attended: ${num(d.attendedTotal, 'en')}; delegations sent: ${num(d.delegationsTotal, 'en')}; outcomes and action items recorded: ${num(d.raisedTotal, 'en')}; action items completed: ${num(d.completedTotal, 'en')}. On ${dmy(d.asOf)}, action items still open: ${num(d.openTotal, 'en')}, of which overdue: ${num(d.overdueTotal, 'en')}.`,
    otherAgencies: (n: string) => `Other agencies (${n})`,
    s1: 'I. MEETINGS ATTENDED',
    s2: 'II. DELEGATIONS SENT',
    s3: 'III. OUTCOMES AND ACTION ITEMS RECORDED',
    s4: 'IV. ACTION ITEMS COMPLETED',
    s5: 'V. OPEN AND OVERDUE ACTION ITEMS BY LEAD AGENCY',
    s6: 'VI. CHANGES OF FOCAL POINTS',
    s7: (y: number) => `VII. MEETINGS PLANNED FOR ${y}`,
    s8: 'VIII. DIFFICULTIES AND RECOMMENDATIONS',
    s8text: '(To be completed by the drafting officer.)',
    otherPillar: 'Other',
    none: 'None.',
    asOf: (d: string) => `Figures as of ${d}.`,
    detail: 'Open action items in detail',
    overdue: 'overdue',
    noAgency: '(not assigned)',
    ownerNoUnit: '(owner with no agency recorded)',
    started: 'Started',
    ended: 'Ended',
    cols: {
      no: 'No.',
      meeting: 'Meeting',
      body: 'Body',
      dates: 'Dates',
      place: 'Venue',
      head: 'Head of delegation',
      members: 'Members',
      decision: 'Sending decision',
      item: 'Action item',
      source: 'Source',
      lead: 'Lead agency',
      due: 'Due',
      status: 'Status',
      completed: 'Completed on',
      open: 'Open',
      overdueCol: 'Overdue',
      role: 'Role',
      agency: 'Agency',
      person: 'Officer',
      change: 'Change',
      basis: 'Legal basis',
    },
    city: 'Ha Noi',
  },
} as const;

const n = (i: number) => String(i + 1);
/**
 * An item's status on the count day, by the same definitions as the figures
 * (common/actionStanding.ts): done after the count day means still open on it, and overdue if due before it.
 */
function statusOf(r: ActionItemRow, asOf: string, lang: Lang): string {
  const s = word('actionStatus', statusOn(r, asOf), lang);
  return isOverdueOn(r, asOf) ? `${s} (${T[lang].overdue})` : s;
}

/**
 * Who answers for an item (common/actionStanding.ts, OWNER_WITHOUT_UNIT): its lead agency, else
 * its owner's agency; an owner without one is still assigned; only neither is "not assigned".
 */
function responsibleName(r: ActionItemRow, lang: Lang, t: (typeof T)[Lang]): string {
  const lead = pick(lang, r.leadAgencyNameVi, r.leadAgencyNameEn);
  if (lead) return lead;
  if (r.ownerName) return pick(lang, r.ownerAgencyNameVi ?? null, r.ownerAgencyNameEn ?? null) || t.ownerNoUnit;
  return t.noAgency;
}

/** The line saying how many rows a list left out, if it left any out. */
function more(shown: number, total: number, lang: Lang): Block[] {
  const line = moreLine(shown, total, lang);
  return line ? [para(line, { italics: true })] : [];
}

function meetingTable(rows: MeetingRow[], total: number, lang: Lang): Block[] {
  const c = T[lang].cols;
  return [
    table(
      [c.no, c.meeting, c.body, c.dates, c.place],
      rows.map((m, i) => [n(i), pick(lang, m.titleVi, m.titleEn), m.bodyCode, span(m.startDate, m.endDate), place(m, lang)]),
      [6, 42, 14, 20, 18],
      [0, 3],
    ),
    ...more(rows.length, total, lang),
    gap(),
  ];
}

/** The report lists delegations: it carries the highest marking among them (db/repo/exports/classified.ts says when it is asked first). */
const markingOf = (d: AnnualReportData, lang: Lang) => word('classification', highestClassification(d.delegations.map((x) => x.classification)), lang);

export function annualReportBlocks(d: AnnualReportData, lang: Lang, today: string, frame?: DocumentFrame): Block[] {
  const t = T[lang];
  const c = t.cols;
  const blocks: Block[] = [
    ...titleBlock({
      lang,
      ministry: pick(lang, d.issuer.ministryVi, d.issuer.ministryEn) || null,
      office: pick(lang, d.issuer.officeVi, d.issuer.officeEn),
      city: t.city,
      date: today,
      title: t.title,
      subtitle: [t.subtitle(d.year), t.draft],
      classification: markingOf(d, lang),
      ...frameParts(frame).title,
    }),
    para(t.intro(d)),
  ];

  blocks.push(heading(t.s1));
  if (!d.pillars.length) blocks.push(para(t.none));
  // By pillar (in the Charter's order), then body, then date.
  d.pillars.forEach((p, i) => {
    const label = p.pillarCode ? `${pick(lang, p.pillarNameVi, p.pillarNameEn)} (${p.pillarCode})` : t.otherPillar;
    blocks.push(subheading(`${i + 1}. ${label}`));
    blocks.push(...meetingTable(p.meetings, p.total, lang));
  });

  blocks.push(heading(t.s2));
  if (!d.delegations.length) blocks.push(para(t.none));
  else {
    blocks.push(
      table(
        [c.no, c.meeting, c.dates, c.head, c.members, c.decision],
        d.delegations.map((x, i) => [
          n(i),
          pick(lang, x.meetingTitleVi, x.meetingTitleEn),
          span(x.startDate, x.endDate),
          [x.headName, x.headPosition].filter(Boolean).join(', '),
          String(x.memberCount),
          x.decisionNumber ? `${x.decisionNumber}${x.decisionDate ? ` (${dmy(x.decisionDate)})` : ''}` : '—',
        ]),
        [6, 30, 18, 23, 9, 14],
        [0, 2, 4],
      ),
      ...more(d.delegations.length, d.delegationsTotal, lang),
      gap(),
    );
  }

  blocks.push(heading(t.s3));
  if (!d.raised.length) blocks.push(para(t.none));
  else {
    blocks.push(
      table(
        [c.no, c.item, c.source, c.lead, c.due, c.status],
        // The status on the count day, as the summary and section V count it (not today's).
        // The source: the officer's reference, else the meeting the item came from.
        d.raised.map((r, i) => [n(i), r.title, r.sourceRef || pick(lang, r.sourceMeetingTitleVi, r.sourceMeetingTitleEn), pick(lang, r.leadAgencyNameVi, r.leadAgencyNameEn), dmy(r.dueDate), statusOf(r, d.asOf, lang)]),
        [6, 31, 18, 16, 15, 14],
        [0, 4],
      ),
      ...more(d.raised.length, d.raisedTotal, lang),
      gap(),
    );
  }

  blocks.push(heading(t.s4));
  if (!d.completed.length) blocks.push(para(t.none));
  else {
    blocks.push(
      table(
        [c.no, c.item, c.lead, c.due, c.completed],
        d.completed.map((r, i) => [n(i), r.title, pick(lang, r.leadAgencyNameVi, r.leadAgencyNameEn), dmy(r.dueDate), dmy(r.completedOn)]),
        [6, 44, 20, 15, 15],
        [0, 3, 4],
      ),
      ...more(d.completed.length, d.completedTotal, lang),
      gap(),
    );
  }

  blocks.push(heading(t.s5));
  blocks.push(para(t.asOf(dmy(d.asOf))));
  if (!d.backlog.length) blocks.push(para(t.none));
  else {
    const rows = d.backlog.map((b, i) => [n(i), pick(lang, b.agencyNameVi, b.agencyNameEn) || (b.assigned ? t.ownerNoUnit : t.noAgency), num(b.open, lang), num(b.overdue, lang)]);
    // More agencies than the table lists: the rest in one line, so the columns still add up to the totals.
    const others = d.backlogAgencies - d.backlog.length;
    if (others > 0) {
      const open = d.openTotal - d.backlog.reduce((s, b) => s + b.open, 0);
      const overdue = d.overdueTotal - d.backlog.reduce((s, b) => s + b.overdue, 0);
      rows.push([n(rows.length), t.otherAgencies(num(others, lang)), num(open, lang), num(overdue, lang)]);
    }
    blocks.push(table([c.no, c.lead, c.open, c.overdueCol], rows, [6, 62, 16, 16], [0, 2, 3]), gap());
    blocks.push(subheading(t.detail));
    blocks.push(
      table(
        [c.no, c.item, c.lead, c.due, c.status],
        d.openItems.map((r, i) => [n(i), r.title, responsibleName(r, lang, t), dmy(r.dueDate), statusOf(r, d.asOf, lang)]),
        [6, 42, 20, 15, 17],
        [0, 3],
      ),
      ...more(d.openItems.length, d.openTotal, lang),
      gap(),
    );
  }

  blocks.push(heading(t.s6));
  if (!d.focalChanges.length) blocks.push(para(t.none));
  else {
    blocks.push(
      table(
        [c.no, c.body, c.role, c.agency, c.person, c.change, c.basis],
        d.focalChanges.map((f, i) => [
          n(i),
          f.bodyCode,
          word('focalRole', f.role, lang),
          pick(lang, f.agencyNameVi, f.agencyNameEn),
          f.personName ?? '',
          [f.change !== 'ended' ? `${t.started} ${dmy(f.validFrom)}` : '', f.change !== 'started' && f.validTo ? `${t.ended} ${dmy(f.validTo)}` : ''].filter(Boolean).join('; '),
          f.legalBasisNumber ?? '',
        ]),
        [6, 12, 15, 21, 14, 18, 14],
        [0],
      ),
      ...more(d.focalChanges.length, d.focalChangesTotal, lang),
      gap(),
    );
  }

  blocks.push(heading(t.s7(d.year + 1)));
  if (!d.planned.length) blocks.push(para(t.none));
  else {
    const c2 = T[lang].cols;
    blocks.push(
      table(
        [c2.no, c2.meeting, c2.dates, c2.place, c2.status],
        d.planned.map((m, i) => [n(i), pick(lang, m.titleVi, m.titleEn), span(m.startDate, m.endDate), place(m, lang), word('meetingStatus', m.status, lang)]),
        [6, 42, 20, 17, 15],
        [0, 2],
      ),
      ...more(d.planned.length, d.plannedTotal, lang),
      gap(),
    );
  }

  blocks.push(heading(t.s8));
  blocks.push(para(t.s8text, { italics: true }));
  blocks.push(...signature(pick(lang, d.issuer.officeVi, d.issuer.officeEn), lang, frameParts(frame).signature));
  return blocks;
}

export async function renderAnnualReport(d: AnnualReportData, lang: Lang, today: string, frame?: DocumentFrame): Promise<Buffer> {
  return renderDocx({ title: `${T[lang].title} ${d.year}`, subject: T[lang].subtitle(d.year), lang, blocks: annualReportBlocks(d, lang, today, frame), classification: markingOf(d, lang) });
}

/** '2025 Báo cáo tổng kết (vi)' / '2025 Annual report (en)'. */
export function annualReportStem(year: number, lang: Lang): string {
  return `${year} ${lang === 'vi' ? 'Báo cáo tổng kết' : 'Annual report'} (${lang})`;
}
