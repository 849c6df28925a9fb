import { SEARCH_ENTITIES, type SearchEntity } from '../../common/enums';
import { foldText, toFtsPrefixQuery } from '../../common/fold';
import type { Db } from '../open';
import { limitSql, rowReader, statement } from './core/statements';

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
 * The search index of one kind of record (migration search_by_kind): FTS5 over that kind's
 * documents only, its rowid the document's doc_id. A list's search box reads its own kind's.
 */
export function ftsTable(entity: SearchEntity): string {
  if (!SEARCH_ENTITIES.includes(entity)) throw new Error(`no search index for ${String(entity)}`);
  return `search_fts_${entity}`;
}

/**
 * The global search: every word of the query is a prefix of a word of the record, diacritics
 * ignored. Newest records first: ranking every match of a two-letter prefix costs seconds on a
 * large desk, reading the index backwards stops at the limit. Each typed word of up to 20
 * letters is read from the FTS5 prefix index of its length (migration search_prefixes), so it
 * too stops at the limit.
 * Each kind has its own index (migration search_by_kind): the newest `limit` of each kind asked
 * for are read, then merged by doc_id, the order the documents were written in, which is the
 * order one index of every kind gave. What is left dear is a query whose words are all common
 * in the action items (a full name like "Nguyễn Văn Đông": tài nguyên, công văn, hành động)
 * and that few of them hold all together: FTS5 steps through the three lists of the action
 * items' index to their ends (~20 ms at scale 100).
 */
export function searchAll(db: Db, q: string, options: { limit: number; entities?: readonly SearchEntity[] }): SearchHit[] {
  const match = toFtsPrefixQuery(q);
  if (match === null) return [];
  const kinds = options.entities && options.entities.length > 0 ? SEARCH_ENTITIES.filter((e) => options.entities!.includes(e)) : SEARCH_ENTITIES;
  // Read through a row reader (statements.ts: arrays made into objects by a compiled literal;
  // at scale 100 the 20 hits of 'ng' then cost ~100 instead of ~150 µs), one statement per page
  // size and set of kinds, its SQL built once.
  const key = `${options.limit}\u0000${kinds.join(',')}`;
  let sql = searchSql.get(key);
  if (sql === undefined) {
    const limit = limitSql(options.limit);
    const parts = kinds.map((k) => `SELECT * FROM (SELECT rowid AS doc_id FROM ${ftsTable(k)} WHERE ${ftsTable(k)} MATCH @match ORDER BY rowid DESC ${limit})`);
    sql = `SELECT d.entity AS entity, d.entity_id AS id, d.title AS title, d.subtitle AS subtitle
       FROM (${parts.join(' UNION ALL ')}) hit CROSS JOIN search_docs d ON d.doc_id = hit.doc_id
      ORDER BY hit.doc_id DESC ${limit}`;
    searchSql.set(key, sql);
  }
  return rowReader<SearchHit>(db, sql).all({ match });
}

const searchSql = new Map<string, string>();
