// A stored value as a reader would write it, wherever the screens show values of the change log
// or of the exchange: History's old → new, and the conflicts inbox's sides. Dates dd/MM/yyyy,
// enumerations by the office's words (common/glossary.ts), records by their names.
import { word, type WordGroup } from '../../../common/glossary';
import { formatDate } from '../../format';
import type { Language } from '../../i18n';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The glossary group of an enumerated field, by entity. */
function groupOf(entity: string, field: string): WordGroup | 'classification' | null {
  switch (field) {
    case 'status':
      return entity === 'meeting' ? 'meetingStatus' : entity === 'delegation' ? 'delegationStatus' : entity === 'action_item' ? 'actionStatus' : null;
    case 'statusAfter':
      return 'actionStatus';
    case 'role':
      return entity === 'focal_assignment' ? 'focalRole' : 'role';
    case 'priority':
      return 'priority';
    case 'format':
      return 'format';
    case 'funding':
      return 'funding';
    case 'classification':
      return 'classification';
    default:
      return null;
  }
}

export interface ValueWords {
  lang: Language;
  /** Records named by id: id → name in the screen's language. */
  names: ReadonlyMap<string, string>;
  /** What an empty value reads as. */
  empty: string;
  /** A record id whose name is not known. */
  unknownRecord: string;
  yes: string;
  no: string;
  /** The screens' words for the classifications (the glossary's are the documents' capitals). */
  classifications: Readonly<Record<string, string>>;
  /** How long a text may be shown before it is cut (…). */
  maxText?: number;
}

export function formatValue(entity: string, field: string, value: unknown, w: ValueWords): string {
  if (value === null || value === undefined || value === '') return w.empty;
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return formatDate(value);
    if (UUID.test(value)) return w.names.get(value) ?? w.unknownRecord;
    const group = groupOf(entity, field);
    if (group === 'classification') return w.classifications[value] ?? value;
    if (group) return word(group, value, w.lang) || value;
    const max = w.maxText ?? 140;
    return value.length > max ? `${value.slice(0, max)}…` : value;
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(entity, field, v, w)).join('; ') : w.empty;
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (typeof value === 'object') {
    // Two fields that go together (start – end).
    const parts = Object.entries(value as Record<string, unknown>).map(([f, v]) => formatValue(entity, f, v, w));
    return parts.join(' – ');
  }
  return String(value);
}
