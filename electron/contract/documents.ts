import { z } from 'zod';
import { def } from './define';
import { classifiedConfirmedInput, folderInput, languageInput } from './exports';
import { jobSchema } from './jobs';
import { id, noControlChars } from './primitives';

// Documents (Word, Decree 30/2020/NĐ-CP): the briefing of a meeting, the post-trip report of its
// delegation and the annual summary report of a year, in Vietnamese or English. Each starts a job
// and answers at once; the file goes to the export folder (or the one given) and into the export
// log, as an export does.

/** A check with a key the screens translate (errors.fields.<key>). */
const keyed = (key: string, ok: (value: string) => boolean) =>
  z.check<string>((payload) => {
    if (!ok(payload.value)) payload.issues.push({ code: 'custom', input: payload.value, message: key, params: { key } });
  });

/** A document's number: digits, or nothing yet (the clerk writes it in when registering the document). */
export const DOCUMENT_NUMBER = /^[0-9]{0,6}$/;
/** A symbol: the kind's abbreviation and the issuing body's, joined by hyphens ('BC-VPASEAN', 'ĐC-VPASEAN', 'BC-HTQT-VPASEAN'). */
export const DOCUMENT_SYMBOL = /^[\p{Lu}\p{Nd}&]+(?:-[\p{Lu}\p{Nd}&]+)+$/u;
/** The office's abbreviation in the symbol ('VPASEAN'). */
export const OFFICE_ABBREVIATION = /^[\p{Lu}\p{Nd}&]+(?:-[\p{Lu}\p{Nd}&]+)*$/u;

const frameLine = (max: number) => z.string().trim().max(max).check(noControlChars(false));
const frameLines = (max: number) => z.array(frameLine(200)).max(max);

/**
 * The administrative frame of a document, chosen when it is exported (Decree 30/2020, Appendix
 * I): its number and symbol, whom it is addressed to ("Kính gửi"), who signs it and with what
 * authority, and who receives copies ("Nơi nhận"). Left out, this laptop's defaults apply
 * (settings.documentFrame).
 */
export const documentFrameSchema = z
  .object({
    number: z.string().trim().max(6).check(keyed('doc_number', (v) => DOCUMENT_NUMBER.test(v))),
    symbol: z.string().trim().min(1).max(40).check(keyed('doc_symbol', (v) => v === '' || DOCUMENT_SYMBOL.test(v))),
    recipients: frameLines(10),
    signerAuthority: frameLine(120),
    signerTitle: frameLine(120),
    signerName: frameLine(120),
    copiesTo: frameLines(15),
  })
  .strict();

export const FRAMED_DOCUMENTS = ['briefing', 'postTripReport', 'annualReport'] as const;
export type FramedDocument = (typeof FRAMED_DOCUMENTS)[number];

/** The defaults of one language: the frame's words, which differ between a Vietnamese and an English document. */
export const documentWordsSchema = z
  .object({
    recipients: frameLines(10),
    signerAuthority: frameLine(120),
    signerTitle: frameLine(120),
    copiesTo: frameLines(15),
  })
  .strict();

/** This laptop's defaults for the documents' frame (Settings › Documents). */
export const documentDefaultsSchema = z
  .object({
    /** The office's abbreviation in the symbols; '' lets the desk derive it from the office's name. */
    abbreviation: z
      .string()
      .trim()
      .max(30)
      .check(keyed('office_abbreviation', (v) => v === '' || OFFICE_ABBREVIATION.test(v))),
    signerName: frameLine(120),
    vi: documentWordsSchema,
    en: documentWordsSchema,
  })
  .strict();

export const documentDefaultsAnswer = documentDefaultsSchema.extend({
  /** The abbreviation derived from the office's name (used while `abbreviation` is ''). */
  derivedAbbreviation: z.string(),
});

export const documentMethods = {
  'exports.briefing': def(
    'read',
    z.object({ meetingId: id, language: languageInput, folder: folderInput, classifiedConfirmed: classifiedConfirmedInput, frame: documentFrameSchema.optional() }).strict(),
    jobSchema,
  ),
  /**
   * The post-trip report of a meeting's delegation (báo cáo kết quả chuyến công tác). Refused when
   * the meeting has no delegation. Recording the delegation as reported (delegations.update, status
   * 'reported') is what closes the timeline's step; the screen offers it after the export.
   */
  'exports.postTripReport': def(
    'read',
    z.object({ meetingId: id, language: languageInput, folder: folderInput, classifiedConfirmed: classifiedConfirmedInput, frame: documentFrameSchema.optional() }).strict(),
    jobSchema,
  ),
  'exports.annualReport': def(
    'read',
    z
      .object({ year: z.number().int().min(1967).max(2200), language: languageInput, folder: folderInput, classifiedConfirmed: classifiedConfirmedInput, frame: documentFrameSchema.optional() })
      .strict(),
    jobSchema,
  ),
  /** The frame a document of this kind and language gets unless chosen otherwise: what the export form proposes. */
  /** For a post-trip report, `meetingId` names its meeting: its head of delegation is proposed as the signer. */
  'settings.documentFrame': def('read', z.object({ kind: z.enum(FRAMED_DOCUMENTS), language: languageInput, meetingId: id.optional() }).strict(), documentFrameSchema),
  'settings.documents': def('read', z.object({}).strict(), documentDefaultsAnswer),
  'settings.updateDocuments': def('write', documentDefaultsSchema, documentDefaultsAnswer),
};

export type DocumentFrame = z.infer<typeof documentFrameSchema>;
export type DocumentDefaults = z.infer<typeof documentDefaultsSchema>;
export type DocumentDefaultsAnswer = z.infer<typeof documentDefaultsAnswer>;
