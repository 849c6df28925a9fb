// The reads of the generic repository: a record by id, and lists with keyset paging, filters,
// sorts and the search box, and their counts.
import { matchesSearch, searchTokens, toFtsPrefixQuery as ftsQuery } from '../../../common/fold';
import { AppError, notFound } from '../../errors';
import type { Db } from '../../open';
import type { Columns, EntityShape } from './entityShape';
import type { ListInput, Page, Row } from './repository';
import { limitSql, rowReader, statement } from './statements';

/**
 * How a list's search box finds its rows. The words' matches in this kind's search index
 * (migration search_by_kind) are counted up to `denseAt` (FTS5 stops there: under a
 * millisecond). Fewer: the list keeps the records among those matches and sorts them, a read
 * bounded by `denseAt`. More (a common word: 'báo cáo' is in 800,000 action items at scale 100):
 * sorting every match took seconds, so the list reads its own order instead (the sort's index),
 * keeps the rows whose words match, and stops at the page; when the words are common in this
 * kind but rare in the list's order (people named Nguyễn come after A to M by name, a filter
 * keeps few rows), it gives up after `walkBudget` rows and sorts the matches after all.
 */
export const searchTuning = { denseAt: 2000, walkBudget: 4000 };

/** A search box's words: this kind's search index, the FTS5 query, and each word as a GLOB over a search document. */
interface TextQuery {
  fts: string;
  match: string;
  /** `(' ' || folded) GLOB ?` per word: the word starts a word of the document (see wordGlob). */
  globs: string[];
}

/**
 * A word of the query as a GLOB pattern over ' ' + a folded search document: it follows a
 * character that is not an ASCII letter or digit. FTS5's words are letters and digits, so every
 * document FTS5 finds matches too; the only extra (never a missed) match is a word glued to a
 * letter outside ASCII, which folded Vietnamese and English do not have. Words are letters and
 * digits only (searchTokens), so none of GLOB's special characters reach the pattern.
 */
export function wordGlob(word: string): string {
  return `*[^a-z0-9]${word}*`;
}

/** The WHERE clauses of a list or count with their parameters, and the search box's words (see whereOf). */
interface Clauses {
  where: string[];
  params: unknown[];
  text: TextQuery | null;
}

const WALK_EXHAUSTED = Symbol('walk exhausted');

