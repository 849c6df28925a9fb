// npx tsx scripts/measure-long-jobs.ts --db FILE [--only briefing,posttrip,annual,backup,quickcheck] [--runs N] [--year Y] [--out DIR]
//
// Times the long jobs on a database opened READ-ONLY (it never writes to FILE, unlike
// `npm run bench`, so it can measure a shared benchmark file):
//   briefing  the data of the travel briefing of the latest held ASOEN meeting with a delegation
//             (the bench's meeting) and its .docx, in both steps;
//   posttrip  the post-trip report of the latest held ASOEN meeting with a delegation and an
//             agenda (the bench's), its data and its .docx;
//   annual    the data of the annual report for --year (default 2025) and its .docx;
//   backup    backup.create's path: the worker's snapshot; then its quick_check on another
//             worker beside the streamed, hashed copy to --out (default: a temporary folder,
//             removed); then the read-back;
//   quickcheck PRAGMA quick_check of FILE on a worker.
// Figures are wall-clock on whatever else the machine is doing: give the load average with them.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/open';
import { annualReportData } from '../db/repo/documents/annualReport';
import { briefingData } from '../db/repo/documents/briefing';
import { renderAnnualReport } from '../electron/services/documents/annualReport';
import { createBackup } from '../electron/services/backup/backup';
import { renderBriefing } from '../electron/services/documents/briefing';
import { postTripData } from '../db/repo/documents/postTrip';
import { renderPostTrip } from '../electron/services/documents/postTrip';
import { realFs } from '../electron/services/files/fs';
import { WorkerPool } from '../electron/services/jobs/worker/pool';
import type { QuickCheckResult } from '../electron/services/jobs/worker/protocol';

const { values } = parseArgs({
  options: { db: { type: 'string' }, only: { type: 'string' }, runs: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' }, today: { type: 'string' } },
});
if (!values.db) {
  console.error('usage: npx tsx scripts/measure-long-jobs.ts --db FILE [--only briefing,posttrip,annual,backup,quickcheck] [--runs N] [--year Y] [--out DIR]');
  process.exit(2);
}
const file = path.resolve(values.db);
const only = new Set((values.only ?? 'briefing,annual').split(','));
const runs = Number(values.runs ?? 3);
const year = Number(values.year ?? 2025);
const today = values.today ?? '2026-11-21';

const ms = (t: number) => Math.round(performance.now() - t);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[]) => `median ${median(xs)} ms, max ${Math.max(...xs)} ms (${xs.join(', ')})`;
/** CPU time of this process since `c` (user + system): on a shared, loaded machine it says more than the wall clock. */
const cpu = (c: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c);
  return Math.round((d.user + d.system) / 1000);
};

