// The export log: every export, backup and restore with its outcome, newest first.
import type { ExportKind, ExportStatus } from '../../../common/enums';
import { AppError } from '../../errors';
import type { Db } from '../../open';
import { statement } from '../core/statements';

export interface ExportRecord {
  id: string;
  kind: ExportKind;
  format: string;
  language: string | null;
  meetingId: string | null;
  year: number | null;
  params: Record<string, unknown> | null;
  folder: string;
  fileName: string | null;
  bytes: number | null;
  sha256: string | null;
  status: ExportStatus;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
}

const EXPORT_COLUMNS = `id, kind, format, language, meeting_id AS meetingId, year, params, folder, file_name AS fileName, bytes, sha256,
  status, error, started_at AS startedAt, finished_at AS finishedAt`;

function mapExport(raw: Record<string, unknown>): ExportRecord {
  return { ...(raw as unknown as ExportRecord), params: typeof raw.params === 'string' ? (JSON.parse(raw.params) as Record<string, unknown>) : null };
}

/**
 * The folders the desk last wrote to (exports, backups, copies kept before a restore), the most
 * recent first: at start the app sweeps its temporary files left there by a run that was killed.
 */
export function recentExportFolders(db: Db, limit = 20): string[] {
  const rows = statement(db, 'SELECT folder FROM exports GROUP BY folder ORDER BY max(started_at) DESC LIMIT ?').all(limit) as Array<{ folder: string }>;
  return rows.map((r) => r.folder);
}

/**
 * Records one export. Called in its own short transaction once the file is written (or the
 * attempt failed), never inside the request that started it, so a failure is recorded too.
 */
export function recordExport(db: Db, record: ExportRecord, now: string): void {
  // A meeting deleted while its briefing was being written must not lose the record.
  const meetingId = record.meetingId && statement(db, 'SELECT 1 FROM meetings WHERE id = ?').get(record.meetingId) ? record.meetingId : null;
  statement(
    db,
    `INSERT INTO exports (id, created_at, updated_at, version, kind, format, language, meeting_id, year, params, folder, file_name, bytes, sha256,
                          status, error, started_at, finished_at)
     VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    record.id,
    now,
    now,
    record.kind,
    record.format,
    record.language,
    meetingId,
    record.year,
    record.params === null ? null : JSON.stringify(record.params),
    record.folder,
    record.fileName,
    record.bytes,
    record.sha256,
    record.status,
    record.error,
    record.startedAt,
    record.finishedAt,
  );
}

export function getExport(db: Db, id: string): ExportRecord | undefined {
  const raw = statement(db, `SELECT ${EXPORT_COLUMNS} FROM exports WHERE id = ? AND deleted_at IS NULL`).get(id) as Record<string, unknown> | undefined;
  return raw ? mapExport(raw) : undefined;
}

/** The newest first, keyset-paged on (started_at, id). */
export function listExports(db: Db, input: { limit: number; cursor?: string | null; kind?: ExportKind; meetingId?: string }): { items: ExportRecord[]; nextCursor: string | null } {
  let after: [string, string] | null = null;
  if (input.cursor) {
    try {
      const parsed = JSON.parse(Buffer.from(input.cursor, 'base64url').toString('utf8')) as unknown;
      if (Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') after = [parsed[0], parsed[1]];
    } catch {
      // handled below
    }
    if (!after) throw new AppError('VALIDATION', { vi: 'Con trỏ phân trang không hợp lệ; hãy tải lại danh sách.', en: 'The paging cursor is not valid; reload the list.' });
  }
  const rows = statement(
    db,
    `SELECT ${EXPORT_COLUMNS} FROM exports
      WHERE deleted_at IS NULL
        AND (@kind IS NULL OR kind = @kind) AND (@meetingId IS NULL OR meeting_id = @meetingId)
        AND (@afterAt IS NULL OR started_at < @afterAt OR (started_at = @afterAt AND id < @afterId))
      ORDER BY started_at DESC, id DESC LIMIT @limit`,
  ).all({
    kind: input.kind ?? null,
    meetingId: input.meetingId ?? null,
    afterAt: after?.[0] ?? null,
    afterId: after?.[1] ?? null,
    limit: input.limit + 1,
  }) as Record<string, unknown>[];
  const more = rows.length > input.limit;
  const items = rows.slice(0, input.limit).map(mapExport);
  const last = items.at(-1);
  return { items, nextCursor: more && last ? Buffer.from(JSON.stringify([last.startedAt, last.id])).toString('base64url') : null };
}

// ------------------------------------------------------------------ shared read models
