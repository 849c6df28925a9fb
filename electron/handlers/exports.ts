// Documents and exports. Each handler checks the request (the folder, the meeting) inside the
// request's own transaction, starts a job, and answers with the job at once. The job's worker
// reads the data in one snapshot on its own connection and renders the file off this thread;
// the job then copies it to the folder and records its outcome in the export log.
import { isFullPath } from '../../common/paths';
import { AppError } from '../../db/errors';
import { listExports } from '../../db/repo/exports/exportLog';
import { agencies, people } from '../../db/repo/directory';
import { meetings } from '../../db/repo/meetings';
import { bodies } from '../../db/repo/reference';
import { calendarStem } from '../services/exports/calendar';
import { LIST_NAMES } from '../services/exports/columns';
import { csvStem } from '../services/exports/csv';
import { startExport, type JobHost } from '../services/exports/exportJobs';
import { word, type Lang } from '../services/exports/format';
import { trackerStem } from '../services/exports/tracker';
import { today as todayFor, type HandlerContext, type HandlerMap } from './context';
import { classifiedStem } from './classifiedExports';
import { exportFolderOf } from './settings';

/** The folder of this export: the one given, else the export folder of Settings. */
export function folderFor(ctx: HandlerContext, given: string | undefined): string {
  const folder = given?.trim() || exportFolderOf(ctx);
  if (!folder) {
    throw new AppError('VALIDATION', {
      vi: 'Chưa chọn thư mục xuất tệp. Hãy chọn thư mục (ví dụ thư mục chung trên ổ mạng) trong Cài đặt rồi thử lại.',
      en: 'No export folder is chosen. Choose one (for example the shared folder on the network drive) in Settings and try again.',
    }, { field: 'folder' });
  }
  if (!isFullPath(folder)) {
    throw new AppError('VALIDATION', {
      vi: `Thư mục xuất phải là một đường dẫn đầy đủ (${folder}).`,
      en: `The export folder must be a full path (${folder}).`,
    }, { field: 'folder' });
  }
  return folder;
}

/** What a job needs of the desk. */
export const jobHost = (ctx: HandlerContext): JobHost => ({ db: ctx.db, now: ctx.now, jobs: ctx.services.jobs, env: ctx.services.exports, checkpoints: ctx.services.checkpoints });
const host = jobHost;
const today = (ctx: HandlerContext) => todayFor(ctx);

/** The filters as a person reads them, for the tracker's Filters sheet. */
function describeFilters(ctx: HandlerContext, filter: Record<string, unknown> | undefined, q: string | undefined, lang: Lang): Array<[string, string]> {
  const vi = lang === 'vi';
  const out: Array<[string, string]> = [];
  const name = <R,>(repo: { find(db: HandlerContext['db'], id: string): R | undefined }, id: unknown, label: (r: R) => string) => {
    const r = repo.find(ctx.db, String(id));
    return r ? label(r) : String(id);
  };
  for (const [k, v] of Object.entries(filter ?? {})) {
    if (v === undefined) continue;
    if (k === 'status') out.push([vi ? 'Trạng thái' : 'Status', (v as string[]).map((s) => word('actionStatus', s, lang)).join(', ')]);
    else if (k === 'leadAgencyId') out.push([vi ? 'Cơ quan chủ trì' : 'Lead agency', name(agencies, v, (r) => (vi ? r.nameVi : r.nameEn))]);
    else if (k === 'ownerPersonId') out.push([vi ? 'Cán bộ theo dõi' : 'Owner', name(people, v, (r) => r.fullName)]);
    else if (k === 'bodyId') out.push([vi ? 'Cơ chế' : 'Body', name(bodies, v, (r) => r.code)]);
    else if (k === 'sourceMeetingId') out.push([vi ? 'Hội nghị nguồn' : 'Source meeting', name(meetings, v, (r) => (vi ? r.titleVi : r.titleEn))]);
    else if (k === 'dueFrom') out.push([vi ? 'Hạn từ ngày' : 'Due from', String(v)]);
    else if (k === 'dueTo') out.push([vi ? 'Hạn đến ngày' : 'Due to', String(v)]);
    else out.push([k, JSON.stringify(v)]);
  }
  if (q?.trim()) out.push([vi ? 'Tìm kiếm' : 'Search', q.trim()]);
  return out;
}


export const exportHandlers = {
  'exports.tracker': (ctx, input) => {
    const folder = folderFor(ctx, input.folder);
    const filter = input.filter as Record<string, unknown> | undefined;
    return startExport(host(ctx), {
      kind: 'tracker',
      format: 'xlsx',
      language: input.language,
      params: { ...(filter ? { filter } : {}), ...(input.q ? { q: input.q } : {}) },
      folder,
      stem: classifiedStem(ctx, { kind: 'tracker' }, input.classifiedConfirmed, trackerStem(today(ctx), input.language), input.language),
      ext: '.xlsx',
      task: {
        kind: 'tracker',
        filter: filter ?? {},
        q: input.q ?? null,
        language: input.language,
        filters: describeFilters(ctx, filter, input.q, input.language),
        exportedAt: ctx.now().toISOString(),
      },
    });
  },
  'exports.csv': (ctx, input) => {
    const folder = folderFor(ctx, input.folder);
    const lang = input.language;
    return startExport(host(ctx), {
      kind: 'csv',
      format: 'csv',
      language: lang,
      params: { list: input.list, ...(input.filter ? { filter: input.filter } : {}), ...('q' in input && input.q ? { q: input.q } : {}) },
      folder,
      stem: classifiedStem(
        ctx,
        { kind: 'csv', list: input.list, filter: input.list === 'delegations' ? input.filter : undefined },
        input.classifiedConfirmed,
        csvStem(LIST_NAMES[input.list][lang], today(ctx)),
        lang,
      ),
      ext: '.csv',
      task: { kind: 'csv', list: input.list, filter: (input.filter ?? {}) as Record<string, unknown>, q: 'q' in input && input.q ? input.q : null, language: lang },
    });
  },
  'exports.calendar': (ctx, input) => {
    const folder = folderFor(ctx, input.folder);
    return startExport(host(ctx), {
      kind: 'calendar',
      format: 'ics',
      language: input.language,
      params: input.filter ? { filter: input.filter } : null,
      folder,
      stem: calendarStem(today(ctx), input.language),
      ext: '.ics',
      task: { kind: 'calendar', filter: (input.filter ?? {}) as Record<string, unknown>, language: input.language, nowIso: ctx.now().toISOString() },
    });
  },
  'exports.list': (ctx, input) =>
    listExports(ctx.db, { limit: input.limit, ...(input.cursor ? { cursor: input.cursor } : {}), ...(input.kind ? { kind: input.kind } : {}), ...(input.meetingId ? { meetingId: input.meetingId } : {}) }),
} satisfies Partial<HandlerMap>;
