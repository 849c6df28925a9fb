// Documents: the briefing of a meeting and the annual summary report (Word, Decree 30/2020), each
// a job whose worker reads the data in one snapshot; the export log records it like any export.
// Each carries its administrative frame: the one the export form chose, or this laptop's defaults.
import { meetingRowOf } from '../../db/repo/exports/lists';
import { annualReportStem } from '../services/documents/annualReport';
import { briefingStem } from '../services/documents/briefing';
import { postTripStem } from '../services/documents/postTrip';
import { AppError } from '../../db/errors';
import { statement } from '../../db/repo/core/statements';
import { startExport } from '../services/exports/exportJobs';
import { today, type HandlerMap } from './context';
import { classifiedStem } from './classifiedExports';
import { defaultFrame, documentFrameHandlers } from './documentFrame';
import { folderFor, jobHost } from './exports';

export const documentHandlers = {
  ...documentFrameHandlers,
  'exports.briefing': (ctx, input) => {
    const folder = folderFor(ctx, input.folder);
    const meeting = meetingRowOf(ctx.db, input.meetingId);
    return startExport(jobHost(ctx), {
      kind: 'briefing',
      format: 'docx',
      language: input.language,
      meetingId: input.meetingId,
      params: { meetingId: input.meetingId },
      folder,
      stem: classifiedStem(ctx, { kind: 'briefing', meetingId: input.meetingId }, input.classifiedConfirmed, briefingStem(meeting, input.language), input.language),
      ext: '.docx',
      task: { kind: 'briefing', meetingId: input.meetingId, language: input.language, today: today(ctx), frame: input.frame ?? defaultFrame(ctx, 'briefing', input.language) },
    });
  },
  'exports.postTripReport': (ctx, input) => {
    const folder = folderFor(ctx, input.folder);
    const meeting = meetingRowOf(ctx.db, input.meetingId);
    if (!statement(ctx.db, `SELECT 1 FROM delegations WHERE meeting_id = ? AND deleted_at IS NULL`).get(input.meetingId)) {
      throw new AppError(
        'VALIDATION',
        {
          vi: 'Hội nghị này chưa có đoàn công tác: không có chuyến công tác nào để báo cáo. Hãy ghi nhận đoàn ở thẻ Đoàn công tác trước.',
          en: 'This meeting has no delegation: there is no trip to report on. Record the delegation in the Delegation tab first.',
        },
        { field: 'meetingId' },
      );
    }
    return startExport(jobHost(ctx), {
      kind: 'post_trip_report',
      format: 'docx',
      language: input.language,
      meetingId: input.meetingId,
      params: { meetingId: input.meetingId },
      folder,
      stem: classifiedStem(ctx, { kind: 'postTripReport', meetingId: input.meetingId }, input.classifiedConfirmed, postTripStem(meeting, input.language), input.language),
      ext: '.docx',
      task: { kind: 'postTripReport', meetingId: input.meetingId, language: input.language, today: today(ctx), frame: input.frame ?? defaultFrame(ctx, 'postTripReport', input.language) },
    });
  },
  'exports.annualReport': (ctx, input) => {
    const folder = folderFor(ctx, input.folder);
    return startExport(jobHost(ctx), {
      kind: 'annual_report',
      format: 'docx',
      language: input.language,
      year: input.year,
      params: { year: input.year },
      folder,
      stem: classifiedStem(ctx, { kind: 'annualReport', year: input.year }, input.classifiedConfirmed, annualReportStem(input.year, input.language), input.language),
      ext: '.docx',
      task: { kind: 'annualReport', year: input.year, language: input.language, today: today(ctx), frame: input.frame ?? defaultFrame(ctx, 'annualReport', input.language) },
    });
  },
} satisfies Partial<HandlerMap>;