function encodeCursor(value: unknown, id: string): string {
  return Buffer.from(JSON.stringify([value, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): [unknown, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') return [parsed[0], parsed[1]];
  } catch {
    // fall through to the clear error below
  }
  throw new AppError('VALIDATION', { vi: 'Con trỏ phân trang không hợp lệ; hãy tải lại danh sách.', en: 'The paging cursor is not valid; reload the list.' });
}

export function readsOf(e: EntityShape) {
  function find(db: Db, id: string): Row | undefined {
    return rowReader<Row>(db, e.findSql, e.shape).get(id);
  }

  function findWith(db: Db, id: string, extra: { select: string; joins: string }): { row: Row; extra: Record<string, unknown> } | undefined {
    const key = `${extra.select}\u0000${extra.joins}`;
    let sql = e.findWithSql.get(key);
    if (sql === undefined) e.findWithSql.set(key, (sql = `SELECT ${e.selectList}, ${extra.select} ${e.fromJoined} ${extra.joins} WHERE t.id = ?`));
    return rowReader<{ row: Row; extra: Record<string, unknown> }>(db, sql, { ...e.shape, splitAt: e.selectCount }).get(id);
  }

  function get(db: Db, id: string, options: { includeDeleted?: boolean } = {}): Row {
    const row = find(db, id);
    if (!row || (row.deletedAt && !options.includeDeleted)) throw notFound(e.config.labels.vi, e.config.labels.en, id);
    return row;
  }

  /**
   * The WHERE clauses of a list or count: tombstones, filters; and apart, the words of the search
   * box (withText makes them a clause). Null: nothing can match.
   */
  function whereOf(db: Db, input: Pick<ListInput, 'filter' | 'q' | 'includeDeleted'>, forList = false): Clauses | null {
    const where: string[] = [];
    const params: unknown[] = [];
    let text: TextQuery | null = null;
    if (!input.includeDeleted) where.push('t.deleted_at IS NULL');
    for (const [name, value] of Object.entries(input.filter ?? {})) {
      if (value === undefined) continue;
      const make = e.config.filters?.[name];
      if (!make) throw new AppError('VALIDATION', { vi: `Bộ lọc không hợp lệ: ${name}.`, en: `Unknown filter: ${name}.` });
      const f = make(value as never);
      where.push(forList && f.listSql ? f.listSql : f.sql);
      params.push(...f.params);
    }
    if (input.q !== undefined && input.q.trim() !== '') {
      const match = ftsQuery(input.q);
      if (match === null) return null;
      if (e.fts === null) {
        // A small kind checks its rows' words in code; a kind without either has no match.
        const pickerText = e.config.pickerText as ((row: Row) => string) | undefined;
        if (!pickerText) return null;
        const q = input.q;
        const ids = rowReader<Row>(db, e.selectFrom, e.shape).all().filter((r) => matchesSearch(q, pickerText(r))).map((r) => r.id);
        where.push('t.id IN (SELECT value FROM json_each(?))');
        params.push(JSON.stringify(ids));
        return { where, params, text };
      }
      text = { fts: e.fts, match, globs: searchTokens(input.q).slice(0, 12).map(wordGlob) };
    }
    return { where, params, text };
  }

  /** The clauses with the words among them: the records among this kind's matches. */
  function withText(built: Clauses): Clauses {
    if (!built.text) return built;
    const { fts: index, match } = built.text;
    return {
      where: [...built.where, `t.id IN (SELECT d.entity_id FROM ${index} f CROSS JOIN search_docs d ON d.doc_id = f.rowid WHERE f.${index} MATCH ?)`],
      params: [...built.params, match],
      text: built.text,
    };
  }

  /** Whether the words match at least searchTuning.denseAt records of this kind. */
  function isCommon(db: Db, text: TextQuery): boolean {
    const n = searchTuning.denseAt;
    return (statement(db, `SELECT count(*) AS n FROM (SELECT 1 FROM ${text.fts} WHERE ${text.fts} MATCH ? ${limitSql(n)})`).get(text.match) as { n: number }).n >= n;
  }

  /** Whether a record's search document holds every word (as globs over it, see wordGlob). */
  const textHolds = (globs: readonly string[]) =>
    `EXISTS (SELECT 1 FROM search_docs d WHERE d.entity_id = t.id AND ${globs.map(() => `(' ' || d.folded) GLOB ?`).join(' AND ')})`;

  function count(db: Db, input: Pick<ListInput, 'filter' | 'q' | 'includeDeleted'>, upTo?: number): number {
    // A bounded count of common words reads their matches in this kind's index, keeps the live
    // rows that pass the filters, and stops at upTo: a read as long as upTo when the filters
    // keep most of them. With filters, the filtered rows are read first, each checked for the
    // words, while that finds them often enough (blocked items holding 'báo cáo': 27k blocked
    // among 1.18M items at scale 100, so the words' matches gave one blocked item in 40).
    // Other counts (and an exact one) count the records among the words' matches.
    const clauses = whereOf(db, input);
    if (!clauses) return 0;
    const { text } = clauses;
    if (upTo !== undefined && text && isCommon(db, text)) {
      const filtered = Object.values(input.filter ?? {}).some((v) => v !== undefined);
      const walked = filtered ? countByWalk(db, clauses, text.globs, upTo) : null;
      if (walked !== null) return walked;
      const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM ${text.fts} f CROSS JOIN search_docs d ON d.doc_id = f.rowid CROSS JOIN "${e.tableName}" t ON t.id = d.entity_id
         WHERE f.${text.fts} MATCH ?${clauses.where.length ? ` AND ${clauses.where.join(' AND ')}` : ''} ${limitSql(upTo)})`;
      return (statement(db, sql).get(text.match, ...clauses.params) as { n: number }).n;
    }
    const built = withText(clauses);
    const key = `${built.where.join(' AND ')}\u0000${upTo ?? ''}`;
    let sql = e.countSql.get(key);
    if (sql === undefined) {
      const where = built.where.length ? ` WHERE ${built.where.join(' AND ')}` : '';
      sql = upTo === undefined ? `SELECT count(*) AS n FROM "${e.tableName}" t${where}` : `SELECT count(*) AS n FROM (SELECT 1 FROM "${e.tableName}" t${where} ${limitSql(upTo)})`;
      e.countSql.set(key, sql);
    }
    return (statement(db, sql).get(...built.params) as { n: number }).n;
  }

  /**
   * Counts the filtered rows whose document holds every word, up to `upTo`, reading the rows the
   * filters keep (through their index) and stopping there. Null after searchTuning.walkBudget
   * rows without reaching `upTo`: the words are rare among them, the caller reads the words'
   * matches instead.
   */
  function countByWalk(db: Db, built: { where: string[]; params: unknown[] }, globs: readonly string[], upTo: number): number | null {
    const sql = `SELECT ${textHolds(globs)} FROM "${e.tableName}" t${built.where.length ? ` WHERE ${built.where.join(' AND ')}` : ''}`;
    let n = 0;
    let read = 0;
    for (const [holds] of statement(db, sql).raw(true).iterate(...globs, ...built.params) as Iterable<[number]>) {
      if (holds && ++n >= upTo) return n;
      if (++read >= searchTuning.walkBudget) return null;
    }
    return n;
  }

  /** A page of the list, each row read as `cols` says (list: the record; listIds: its id). */
  function listAs(db: Db, input: ListInput, cols: Columns): Page<Row> {
    const clauses = whereOf(db, input, true);
    if (!clauses) return { items: [], nextCursor: null };
    if (clauses.text && isCommon(db, clauses.text)) {
      try {
        return listFrom(db, input, clauses, clauses.text.globs, cols);
      } catch (e) {
        if (e !== WALK_EXHAUSTED) throw e;
      }
    }
    return listFrom(db, input, withText(clauses), null, cols);
  }

  /**
   * A page of the list. With `walkGlobs` (common words, see searchTuning) the list's own order is
   * read, a row's id and whether its document holds every word, until a page of matches; their
   * rows are then read by id. Throws WALK_EXHAUSTED after searchTuning.walkBudget rows.
   */
  function listFrom(db: Db, input: ListInput, built: { where: string[]; params: unknown[] }, walkGlobs: readonly string[] | null, cols: Columns): Page<Row> {
    const sort = input.sort ?? e.config.defaultSort;
    const expr = e.config.sorts[sort.field];
    if (!expr) throw new AppError('VALIDATION', { vi: `Không sắp xếp được theo ${sort.field}.`, en: `Cannot sort by ${sort.field}.` });
    const asc = sort.dir === 'asc';
    const dir = asc ? 'ASC' : 'DESC';
    // The page size is written into the SQL (see limitSql): one statement per page size, so the
    // continuation across the NULL boundary reads a whole page and keeps what it needs.
    // Each row comes back as its array (statements.ts, rowReader), the sort key last.
    const walk = (globs: readonly string[], extra: string | null, extraParams: unknown[], limit: number) => {
      const where = extra ? [...built.where, extra] : built.where;
      const key = `walk\u0000${where.join(' AND ')}\u0000${expr}\u0000${dir}\u0000${globs.length}`;
      let sql = e.listSql.get(key);
      if (sql === undefined) {
        sql = `SELECT t.id, ${textHolds(globs)} FROM "${e.tableName}" t${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${expr} ${dir}, t.id ${dir}`;
        e.listSql.set(key, sql);
      }
      const ids: string[] = [];
      let read = 0;
      for (const [id, holds] of statement(db, sql).raw(true).iterate(...globs, ...built.params, ...extraParams) as Iterable<[string, number]>) {
        if (holds && ids.push(id) >= limit) break;
        if (++read >= searchTuning.walkBudget) throw WALK_EXHAUSTED;
      }
      if (ids.length === 0) return [];
      const byIdKey = `ids\u0000${cols.tag}\u0000${expr}\u0000${dir}`;
      let byId = e.listSql.get(byIdKey);
      if (byId === undefined) {
        byId = `SELECT ${cols.select}, (${expr}) AS "__sortKey" ${e.fromJoined} WHERE t.id IN (SELECT value FROM json_each(?)) ORDER BY ${expr} ${dir}, t.id ${dir}`;
        e.listSql.set(byIdKey, byId);
      }
      reader = rowReader<Row>(db, byId, cols.shape);
      return reader.stmt.all(JSON.stringify(ids)) as unknown[][];
    };
    const run = (extra: string | null, extraParams: unknown[], limit: number) => {
      if (walkGlobs) return walk(walkGlobs, extra, extraParams, limit);
      const where = extra ? [...built.where, extra] : built.where;
      // The SQL of this shape of list (its conditions, sort and page size), built once.
      const key = `${cols.tag}\u0000${where.join(' AND ')}\u0000${expr}\u0000${dir}\u0000${limit}`;
      let sql = e.listSql.get(key);
      if (sql === undefined) {
        sql = `SELECT ${cols.select}, (${expr}) AS "__sortKey" ${e.fromJoined}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${expr} ${dir}, t.id ${dir} ${limitSql(limit)}`;
        e.listSql.set(key, sql);
      }
      reader = rowReader<Row>(db, sql, cols.shape);
      return reader.stmt.all(...built.params, ...extraParams) as unknown[][];
    };
    let reader: ReturnType<typeof rowReader<Row>> | undefined;
    const want = input.limit + 1;
    let raw: unknown[][];
    if (!input.cursor) {
      raw = run(null, [], want);
    } else {
      // Keyset paging as row values, which the sort's index can seek to. SQLite puts NULL
      // first ascending and last descending; the page continues across that boundary in two
      // steps, each an index range.
      const [value, lastId] = decodeCursor(input.cursor);
      if (value === null && asc) {
        raw = run(`(${expr}) IS NULL AND t.id > ?`, [lastId], want);
        if (raw.length < want) raw = raw.concat(run(`(${expr}) IS NOT NULL`, [], want).slice(0, want - raw.length));
      } else if (value === null) {
        raw = run(`(${expr}) IS NULL AND t.id < ?`, [lastId], want);
      } else if (asc) {
        raw = run(`((${expr}), t.id) > (?, ?)`, [value, lastId], want);
      } else {
        raw = run(`((${expr}), t.id) < (?, ?)`, [value, lastId], want);
        if (raw.length < want) raw = raw.concat(run(`(${expr}) IS NULL`, [], want).slice(0, want - raw.length));
      }
    }
    const more = raw.length > input.limit;
    const page = more ? raw.slice(0, input.limit) : raw;
    // Every statement of one list has the same columns (the select list, then the sort key).
    const items = reader ? page.map(reader.make) : [];
    const lastKey = page.length ? page[page.length - 1]![cols.count] : null;
    const nextCursor = more ? encodeCursor(lastKey, items[items.length - 1]!.id) : null;
    return { items, nextCursor };
  }

  return {
    get,
    find,
    findWith,
    list: (db: Db, input: ListInput) => listAs(db, input, e.FULL),
    listIds: (db: Db, input: ListInput) => listAs(db, input, e.IDS) as Page<{ id: string }>,
    count,
  };
}

export type Reads = ReturnType<typeof readsOf>;
