import type { ErrorCode } from '../common/enums';

export interface Messages {
  vi: string;
  en: string;
}

/**
 * An error the user can be told about, in both languages. Everything that reaches the screens
 * as an error goes through this; anything else becomes INTERNAL with a generic message.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messages: Messages;
  readonly details: unknown;

  constructor(code: ErrorCode, messages: Messages, details?: unknown) {
    super(messages.en);
    this.name = 'AppError';
    this.code = code;
    this.messages = messages;
    this.details = details;
  }
}

export function notFound(entityVi: string, entityEn: string, id: string): AppError {
  return new AppError('NOT_FOUND', { vi: `Không tìm thấy ${entityVi} (mã ${id}).`, en: `The ${entityEn} was not found (id ${id}).` }, { id });
}

export function staleVersion(entityVi: string, entityEn: string, current: number): AppError {
  return new AppError(
    'CONFLICT',
    {
      vi: `${capitalise(entityVi)} đã được người khác hoặc cửa sổ khác sửa trước bạn. Hãy tải lại để xem bản mới nhất; nội dung bạn đang nhập vẫn được giữ.`,
      en: `This ${entityEn} was changed elsewhere before your save. Reload to see the latest version; what you typed is kept.`,
    },
    { currentVersion: current },
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
