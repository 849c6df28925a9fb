// Refusing a create or an update that would repeat an existing meeting or person (the rule is
// common/duplicates.ts, the lookup db/repo/duplicates.ts), unless the call says it is intended.
import type { DuplicateDetails } from '../../common/duplicates';
import { AppError } from '../../db/errors';
import { findDuplicateDocuments, findDuplicateMeetings, findDuplicatePeople, type DuplicateRecord } from '../../db/repo/duplicates';
import type { HandlerContext } from './context';

export type DuplicateEntity = DuplicateDetails['entity'];
export type { DuplicateDetails };

const quoted = (rows: DuplicateRecord[], lang: 'vi' | 'en') => rows.map((r) => `“${lang === 'vi' ? r.labelVi : r.labelEn}”`).join(', ');

export function duplicateError(entity: DuplicateEntity, existing: DuplicateRecord[]): AppError {
  const messages =
    entity === 'asean_document'
      ? {
          vi: `Đã có văn kiện cùng cơ chế ASEAN và cùng tên: ${quoted(existing, 'vi')}. Chưa lưu gì. Nếu đúng là một văn kiện khác, hãy xác nhận để lưu.`,
          en: `There is already a document of this ASEAN body with this title: ${quoted(existing, 'en')}. Nothing was saved. If this is indeed another document, confirm to save it.`,
        }
      : entity === 'meeting'
      ? {
          vi: `Đã có cuộc họp cùng cơ quan và cùng số thứ tự: ${quoted(existing, 'vi')}. Chưa lưu gì. Nếu đúng là một cuộc họp khác, hãy xác nhận để lưu.`,
          en: `There is already a meeting of this body with this number: ${quoted(existing, 'en')}. Nothing was saved. If this is indeed another meeting, confirm to save it.`,
        }
      : {
          vi: `Đã có cán bộ cùng họ tên và cùng email hoặc tên trên hộ chiếu: ${quoted(existing, 'vi')}. Chưa lưu gì. Nếu đúng là một người khác, hãy xác nhận để lưu.`,
          en: `There is already a person with this name and the same e-mail or passport name: ${quoted(existing, 'en')}. Nothing was saved. If this is indeed another person, confirm to save.`,
        };
  return new AppError('DUPLICATE', messages, { entity, existing } satisfies DuplicateDetails);
}

/** Throws DUPLICATE when `record` would repeat an existing meeting or person. */
export function refuseDuplicates(ctx: Pick<HandlerContext, 'db'>, entity: DuplicateEntity, record: Record<string, unknown>): void {
  const existing =
    entity === 'asean_document'
      ? findDuplicateDocuments(ctx.db, { id: record.id as string | undefined, bodyId: (record.bodyId as string | null) ?? null, titleVi: String(record.titleVi ?? '') })
      : entity === 'meeting'
      ? findDuplicateMeetings(ctx.db, { id: record.id as string | undefined, bodyId: (record.bodyId as string | null) ?? null, sequence: (record.sequence as number | null) ?? null })
      : findDuplicatePeople(ctx.db, {
          id: record.id as string | undefined,
          fullName: String(record.fullName ?? ''),
          email: (record.email as string | null) ?? null,
          passportName: (record.passportName as string | null) ?? null,
        });
  if (existing.length > 0) throw duplicateError(entity, existing);
}
