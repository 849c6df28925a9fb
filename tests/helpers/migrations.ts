import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR } from './paths';

interface Journal {
  entries: Array<{ idx: number; version: string; when: number; tag: string; breakpoints: boolean }>;
}

/** A private copy of the project's migrations that a test may extend or tamper with. */
export function copyMigrations(dir: string): string {
  const target = path.join(dir, 'migrations');
  cpSync(MIGRATIONS_DIR, target, { recursive: true });
  return target;
}

export function readJournalFile(folder: string): Journal {
  return JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/** Appends a migration as drizzle-kit would (statements separated by breakpoints). */
export function appendMigration(folder: string, name: string, statements: string[], when?: number): string {
  const journal = readJournalFile(folder);
  const idx = journal.entries.length;
  const tag = `${String(idx).padStart(4, '0')}_${name}`;
  writeFileSync(path.join(folder, `${tag}.sql`), statements.join('\n--> statement-breakpoint\n'));
  journal.entries.push({ idx, version: '6', when: when ?? (journal.entries.at(-1)?.when ?? 0) + 1000, tag, breakpoints: true });
  writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal, null, 2));
  return tag;
}
