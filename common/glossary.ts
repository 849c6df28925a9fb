// THE office's words for statuses, roles and the other enumerations, in Vietnamese and English:
// used by the screens (renderer/i18n builds its labels from here) and by every document and
// export (electron/services/exports/format.ts), so that an item is "Hoàn thành" on screen and in
// the tracker alike. Vietnamese follows the ministry's current spelling, the tone mark on the
// main vowel (hủy, xóa, hòa; not huỷ, xoá, hoà), as tests/unit/glossary.test.ts checks for every
// visible string.

const WORDS = {
  role: {
    head: ['Trưởng đoàn', 'Head of delegation'],
    deputy_head: ['Phó Trưởng đoàn', 'Deputy head'],
    member: ['Thành viên', 'Member'],
    secretary: ['Thư ký', 'Secretary'],
  },
  focalRole: {
    national_coordinator: ['Cơ quan điều phối quốc gia', 'National coordinator'],
    lead_agency: ['Cơ quan chủ trì', 'Lead agency'],
    focal_point: ['Cơ quan đầu mối', 'Focal point'],
    coordinating_agency: ['Cơ quan phối hợp', 'Coordinating agency'],
    working_group_leader: ['Trưởng nhóm công tác', 'Working-group leader'],
    deputy: ['Cấp phó', 'Deputy'],
    alternate: ['Đầu mối thay thế', 'Alternate'],
  },
  actionStatus: {
    open: ['Chưa thực hiện', 'Open'],
    in_progress: ['Đang thực hiện', 'In progress'],
    done: ['Hoàn thành', 'Done'],
    blocked: ['Vướng mắc', 'Blocked'],
    cancelled: ['Đã hủy', 'Cancelled'],
  },
  priority: { low: ['Thấp', 'Low'], normal: ['Bình thường', 'Normal'], high: ['Cao', 'High'] },
  meetingStatus: {
    planned: ['Dự kiến', 'Planned'],
    confirmed: ['Đã xác nhận', 'Confirmed'],
    held: ['Đã diễn ra', 'Held'],
    cancelled: ['Đã hủy', 'Cancelled'],
  },
  format: { in_person: ['Trực tiếp', 'In person'], online: ['Trực tuyến', 'Online'], hybrid: ['Kết hợp', 'Hybrid'] },
  funding: {
    state_budget: ['Ngân sách nhà nước', 'State budget'],
    partner: ['Đối tác tài trợ', 'Partner-funded'],
    mixed: ['Kết hợp', 'Mixed'],
    other: ['Khác', 'Other'],
  },
  delegationStatus: {
    draft: ['Dự thảo', 'Draft'],
    decided: ['Đã có quyết định', 'Decided'],
    completed: ['Đã về nước', 'Returned'],
    reported: ['Đã báo cáo', 'Reported'],
    cancelled: ['Đã hủy', 'Cancelled'],
  },
  documentKind: {
    declaration: ['Tuyên bố', 'Declaration'],
    joint_statement: ['Tuyên bố chung', 'Joint statement'],
    action_plan: ['Kế hoạch hành động', 'Action plan'],
    terms_of_reference: ['Điều khoản tham chiếu', 'Terms of reference'],
    nomination: ['Hồ sơ đề cử', 'Nomination'],
    agreement: ['Thỏa thuận', 'Agreement'],
    other: ['Khác', 'Other'],
  },
  documentStatus: {
    draft: ['Dự thảo', 'Draft'],
    comments_due: ['Đang lấy ý kiến', 'Comments due'],
    commented: ['Đã góp ý', 'Commented'],
    agreed_ad_ref: ['Đã nhất trí (chờ thông qua)', 'Agreed ad referendum'],
    adopted: ['Đã thông qua', 'Adopted'],
  },
  classification: {
    none: ['', ''],
    confidential: ['MẬT', 'CONFIDENTIAL (MẬT)'],
    secret: ['TỐI MẬT', 'SECRET (TỐI MẬT)'],
    top_secret: ['TUYỆT MẬT', 'TOP SECRET (TUYỆT MẬT)'],
  },
} as const;

export type WordGroup = keyof typeof WORDS;
export type GlossaryLang = 'vi' | 'en';

/** The label of an enumerated value: word('role', 'head', 'vi') → 'Trưởng đoàn'. */
export function word(group: WordGroup, value: string | null | undefined, lang: GlossaryLang): string {
  if (!value) return '';
  const entry = (WORDS[group] as Record<string, readonly [string, string]>)[value];
  return entry ? entry[lang === 'vi' ? 0 : 1] : value;
}

/** Every label of a group in one language, keyed by value: what the screens' translations hold. */
export function labels<G extends WordGroup>(group: G, lang: GlossaryLang): { [K in keyof (typeof WORDS)[G]]: string } {
  const out: Record<string, string> = {};
  for (const [value, pair] of Object.entries(WORDS[group] as Record<string, readonly [string, string]>)) out[value] = pair[lang === 'vi' ? 0 : 1];
  return out as { [K in keyof (typeof WORDS)[G]]: string };
}

/** The groups and their values, for the tests that hold the screens and the documents to the same words. */
export const GLOSSARY_GROUPS = Object.keys(WORDS) as WordGroup[];
export const valuesOf = (group: WordGroup): string[] => Object.keys(WORDS[group]);
