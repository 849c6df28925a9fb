// The columns of the three lists (action items, meetings, delegations), shared by the Excel
// tracker and the CSV files so that both say the same thing under the same headers.
import type { ActionItemRow, DelegationRow, MeetingRow } from '../../../db/repo/exports/lists';
import { pick, place, word, type Lang } from './format';

export type CellValue = string | number | null | { date: string };

export interface Column<R> {
  vi: string;
  en: string;
  /** Excel width in characters. */
  width: number;
  value: (row: R, lang: Lang) => CellValue;
  wrap?: boolean;
}

const date = (d: string | null): CellValue => (d ? { date: d } : null);

export const actionItemColumns: Column<ActionItemRow>[] = [
  { vi: 'Nội dung', en: 'Action item', width: 60, wrap: true, value: (r) => r.title },
  { vi: 'Trạng thái', en: 'Status', width: 16, value: (r, l) => word('actionStatus', r.status, l) },
  { vi: 'Ưu tiên', en: 'Priority', width: 12, value: (r, l) => word('priority', r.priority, l) },
  { vi: 'Hạn', en: 'Due', width: 12, value: (r) => date(r.dueDate) },
  { vi: 'Cơ quan chủ trì', en: 'Lead agency', width: 34, wrap: true, value: (r, l) => pick(l, r.leadAgencyNameVi, r.leadAgencyNameEn) || null },
  { vi: 'Mã cơ quan', en: 'Agency code', width: 14, value: (r) => r.leadAgencyCode },
  { vi: 'Cơ quan phối hợp', en: 'Supporting agencies', width: 24, wrap: true, value: (r) => r.supportingAgencyCodes },
  { vi: 'Cán bộ theo dõi', en: 'Owner', width: 22, value: (r) => r.ownerName },
  { vi: 'Cơ chế', en: 'Body', width: 12, value: (r) => r.bodyCode },
  { vi: 'Hội nghị nguồn', en: 'Source meeting', width: 40, wrap: true, value: (r, l) => pick(l, r.sourceMeetingTitleVi, r.sourceMeetingTitleEn) || null },
  { vi: 'Căn cứ', en: 'Reference', width: 30, wrap: true, value: (r) => r.sourceRef },
  { vi: 'Ngày hoàn thành', en: 'Completed on', width: 14, value: (r) => date(r.completedOn) },
  { vi: 'Cập nhật gần nhất', en: 'Latest update', width: 40, wrap: true, value: (r) => r.lastUpdate },
  { vi: 'Mô tả', en: 'Description', width: 50, wrap: true, value: (r) => r.description },
];

export const meetingColumns: Column<MeetingRow>[] = [
  { vi: 'Cơ chế', en: 'Body', width: 14, value: (r) => r.bodyCode },
  { vi: 'Số thứ tự', en: 'No.', width: 8, value: (r) => r.sequence },
  { vi: 'Tên hội nghị', en: 'Meeting', width: 60, wrap: true, value: (r, l) => pick(l, r.titleVi, r.titleEn) },
  { vi: 'Bắt đầu', en: 'Start', width: 12, value: (r) => date(r.startDate) },
  { vi: 'Kết thúc', en: 'End', width: 12, value: (r) => date(r.endDate) },
  { vi: 'Địa điểm', en: 'Venue', width: 30, wrap: true, value: (r, l) => place(r, l) || null },
  { vi: 'Hình thức', en: 'Format', width: 12, value: (r, l) => word('format', r.format, l) },
  { vi: 'Tình trạng', en: 'Status', width: 14, value: (r, l) => word('meetingStatus', r.status, l) },
  { vi: 'Trụ cột', en: 'Pillar', width: 8, value: (r) => r.pillarCode },
  { vi: 'Thuộc chuỗi', en: 'Part of', width: 40, wrap: true, value: (r, l) => pick(l, r.parentTitleVi, r.parentTitleEn) || null },
  { vi: 'Ghi chú', en: 'Notes', width: 50, wrap: true, value: (r) => r.notes },
];

export const delegationColumns: Column<DelegationRow>[] = [
  { vi: 'Hội nghị', en: 'Meeting', width: 60, wrap: true, value: (r, l) => pick(l, r.meetingTitleVi, r.meetingTitleEn) },
  { vi: 'Cơ chế', en: 'Body', width: 12, value: (r) => r.bodyCode },
  { vi: 'Bắt đầu', en: 'Start', width: 12, value: (r) => date(r.startDate) },
  { vi: 'Kết thúc', en: 'End', width: 12, value: (r) => date(r.endDate) },
  { vi: 'Trưởng đoàn', en: 'Head of delegation', width: 24, value: (r) => r.headName },
  { vi: 'Số thành viên', en: 'Members', width: 10, value: (r) => r.memberCount },
  { vi: 'Thành viên', en: 'Member names', width: 50, wrap: true, value: (r) => r.memberNames },
  { vi: 'Số quyết định', en: 'Decision no.', width: 18, value: (r) => r.decisionNumber },
  { vi: 'Ngày quyết định', en: 'Decision date', width: 14, value: (r) => date(r.decisionDate) },
  { vi: 'Kinh phí', en: 'Funding', width: 18, value: (r, l) => word('funding', r.funding, l) },
  { vi: 'Tình trạng', en: 'Status', width: 16, value: (r, l) => word('delegationStatus', r.status, l) },
];

export const LIST_NAMES = {
  actionItems: { vi: 'Việc cần làm', en: 'Action items' },
  meetings: { vi: 'Cuộc họp', en: 'Meetings' },
  delegations: { vi: 'Đoàn công tác', en: 'Delegations' },
} as const;
