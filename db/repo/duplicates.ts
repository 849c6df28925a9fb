// The records that a new or changed meeting or person would duplicate (the rule is
// common/duplicates.ts): the few candidates read through an index, then the rule applied to them.
import { searchTokens } from '../../common/fold';
import { duplicateDocuments, duplicateMeetings, duplicatePeople, type DocumentKey, type DuplicateRecord, type MeetingKey, type PersonKey } from '../../common/duplicates';

export type { DuplicateRecord };
import type { Db } from '../open';
import { statement } from './core/statements';

/** Live meetings of the same body with the same number (meetings_body_start). */
export function findDuplicateMeetings(db: Db, candidate: MeetingKey): DuplicateRecord[] {
  if (!candidate.bodyId || candidate.sequence == null) return [];
  const rows = statement(
    db,
    `SELECT id, body_id AS bodyId, sequence, title_vi AS titleVi, title_en AS titleEn FROM meetings
      WHERE body_id = ? AND sequence = ? AND deleted_at IS NULL ORDER BY start_date, id LIMIT 20`,
  ).all(candidate.bodyId, candidate.sequence) as Array<MeetingKey & { id: string; titleVi: string; titleEn: string }>;
  return duplicateMeetings(candidate, rows).map((r) => ({ id: r.id, labelVi: r.titleVi, labelEn: r.titleEn }));
}

/**
 * Live people with the same folded name and the same e-mail or passport name. The candidates are
 * those whose search document holds every word of the name (the person search index), at most a
 * few hundred even for a common name.
 */
export function findDuplicatePeople(db: Db, candidate: PersonKey): DuplicateRecord[] {
  // Every word of the folded name, as whole words of the person index (no prefixes).
  const words = searchTokens(candidate.fullName).slice(0, 12);
  if (words.length === 0) return [];
  const rows = statement(
    db,
    `SELECT p.id, p.full_name AS fullName, p.email, p.passport_name AS passportName FROM people p
      WHERE p.deleted_at IS NULL AND p.id IN (
        SELECT d.entity_id FROM search_docs d WHERE d.doc_id IN (SELECT rowid FROM search_fts_person WHERE search_fts_person MATCH ?))
      LIMIT 500`,
  ).all(words.map((w) => `"${w}"`).join(' ')) as Array<PersonKey & { id: string; fullName: string }>;
  return duplicatePeople(candidate, rows).map((r) => ({ id: r.id, labelVi: r.fullName, labelEn: r.fullName }));
}

/** Live documents of the same body with the same folded title (asean_documents_body: a body has tens). */
export function findDuplicateDocuments(db: Db, candidate: DocumentKey): DuplicateRecord[] {
  if (!candidate.bodyId) return [];
  const rows = statement(
    db,
    `SELECT id, body_id AS bodyId, title_vi AS titleVi, title_en AS titleEn FROM asean_documents WHERE body_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 2000`,
  ).all(candidate.bodyId) as Array<DocumentKey & { id: string; titleEn: string | null }>;
  return duplicateDocuments(candidate, rows).map((r) => ({ id: r.id, labelVi: r.titleVi, labelEn: r.titleEn ?? r.titleVi }));
}
