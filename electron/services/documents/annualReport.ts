// The draft of the annual summary report (báo cáo tổng kết) for a year, written the way the
// ministry writes it (the five seed reports): I. the year in figures, II. results by pillar and
// body, III. the ASEAN documents commented on and adopted, IV. the implementation of
// commitments (action items), V. difficulties and their causes, VI. next year's plan and
// proposals; then the signature, and the tables as annexes. Every figure is counted once, by its
// definition (common/yearStanding.ts, common/actionStanding.ts), and the narrative states the
// same figures the annexes list. Officers finish it in Word.
import type { AnnualReportData, BodyYear, DocumentRow, PillarYear, YearMeeting } from '../../../db/repo/documents/annualReport';
import type { ActionItemRow, MeetingRow } from '../../../db/repo/exports/lists';
import { isOverdueOn, statusOn } from '../../../common/actionStanding';
import { highestClassification } from '../../../common/enums';
import { dash, endWith, frameParts, gap, heading, para, renderDocx, signature, subheading, table, titleBlock, type Block, type DocumentFrame } from './docxKit';
import { Paragraph } from 'docx';
import { dmy, moreLine, num, pick, place, span, word, type Lang } from '../exports/format';

/** The annexes, numbered in this order (the narrative refers to them by number). */
const ANNEX = { meetings: 1, delegations: 2, documents: 3, raised: 4, completed: 5, open: 6, focal: 7, plan: 8 } as const;

