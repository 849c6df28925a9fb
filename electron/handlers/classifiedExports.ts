// Before an export or a backup is written to a folder (often a share): when it would hold
// delegations marked Mật or higher (db/repo/exports/classified.ts, the one rule), the answer is a
// VALIDATION error whose details say `needsConfirmation: 'classified'`, which the screen shows as a
// question; the same request with `classifiedConfirmed: true` is written, its file name beginning
// with the marking (a Word document also carries it boxed inside).
import { word } from '../../common/glossary';
import { AppError } from '../../db/errors';
import { classifiedIn, type ClassifiedContent, type ExportSubject } from '../../db/repo/exports/classified';
import type { HandlerContext } from './context';

/** The details of the answer that asks for a confirmation (the screen reads them). */
export interface ClassifiedConfirmDetails extends ClassifiedContent {
  needsConfirmation: 'classified';
}

/**
 * The stem of the file's name, with the marking first when it holds classified content;
 * throws the question when the officer has not confirmed.
 */
export function classifiedStem(ctx: Pick<HandlerContext, 'db'>, subject: ExportSubject, confirmed: boolean | undefined, stem: string, lang: 'vi' | 'en'): string {
  const found = classifiedIn(ctx.db, subject);
  if (!found) return stem;
  if (!confirmed) {
    const vi = word('classification', found.marking, 'vi');
    const en = word('classification', found.marking, 'en');
    const backup = subject.kind === 'backup';
    throw new AppError(
      'VALIDATION',
      {
        vi: `${backup ? 'Bản sao lưu chứa toàn bộ dữ liệu, trong đó có' : 'Tệp này chứa'} ${found.delegations} đoàn được đánh dấu ${vi} (thông tin đoàn và thành viên). Thư mục xuất có thể là ổ mạng dùng chung mà nhiều người xem được. Chỉ tiếp tục nếu bạn chủ định xuất nội dung mật: tệp sẽ mang dấu ${vi}.`,
        en: `${backup ? 'The backup holds all the data, including' : 'This file holds'} ${found.delegations} ${found.delegations === 1 ? 'delegation' : 'delegations'} marked ${en} (particulars and members). The export folder may be a shared drive that many people can read. Only go on if you mean to export classified content: the file will carry the marking ${en}.`,
      },
      { needsConfirmation: 'classified', ...found } satisfies ClassifiedConfirmDetails,
    );
  }
  return `${word('classification', found.marking, lang)} - ${stem}`;
}
