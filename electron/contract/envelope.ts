import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../../common/enums';

// Every call crosses the process boundary as one of these, never as a thrown exception
// (Electron passes only an error's message through ipcMain.handle).

export const messagesSchema = z.object({ vi: z.string(), en: z.string() });

export const fieldIssueSchema = z.object({
  /** Path of the field in the input, e.g. ['changes', 'endDate']. */
  path: z.array(z.union([z.string(), z.number()])),
  /** zod's issue code ('too_small', 'invalid_format', 'custom'…) or a custom key. */
  code: z.string(),
  /** For custom rules: a translation key ('date_before_start'). */
  key: z.string().optional(),
  /** What a size limit counts: characters ('string'), a value ('number'), items ('array')… */
  origin: z.string().optional(),
  minimum: z.union([z.number(), z.string()]).optional(),
  maximum: z.union([z.number(), z.string()]).optional(),
});

export const errorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: messagesSchema,
  issues: z.array(fieldIssueSchema).optional(),
  details: z.unknown().optional(),
});

export type Messages = z.infer<typeof messagesSchema>;
export type FieldIssue = z.infer<typeof fieldIssueSchema>;
export type ApiError = z.infer<typeof errorSchema>;
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };
export type { ErrorCode };

export const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: errorSchema }),
]);