const T = {
  vi: {
    title: 'Báo cáo tổng kết',
    subtitle: (y: number) => `Công tác hợp tác ASEAN về môi trường năm ${y}`,
    draft: '(Dự thảo)',
    lead: (y: number, office: string) => `Thực hiện nhiệm vụ được giao, ${office} báo cáo kết quả công tác hợp tác ASEAN về môi trường năm ${y} và kế hoạch năm ${y + 1} như sau.`,
    s1: 'I. TỔNG QUAN KẾT QUẢ NĂM',
    s2: 'II. KẾT QUẢ THEO TRỤ CỘT VÀ CƠ CHẾ HỢP TÁC',
    s3: 'III. CÁC VĂN KIỆN ASEAN ĐÃ GÓP Ý VÀ ĐƯỢC THÔNG QUA',
    s4: 'IV. TÌNH HÌNH THỰC HIỆN CÁC CAM KẾT, NHIỆM VỤ',
    s5: 'V. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN',
    s6: (y: number) => `VI. KẾ HOẠCH NĂM ${y} VÀ KIẾN NGHỊ`,
    annexes: 'PHỤ LỤC',
    annex: (n: number, text: string) => `Phụ lục ${n}. ${text}`,
    seeAnnex: (n: number) => `(Phụ lục ${n})`,
    a: {
      meetings: (y: number) => `Các hội nghị diễn ra trong năm ${y}`,
      delegations: 'Các đoàn công tác đã cử',
      documents: 'Các văn kiện ASEAN',
      raised: 'Các nhiệm vụ phát sinh trong năm',
      completed: 'Các nhiệm vụ đã hoàn thành trong năm',
      open: 'Các nhiệm vụ chưa hoàn thành và quá hạn theo cơ quan chủ trì',
      focal: 'Thay đổi cơ quan, cán bộ đầu mối',
      plan: (y: number) => `Kế hoạch các hội nghị năm ${y}`,
    },
    // I. The year in figures: each figure a sentence.
    empty: (y: number) =>
      `Năm ${y}, ASOEN Desk không ghi nhận hội nghị, đoàn công tác, văn kiện, nhiệm vụ hay thay đổi đầu mối nào; báo cáo này không có số liệu để tổng hợp.`,
    fig: {
      meetings: (y: number, att: string, held: string) => `Năm ${y}, Việt Nam đã tham dự ${att}/${held} hội nghị trong khuôn khổ hợp tác ASEAN về môi trường và các lĩnh vực liên quan.`,
      noMeetings: (y: number) => `Năm ${y}, không có hội nghị nào được ghi nhận là đã diễn ra.`,
      hosted: (n: string) => `Việt Nam đã đăng cai tổ chức ${n} hội nghị.`,
      delegations: (n: string) => `Đã cử ${n} đoàn công tác tham dự các hội nghị trong năm.`,
      commented: (n: string) => `Việt Nam đã góp ý ${n} văn kiện của ASEAN.`,
      adopted: (n: string) => `Có ${n} văn kiện ASEAN được thông qua trong năm.`,
      raised: (n: string) => `Các hội nghị trong năm đã phát sinh ${n} nhiệm vụ.`,
      completed: (n: string) => `Trong năm đã hoàn thành ${n} nhiệm vụ.`,
      open: (d: string, n: string, o: string) => `Đến ngày ${d}, còn ${n} nhiệm vụ chưa hoàn thành, trong đó ${o} nhiệm vụ quá hạn.`,
      focal: (n: string) => `Có ${n} thay đổi về cơ quan, cán bộ đầu mối.`,
    },
    /** The same figures when they are zero, said plainly. */
    zero: {
      hosted: 'Việt Nam không đăng cai hội nghị nào.',
      delegations: 'Không cử đoàn công tác nào tham dự các hội nghị trong năm.',
      commented: 'Không có văn kiện nào của ASEAN được ghi nhận là Việt Nam đã góp ý.',
      adopted: 'Không có văn kiện ASEAN nào được thông qua trong năm.',
      raised: 'Các hội nghị trong năm không phát sinh nhiệm vụ nào.',
      completed: 'Trong năm không hoàn thành nhiệm vụ nào.',
      open: (d: string) => `Đến ngày ${d}, không còn nhiệm vụ nào chưa hoàn thành.`,
      focal: 'Không có thay đổi nào về cơ quan, cán bộ đầu mối.',
    },
    // II. By pillar and body.
    otherPillar: 'Các cơ chế khác',
    pillarPara: (y: number, att: string, held: string, label: string, hosted: string | null) =>
      `Trong năm ${y}, Việt Nam đã tham dự ${att}/${held} hội nghị thuộc ${label}${hosted ? `, trong đó đăng cai ${hosted} hội nghị` : ''}.`,
    pillarNoMeeting: (label: string) => `Trong năm, ${label} không có hội nghị nào diễn ra; các hoạt động khác được nêu dưới đây.`,
    pillarLabel: (name: string, code: string) => `trụ cột ${name} (${code})`,
    otherLabel: 'các cơ chế chưa gắn với trụ cột',
    body: {
      meetings: (att: string, held: string) => `Việt Nam đã tham dự ${att}/${held} hội nghị`,
      hosted: (n: string) => `, trong đó đăng cai ${n} hội nghị`,
      namedIntro: ': ',
      noMeeting: 'Không có hội nghị nào diễn ra trong năm',
      outcomes: (title: string, text: string) => `Kết quả ${title}: ${text}`,
      docs: 'Về văn kiện: ',
      commented: (n: string) => `đã góp ý ${n} văn kiện`,
      adopted: (n: string) => `${n} văn kiện được thông qua`,
      missed: (n: string) => `${n} văn kiện quá hạn góp ý`,
      raised: (n: string) => `Phát sinh ${n} nhiệm vụ`,
      standing: (parts: string) => `: ${parts}`,
      done: (n: string) => `đã hoàn thành ${n}`,
      open: (n: string) => `còn ${n} chưa hoàn thành`,
      overdue: (n: string) => `quá hạn ${n}`,
      cancelled: (n: string) => `đã hủy ${n}`,
      focal: (n: string) => `Có ${n} thay đổi về cơ quan, cán bộ đầu mối`,
      hostedMark: 'Việt Nam đăng cai',
    },
    otherBodies: (n: string) => `Ngoài ra, còn ${n} cơ chế khác có hoạt động trong năm, được tổng hợp trong các phụ lục.`,
    // III. Documents.
    commentedIntro: (n: string) => `Trong năm, Việt Nam đã góp ý ${n} văn kiện của ASEAN:`,
    noCommented: 'Trong năm, không có văn kiện nào được ghi nhận là Việt Nam đã góp ý.',
    adoptedIntro: (n: string) => `Có ${n} văn kiện được thông qua trong năm:`,
    noAdopted: 'Trong năm, không có văn kiện nào được ghi nhận là đã thông qua.',
    deadline: (d: string) => `hạn góp ý ${d}`,
    adoptedAt: (m: string) => `thông qua tại ${m}`,
    approvedBy: (ref: string, d: string) => `Chính phủ phê duyệt theo ${ref}${d ? ` ngày ${d}` : ''}`,
    approvedOn: (d: string) => `phê duyệt trong nước ngày ${d}`,
    viOnly: '',
    docNote: 'Văn kiện được tính theo hạn góp ý (hệ thống không ghi ngày gửi ý kiến).',
    itemsLanguage: '',
    // IV. Items.
    raisedLine: (n: string, a: number) => `Các hội nghị trong năm đã phát sinh ${n} nhiệm vụ của Việt Nam (Phụ lục ${a}).`,
    completedLine: (n: string, a: number) => `Trong năm đã hoàn thành ${n} nhiệm vụ, kể cả nhiệm vụ phát sinh từ các năm trước (Phụ lục ${a}).`,
    openLine: (d: string, n: string, o: string, a: number) => `Đến ngày ${d}, còn ${n} nhiệm vụ chưa hoàn thành, trong đó ${o} nhiệm vụ quá hạn (Phụ lục ${a}).`,
    topAgencies: (list: string) => `Các cơ quan chủ trì còn nhiều nhiệm vụ chưa hoàn thành nhất: ${list}.`,
    agencyCount: (name: string, n: string, o: string | null) => `${name} (${n} nhiệm vụ${o ? `, quá hạn ${o}` : ''})`,
    // V. Difficulties.
    dOverdue: (d: string, n: string, list: string) => `Đến ngày ${d}, còn ${n} nhiệm vụ quá hạn${list ? `, tập trung ở: ${list}` : ''}.`,
    dMissed: (n: string, list: string) => `${n} văn kiện đã quá hạn góp ý nhưng chưa ghi nhận ý kiến của Việt Nam: ${list}.`,
    dNotAttended: (n: string, list: string) => `Việt Nam không tham dự ${n} hội nghị: ${list}.`,
    dUndecided: (n: string, list: string) => `${n} đoàn công tác chưa có quyết định cử đoàn (số, ngày, người ký) trên hệ thống: ${list}.`,
    dUnassigned: (n: string) => `${n} nhiệm vụ chưa hoàn thành chưa được giao cơ quan chủ trì hoặc cán bộ theo dõi.`,
    dNone: 'Số liệu trên hệ thống không cho thấy nhiệm vụ quá hạn, văn kiện chậm góp ý, hội nghị không tham dự hay đoàn thiếu quyết định cử đoàn.',
    dCauses: '(Cán bộ soạn thảo bổ sung nguyên nhân: nhân lực kiêm nhiệm, chưa có điều khoản tham chiếu; kinh phí đối ứng hạn hẹp; phối hợp giữa các đơn vị...)',
    overdueShort: (n: string) => `${n} quá hạn`,
    // VI. Plan.
    remaining: (y: number, n: string, h: string | null) => `Từ nay đến hết năm ${y}, còn ${n} hội nghị theo kế hoạch${h ? `, trong đó Việt Nam đăng cai ${h} hội nghị` : ''}:`,
    planned: (y: number, n: string, h: string | null, a: number) => `Năm ${y}, đã có ${n} hội nghị trong kế hoạch${h ? `, trong đó Việt Nam đăng cai ${h} hội nghị` : ''} (Phụ lục ${a}):`,
    noPlanned: (y: number) => `Chưa có hội nghị nào của năm ${y} được đưa vào kế hoạch.`,
    dueNext: (y: number, n: string) => `${n} nhiệm vụ chưa hoàn thành đến hạn trong năm ${y}:`,
    adoptNext: (y: number, n: string) => `${n} văn kiện dự kiến được thông qua tại các hội nghị năm ${y}:`,
    proposals: 'Kiến nghị:',
    pOverdue: 'Đề nghị các cơ quan chủ trì hoàn thành dứt điểm các nhiệm vụ quá hạn và cập nhật tiến độ lên hệ thống.',
    pHost: 'Đề nghị bố trí kịp thời kinh phí đối ứng và nhân lực cho các hội nghị Việt Nam đăng cai.',
    pComments: 'Đề nghị các đơn vị gửi ý kiến góp ý văn kiện đúng hạn; phân công rõ đầu mối góp ý cho từng văn kiện.',
    pDecisions: 'Đề nghị hoàn thiện quyết định cử đoàn trước mỗi chuyến công tác.',
    pMore: '(Cán bộ soạn thảo bổ sung các kiến nghị khác.)',
    dueOn: (d: string) => `hạn ${d}`,
    sourceLine: (s: string) => `(Nguồn: ${s})`,
    none: 'Không có.',
    asOf: (d: string) => `Số liệu tính đến ngày ${d}.`,
    detail: 'Chi tiết các nhiệm vụ chưa hoàn thành',
    overdue: 'quá hạn',
    noAgency: '(chưa phân công)',
    ownerNoUnit: '(cán bộ theo dõi chưa có đơn vị)',
    otherAgencies: (n: string) => `Các cơ quan khác (${n} cơ quan)`,
    started: 'Bắt đầu',
    ended: 'Kết thúc',
    attendance: { hosted: 'Đăng cai', attended: 'Cử đoàn', not: 'Không tham dự' },
    docTables: { commented: 'a) Văn kiện đã góp ý', adopted: 'b) Văn kiện được thông qua', missed: 'c) Văn kiện quá hạn góp ý' },
    remainingTable: (y: number) => `Các hội nghị còn lại của năm ${y}`,
    cols: {
      no: 'TT',
      meeting: 'Hội nghị',
      body: 'Cơ chế',
      dates: 'Thời gian',
      place: 'Địa điểm',
      attendance: 'Tham dự',
      head: 'Trưởng đoàn',
      members: 'Số thành viên',
      decision: 'Quyết định cử đoàn',
      item: 'Nội dung',
      itemSource: 'Nội dung (nguồn)',
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
      document: 'Văn kiện',
      kind: 'Loại',
      deadline: 'Hạn góp ý',
      adoptedBy: 'Thông qua tại / phê duyệt',
    },
    city: 'Hà Nội',
  },
  en: {
    title: 'Annual summary report',
    subtitle: (y: number) => `ASEAN environmental cooperation in ${y}`,
    draft: '(Draft)',
    lead: (y: number, office: string) => `${office} reports on ASEAN environmental cooperation in ${y} and the plan for ${y + 1} as follows.`,
    s1: 'I. THE YEAR IN FIGURES',
    s2: 'II. RESULTS BY PILLAR AND BODY',
    s3: 'III. ASEAN DOCUMENTS COMMENTED ON AND ADOPTED',
    s4: 'IV. IMPLEMENTATION OF COMMITMENTS (ACTION ITEMS)',
    s5: 'V. DIFFICULTIES AND CAUSES',
    s6: (y: number) => `VI. PLAN FOR ${y} AND PROPOSALS`,
    annexes: 'ANNEXES',
    annex: (n: number, text: string) => `Annex ${n}. ${text}`,
    seeAnnex: (n: number) => `(Annex ${n})`,
    a: {
      meetings: (y: number) => `Meetings held in ${y}`,
      delegations: 'Delegations sent',
      documents: 'ASEAN documents',
      raised: 'Action items raised in the year',
      completed: 'Action items completed in the year',
      open: 'Open and overdue action items by lead agency',
      focal: 'Changes of focal points',
      plan: (y: number) => `Meetings planned for ${y}`,
    },
    // Counts stand after a colon where a plural would read badly ("1 meetings"): the translations have no plural forms.
    empty: (y: number) => `For ${y}, ASOEN Desk records no meeting, delegation, document, action item or change of focal point; this report has no figures to summarise.`,
    fig: {
      meetings: (y: number, att: string, held: string) => `In ${y}, Viet Nam attended ${att} of the ${held} meetings held under ASEAN environmental cooperation and related fields.`,
      noMeetings: (y: number) => `In ${y}, no meeting is recorded as held.`,
      hosted: (n: string) => `Meetings hosted by Viet Nam: ${n}.`,
      delegations: (n: string) => `Delegations sent to the year's meetings: ${n}.`,
      commented: (n: string) => `ASEAN documents Viet Nam commented on: ${n}.`,
      adopted: (n: string) => `ASEAN documents adopted in the year: ${n}.`,
      raised: (n: string) => `Action items raised by the year's meetings: ${n}.`,
      completed: (n: string) => `Action items completed in the year: ${n}.`,
      open: (d: string, n: string, o: string) => `On ${d}, action items still open: ${n}, of which overdue: ${o}.`,
      focal: (n: string) => `Changes of focal-point agencies and officers: ${n}.`,
    },
    zero: {
      hosted: 'Viet Nam hosted no meeting.',
      delegations: 'No delegation was sent to the year’s meetings.',
      commented: 'No ASEAN document is recorded as commented on by Viet Nam.',
      adopted: 'No ASEAN document was adopted in the year.',
      raised: 'The year’s meetings raised no action item.',
      completed: 'No action item was completed in the year.',
      open: (d: string) => `On ${d}, no action item was still open.`,
      focal: 'No focal-point agency or officer changed.',
    },
    otherPillar: 'Other bodies',
    pillarPara: (y: number, att: string, held: string, label: string, hosted: string | null) =>
      `In ${y}, Viet Nam attended ${att} of the ${held} meetings of ${label}${hosted ? `, hosting ${hosted} of them` : ''}.`,
    pillarNoMeeting: (label: string) => `No meeting of ${label} was held in the year; its other work follows.`,
    pillarLabel: (name: string, code: string) => `the ${name} (${code})`,
    otherLabel: 'the bodies outside the pillars',
    body: {
      meetings: (att: string, held: string) => `Viet Nam attended ${att} of ${held} meetings`,
      hosted: (n: string) => `, hosting ${n}`,
      namedIntro: ': ',
      noMeeting: 'No meeting was held in the year',
      outcomes: (title: string, text: string) => `Outcomes of ${title}: ${text}`,
      docs: 'Documents – ',
      commented: (n: string) => `commented on: ${n}`,
      adopted: (n: string) => `adopted: ${n}`,
      missed: (n: string) => `comment deadline missed: ${n}`,
      raised: (n: string) => `Action items raised: ${n}`,
      standing: (parts: string) => ` (${parts})`,
      done: (n: string) => `done: ${n}`,
      open: (n: string) => `still open: ${n}`,
      overdue: (n: string) => `overdue: ${n}`,
      cancelled: (n: string) => `cancelled: ${n}`,
      focal: (n: string) => `Changes of focal points: ${n}`,
      hostedMark: 'hosted by Viet Nam',
    },
    otherBodies: (n: string) => `Other bodies active in the year: ${n}; their figures are in the annexes.`,
    commentedIntro: (n: string) => `ASEAN documents Viet Nam commented on in the year: ${n}.`,
    noCommented: 'No document is recorded as commented on by Viet Nam in the year.',
    adoptedIntro: (n: string) => `Documents adopted in the year: ${n}.`,
    noAdopted: 'No document is recorded as adopted in the year.',
    deadline: (d: string) => `comments due ${d}`,
    adoptedAt: (m: string) => `adopted at ${m}`,
    approvedBy: (ref: string, d: string) => `approved by the Government, ${ref}${d ? ` of ${d}` : ''}`,
    approvedOn: (d: string) => `approved at home on ${d}`,
    viOnly: ' (Vietnamese title only)',
    docNote: 'Documents are counted by their comment deadline (the desk does not record the day comments were sent).',
    itemsLanguage: 'Action items are recorded in Vietnamese only: their titles are given as written.',
    raisedLine: (n: string, a: number) => `Action items for Viet Nam raised by the year's meetings: ${n} (Annex ${a}).`,
    completedLine: (n: string, a: number) => `Action items completed in the year, including those raised in earlier years: ${n} (Annex ${a}).`,
    openLine: (d: string, n: string, o: string, a: number) => `On ${d}, action items still open: ${n}, of which overdue: ${o} (Annex ${a}).`,
    topAgencies: (list: string) => `The lead agencies with the most open items: ${list}.`,
    agencyCount: (name: string, n: string, o: string | null) => `${name} (open: ${n}${o ? `, overdue: ${o}` : ''})`,
    dOverdue: (d: string, n: string, list: string) => `On ${d}, overdue action items: ${n}${list ? `, mostly with: ${list}` : ''}.`,
    dMissed: (n: string, list: string) => `Documents past their comment deadline with no comment from Viet Nam recorded: ${n} (${list}).`,
    dNotAttended: (n: string, list: string) => `Meetings Viet Nam did not attend: ${n} (${list}).`,
    dUndecided: (n: string, list: string) => `Delegations with no sending decision (number, date, signer) recorded: ${n} (${list}).`,
    dUnassigned: (n: string) => `Open action items with neither a lead agency nor an owner: ${n}.`,
    dNone: 'The desk shows no overdue item, missed comment deadline, meeting not attended or delegation without a sending decision.',
    dCauses: '(The drafting officer adds the causes: part-time staff without terms of reference; scarce counterpart funding; coordination between units...)',
    overdueShort: (n: string) => `overdue: ${n}`,
    remaining: (y: number, n: string, h: string | null) => `Meetings still planned for the rest of ${y}: ${n}${h ? `, of which hosted by Viet Nam: ${h}` : ''}.`,
    planned: (y: number, n: string, h: string | null, a: number) => `Meetings of ${y} already planned: ${n}${h ? `, of which hosted by Viet Nam: ${h}` : ''} (Annex ${a}):`,
    noPlanned: (y: number) => `No meeting of ${y} is planned yet.`,
    dueNext: (y: number, n: string) => `Open action items due in ${y}: ${n}.`,
    adoptNext: (y: number, n: string) => `Documents due for adoption at meetings of ${y}: ${n}.`,
    proposals: 'Proposals:',
    pOverdue: 'The lead agencies should complete the overdue action items and record their progress on the desk.',
    pHost: 'Counterpart funding and staff for the meetings Viet Nam hosts should be arranged in time.',
    pComments: 'Units should send their comments on documents by the deadline, with a named focal point for each document.',
    pDecisions: 'The sending decision should be issued before each trip.',
    pMore: '(The drafting officer adds further proposals.)',
    dueOn: (d: string) => `due ${d}`,
    sourceLine: (s: string) => `(Source: ${s})`,
    none: 'None.',
    asOf: (d: string) => `Figures as of ${d}.`,
    detail: 'Open action items in detail',
    overdue: 'overdue',
    noAgency: '(not assigned)',
    ownerNoUnit: '(owner with no agency recorded)',
    otherAgencies: (n: string) => `Other agencies (${n})`,
    started: 'Started',
    ended: 'Ended',
    attendance: { hosted: 'Hosted', attended: 'Delegation', not: 'Not attended' },
    docTables: { commented: 'a) Documents commented on', adopted: 'b) Documents adopted', missed: 'c) Documents past their comment deadline' },
    remainingTable: (y: number) => `The rest of ${y}`,
    cols: {
      no: 'No.',
      meeting: 'Meeting',
      body: 'Body',
      dates: 'Dates',
      place: 'Venue',
      attendance: 'Attended',
      head: 'Head of delegation',
      members: 'Members',
      decision: 'Sending decision',
      item: 'Action item',
      itemSource: 'Action item (source)',
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
      document: 'Document',
      kind: 'Kind',
      deadline: 'Comments due',
      adoptedBy: 'Adopted at / approved',
    },
    city: 'Ha Noi',
  },
} as const;

