import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readJournal } from '../../db/migrate';
import { appendMigration, copyMigrations, readJournalFile } from '../helpers/migrations';
import { MIGRATIONS_DIR, ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/tmp';

// A database records the hash of every migration it applied and refuses to open when a file of
// the same step differs (db/migrate.ts), and drizzle's order is the journal's `when`: a released
// migration that changes strands every desk that applied it. This guard compares the migrations
// with the record of what was released, tests/db/released-migrations.json.

const FIXTURE = path.join(ROOT, 'tests', 'db', 'released-migrations.json');
const FIXTURE_NAME = 'tests/db/released-migrations.json';

interface Released {
  files: Record<string, string>;
  journal: Array<{ tag: string; when: number; sha256: string }>;
}

type Entry = ReturnType<typeof readJournalFile>['entries'][number];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** A journal entry's hash: every field drizzle reads from it, in a fixed order. */
const entryHash = (e: Entry) => sha256(JSON.stringify([e.idx, e.version, e.when, e.tag, e.breakpoints]));

const NEVER_CHANGE = `add a new migration with \`npm run db:generate\` instead; if this migration has not been released yet, update ${FIXTURE_NAME} in the same commit`;

/** What differs between the migrations in `folder` and the record of the released ones, each as a message saying what to do. */
function releasedMigrationProblems(folder: string, released: Released): string[] {
  const problems: string[] = [];
  const files = readdirSync(folder).filter((f) => f.endsWith('.sql')).sort();
  for (const [file, hash] of Object.entries(released.files)) {
    if (!files.includes(file)) {
      problems.push(`migrations/${file} was released and must never be removed or renamed: databases have applied it; ${NEVER_CHANGE}`);
    } else if (sha256(readFileSync(path.join(folder, file), 'utf8')) !== hash) {
      problems.push(`migrations/${file} was released and must never change: ${NEVER_CHANGE}`);
    }
  }
  for (const file of files.filter((f) => !(f in released.files))) {
    const hash = sha256(readFileSync(path.join(folder, file), 'utf8'));
    problems.push(`migrations/${file} is not in ${FIXTURE_NAME}: add its hash to "files" ("${file}": "${hash}") in the commit that adds the migration, so that it is guarded once released`);
  }

  const entries = readJournalFile(folder).entries;
  released.journal.forEach((r, i) => {
    const e = entries[i];
    if (!e) {
      problems.push(`migrations/meta/_journal.json: the entry ${r.tag} was released and must never be removed: ${NEVER_CHANGE}`);
    } else if (e.tag !== r.tag || e.when !== r.when || entryHash(e) !== r.sha256) {
      problems.push(`migrations/meta/_journal.json: the entry ${r.tag} (when ${r.when}) was released and must never change (now ${e.tag}, when ${e.when}): ${NEVER_CHANGE}`);
    }
  });
  for (const e of entries.slice(released.journal.length)) {
    problems.push(
      `migrations/meta/_journal.json: the entry ${e.tag} is not in ${FIXTURE_NAME}: add ${JSON.stringify({ tag: e.tag, when: e.when, sha256: entryHash(e) })} to "journal" in the commit that adds the migration, so that it is guarded once released`,
    );
  }
  return problems;
}

/** The record of `folder`'s migrations, as the fixture holds it: the guard's own tests compare a tampered copy with it. */
function recordOf(folder: string): Released {
  const files = readdirSync(folder).filter((f) => f.endsWith('.sql')).sort();
  return {
    files: Object.fromEntries(files.map((f) => [f, sha256(readFileSync(path.join(folder, f), 'utf8'))])),
    journal: readJournalFile(folder).entries.map((e) => ({ tag: e.tag, when: e.when, sha256: entryHash(e) })),
  };
}

/** Journal entries out of order: drizzle applies by `when` and skips an entry older than the last one a database applied. */
function orderProblems(folder: string): string[] {
  const entries = readJournalFile(folder).entries;
  return entries.flatMap((e, i) => {
    const previous = entries[i - 1];
    return previous && e.when <= previous.when
      ? [`migrations/meta/_journal.json: ${e.tag} (when ${e.when}) is not later than ${previous.tag} (when ${previous.when}): drizzle would skip it on every database that has ${previous.tag}; give it a later \`when\``]
      : [];
  });
}

const released = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Released;

describe('released migrations', () => {
  it('are exactly as they were released, and every migration is recorded', () => {
    const problems = releasedMigrationProblems(MIGRATIONS_DIR, released);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('come in the journal in ascending `when` order, each with its file', () => {
    const problems = orderProblems(MIGRATIONS_DIR);
    expect(problems, problems.join('\n')).toEqual([]);
    for (const e of readJournalFile(MIGRATIONS_DIR).entries) expect(existsSync(path.join(MIGRATIONS_DIR, `${e.tag}.sql`)), `${e.tag}.sql`).toBe(true);
  });

  it('are recorded with the hashes the databases that applied them hold', () => {
    expect(readJournal(MIGRATIONS_DIR).map((m) => m.hash)).toEqual(released.journal.map((r) => released.files[`${r.tag}.sql`]));
  });

  describe('the guard says what to do', () => {
    const dir = tempDir();

    it('when a released migration is edited, removed or moved in the journal', () => {
      const folder = copyMigrations(path.join(dir, 'edited'));
      const record = recordOf(folder);
      writeFileSync(path.join(folder, '0006_search_prefixes.sql'), readFileSync(path.join(folder, '0006_search_prefixes.sql'), 'utf8') + '\n-- one more line\n');
      rmSync(path.join(folder, '0010_people_by_name.sql'));
      const journal = readJournalFile(folder);
      journal.entries[7]!.when += 1;
      writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal));

      const problems = releasedMigrationProblems(folder, record);

      expect(problems).toEqual([
        `migrations/0006_search_prefixes.sql was released and must never change: add a new migration with \`npm run db:generate\` instead; if this migration has not been released yet, update tests/db/released-migrations.json in the same commit`,
        expect.stringMatching(/^migrations\/0010_people_by_name\.sql was released and must never be removed or renamed: .*npm run db:generate/),
        expect.stringMatching(/^migrations\/meta\/_journal\.json: the entry 0007_focal_indexes \(when 1795316925743\) was released and must never change .*npm run db:generate/),
      ]);
    });

    it('when a new migration is not recorded yet', () => {
      const folder = copyMigrations(path.join(dir, 'new'));
      const record = recordOf(folder);
      // The next migration's number: one after the last released.
      const next = String(readJournalFile(folder).entries.length).padStart(4, '0');
      appendMigration(folder, 'meeting_venue', ['ALTER TABLE `meetings` ADD `venue` text;']);

      const problems = releasedMigrationProblems(folder, record);

      expect(problems).toEqual([
        expect.stringMatching(new RegExp(`^migrations/${next}_meeting_venue\\.sql is not in tests/db/released-migrations\\.json: add its hash to "files" \\("${next}_meeting_venue\\.sql": "[0-9a-f]{64}"\\)`)),
        expect.stringMatching(new RegExp(`^migrations/meta/_journal\\.json: the entry ${next}_meeting_venue is not in tests/db/released-migrations\\.json: add \\{"tag":"${next}_meeting_venue","when":\\d+,"sha256":"[0-9a-f]{64}"\\} to "journal"`)),
      ]);
      expect(orderProblems(folder)).toEqual([]);
    });

    it('when a journal entry is older than the one before it', () => {
      const folder = copyMigrations(path.join(dir, 'order'));
      const entries = readJournalFile(folder).entries;
      const next = String(entries.length).padStart(4, '0');
      const last = entries.at(-1)!;
      appendMigration(folder, 'meeting_venue', ['ALTER TABLE `meetings` ADD `venue` text;'], last.when - 60_000);

      expect(orderProblems(folder)).toEqual([expect.stringMatching(new RegExp(`^migrations/meta/_journal\\.json: ${next}_meeting_venue \\(when \\d+\\) is not later than ${last.tag}`))]);
    });
  });
});
