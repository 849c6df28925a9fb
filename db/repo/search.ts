import { SEARCH_ENTITIES, type SearchEntity } from '../../common/enums';
import { countrySearchText, PLACE_NAMES } from '../../common/countryNames';
import { foldText, searchTokens, toFtsPrefixQuery } from '../../common/fold';
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
 * How well a hit answers the words typed (lower first): 0 the record's code is exactly the words
 * ("asoen 35", "AWGCW"); 1 its title begins with them ("nguyen" → Nguyễn Văn Đông); 2 a person
 * with a name word starting with each; 3 a title with a word starting with each ("nguyen" →
 * Bộ Tài nguyên và Môi trường); 4 found elsewhere in the record (a city, a description).
 */
// The words of the titles, countries and places met lately (folding is the dear part of ranking):
// keyed by the text itself, so an edited title is folded again; bounded.
const folded = new Map<string, string[]>();
function wordsOf(text: string): string[] {
  let words = folded.get(text);
  if (words === undefined) {
    if (folded.size >= 20_000) folded.clear();
    folded.set(text, (words = searchTokens(text)));
  }
  return words;
}
const holds = (wanted: readonly string[], words: readonly string[]) => wanted.every((w) => words.some((x) => x.startsWith(w)));
/** The words as the whole beginning of a folded document: its code ("monre icd" → "monre-icd …"). */
function codePattern(words: readonly string[]): RegExp {
  return new RegExp(`^${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
}
const PLACE_WORDS = PLACE_NAMES.map((names) => names.map((n) => searchTokens(n)));

export function rankOf(words: readonly string[], hit: { entity: SearchEntity; title: string; lead: string }, code: RegExp = codePattern(words)): number {
  // A record's code leads its document (db/repo: text(code, …)); a meeting's is its body's code
  // and its number ("asoen 35"): the body's code alone names the body, not each of its meetings.
  const coded = hit.entity === 'body' || hit.entity === 'agency' || (hit.entity === 'meeting' && words.length >= 2);
  if (coded && code.test(hit.lead)) return 0;
  const title = wordsOf(hit.title);
  const inTitle = words.every((w) => title.some((t) => t.startsWith(w)));
  if (!inTitle) return 5;
  const first = title[0]?.startsWith(words[0]!) ?? false;
  if (hit.entity === 'person') {
    // A name: its first word, or every typed word a whole word of it (a given name, "hoa").
    if (first || words.every((w) => title.includes(w))) return 1;
    return 3;
  }
  // Titles that begin with the word ("Hoàn thiện…" for "hoa") come after the names that hold it.
  return first ? 2 : 4;
}

/**
 * The global search: every word of the query is a prefix of a word of the record, diacritics
 * ignored; the names and codes that answer it best first (rankOf), then the newest. Each kind
 * gives its newest `limit` matches (ranking every match of a two-letter prefix costs seconds on
 * a large desk, reading the index backwards stops at the limit), ranked together, then cut.
 * Each typed word of up to 20 letters is read from the FTS5 prefix index of its length
 * (migration search_prefixes), so it too stops at the limit. Each kind has its own index
 * (migration search_by_kind). What is left dear is a query whose words are all common in the
 * action items (a full name like "Nguyễn Văn Đông": tài nguyên, công văn, hành động) and that
 * few of them hold all together: FTS5 steps through the three lists of the action items' index
 * to their ends (~20 ms at scale 100).
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
    // Each kind gives at least 20 (the screen's page) to rank among, even when fewer are asked for.
    const each = limitSql(Math.max(options.limit, 20));
    const parts = kinds.map((k) => `SELECT * FROM (SELECT rowid AS doc_id FROM ${ftsTable(k)} WHERE ${ftsTable(k)} MATCH @match ORDER BY rowid DESC ${each})`);
    // Only what ranking needs; the page's ids and subtitles are read after the cut.
    sql = `SELECT d.doc_id AS docId, d.entity AS entity, d.title AS title, substr(d.folded, 1, 64) AS lead
       FROM (${parts.join(' UNION ALL ')}) hit CROSS JOIN search_docs d ON d.doc_id = hit.doc_id`;
    searchSql.set(key, sql);
  }
  const found = rowReader<Ranked>(db, sql).all({ match });
  // What the words name outside the records' own text: a country (the meetings it hosted) and
  // a decision number (the meeting its delegation was sent by, the bodies whose focal points it assigned).
  const words = searchTokens(q).slice(0, 12);
  found.push(...hostedIn(db, words, kinds, options.limit), ...atPlace(db, words, kinds, options.limit), ...byDecisionNumber(db, words, kinds, options.limit));
  const best = new Map<number, Ranked>();
  const code = codePattern(words);
  for (const c of found) {
    c.rank ??= rankOf(words, c, code);
    const seen = best.get(c.docId);
    if (!seen || c.rank < seen.rank!) best.set(c.docId, c);
  }
  const page = [...best.values()].sort((a, b) => a.rank! - b.rank! || b.docId - a.docId).slice(0, options.limit);
  if (page.length === 0) return [];
  const rest = new Map(
    (statement(db, 'SELECT doc_id, entity_id, subtitle FROM search_docs WHERE doc_id IN (SELECT value FROM json_each(?))').raw(true).all(JSON.stringify(page.map((h) => h.docId))) as Array<[number, string, string | null]>).map(
      ([docId, id, subtitle]) => [docId, { id, subtitle }] as const,
    ),
  );
  return page.map((h) => ({ entity: h.entity, id: rest.get(h.docId)!.id, title: h.title, subtitle: rest.get(h.docId)!.subtitle }));
}

/** A candidate as ranking reads it. */
interface Ranked {
  docId: number;
  entity: SearchEntity;
  title: string;
  /** The beginning of the folded document (where the codes are). */
  lead: string;
  /** Set for a hit found outside the record's own words; else computed by rankOf. */
  rank?: number;
}

interface Candidate extends SearchHit {
  /** The beginning of the folded document (where the codes are). */
  lead: string;
  docId: number;
  /** Set for a hit found outside the record's own words. */
  rank?: number;
}

/**
 * The live countries and the words each is found by, read again only after a change to the
 * desk (the change log's last number): the global search asks for them at every key.
 */
const countryCache = new WeakMap<Db, { seq: number; list: Array<{ id: string; words: string[] }> }>();
function countryWords(db: Db): Array<{ id: string; words: string[] }> {
  const seq = (statement(db, 'SELECT coalesce(max(seq), 0) AS seq FROM change_log').get() as { seq: number }).seq;
  const cached = countryCache.get(db);
  if (cached && cached.seq === seq) return cached.list;
  const rows = statement(db, 'SELECT id, code, name_vi AS nameVi, name_en AS nameEn FROM countries WHERE deleted_at IS NULL').all() as Array<{
    id: string;
    code: string;
    nameVi: string;
    nameEn: string;
  }>;
  const list = rows.map((c) => ({ id: c.id, words: searchTokens(countrySearchText(c)) }));
  countryCache.set(db, { seq, list });
  return list;
}

/** The meetings hosted by the countries the words name ("lao", "laos", "thái lan"), newest first. */
function hostedIn(db: Db, words: readonly string[], kinds: readonly SearchEntity[], limit: number): Candidate[] {
  if (!kinds.includes('meeting')) return [];
  const countries = countryWords(db).filter((c) => holds(words, c.words));
  if (countries.length === 0) return [];
  const rows = rowReader<Candidate>(
    db,
    `SELECT d.entity AS entity, d.entity_id AS id, d.title AS title, d.subtitle AS subtitle, substr(d.folded, 1, 160) AS lead, d.doc_id AS docId
       FROM meetings m CROSS JOIN search_docs d ON d.entity_id = m.id
      WHERE m.host_country_id IN (SELECT value FROM json_each(?)) AND m.deleted_at IS NULL
      ORDER BY m.start_date DESC ${limitSql(limit)}`,
  ).all(JSON.stringify(countries.map((c) => c.id)));
  return rows.map((r) => ({ ...r, rank: 4 }));
}

/** The meetings held in a city the words name, under its other names ("vientiane" → a venue written "Viêng Chăn"). */
function atPlace(db: Db, words: readonly string[], kinds: readonly SearchEntity[], limit: number): Candidate[] {
  if (!kinds.includes('meeting')) return [];
  const out: Candidate[] = [];
  for (const [i, names] of PLACE_WORDS.entries()) {
    if (!names.some((n) => holds(words, n))) continue;
    for (const name of PLACE_NAMES[i]!) {
      const match = toFtsPrefixQuery(name);
      if (match === null) continue;
      const rows = rowReader<Candidate>(
        db,
        `SELECT d.entity AS entity, d.entity_id AS id, d.title AS title, d.subtitle AS subtitle, substr(d.folded, 1, 160) AS lead, d.doc_id AS docId
           FROM (SELECT rowid AS doc_id FROM search_fts_meeting WHERE search_fts_meeting MATCH ? ORDER BY rowid DESC ${limitSql(limit)}) hit
           CROSS JOIN search_docs d ON d.doc_id = hit.doc_id`,
      ).all(match);
      out.push(...rows.map((r) => ({ ...r, rank: 4 })));
    }
  }
  return out;
}

/**
 * The records a decision number typed names ("1520", "1520/QĐ"): the meetings whose delegation
 * was sent by it, the bodies whose focal points it assigned. Only for a number of three digits
 * or more: a short number is a meeting's sequence, found by its own words.
 */
function byDecisionNumber(db: Db, words: readonly string[], kinds: readonly SearchEntity[], limit: number): Candidate[] {
  const number = words.find((t) => /^\d{3,}$/.test(t));
  if (!number) return [];
  const like = `%${number}%`;
  const out: Candidate[] = [];
  const keep = (rows: Array<Candidate & { number: string }>) => {
    for (const r of rows) if (holds(words, searchTokens(`${r.number} ${r.lead}`))) out.push({ ...r, rank: 1 });
  };
  if (kinds.includes('meeting')) {
    keep(
      rowReader<Candidate & { number: string }>(
        db,
        `SELECT d.entity AS entity, d.entity_id AS id, d.title AS title, d.subtitle AS subtitle, d.folded AS lead, d.doc_id AS docId, dl.decision_number AS number
           FROM delegations dl CROSS JOIN search_docs d ON d.entity_id = dl.meeting_id
          WHERE dl.decision_number LIKE ? AND dl.deleted_at IS NULL ${limitSql(limit)}`,
      ).all(like),
    );
  }
  if (kinds.includes('body')) {
    keep(
      rowReader<Candidate & { number: string }>(
        db,
        `SELECT d.entity AS entity, d.entity_id AS id, d.title AS title, d.subtitle AS subtitle, d.folded AS lead, d.doc_id AS docId, min(lb.number) AS number
           FROM legal_bases lb CROSS JOIN focal_assignments fa ON fa.legal_basis_id = lb.id CROSS JOIN search_docs d ON d.entity_id = fa.body_id
          WHERE lb.number LIKE ? AND lb.deleted_at IS NULL AND fa.deleted_at IS NULL
          GROUP BY fa.body_id ${limitSql(limit)}`,
      ).all(like),
    );
  }
  return out;
}

const searchSql = new Map<string, string>();