type Words = (typeof T)[Lang];
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
function responsibleName(r: ActionItemRow, lang: Lang, t: Words): string {
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

/** A document's title: the English one in English; where only the Vietnamese exists, it says so. */
const docTitle = (d: DocumentRow, lang: Lang, t: Words) => (lang === 'en' && !d.titleEn ? `${d.titleVi}${t.viOnly}` : pick(lang, d.titleVi, d.titleEn));

/** Where and how a document was adopted: its meeting, else its domestic approval. */
function adoptedBy(d: DocumentRow, lang: Lang, t: Words): string {
  const meeting = pick(lang, d.meetingTitleVi, d.meetingTitleEn);
  if (meeting) return t.adoptedAt(meeting);
  if (d.approvalRef) return t.approvedBy(d.approvalRef, dmy(d.approvedOn));
  return d.approvedOn ? t.approvedOn(dmy(d.approvedOn)) : '';
}

/** The same in a table cell: the meeting's short name ('ASOEN 37'), else the approving act. */
function adoptedShort(d: DocumentRow, lang: Lang): string {
  if (d.meetingBodyCode) return d.meetingSequence ? `${d.meetingBodyCode} ${d.meetingSequence}` : pick(lang, d.meetingTitleVi, d.meetingTitleEn);
  if (d.approvalRef) return `${d.approvalRef}${d.approvedOn ? `\n(${dmy(d.approvedOn)})` : ''}`;
  return dmy(d.approvedOn);
}

/** A meeting named in a sentence: its title, then its place and dates. */
const meetingName = (m: MeetingRow, lang: Lang) => `${pick(lang, m.titleVi, m.titleEn)} (${[place(m, lang), span(m.startDate, m.endDate)].filter(Boolean).join(', ')})`;

/** A sentence-ending list: 'a; b; c' and how many more (the annex lists them all). */
function listOf(items: string[], total: number, lang: Lang): string {
  const rest = total - items.length;
  const tail = rest > 0 ? (lang === 'vi' ? `; và ${num(rest, lang)} mục khác` : `; and ${num(rest, lang)} more`) : '';
  return `${items.join('; ')}${tail}`;
}

/** The outcomes of a meeting in the report's language; in English, the Vietnamese text where no English one exists, said so. */
function outcomesOf(m: YearMeeting, lang: Lang): string | null {
  if (lang === 'vi') return m.outcomes ?? null;
  if (m.outcomesEn) return m.outcomesEn;
  return m.outcomes ? `(in Vietnamese only) ${m.outcomes}` : null;
}

const stripEnd = (s: string) => s.trim().replace(/[.;:]+$/, '');

/** The sentences of one body's paragraph. */
function bodyParagraph(b: BodyYear, lang: Lang, t: Words): Block[] {
  const w = t.body;
  const name = `${b.bodyCode} – ${pick(lang, b.bodyNameVi, b.bodyNameEn)}`;
  const sentences: string[] = [];
  if (b.held > 0) {
    const named = b.named.map((m) => `${meetingName(m, lang)}${m.hosted ? ` – ${w.hostedMark}` : ''}`);
    sentences.push(`${w.meetings(num(b.attended, lang), num(b.held, lang))}${b.hosted ? w.hosted(num(b.hosted, lang)) : ''}${named.length ? `${w.namedIntro}${listOf(named, b.attended, lang)}` : ''}.`);
    for (const m of b.named) {
      const text = outcomesOf(m, lang);
      if (text) sentences.push(`${w.outcomes(m.sequence ? `${m.bodyCode} ${m.sequence}` : pick(lang, m.titleVi, m.titleEn), stripEnd(text))}.`);
    }
  }
  // Only the figures that are not zero, in one sentence each for the documents and the items.
  const docs = [b.commented ? w.commented(num(b.commented, lang)) : null, b.adopted ? w.adopted(num(b.adopted, lang)) : null, b.commentMissed ? w.missed(num(b.commentMissed, lang)) : null].filter(
    (x): x is string => !!x,
  );
  if (docs.length) sentences.push(`${w.docs}${docs.join('; ')}.`);
  if (b.raised) {
    const parts = [b.raisedDone ? w.done(num(b.raisedDone, lang)) : null, b.raisedOpen ? w.open(num(b.raisedOpen, lang)) : null, b.raisedOverdue ? w.overdue(num(b.raisedOverdue, lang)) : null, b.raisedCancelled ? w.cancelled(num(b.raisedCancelled, lang)) : null].filter(
      (x): x is string => !!x,
    );
    sentences.push(`${w.raised(num(b.raised, lang))}${parts.length ? w.standing(parts.join(', ')) : ''}.`);
  }
  if (b.focalChanges) sentences.push(`${w.focal(num(b.focalChanges, lang))}.`);
  if (!sentences.length) sentences.push(`${w.noMeeting}.`);
  return [dash([{ text: `${name}: `, bold: true }, sentences.join(' ')])];
}

/**
 * A lead agency of the backlog by name; where two agencies share a name (a department before and
 * after the 2025 merger of the ministries), its code beside it, so the two rows do not read as one.
 */
function agencyLabel(b: AnnualReportData['backlog'][number], all: AnnualReportData['backlog'], lang: Lang, t: Words): string {
  const name = pick(lang, b.agencyNameVi, b.agencyNameEn);
  if (!name) return b.assigned ? t.ownerNoUnit : t.noAgency;
  const twins = all.filter((x) => pick(lang, x.agencyNameVi, x.agencyNameEn) === name).length;
  return twins > 1 && b.agencyCode ? `${name} (${b.agencyCode})` : name;
}

function pillarLabel(p: PillarYear, lang: Lang, t: Words): string {
  return p.pillarCode ? t.pillarLabel(pick(lang, p.pillarNameVi, p.pillarNameEn), p.pillarCode) : t.otherLabel;
}

function meetingTable(rows: MeetingRow[], total: number, lang: Lang, attendance?: AnnualReportData['attendance']): Block[] {
  const t = T[lang];
  const c = t.cols;
  const att = (m: MeetingRow) => {
    const a = attendance?.[m.id];
    return !a ? '' : a.hosted ? t.attendance.hosted : a.attended ? t.attendance.attended : t.attendance.not;
  };
  return [
    attendance
      ? table(
          [c.no, c.meeting, c.body, c.dates, c.place, c.attendance],
          rows.map((m, i) => [n(i), pick(lang, m.titleVi, m.titleEn), m.bodyCode, span(m.startDate, m.endDate), place(m, lang), att(m)]),
          [6, 30, 15, 17, 17, 15],
          [0, 3],
        )
      : table(
          [c.no, c.meeting, c.dates, c.place, c.status],
          rows.map((m, i) => [n(i), pick(lang, m.titleVi, m.titleEn), span(m.startDate, m.endDate), place(m, lang), word('meetingStatus', m.status, lang)]),
          [6, 42, 20, 17, 15],
          [0, 2],
        ),
    ...more(rows.length, total, lang),
    gap(),
  ];
}

function documentTable(rows: DocumentRow[], total: number, lang: Lang): Block[] {
  const t = T[lang];
  const c = t.cols;
  if (!rows.length) return [para(t.none)];
  return [
    table(
      [c.no, c.document, c.body, c.deadline, c.status, c.adoptedBy],
      rows.map((d, i) => [n(i), `${docTitle(d, lang, t)}\n(${word('documentKind', d.kind, lang)})`, d.bodyCode ?? '', dmy(d.commentDeadline), word('documentStatus', d.status, lang), adoptedShort(d, lang)]),
      [6, 32, 15, 17, 14, 16],
      [0, 3],
    ),
    ...more(rows.length, total, lang),
    gap(),
  ];
}

/** The report lists delegations: it carries the highest marking among them (db/repo/exports/classified.ts says when it is asked first). */
const markingOf = (d: AnnualReportData, lang: Lang) => word('classification', highestClassification(d.delegations.map((x) => x.classification)), lang);

/** Nothing at all in the year: the overview says so plainly. */
const isEmptyYear = (d: AnnualReportData) =>
  d.heldTotal + d.delegationsTotal + d.commented.total + d.adopted.total + d.commentMissed.total + d.raisedTotal + d.completedTotal + d.openTotal + d.focalChangesTotal === 0;

function overview(d: AnnualReportData, lang: Lang, t: Words): Block[] {
  if (isEmptyYear(d)) return [para(t.empty(d.year))];
  const f = t.fig;
  const s = (x: number) => num(x, lang);
  const out: string[] = [];
  out.push(d.heldTotal ? f.meetings(d.year, s(d.attendedOrHostedTotal), s(d.heldTotal)) : f.noMeetings(d.year));
  const z = t.zero;
  out.push(d.hostedTotal ? f.hosted(s(d.hostedTotal)) : z.hosted);
  out.push(d.delegationsTotal ? f.delegations(s(d.delegationsTotal)) : z.delegations);
  out.push(d.commented.total ? f.commented(s(d.commented.total)) : z.commented);
  out.push(d.adopted.total ? f.adopted(s(d.adopted.total)) : z.adopted);
  out.push(d.raisedTotal ? f.raised(s(d.raisedTotal)) : z.raised);
  out.push(d.completedTotal ? f.completed(s(d.completedTotal)) : z.completed);
  out.push(d.openTotal ? f.open(dmy(d.asOf), s(d.openTotal), s(d.overdueTotal)) : z.open(dmy(d.asOf)));
  out.push(d.focalChangesTotal ? f.focal(s(d.focalChangesTotal)) : z.focal);
  return out.map((x) => dash(x));
}

function byPillar(d: AnnualReportData, lang: Lang, t: Words): Block[] {
  if (!d.pillarYears.length) return [para(t.none)];
  const out: Block[] = [];
  d.pillarYears.forEach((p, i) => {
    const label = p.pillarCode ? `${pick(lang, p.pillarNameVi, p.pillarNameEn)} (${p.pillarCode})` : t.otherPillar;
    out.push(subheading(`${i + 1}. ${label}`));
    const l = pillarLabel(p, lang, t);
    out.push(para(p.held ? t.pillarPara(d.year, num(p.attended, lang), num(p.held, lang), l, p.hosted ? num(p.hosted, lang) : null) : t.pillarNoMeeting(l)));
    for (const b of p.bodies) out.push(...bodyParagraph(b, lang, t));
    if (p.bodiesTotal > p.bodies.length) out.push(para(t.otherBodies(num(p.bodiesTotal - p.bodies.length, lang)), { italics: true }));
  });
  return out;
}

function documentsSection(d: AnnualReportData, lang: Lang, t: Words): Block[] {
  const out: Block[] = [];
  if (!d.commented.total) out.push(para(t.noCommented));
  else {
    out.push(para(t.commentedIntro(num(d.commented.total, lang))));
    for (const x of d.commented.rows) out.push(dash(`${docTitle(x, lang, t)} (${t.deadline(dmy(x.commentDeadline))}).`));
    out.push(...more(d.commented.rows.length, d.commented.total, lang));
  }
  if (!d.adopted.total) out.push(para(t.noAdopted));
  else {
    out.push(para(t.adoptedIntro(num(d.adopted.total, lang))));
    for (const x of d.adopted.rows) {
      const how = adoptedBy(x, lang, t);
      out.push(dash(`${docTitle(x, lang, t)}${how ? ` (${how})` : ''}.`));
    }
    out.push(...more(d.adopted.rows.length, d.adopted.total, lang));
  }
  out.push(para(`${t.docNote} ${t.seeAnnex(ANNEX.documents)}`, { italics: true }));
  return out;
}

function itemsSection(d: AnnualReportData, lang: Lang, t: Words): Block[] {
  const out: Block[] = [para(t.raisedLine(num(d.raisedTotal, lang), ANNEX.raised)), para(t.completedLine(num(d.completedTotal, lang), ANNEX.completed))];
  out.push(para(t.openLine(dmy(d.asOf), num(d.openTotal, lang), num(d.overdueTotal, lang), ANNEX.open)));
  const top = d.backlog.slice(0, 3).map((b) => t.agencyCount(agencyLabel(b, d.backlog, lang, t), num(b.open, lang), b.overdue ? num(b.overdue, lang) : null));
  if (top.length) out.push(para(t.topAgencies(top.join('; '))));
  return out;
}

function difficulties(d: AnnualReportData, lang: Lang, t: Words): Block[] {
  const out: Block[] = [];
  if (d.overdueTotal) {
    const worst = [...d.backlog]
      .filter((b) => b.overdue > 0)
      .sort((a, b) => b.overdue - a.overdue)
      .slice(0, 3)
      .map((b) => `${agencyLabel(b, d.backlog, lang, t)} (${t.overdueShort(num(b.overdue, lang))})`);
    out.push(dash(t.dOverdue(dmy(d.asOf), num(d.overdueTotal, lang), worst.join('; '))));
  }
  if (d.commentMissed.total)
    out.push(dash(t.dMissed(num(d.commentMissed.total, lang), listOf(d.commentMissed.rows.slice(0, 5).map((x) => `${docTitle(x, lang, t)} (${t.deadline(dmy(x.commentDeadline))})`), d.commentMissed.total, lang))));
  if (d.notAttended.total) out.push(dash(t.dNotAttended(num(d.notAttended.total, lang), listOf(d.notAttended.rows.slice(0, 5).map((m) => meetingName(m, lang)), d.notAttended.total, lang))));
  if (d.undecided.total)
    out.push(dash(t.dUndecided(num(d.undecided.total, lang), listOf(d.undecided.rows.slice(0, 5).map((x) => `${pick(lang, x.meetingTitleVi, x.meetingTitleEn)} (${span(x.startDate, x.endDate)})`), d.undecided.total, lang))));
  const unassigned = d.backlog.find((b) => !b.assigned);
  if (unassigned) out.push(dash(t.dUnassigned(num(unassigned.open, lang))));
  if (!out.length) out.push(para(t.dNone));
  out.push(para(t.dCauses, { italics: true }));
  return out;
}

function plan(d: AnnualReportData, lang: Lang, t: Words): Block[] {
  const out: Block[] = [];
  const next = d.year + 1;
  if (d.remaining.total) {
    out.push(para(t.remaining(d.year, num(d.remaining.total, lang), d.remainingHosted ? num(d.remainingHosted, lang) : null)));
    for (const m of d.remaining.rows.slice(0, 10)) out.push(dash(meetingName(m, lang)));
    out.push(...more(Math.min(10, d.remaining.rows.length), d.remaining.total, lang));
  }
  out.push(para(d.plannedTotal ? t.planned(next, num(d.plannedTotal, lang), d.plannedHosted ? num(d.plannedHosted, lang) : null, ANNEX.plan) : t.noPlanned(next)));
  for (const m of d.planned.slice(0, 10)) out.push(dash(meetingName(m, lang)));
  out.push(...more(Math.min(10, d.planned.length), d.plannedTotal, lang));
  if (d.dueNext.total) {
    out.push(para(t.dueNext(next, num(d.dueNext.total, lang))));
    for (const r of d.dueNext.rows.slice(0, 10)) out.push(dash(`${r.title} (${[responsibleName(r, lang, t), t.dueOn(dmy(r.dueDate))].join(', ')}).`));
    out.push(...more(Math.min(10, d.dueNext.rows.length), d.dueNext.total, lang));
  }
  if (d.adoptNext.total) {
    out.push(para(t.adoptNext(next, num(d.adoptNext.total, lang))));
    for (const x of d.adoptNext.rows.slice(0, 10)) out.push(dash(`${docTitle(x, lang, t)}${x.meetingTitleVi ? ` (${pick(lang, x.meetingTitleVi, x.meetingTitleEn)})` : ''}.`));
    out.push(...more(Math.min(10, d.adoptNext.rows.length), d.adoptNext.total, lang));
  }
  out.push(subheading(t.proposals));
  const proposals: Array<string | null> = [
    d.overdueTotal ? t.pOverdue : null,
    d.plannedHosted || d.remainingHosted ? t.pHost : null,
    d.commentMissed.total ? t.pComments : null,
    d.undecided.total ? t.pDecisions : null,
  ];
  for (const x of proposals) if (x) out.push(dash(x));
  // The last words stay on the signature's page.
  out.push(para(t.pMore, { italics: true, keepNext: true }));
  return out;
}

function annexes(d: AnnualReportData, lang: Lang, t: Words): Block[] {
  const c = t.cols;
  // The annexes begin on a page of their own, after the signature, as annexes to an administrative document do.
  const out: Block[] = [new Paragraph({ pageBreakBefore: true, children: [] }), heading(t.annexes)];

  out.push(subheading(t.annex(ANNEX.meetings, t.a.meetings(d.year))));
  if (!d.pillars.length) out.push(para(t.none));
  // By pillar (in the Charter's order), then body, then date.
  d.pillars.forEach((p, i) => {
    out.push(para(`${i + 1}. ${p.pillarCode ? `${pick(lang, p.pillarNameVi, p.pillarNameEn)} (${p.pillarCode})` : t.otherPillar}`, { indent: false }));
    out.push(...meetingTable(p.meetings, p.total, lang, d.attendance));
  });

  out.push(subheading(t.annex(ANNEX.delegations, t.a.delegations)));
  if (!d.delegations.length) out.push(para(t.none));
  else
    out.push(
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

  out.push(subheading(t.annex(ANNEX.documents, t.a.documents)));
  out.push(para(t.docTables.commented, { indent: false }), ...documentTable(d.commented.rows, d.commented.total, lang));
  out.push(para(t.docTables.adopted, { indent: false }), ...documentTable(d.adopted.rows, d.adopted.total, lang));
  out.push(para(t.docTables.missed, { indent: false }), ...documentTable(d.commentMissed.rows, d.commentMissed.total, lang));

  out.push(subheading(t.annex(ANNEX.raised, t.a.raised)));
  if (t.itemsLanguage) out.push(para(t.itemsLanguage, { italics: true, indent: false }));
  if (!d.raised.length) out.push(para(t.none));
  else
    out.push(
      table(
        [c.no, c.itemSource, c.body, c.lead, c.due, c.status],
        // The status on the count day, as the summary and the backlog count it (not today's).
        // The source, under the title: the officer's reference, else the meeting the item came from.
        d.raised.map((r, i) => {
          const source = r.sourceRef || pick(lang, r.sourceMeetingTitleVi, r.sourceMeetingTitleEn);
          return [n(i), source ? `${r.title}\n${t.sourceLine(source)}` : r.title, r.bodyCode ?? '', pick(lang, r.leadAgencyNameVi, r.leadAgencyNameEn), dmy(r.dueDate), statusOf(r, d.asOf, lang)];
        }),
        [6, 31, 16, 15, 17, 15],
        [0, 4],
      ),
      ...more(d.raised.length, d.raisedTotal, lang),
      gap(),
    );

  out.push(subheading(t.annex(ANNEX.completed, t.a.completed)));
  if (!d.completed.length) out.push(para(t.none));
  else
    out.push(
      table(
        [c.no, c.item, c.lead, c.due, c.completed],
        d.completed.map((r, i) => [n(i), r.title, pick(lang, r.leadAgencyNameVi, r.leadAgencyNameEn), dmy(r.dueDate), dmy(r.completedOn)]),
        [6, 40, 20, 17, 17],
        [0, 3, 4],
      ),
      ...more(d.completed.length, d.completedTotal, lang),
      gap(),
    );

  out.push(subheading(t.annex(ANNEX.open, t.a.open)));
  out.push(para(t.asOf(dmy(d.asOf)), { indent: false }));
  if (!d.backlog.length) out.push(para(t.none));
  else {
    const rows = d.backlog.map((b, i) => [n(i), agencyLabel(b, d.backlog, lang, t), num(b.open, lang), num(b.overdue, lang)]);
    // More agencies than the table lists: the rest in one line, so the columns still add up to the totals.
    const others = d.backlogAgencies - d.backlog.length;
    if (others > 0) {
      const open = d.openTotal - d.backlog.reduce((s, b) => s + b.open, 0);
      const overdue = d.overdueTotal - d.backlog.reduce((s, b) => s + b.overdue, 0);
      rows.push([n(rows.length), t.otherAgencies(num(others, lang)), num(open, lang), num(overdue, lang)]);
    }
    out.push(table([c.no, c.lead, c.open, c.overdueCol], rows, [6, 62, 16, 16], [0, 2, 3]), gap());
    out.push(para(t.detail, { indent: false }));
    out.push(
      table(
        [c.no, c.item, c.lead, c.due, c.status],
        d.openItems.map((r, i) => [n(i), r.title, responsibleName(r, lang, t), dmy(r.dueDate), statusOf(r, d.asOf, lang)]),
        [6, 40, 20, 17, 17],
        [0, 3],
      ),
      ...more(d.openItems.length, d.openTotal, lang),
      gap(),
    );
  }

  out.push(subheading(t.annex(ANNEX.focal, t.a.focal)));
  if (!d.focalChanges.length) out.push(para(t.none));
  else
    out.push(
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

  out.push(subheading(t.annex(ANNEX.plan, t.a.plan(d.year + 1))));
  if (d.remaining.total) out.push(para(t.remainingTable(d.year), { indent: false }), ...meetingTable(d.remaining.rows, d.remaining.total, lang));
  if (!d.planned.length) out.push(para(t.none));
  else out.push(...meetingTable(d.planned, d.plannedTotal, lang));
  return out;
}

export function annualReportBlocks(d: AnnualReportData, lang: Lang, today: string, frame?: DocumentFrame): Block[] {
  const t = T[lang];
  const office = pick(lang, d.issuer.officeVi, d.issuer.officeEn);
  const body: Block[] = [
    ...titleBlock({
      lang,
      ministry: pick(lang, d.issuer.ministryVi, d.issuer.ministryEn) || null,
      office,
      city: t.city,
      date: today,
      title: t.title,
      subtitle: [t.subtitle(d.year), t.draft],
      classification: markingOf(d, lang),
      ...frameParts(frame).title,
    }),
    para(t.lead(d.year, office)),
    heading(t.s1),
    ...overview(d, lang, t),
    heading(t.s2),
    ...byPillar(d, lang, t),
    heading(t.s3),
    ...documentsSection(d, lang, t),
    heading(t.s4),
    ...itemsSection(d, lang, t),
    heading(t.s5),
    ...difficulties(d, lang, t),
    heading(t.s6(d.year + 1)),
    ...plan(d, lang, t),
  ];
  // The signature closes the narrative (never alone on its page); the annexes follow it.
  endWith(body, signature(office, lang, frameParts(frame).signature));
  return [...body, ...annexes(d, lang, t)];
}

export async function renderAnnualReport(d: AnnualReportData, lang: Lang, today: string, frame?: DocumentFrame): Promise<Buffer> {
  return renderDocx({ title: `${T[lang].title} ${d.year}`, subject: T[lang].subtitle(d.year), lang, blocks: annualReportBlocks(d, lang, today, frame), classification: markingOf(d, lang) });
}

/** '2025 Báo cáo tổng kết (vi)' / '2025 Annual report (en)'. */
export function annualReportStem(year: number, lang: Lang): string {
  return `${year} ${lang === 'vi' ? 'Báo cáo tổng kết' : 'Annual report'} (${lang})`;
}
