// The draft of the annual summary report (báo cáo tổng kết) for a year: meetings attended by
// pillar and body, delegations sent, outcomes recorded, action items completed, open and overdue
// by lead agency, focal-point changes, next year's planned meetings. Officers finish it in Word.
import type { ActionItemRow, AnnualReportData, MeetingRow } from '../../db/repo/exports';
import { gap, heading, para, renderDocx, signature, subheading, table, titleBlock, type Block } from './docxKit';
import { dmy, pick, place, span, word, type Lang } from './format';

const T = {
  vi: {
    title: 'Báo cáo tổng kết',
    subtitle: (y: number) => `Công tác hợp tác ASEAN về môi trường năm ${y}`,
    draft: '(Dự thảo)',
    intro: (d: AnnualReportData, open: number, overdue: number) =>
      `Năm ${d.year}, Việt Nam đã tham dự ${d.attended.length} hội nghị trong khuôn khổ hợp tác ASEAN về môi trường và các lĩnh vực liên quan, cử ${d.delegations.length} đoàn công tác; ghi nhận ${d.raised.length} kết quả, nhiệm vụ phát sinh và hoàn thành ${d.completed.length} nhiệm vụ. Đến ngày ${dmy(d.asOf)}, còn ${open} nhiệm vụ chưa hoàn thành, trong đó ${overdue} nhiệm vụ quá hạn.`,
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
    intro: (d: AnnualReportData, open: number, overdue: number) =>
      `In ${d.year}, Viet Nam attended ${d.attended.length} meetings of ASEAN environmental cooperation and related fields and sent ${d.delegations.length} delegations; ${d.raised.length} outcomes and action items were recorded and ${d.completed.length} action items were completed. On ${dmy(d.asOf)}, ${open} action items were still open, ${overdue} of them overdue.`,
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
const OPEN = ['open', 'in_progress', 'blocked'];

function statusOf(r: ActionItemRow, asOf: string, lang: Lang): string {
  // Done after the count day means still open on it.
  const open = OPEN.includes(r.status) || (r.status === 'done' && (r.completedOn ?? '') > asOf);
  const s = open ? word('actionStatus', r.status === 'done' ? 'in_progress' : r.status, lang) : word('actionStatus', r.status, lang);
  return open && r.dueDate && r.dueDate < asOf ? `${s} (${T[lang].overdue})` : s;
}

function meetingTable(rows: MeetingRow[], lang: Lang): Block[] {
  const c = T[lang].cols;
  return [
    table(
      [c.no, c.meeting, c.body, c.dates, c.place],
      rows.map((m, i) => [n(i), pick(lang, m.titleVi, m.titleEn), m.bodyCode, span(m.startDate, m.endDate), place(m, lang)]),
      [6, 42, 14, 20, 18],
      [0, 3],
    ),
    gap(),
  ];
}

export function annualReportBlocks(d: AnnualReportData, lang: Lang, today: string): Block[] {
  const t = T[lang];
  const c = t.cols;
  const open = d.backlog.reduce((s, b) => s + b.open, 0);
  const overdue = d.backlog.reduce((s, b) => s + b.overdue, 0);
  const blocks: Block[] = [
    ...titleBlock({
      lang,
      ministry: pick(lang, d.issuer.ministryVi, d.issuer.ministryEn) || null,
      office: pick(lang, d.issuer.officeVi, d.issuer.officeEn),
      city: t.city,
      date: today,
      title: t.title,
      subtitle: [t.subtitle(d.year), t.draft],
      classification: '',
    }),
    para(t.intro(d, open, overdue)),
  ];

  blocks.push(heading(t.s1));
  if (!d.attended.length) blocks.push(para(t.none));
  // By pillar (in the Charter's order), then body, then date.
  const pillars = new Map<string, { label: string; rows: MeetingRow[] }>();
  const order = ['APSC', 'AEC', 'ASCC', ''];
  for (const m of [...d.attended].sort((a, b) => order.indexOf(a.pillarCode ?? '') - order.indexOf(b.pillarCode ?? '') || a.bodyCode.localeCompare(b.bodyCode) || a.startDate.localeCompare(b.startDate))) {
    const key = m.pillarCode ?? '';
    const label = m.pillarCode ? `${pick(lang, m.pillarNameVi, m.pillarNameEn)} (${m.pillarCode})` : t.otherPillar;
    if (!pillars.has(key)) pillars.set(key, { label, rows: [] });
    pillars.get(key)!.rows.push(m);
  }
  [...pillars.values()].forEach((p, i) => {
    blocks.push(subheading(`${i + 1}. ${p.label}`));
    blocks.push(...meetingTable(p.rows, lang));
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
      gap(),
    );
  }

  blocks.push(heading(t.s3));
  if (!d.raised.length) blocks.push(para(t.none));
  else {
    blocks.push(
      table(
        [c.no, c.item, c.source, c.lead, c.due, c.status],
        d.raised.map((r, i) => [n(i), r.title, r.sourceRef ?? '', pick(lang, r.leadAgencyNameVi, r.leadAgencyNameEn), dmy(r.dueDate), word('actionStatus', r.status, lang)]),
        [6, 31, 18, 16, 15, 14],
        [0, 4],
      ),
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
      gap(),
    );
  }

  blocks.push(heading(t.s5));
  blocks.push(para(t.asOf(dmy(d.asOf))));
  if (!d.backlog.length) blocks.push(para(t.none));
  else {
    blocks.push(
      table(
        [c.no, c.lead, c.open, c.overdueCol],
        d.backlog.map((b, i) => [n(i), pick(lang, b.agencyNameVi, b.agencyNameEn) || t.noAgency, String(b.open), String(b.overdue)]),
        [6, 62, 16, 16],
        [0, 2, 3],
      ),
      gap(),
    );
    blocks.push(subheading(t.detail));
    const items = d.backlog.flatMap((b) => b.items);
    blocks.push(
      table(
        [c.no, c.item, c.lead, c.due, c.status],
        items.map((r, i) => [n(i), r.title, pick(lang, r.leadAgencyNameVi, r.leadAgencyNameEn) || t.noAgency, dmy(r.dueDate), statusOf(r, d.asOf, lang)]),
        [6, 42, 20, 15, 17],
        [0, 3],
      ),
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
      gap(),
    );
  }

  blocks.push(heading(t.s8));
  blocks.push(para(t.s8text, { italics: true }));
  blocks.push(...signature(pick(lang, d.issuer.officeVi, d.issuer.officeEn), lang));
  return blocks;
}

export async function renderAnnualReport(d: AnnualReportData, lang: Lang, today: string): Promise<Buffer> {
  return renderDocx({ title: `${T[lang].title} ${d.year}`, subject: T[lang].subtitle(d.year), lang, blocks: annualReportBlocks(d, lang, today), classification: '' });
}

/** '2025 Báo cáo tổng kết (vi)' / '2025 Annual report (en)'. */
export function annualReportStem(year: number, lang: Lang): string {
  return `${year} ${lang === 'vi' ? 'Báo cáo tổng kết' : 'Annual report'} (${lang})`;
}
