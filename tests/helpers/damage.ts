import { closeSync, openSync, writeSync } from 'node:fs';
import type { Db } from '../../db/open';

/**
 * Damages the data file on disk as a failing disk would: the inside of one leaf page of the
 * meetings' start-date index is overwritten with garbage (the write-ahead log is folded in
 * first, so the page is in the file). SQLite's quick_check then reports it; reads of the
 * meetings table itself still work.
 */
export function damageIndexPage(db: Db, file: string): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const page = db.prepare(`SELECT pageno FROM dbstat WHERE name = 'meetings_start' AND pagetype = 'leaf' LIMIT 1`).pluck().get() as number;
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize - 200, 0x5a), 0, pageSize - 200, (page - 1) * pageSize + 100);
  } finally {
    closeSync(fd);
  }
}
