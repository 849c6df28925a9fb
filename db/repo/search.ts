import type { SearchEntity } from '../enums';
import { foldText, toFtsPrefixQuery } from '../fold';
import type { Db } from '../open';
import { limitSql, rowReader, statement } from './statements';

export interface SearchDocInput {
  /** Shown as the result's title, in its original spelling. */
  title: string;
  subtitle?: string | null;
  /** Everything the record should be found by (title included); folded before indexing. */
  text: string;
}

export interface SearchHit {
  entity: SearchEntity;
  id: string;
  title: string;
  subtitle: string | null;
}

/**
 * Writes the search document of a record. An unchanged document is left as it is: rewriting it
 * would re-index its words in search_fts (the update trigger deletes and re-inserts them), the
 * dearest part of a status change on a large desk.
 */
export function upsertSearchDoc(db: Db, entity: SearchEntity, entityId: string, doc: SearchDocInput): void {
  statement(
    db,
    `INSERT INTO search_docs (entity, entity_id, title, subtitle, folded) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(entity_id) DO UPDATE SET entity = excluded.entity, title = excluded.title, subtitle = excluded.subtitle, folded = excluded.folded
      WHERE entity IS NOT excluded.entity OR title IS NOT excluded.title OR subtitle IS NOT excluded.subtitle OR folded IS NOT excluded.folded`,
  ).run(entity, entityId, doc.title, doc.subtitle ?? null, foldText(doc.text));
}

export function removeSearchDoc(db: Db, entityId: string): void {
  statement(db, 'DELETE FROM search_docs WHERE entity_id = ?').run(entityId);
}

/**
 * The global search: every word of the query is a prefix of a word of the record, diacritics
 * ignored. Newest records first: ranking every match of a two-letter prefix costs seconds on a
 * large desk, reading the index backwards stops at the limit. Each typed word of up to 20
 * letters is read from the FTS5 prefix index of its length (migration search_prefixes), so it
 * too stops at the limit. What is left is a query whose words are all common (a full name like
 * "Nguyễn Văn Đông": tài nguyên, công văn, hành động) with few records holding all of them:
 * FTS5 then steps through the three lists to their ends (15–30 ms CPU at scale 100).
 */
export function searchAll(db: Db, q: string, options: { limit: number; entities?: readonly SearchEntity[] }): SearchHit[] {
  const match = toFtsPrefixQuery(q);
  if (match === null) return [];
  const entities = options.entities && options.entities.length > 0 ? options.entities : null;
  // Read through a row reader (statements.ts: arrays made into objects by a compiled literal;
  // at scale 100 the 20 hits of 'ng' then cost ~100 instead of ~150 µs), one statement per page
  // size, its SQL built once.
  let sql = searchSql.get(options.limit);
  if (sql === undefined) {
    sql = `SELECT d.entity AS entity, d.entity_id AS id, d.title AS title, d.subtitle AS subtitle
       FROM search_fts JOIN search_docs d ON d.doc_id = search_fts.rowid
      WHERE search_fts MATCH ? AND (? IS NULL OR d.entity IN (SELECT value FROM json_each(?)))
      ORDER BY search_fts.rowid DESC ${limitSql(options.limit)}`;
    searchSql.set(options.limit, sql);
  }
  return rowReader<SearchHit>(db, sql).all(match, entities ? 1 : null, entities ? JSON.stringify(entities) : '[]');
}

const searchSql = new Map<number, string>();