async function main(): Promise<void> {
  // This script's own job workers (the app's desk owns its pool the same way).
  const workers = new WorkerPool();
  console.log(`# ${file} (read-only); load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; ${os.cpus().length} CPUs`);
  const db = openDatabase(file, { readonly: true });
  try {
    if (only.has('briefing')) {
      const meeting = db
        .prepare(
          `SELECT m.id, m.title_en AS title FROM meetings m JOIN bodies b ON b.id = m.body_id JOIN delegations d ON d.meeting_id = m.id
            WHERE b.code = 'ASOEN' AND m.status = 'held' AND m.parent_id IS NULL ORDER BY m.start_date DESC LIMIT 1`,
        )
        .get() as { id: string; title: string };
      const read: number[] = [];
      const render: number[] = [];
      let size = 0;
      let counts = '';
      const cpuAll: number[] = [];
      for (let i = 0; i < runs; i++) {
        const c = process.cpuUsage();
        let t = performance.now();
        const data = db.transaction(() => briefingData(db, meeting.id, today))();
        read.push(ms(t));
        t = performance.now();
        size = (await renderBriefing(data, 'vi', today)).length;
        render.push(ms(t));
        cpuAll.push(cpu(c));
        counts = `${data.openItems.length} open items listed of ${data.openItemsTotal}, ${data.previousDecisions.length} previous decisions of ${data.previousDecisionsTotal}, ${data.focalPoints.length} focal points, ${data.related.length} related meetings`;
      }
      console.log(`briefing "${meeting.title}": data ${fmt(read)}; .docx ${fmt(render)}; CPU time of both ${fmt(cpuAll)}; ${(size / 1024).toFixed(0)} KiB; ${counts}`);
    }
    if (only.has('posttrip')) {
      // The bench's: the latest held ASOEN meeting with a delegation and an agenda (a full report).
      const meeting = db
        .prepare(
          `SELECT m.id, m.title_en AS title FROM meetings m JOIN bodies b ON b.id = m.body_id JOIN delegations d ON d.meeting_id = m.id
            WHERE b.code = 'ASOEN' AND m.status = 'held' AND m.parent_id IS NULL AND EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = m.id)
            ORDER BY m.start_date DESC LIMIT 1`,
        )
        .get() as { id: string; title: string };
      const read: number[] = [];
      const render: number[] = [];
      const cpuAll: number[] = [];
      let size = 0;
      let counts = '';
      for (let i = 0; i < runs; i++) {
        const c = process.cpuUsage();
        let t = performance.now();
        const data = db.transaction(() => postTripData(db, meeting.id, today))();
        read.push(ms(t));
        t = performance.now();
        size = (await renderPostTrip(data, 'vi', today)).length;
        render.push(ms(t));
        cpuAll.push(cpu(c));
        counts = `${data.agenda.length} agenda items of ${data.agendaTotal}, ${data.documents.length} documents of ${data.documentsTotal}, ${data.newItems.length} new items of ${data.newItemsTotal}, ${data.previousItems.length} previous items of ${data.previousItemsTotal}, ${data.related.length} related meetings, due ${data.due?.due ?? '—'}`;
      }
      console.log(`post-trip report "${meeting.title}": data ${fmt(read)}; .docx ${fmt(render)}; CPU time of both ${fmt(cpuAll)}; ${(size / 1024).toFixed(0)} KiB; ${counts}`);
    }
    if (only.has('annual')) {
      const read: number[] = [];
      const render: number[] = [];
      let size = 0;
      let counts = '';
      const cpuAll: number[] = [];
      for (let i = 0; i < runs; i++) {
        const c = process.cpuUsage();
        let t = performance.now();
        const data = db.transaction(() => annualReportData(db, year, today))();
        read.push(ms(t));
        t = performance.now();
        size = (await renderAnnualReport(data, 'vi', today)).length;
        render.push(ms(t));
        cpuAll.push(cpu(c));
        counts = `attended ${data.attendedTotal} (listed ${data.pillars.reduce((n, x) => n + x.meetings.length, 0)}), delegations ${data.delegationsTotal} (listed ${data.delegations.length}), raised ${data.raisedTotal}, completed ${data.completedTotal}, open ${data.openTotal} (${data.overdueTotal} overdue) in ${data.backlogAgencies} agencies`;
      }
      console.log(`annual report ${year}: data ${fmt(read)}; .docx ${fmt(render)}; CPU time of both ${fmt(cpuAll)}; ${(size / 1024).toFixed(0)} KiB; ${counts}`);
    }
    if (only.has('quickcheck')) {
      const t = performance.now();
      const r = await workers.run<QuickCheckResult>({ kind: 'quickCheck' }, { file });
      console.log(`quick_check on a worker: ${r.ok ? 'ok' : r.problems.join('; ')} in ${r.ms} ms (${ms(t)} ms with the worker's start)`);
    }
    if (only.has('backup')) {
      const out = values.out ? path.resolve(values.out) : mkdtempSync(path.join(os.tmpdir(), 'asoen-measure-backup-'));
      try {
        const t = performance.now();
        const outcome = await createBackup(db, out, `measure-${Date.now()}.sqlite`, { fs: realFs, workers });
        const total = ms(t);
        console.log(`backup: ${(outcome.bytes / 1e9).toFixed(2)} GB in ${total} ms; ${Object.entries(outcome.timings).map(([k, v]) => `${k} ${v} ms`).join(', ')}; peak RSS of this process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
        rmSync(outcome.file, { force: true });
        rmSync(`${outcome.file}.sha256`, { force: true });
      } finally {
        if (!values.out) rmSync(out, { recursive: true, force: true });
      }
    }
  } finally {
    db.close();
    await workers.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
