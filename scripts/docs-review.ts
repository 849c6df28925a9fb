// The Word documents as a reader gets them: every document the desk writes, from the sample desk,
// in Vietnamese and English, converted to PDF by LibreOffice and to one PNG per page, with the page
// counts. For looking at them page by page (issue #16); not part of `npm test` (CI has no
// LibreOffice: `apt-get install -y libreoffice-writer-nogui poppler-utils` here).
//
//   npm run docs:review -- [--out DIR] [--today YYYY-MM-DD] [--dpi N]
//
// Prints one line per document (file, pages) and, last, one JSON object with all of them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { clockFrom, officeMorning } from '../common/clock';
import type { Envelope } from '../electron/contract';
import { createDesk } from '../electron/runtime/desk';

const root = path.resolve(import.meta.dirname, '..');

interface Wanted {
  name: string;
  method: string;
  input: Record<string, unknown>;
}

function value<T>(envelope: Envelope<unknown>, what: string): T {
  if (!envelope.ok) throw new Error(`${what}: ${envelope.error.message.en}`);
  return envelope.value as T;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: '/tmp/asoen-docs-review' }, today: { type: 'string', default: '2026-11-21' }, dpi: { type: 'string', default: '60' } },
  });
  const out = path.resolve(values.out);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const data = mkdtempSync(path.join(os.tmpdir(), 'asoen-docs-review-'));
  const desk = createDesk({
    file: path.join(data, 'asoen.db'),
    migrationsFolder: path.join(root, 'migrations'),
    appVersion: (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version,
    clock: clockFrom(officeMorning(values.today)),
  });
  try {
    value(desk.dispatch('sample.load', {}), 'sample.load');
    value(desk.dispatch('settings.update', { exportFolder: out }), 'settings.update');
    const meeting = (code: string, sequence: number) => {
      const found = value<{ items: Array<{ id: string; sequence: number | null; titleEn: string }> }>(desk.dispatch('meetings.list', { q: `${code} ${sequence}`, limit: 20 }), 'meetings.list').items;
      const m = found.find((x) => x.sequence === sequence && x.titleEn.includes(`(${code} ${sequence})`));
      if (!m) throw new Error(`The sample desk has no ${code} ${sequence}`);
      return m.id;
    };
    const year = Number(values.today.slice(0, 4));
    const wanted: Wanted[] = [];
    for (const language of ['vi', 'en'] as const) {
      wanted.push({ name: `briefing-ASOEN35-${language}`, method: 'exports.briefing', input: { meetingId: meeting('ASOEN', 35), language, classifiedConfirmed: true } });
      wanted.push({ name: `briefing-ASOMM26-${language}`, method: 'exports.briefing', input: { meetingId: meeting('ASOMM', 26), language, classifiedConfirmed: true } });
      wanted.push({ name: `post-trip-ASOEN34-${language}`, method: 'exports.postTripReport', input: { meetingId: meeting('ASOEN', 34), language, classifiedConfirmed: true } });
      wanted.push({ name: `annual-${year - 1}-${language}`, method: 'exports.annualReport', input: { year: year - 1, language, classifiedConfirmed: true } });
      wanted.push({ name: `annual-${year}-${language}`, method: 'exports.annualReport', input: { year, language, classifiedConfirmed: true } });
    }
    const results: Array<{ name: string; docx: string; pdf: string; pages: number; pngs: number }> = [];
    for (const w of wanted) {
      const started = value<{ jobId: string }>(desk.dispatch(w.method, w.input), w.method);
      await desk.services.jobs.wait(started.jobId);
      const job = value<{ state: string; result?: { file: string }; error?: { message: { en: string } } }>(desk.dispatch('jobs.status', { jobId: started.jobId }), 'jobs.status');
      if (job.state !== 'done' || !job.result) throw new Error(`${w.name}: ${job.state} ${job.error?.message.en ?? ''}`);
      const dir = path.join(out, w.name);
      mkdirSync(dir, { recursive: true });
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, job.result.file], { stdio: 'ignore', timeout: 180_000 });
      const pdf = path.join(dir, `${path.basename(job.result.file, '.docx')}.pdf`);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
      execFileSync('pdftoppm', ['-png', '-r', values.dpi, pdf, path.join(dir, 'page')]);
      const pngs = readdirSync(dir).filter((f) => f.endsWith('.png')).length;
      results.push({ name: w.name, docx: job.result.file, pdf, pages, pngs });
      process.stderr.write(`${w.name}: ${pages} page(s) → ${dir}\n`);
    }
    process.stdout.write(`${JSON.stringify({ today: values.today, documents: results.map(({ name, pages }) => ({ name, pages })) })}\n`);
  } finally {
    await desk.stop();
    rmSync(data, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
