import { z } from 'zod';
import { def } from './define';
import { classifiedConfirmedInput, folderInput, languageInput } from './exports';
import { jobSchema } from './jobs';
import { id } from './primitives';

// Documents (Word, Decree 30/2020/NĐ-CP): the briefing of a meeting, the post-trip report of its
// delegation and the annual summary report of a year, in Vietnamese or English. Each starts a job
// and answers at once; the file goes to the export folder (or the one given) and into the export
// log, as an export does.

export const documentMethods = {
  'exports.briefing': def('read', z.object({ meetingId: id, language: languageInput, folder: folderInput, classifiedConfirmed: classifiedConfirmedInput }).strict(), jobSchema),
  /**
   * The post-trip report of a meeting's delegation (báo cáo kết quả chuyến công tác). Refused when
   * the meeting has no delegation. Recording the delegation as reported (delegations.update, status
   * 'reported') is what closes the timeline's step; the screen offers it after the export.
   */
  'exports.postTripReport': def('read', z.object({ meetingId: id, language: languageInput, folder: folderInput, classifiedConfirmed: classifiedConfirmedInput }).strict(), jobSchema),
  'exports.annualReport': def(
    'read',
    z.object({ year: z.number().int().min(1967).max(2200), language: languageInput, folder: folderInput, classifiedConfirmed: classifiedConfirmedInput }).strict(),
    jobSchema,
  ),
};
