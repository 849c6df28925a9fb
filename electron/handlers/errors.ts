import type { z } from 'zod';
import { AppError } from '../../db/errors';
import type { FieldIssue } from '../contract';

const MAX_LISTED = 6;

function fieldName(path: FieldIssue['path']): string {
  return path.filter((p) => p !== 'changes').join('.') || '(input)';
}

export function toFieldIssues(error: z.ZodError, prefix: Array<string | number> = []): FieldIssue[] {
  return error.issues.map((issue) => {
    const out: FieldIssue = { path: [...prefix, ...(issue.path as Array<string | number>)], code: issue.code };
    const params = (issue as { params?: { key?: unknown } }).params;
    if (issue.code === 'custom' && typeof params?.key === 'string') out.key = params.key;
    const origin = (issue as { origin?: unknown }).origin;
    if (typeof origin === 'string') out.origin = origin;
    const min = (issue as { minimum?: unknown }).minimum;
    const max = (issue as { maximum?: unknown }).maximum;
    if (typeof min === 'number' || typeof min === 'string') out.minimum = min;
    if (typeof max === 'number' || typeof max === 'string') out.maximum = max;
    if (typeof min === 'bigint') out.minimum = Number(min);
    if (typeof max === 'bigint') out.maximum = Number(max);
    return out;
  });
}

/** A VALIDATION error naming the fields at fault, in both languages. */
export function validationError(error: z.ZodError, prefix: Array<string | number> = []): AppError {
  const issues = toFieldIssues(error, prefix);
  const names = [...new Set(issues.map((i) => fieldName(i.path)))];
  const listed = names.slice(0, MAX_LISTED).join(', ') + (names.length > MAX_LISTED ? ', …' : '');
  const err = new AppError('VALIDATION', {
    vi: `Dữ liệu chưa hợp lệ ở: ${listed}. Hãy sửa các ô được đánh dấu rồi lưu lại.`,
    en: `Some input is not valid: ${listed}. Correct the marked fields and save again.`,
  });
  (err as { issues?: FieldIssue[] }).issues = issues;
  return err;
}
