import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/paths';

// `npm run web` as a user meets it: one printed line, 127.0.0.1 only, and data that outlives
// the run.

interface Run {
  lines: string[];
  url: string;
  stop(): Promise<void>;
}

function run(args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/server/cli.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (!out.endsWith('\n')) return;
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out)?.[1];
      if (!url) return reject(new Error(`no URL in: ${out}`));
      resolve({
        lines: out.trimEnd().split('\n'),
        url,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`exited ${String(code)}: ${err}`)));
  });
}

async function api(url: string, method: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> {
  const u = new URL(url);
  const res = await fetch(new URL('/api', u), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-asoen-token': u.searchParams.get('token')! },
    body: JSON.stringify({ method, input }),
  });
  return (await res.json()) as { ok: boolean; value?: unknown };
}

describe('npm run web', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'asoen-web-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints one line with the URL, and a second run finds the data of the first', async () => {
    const first = await run(['--data', dataDir]);
    expect(first.lines).toHaveLength(1);
    expect(first.lines[0]).toMatch(/^ASOEN Desk: http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    const created = await api(first.url, 'people.create', { fullName: 'Nguyễn Thị Thu Trang', position: 'Chuyên viên' });
    expect(created.ok).toBe(true);
    await first.stop();

    const second = await run(['--data', dataDir]);
    expect(second.url).not.toBe(first.url); // a new secret for every run
    const found = (await api(second.url, 'search.global', { q: 'nguyen thi thu trang' })) as { ok: boolean; value: Array<{ title: string }> };
    expect(found.value.map((h) => h.title)).toEqual(['Nguyễn Thị Thu Trang']);
    // The first run's secret no longer opens anything.
    const stale = await fetch(new URL('/api', second.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-asoen-token': new URL(first.url).searchParams.get('token')! },
      body: JSON.stringify({ method: 'app.info', input: {} }),
    });
    expect(stale.status).toBe(401);
    await second.stop();
  });

  it('refuses a data folder on a network share with a message in both languages', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/server/cli.ts'), '--data', '//fileserver/asean'], { cwd: ROOT });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(1);
    expect(err).toContain('ổ mạng');
    expect(err).toContain('network drive');
    expect(err).not.toMatch(/\n\s+at /);
  });
});
