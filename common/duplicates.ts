// When two records are the same thing entered twice: THE rule, used by the API before a create or
// an update (db/repo/duplicates.ts), by the screens that warn before saving, and later by the
// shared-drive exchange that meets the same records entered on two laptops. Pure functions over rows.
//
// - Two meetings are the same when they are live meetings of the same body with the same number
//   ("ASOEN 35" twice). Meetings without a number are never taken for duplicates.
// - Two people are the same when their names are the same once diacritics, đ/Đ, case and spaces
//   are set aside ("Nguyễn Văn Đông" = "nguyen  van dong"), and they share either an e-mail
//   address (case aside) or the name as written in the passport (folded the same way). The
//   directory keeps no passport number, so the passport name is what identifies a passport.
// - Two ASEAN documents are the same when they are live documents of the same body whose
//   Vietnamese titles are the same once diacritics, đ/Đ, case, spaces and punctuation are set
//   aside. Documents without a body are never taken for duplicates.
import { foldText } from './fold';

export interface MeetingKey {
  id?: string;
  bodyId: string | null;
  sequence?: number | null;
}

export interface PersonKey {
  id?: string;
  fullName: string;
  email?: string | null;
  passportName?: string | null;
}

/** A name as the rule compares it: folded, spaces collapsed. */
export function nameKey(name: string | null | undefined): string {
  return foldText(name ?? '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface DocumentKey {
  id?: string;
  bodyId: string | null;
  titleVi: string;
}

const emailKey = (email: string | null | undefined) => (email ?? '').trim().toLowerCase();

export function sameMeeting(a: MeetingKey, b: MeetingKey): boolean {
  if (a.id && b.id && a.id === b.id) return false;
  return a.bodyId !== null && a.bodyId === b.bodyId && a.sequence != null && a.sequence === b.sequence;
}

/** Why two people are taken for the same one, or null when they are not. */
export function samePerson(a: PersonKey, b: PersonKey): 'email' | 'passportName' | null {
  if (a.id && b.id && a.id === b.id) return null;
  const name = nameKey(a.fullName);
  if (!name || name !== nameKey(b.fullName)) return null;
  if (emailKey(a.email) && emailKey(a.email) === emailKey(b.email)) return 'email';
  if (nameKey(a.passportName) && nameKey(a.passportName) === nameKey(b.passportName)) return 'passportName';
  return null;
}

export function sameDocument(a: DocumentKey, b: DocumentKey): boolean {
  if (a.id && b.id && a.id === b.id) return false;
  const title = nameKey(a.titleVi);
  return a.bodyId !== null && a.bodyId === b.bodyId && title !== '' && title === nameKey(b.titleVi);
}

export function duplicateDocuments<T extends DocumentKey>(candidate: DocumentKey, rows: readonly T[]): T[] {
  return rows.filter((r) => sameDocument(candidate, r));
}

/** The rows among `rows` that `candidate` would duplicate. */
export function duplicateMeetings<T extends MeetingKey>(candidate: MeetingKey, rows: readonly T[]): T[] {
  return rows.filter((r) => sameMeeting(candidate, r));
}

export function duplicatePeople<T extends PersonKey>(candidate: PersonKey, rows: readonly T[]): T[] {
  return rows.filter((r) => samePerson(candidate, r) !== null);
}

/** An existing record a write would repeat: its id, and how the screens name it. */
export interface DuplicateRecord {
  id: string;
  labelVi: string;
  labelEn: string;
}

/** What a DUPLICATE error carries in its details. */
export interface DuplicateDetails {
  entity: 'meeting' | 'person' | 'asean_document';
  existing: DuplicateRecord[];
}

/** The details of a DUPLICATE error, if `details` is one. */
export function asDuplicateDetails(details: unknown): DuplicateDetails | null {
  const d = details as Partial<DuplicateDetails> | null | undefined;
  if (!d || (d.entity !== 'meeting' && d.entity !== 'person' && d.entity !== 'asean_document') || !Array.isArray(d.existing)) return null;
  const existing = d.existing.filter((r): r is DuplicateRecord => !!r && typeof r.id === 'string' && typeof r.labelVi === 'string' && typeof r.labelEn === 'string');
  return existing.length ? { entity: d.entity, existing } : null;
}
