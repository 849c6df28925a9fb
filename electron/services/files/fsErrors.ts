// File-system failures in words an officer can act on, in both languages, naming the folder.
import { AppError } from '../../../db/errors';

export type FsFailure = 'disk_full' | 'no_permission' | 'missing' | 'share_gone' | 'busy' | 'unknown';

export function errnoOf(err: unknown): string {
  return typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : '';
}

export function classify(code: string): FsFailure {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk_full';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'no_permission';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'missing';
    case 'EIO':
    case 'ENOTCONN':
    case 'ETIMEDOUT':
    case 'ECONNRESET':
    case 'EHOSTDOWN':
    case 'ENETUNREACH':
    case 'ESTALE':
      return 'share_gone';
    case 'EBUSY':
      return 'busy';
    default:
      return 'unknown';
  }
}

/** The error the user sees when writing into `folder` failed with `err`. Nothing else was changed. */
export function writeError(folder: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = errnoOf(err);
  const kind = classify(code);
  const details = { kind, errno: code || null, folder };
  switch (kind) {
    case 'disk_full':
      return new AppError('INTERNAL', {
        vi: `Ổ đĩa của thư mục ${folder} đã đầy nên không ghi được tệp. Tệp cũ (nếu có) vẫn giữ nguyên; hãy giải phóng dung lượng hoặc chọn thư mục khác rồi thử lại.`,
        en: `The disk of the folder ${folder} is full, so the file could not be written. Any earlier file is unchanged; free some space or choose another folder and try again.`,
      }, details);
    case 'no_permission':
      return new AppError('VALIDATION', {
        vi: `Không có quyền ghi vào thư mục ${folder} (thư mục chỉ đọc hoặc bạn không được cấp quyền). Hãy chọn thư mục khác hoặc nhờ quản trị mạng cấp quyền.`,
        en: `You cannot write to the folder ${folder} (it is read-only or you have no permission). Choose another folder or ask the network administrator for access.`,
      }, details);
    case 'missing':
      return new AppError('VALIDATION', {
        vi: `Không tìm thấy thư mục ${folder}. Ổ mạng có thể chưa được kết nối hoặc thư mục đã bị đổi tên; hãy kiểm tra rồi chọn lại trong Cài đặt.`,
        en: `The folder ${folder} was not found. The shared drive may not be connected or the folder was renamed; check it and choose it again in Settings.`,
      }, details);
    case 'share_gone':
      return new AppError('INTERNAL', {
        vi: `Mất kết nối tới thư mục ${folder} trong khi ghi tệp. Tệp cũ (nếu có) vẫn giữ nguyên và không còn tệp tạm; hãy kiểm tra kết nối mạng rồi thử lại.`,
        en: `The connection to the folder ${folder} was lost while writing. Any earlier file is unchanged and no temporary file was left; check the network connection and try again.`,
      }, details);
    case 'busy':
      return new AppError('CONFLICT', {
        vi: `Tệp trong thư mục ${folder} đang được mở ở máy khác (ví dụ trong Excel hoặc Word). Hãy đóng tệp rồi thử lại.`,
        en: `The file in the folder ${folder} is open elsewhere (for example in Excel or Word). Close it and try again.`,
      }, details);
    default:
      return new AppError('INTERNAL', {
        vi: `Không ghi được tệp vào thư mục ${folder}${code ? ` (mã lỗi ${code})` : ''}. Tệp cũ (nếu có) vẫn giữ nguyên; hãy thử lại.`,
        en: `The file could not be written to the folder ${folder}${code ? ` (error ${code})` : ''}. Any earlier file is unchanged; try again.`,
      }, details);
  }
}

/** The error the user sees when reading `file` failed. */
export function readError(file: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = errnoOf(err);
  const kind = classify(code);
  const details = { kind, errno: code || null, file };
  if (kind === 'missing') {
    return new AppError('NOT_FOUND', { vi: `Không tìm thấy tệp ${file}.`, en: `The file ${file} was not found.` }, details);
  }
  if (kind === 'no_permission') {
    return new AppError('VALIDATION', { vi: `Không có quyền đọc tệp ${file}.`, en: `You have no permission to read the file ${file}.` }, details);
  }
  return new AppError('INTERNAL', {
    vi: `Không đọc được tệp ${file}${code ? ` (mã lỗi ${code})` : ''}. Dữ liệu hiện tại không bị thay đổi; hãy kiểm tra kết nối rồi thử lại.`,
    en: `The file ${file} could not be read${code ? ` (error ${code})` : ''}. The current data has not been changed; check the connection and try again.`,
  }, details);
}

/**
 * The error the user sees when the app's own LOCAL temporary folder failed (the job's file is
 * made there before it is copied to the export folder). The export folder and the data are untouched.
 */
export function localError(dir: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = errnoOf(err);
  const kind = classify(code);
  const details = { kind, errno: code || null, local: dir };
  if (kind === 'disk_full') {
    return new AppError('INTERNAL', {
      vi: `Ổ đĩa của máy này đã đầy (thư mục tạm ${dir}) nên không chuẩn bị được tệp. Thư mục xuất và dữ liệu không bị thay đổi; hãy giải phóng dung lượng rồi thử lại.`,
      en: `This computer's disk is full (temporary folder ${dir}), so the file could not be prepared. The export folder and the data are unchanged; free some space and try again.`,
    }, details);
  }
  return new AppError('INTERNAL', {
    vi: `Không chuẩn bị được tệp trong thư mục tạm của máy này (${dir}${code ? `, mã lỗi ${code}` : ''}). Thư mục xuất và dữ liệu không bị thay đổi; hãy thử lại.`,
    en: `The file could not be prepared in this computer's temporary folder (${dir}${code ? `, error ${code}` : ''}). The export folder and the data are unchanged; try again.`,
  }, details);
}
