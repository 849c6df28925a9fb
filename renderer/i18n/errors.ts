import type { TFunction } from 'i18next';
import type { ErrorCode, FieldIssue } from '../../electron/contract';
import { ApiCallError } from '../api/client';
import type { Language } from './index';

/** A short title for an error, by its envelope code. */
export function errorTitle(error: unknown, t: TFunction): string {
  if (error instanceof ApiCallError) return t(`errors.codes.${error.code satisfies ErrorCode}`);
  return t('errors.title');
}

/**
 * The sentence to show for a failed call. The application writes its error messages in both
 * languages (they often name the record or the fix), so an API error is shown as it came;
 * anything else gets the generic message.
 */
export function errorMessage(error: unknown, lang: Language, t: TFunction): string {
  if (error instanceof ApiCallError) return error.messages[lang] || error.messages.vi || t('errors.unexpected');
  return t('errors.unexpected');
}

/** What a size limit applies to; the envelope does not say, the form that shows it knows. */
export type IssueOrigin = 'string' | 'number' | 'array';

/** The message of one field issue of a VALIDATION error. */
export function fieldIssueMessage(issue: FieldIssue, t: TFunction, origin?: IssueOrigin): string {
  const { minimum, maximum } = issue;
  switch (issue.code) {
    case 'custom':
      if (
        issue.key === 'date_before_start' ||
        issue.key === 'same_agency' ||
        issue.key === 'control_chars' ||
        issue.key === 'date_out_of_range' ||
        issue.key === 'completed_on_required' ||
        issue.key === 'completed_in_future' ||
        issue.key === 'doc_number' ||
        issue.key === 'doc_symbol' ||
        issue.key === 'office_abbreviation'
      )
        return t(`errors.fields.${issue.key}`);
      return t('errors.fields.generic');
    case 'too_small':
      // In this contract a minimum of 1 on a text or a list means "required".
      if (origin !== 'number' && (minimum === 1 || minimum === undefined)) return t('errors.fields.required');
      if (origin === 'string') return t('errors.fields.tooShort', { minimum });
      if (origin === 'array') return t('errors.fields.tooFew', { minimum });
      if (origin === 'number') return t('errors.fields.tooSmall', { minimum });
      return t('errors.fields.atLeast', { minimum });
    case 'too_big':
      if (origin === 'string') return t('errors.fields.tooLong', { maximum });
      if (origin === 'array') return t('errors.fields.tooMany', { maximum });
      if (origin === 'number') return t('errors.fields.tooBig', { maximum });
      return t('errors.fields.atMost', { maximum });
    case 'invalid_format':
      return t('errors.fields.invalidFormat');
    case 'invalid_type':
      return t('errors.fields.invalidType');
    case 'invalid_value':
      return t('errors.fields.invalidValue');
    case 'unrecognized_keys':
      return t('errors.fields.unrecognized');
    default:
      return t('errors.fields.generic');
  }
}

/**
 * Field errors keyed by the dotted path a form uses ('endDate', 'members.0.personId'), with the
 * update wrapper ('changes') left out; the first issue of a field wins.
 */
export function fieldErrors(error: unknown, t: TFunction, origins: Record<string, IssueOrigin> = {}): Record<string, string> {
  if (!(error instanceof ApiCallError)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path[0] === 'changes' ? issue.path.slice(1) : issue.path;
    const key = path.join('.');
    if (key && !(key in out)) out[key] = fieldIssueMessage(issue, t, origins[key]);
  }
  return out;
}
