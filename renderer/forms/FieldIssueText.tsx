import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../electron/contract';
import { fieldIssueMessage, type IssueOrigin } from '../i18n/errors';

const ORIGINS: readonly string[] = ['string', 'number', 'array'];

/**
 * One field's error, translated when it renders: a form's errors are kept as these elements, so
 * switching the language translates the messages already on screen too.
 */
export function FieldIssueText({ issue }: { issue: FieldIssue }) {
  const { t } = useTranslation();
  const origin = issue.origin && ORIGINS.includes(issue.origin) ? (issue.origin as IssueOrigin) : undefined;
  return <>{fieldIssueMessage(issue, t, origin)}</>;
}
