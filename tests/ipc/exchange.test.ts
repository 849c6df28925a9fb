import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Envelope } from '../../electron/contract';
import { PACK_AT } from '../../electron/services/exchange/round';
import { realExchangeFs, type ExchangeFs } from '../../electron/services/exchange/share';
import { writesFailing } from '../helpers/exchangeLaptops';
import { createTestApp, TEST_NOW, type TestApp, type TestAppOptions } from '../helpers/app';
import { tempDir } from '../helpers/tmp';

// Settings › Exchange and the automatic exchange, through the API on desks with their own data
// files sharing one temporary folder: what an officer sees (a refusal that says why, a meeting
// that arrives, a calm "offline", a warning about a clock or a version).

const root = tempDir('asoen-exchange-api-');
const T0 = Date.parse(TEST_NOW);
let made = 0;
const apps: TestApp[] = [];

function desk(name: string, options: TestAppOptions & { skewMs?: number } = {}): TestApp {
  const { skewMs = 0, ...rest } = options;
  const dir = path.join(root, `${name}-${++made}`);
  mkdirSync(dir);
  const app = createTestApp({ file: path.join(dir, 'asoen.db'), now: () => new Date(T0 + skewMs), exchangeHost: 'test-host', ...rest });
  app.call('settings.update', { laptopName: name, officerName: `Officer of ${name}` });
  apps.push(app);
  return app;
}

afterAll(async () => {
  for (const app of apps) {
    if (app.ctx.db.open) await app.desk.stop();
  }
});

function share(name: string): string {
  const dir = path.join(root, `share-${name}`);
  mkdirSync(dir);
  return dir;
}

function refusal(r: Envelope<unknown>): { vi: string; en: string } {
  expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { field: 'exchangeFolder' } } });
  return r.ok ? { vi: '', en: '' } : r.error.message;
}

const body = (app: TestApp) => app.call('bodies.list', { q: 'ASOEN', limit: 5 }).items.find((b) => b.code === 'ASOEN')!;
const meeting = (app: TestApp, titleEn: string) =>
  app.call('meetings.create', { bodyId: body(app).id, titleVi: `Họp ${titleEn}`, titleEn, startDate: '2027-01-10', endDate: '2027-01-12' });
/** Sets the folder and waits for the round that setting it starts. */
async function join(app: TestApp, folder: string): Promise<void> {
  app.call('exchange.setFolder', { folder });
  await app.desk.services.exchange.idle();
}
async function exchangeNow(app: TestApp) {
  expect(app.call('exchange.now', {}).state).toBe('running');
  await app.desk.services.exchange.idle();
  return app.call('exchange.status', {});
}
const headSeq = (folder: string, app: TestApp) => {
  const replica = app.call('exchange.status', {}).replica!;
  return (JSON.parse(readFileSync(path.join(folder, 'devices', replica, 'head.json'), 'utf8')) as { lastSeq: number }).lastSeq;
};

describe('Settings › Exchange: the folder', () => {
  it('refuses a folder that is not a full path, missing, a file, or holds another exchange.json, saying which; empty switches it off', async () => {
    const a = desk('Laptop A');
    expect(refusal(a.raw('exchange.setFolder', { folder: 'TraoDoi' })).en).toMatch(/must be a full path/);
    const missing = refusal(a.raw('exchange.setFolder', { folder: path.join(root, 'không có') }));
    expect(missing.vi).toMatch(/không tồn tại/);
    expect(missing.en).toMatch(/does not exist/);
    const file = path.join(root, 'a-file.txt');
    writeFileSync(file, 'x');
    expect(refusal(a.raw('exchange.setFolder', { folder: file })).en).toMatch(/is a file, not a folder/);
    const foreign = share('foreign');
    writeFileSync(path.join(foreign, 'exchange.json'), '{"something":"else"}');
    const notOurs = refusal(a.raw('exchange.setFolder', { folder: foreign }));
    expect(notOurs.vi).toMatch(/không phải của ASOEN Desk/);
    expect(notOurs.en).toMatch(/not ASOEN Desk's/);
    expect(refusal(a.raw('exchange.setFolder', { folder: path.dirname(a.ctx.dataFile) })).en).toMatch(/folder of this laptop's data file/);
    // Nothing was saved by the refusals.
    expect(a.call('exchange.status', {})).toMatchObject({ folder: null, state: 'off', lastRound: null });

    // A missing folder can be created when asked (that one folder), and is then the exchange's.
    const created = path.join(root, 'share-created');
    const status = a.call('exchange.setFolder', { folder: created, create: true });
    expect(status).toMatchObject({ folder: created, state: 'running' });
    await a.desk.services.exchange.idle();
    expect(JSON.parse(readFileSync(path.join(created, 'exchange.json'), 'utf8'))).toMatchObject({ format: 'asoen-exchange/1' });
    expect(a.call('exchange.status', {})).toMatchObject({ state: 'idle', lastRound: { outcome: 'ok' } });

    expect(a.call('exchange.setFolder', { folder: '' })).toMatchObject({ folder: null, state: 'off', lastRound: null, nextAt: null });
  });
});

describe('exchanging', () => {
  it('"Exchange now" carries a meeting made on laptop A to laptop B, and B sees A among the laptops', async () => {
    const folder = share('now');
    const a = desk('Laptop A');
    const b = desk('Laptop B');
    const m = meeting(a, 'ASOEN 37');
    await join(a, folder);
    expect(a.call('exchange.status', {}).lastRound).toMatchObject({ outcome: 'ok', published: 1 });
    await join(b, folder);
    const status = b.call('exchange.status', {});
    expect(status.lastRound).toMatchObject({ outcome: 'ok', batchesApplied: 1 });
    expect(status.received).toBe(1);
    expect(b.call('meetings.get', { id: m.id }).titleEn).toBe('ASOEN 37');
    expect(status.laptops).toEqual([
      expect.objectContaining({ name: 'Laptop A', officer: 'Officer of Laptop A', appVersion: '0.0.0-test', lastExchangedAt: expect.any(String) }),
    ]);
    expect(status.warnings).toEqual([]);

    // And back: B's edit reaches A with "Exchange now".
    b.call('meetings.update', { id: m.id, version: b.call('meetings.get', { id: m.id }).version, changes: { city: 'Huế' } });
    await exchangeNow(b);
    const onA = await exchangeNow(a);
    expect(onA.lastRound).toMatchObject({ outcome: 'ok', batchesApplied: 1 });
    expect(a.call('meetings.get', { id: m.id }).city).toBe('Huế');
    expect(onA.laptops.map((l) => l.name)).toEqual(['Laptop B']);
  });

  it('packs a laptop’s batches on the share once PACK_AT are loose, leaving the one just published loose, and a laptop joining later takes every change', async () => {
    const folder = share('packs');
    const a = desk('Laptop A');
    await join(a, folder);
    const made: string[] = [];
    for (let i = 0; i <= PACK_AT; i++) {
      made.push(meeting(a, `ASOEN ${i + 1}`).id);
      expect((await exchangeNow(a)).lastRound).toMatchObject({ outcome: 'ok', published: i + 1 });
    }
    const replica = a.call('exchange.status', {}).replica!;
    const files = readdirSync(path.join(folder, 'devices', replica));
    // The PACK_AT batches on the share before the last round are packed; the one it published stays loose.
    expect(files.filter((f) => f.startsWith('pack-'))).toEqual([`pack-000000001-${String(PACK_AT).padStart(9, '0')}.asx`]);
    expect(files.filter((f) => f.startsWith('b-'))).toEqual([`b-${String(PACK_AT + 1).padStart(9, '0')}.asx`]);
    const b = desk('Laptop B');
    await join(b, folder);
    expect(b.call('exchange.status', {}).lastRound).toMatchObject({ outcome: 'ok', batchesApplied: PACK_AT + 1, problems: [] });
    for (const id of made) expect(b.call('meetings.get', { id }).id).toBe(id);
  });

  it('lists another laptop’s changes among the desk’s recent changes and on Today, naming its officer and laptop', async () => {
    const folder = share('recent');
    const a = desk('Laptop A');
    const b = desk('Laptop B');
    const m = meeting(a, 'ASOEN 38');
    await join(a, folder);
    await join(b, folder);
    expect(b.call('changes.recent', { limit: 10 })).toEqual([
      expect.objectContaining({ entityId: m.id, op: 'create', origin: 'remote', officerName: 'Officer of Laptop A', deviceName: 'Laptop A' }),
    ]);
    expect(b.call('today.summary', {}).recentChanges).toEqual([expect.objectContaining({ entityId: m.id, title: expect.stringContaining('ASOEN 38') })]);
    // B's own edit comes first, the way it happened.
    b.call('meetings.update', { id: m.id, version: b.call('meetings.get', { id: m.id }).version, changes: { city: 'Huế' } });
    expect(b.call('changes.recent', { limit: 10 }).map((c) => [c.op, c.origin, c.deviceName])).toEqual([
      ['update', null, 'Laptop B'],
      ['create', 'remote', 'Laptop A'],
    ]);
  });

  it('never runs two rounds at once on one laptop', async () => {
    const a = desk('Laptop A');
    await join(a, share('once'));
    const s = a.desk.services.exchange;
    const first = s.runNow();
    expect(s.runNow()).toBe(first);
    await first;
  });

  it('tells "offline" calmly when the folder cannot be reached, keeps the changes, and exchanges again when it is back', async () => {
    const folder = share('offline');
    let down = false;
    const fs: ExchangeFs = {
      ...realExchangeFs,
      stat: (p) => (down && p.startsWith(folder) ? Promise.reject(Object.assign(new Error('host is down'), { code: 'EHOSTDOWN' })) : realExchangeFs.stat(p)),
    };
    const a = desk('Laptop A', { exchangeFs: fs });
    await join(a, folder);
    down = true;
    meeting(a, 'Offline meeting');
    const status = await exchangeNow(a);
    expect(status.state).toBe('offline');
    expect(status.lastRound).toMatchObject({ outcome: 'offline', published: null });
    expect(status.lastRound!.message!.vi).toMatch(/Chưa kết nối được thư mục trao đổi/);
    expect(status.lastRound!.message!.en).toMatch(/cannot be reached \(EHOSTDOWN\)\. Work on as usual/);
    expect(status.warnings).toEqual([expect.objectContaining({ kind: 'offline' })]);
    // The last good exchange is still shown.
    expect(status.lastSuccessAt).not.toBeNull();

    // A folder removed altogether is "offline" too.
    const gone = share('gone');
    const c = desk('Laptop C');
    await join(c, gone);
    rmSync(gone, { recursive: true });
    meeting(c, 'Made while the folder was gone');
    expect((await exchangeNow(c)).state).toBe('offline');
    mkdirSync(gone);
    const back = await exchangeNow(c);
    expect(back).toMatchObject({ state: 'idle', lastRound: { outcome: 'ok' } });
    expect(back.lastRound!.published).toBeGreaterThan(0);
  });

  it('does not wait on a share that never answers: "offline" after a while, and no second look while the first still hangs', async () => {
    const folder = share('silent');
    let hang = false;
    let looks = 0;
    const fs: ExchangeFs = {
      ...realExchangeFs,
      stat: (p) => {
        if (!hang || p !== folder) return realExchangeFs.stat(p);
        looks++;
        return new Promise(() => undefined);
      },
    };
    // Long enough that a real look at the folder answers in time on a loaded machine (at 100 ms
    // the joining round's own look timed out under load, and the hanging one was never made).
    const a = desk('Laptop A', { exchangeFs: fs, exchangeProbeMs: 1500 });
    await join(a, folder);
    expect(a.call('exchange.status', {}).lastRound).toMatchObject({ outcome: 'ok' });
    hang = true;
    const first = await exchangeNow(a);
    expect(first).toMatchObject({ state: 'offline', lastRound: { outcome: 'offline' } });
    expect(first.lastRound!.message!.en).toMatch(/cannot be reached \(ETIMEDOUT\)/);
    expect((await exchangeNow(a)).state).toBe('offline');
    expect(looks).toBe(1);
  });

  it('is "offline" while the folder’s exchange.json is not whole yet (another laptop writing it)', async () => {
    const folder = share('half');
    const a = desk('Laptop A');
    await join(a, folder);
    writeFileSync(path.join(folder, 'exchange.json'), '{"format":"asoen-exchange/1"}');
    expect(await exchangeNow(a)).toMatchObject({ state: 'offline', lastRound: { outcome: 'offline' } });
  });

  it('turns any other failure of a round into a status naming it, never a throw', async () => {
    const folder = share('failing');
    const logged: string[] = [];
    let fail = false;
    const fs: ExchangeFs = {
      ...realExchangeFs,
      readdir: (p) => (fail ? Promise.reject(Object.assign(new Error('invalid argument'), { code: 'EINVAL' })) : realExchangeFs.readdir(p)),
    };
    const a = desk('Laptop A', { exchangeFs: fs, log: (message) => logged.push(message) });
    await join(a, folder);
    fail = true;
    const status = await exchangeNow(a);
    expect(status).toMatchObject({ state: 'failed', lastRound: { outcome: 'failed' } });
    expect(status.lastRound!.message!.vi).toBe('Lần trao đổi này không hoàn tất (EINVAL). Không có gì bị ghi dở; ứng dụng sẽ thử lại ở lần sau.');
    expect(logged).toEqual(['An exchange round failed']);
  });

  it('is "offline", not failed, when the share goes away while a file is being written to it', async () => {
    const folder = share('gone-mid-write');
    let gone = false;
    const fs = writesFailing('ENOTCONN', () => gone);
    const a = desk('Laptop A', { exchangeFs: fs, log: () => undefined });
    await join(a, folder);
    meeting(a, 'ASOEN 39');
    gone = true;
    expect(await exchangeNow(a)).toMatchObject({ state: 'offline', lastRound: { outcome: 'offline' } });
    gone = false;
    expect((await exchangeNow(a)).lastRound).toMatchObject({ outcome: 'ok' });
  });

  it('says plainly when the share is full, and when this computer\'s disk is full', async () => {
    const folder = share('full');
    let full = false;
    const fs = writesFailing('ENOSPC', () => full);
    const a = desk('Laptop A', { exchangeFs: fs, log: () => undefined });
    await join(a, folder);
    meeting(a, 'ASOEN 37');
    full = true;
    const onShare = await exchangeNow(a);
    expect(onShare.lastRound!.message).toEqual({
      vi: `Thư mục trao đổi ${folder} đã hết chỗ trống. Không có gì bị ghi dở; hãy nhờ người quản lý ổ mạng giải phóng chỗ, ứng dụng sẽ thử lại ở lần sau.`,
      en: `The exchange folder ${folder} is out of space. Nothing was half-written; ask whoever manages the shared drive to free some space, and the app will try again next time.`,
    });
    // Room on the share, none on this computer: the database cannot grow to take the change up.
    full = false;
    meeting(a, 'ASOEN 38');
    const db = a.ctx.db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const local = await exchangeNow(a);
    expect(local.lastRound!.message).toEqual({
      vi: 'Ổ đĩa của máy này đã đầy. Không có gì bị ghi dở; hãy giải phóng chỗ trống, ứng dụng sẽ thử lại ở lần sau.',
      en: "This computer's disk is full. Nothing was half-written; free some space and the app will try again next time.",
    });
    db.pragma('max_page_count = 1073741823');
    expect((await exchangeNow(a)).lastRound).toMatchObject({ outcome: 'ok' });
    // Both changes reach another laptop, once each.
    const b = desk('Laptop B');
    await join(b, folder);
    expect((await exchangeNow(b)).lastRound).toMatchObject({ outcome: 'ok' });
    expect(b.call('meetings.list', {}).items.map((m) => m.titleEn)).toEqual(expect.arrayContaining(['ASOEN 37', 'ASOEN 38']));
  });
});

describe('the automatic exchange', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs a round when the desk starts, every few minutes, and one last time when the desk stops', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const folder = share('auto');
    const a = desk('Laptop A');
    a.call('exchange.setFolder', { folder, intervalMinutes: 5 });
    await a.desk.services.exchange.idle();
    meeting(a, 'Before start');

    // On start.
    a.desk.services.exchange.start();
    await a.desk.services.exchange.idle();
    const first = headSeq(folder, a);
    expect(a.call('exchange.status', {}).lastRound).toMatchObject({ outcome: 'ok', published: first });
    expect(a.call('exchange.status', {}).nextAt).toBe(new Date(T0 + 5 * 60_000).toISOString());

    // Every 5 minutes, not before.
    meeting(a, 'While running');
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    expect(headSeq(folder, a)).toBe(first);
    await vi.advanceTimersByTimeAsync(60_000);
    await a.desk.services.exchange.idle();
    expect(headSeq(folder, a)).toBe(first + 1);

    // On stop: the last changes reach the folder before the database closes.
    meeting(a, 'Just before closing');
    const replica = a.call('exchange.status', {}).replica!;
    await a.desk.stop();
    expect((JSON.parse(readFileSync(path.join(folder, 'devices', replica, 'head.json'), 'utf8')) as { lastSeq: number }).lastSeq).toBe(first + 2);
  });

  it('is started by the desk itself with its background work, and stopped with it', async () => {
    const folder = share('desk');
    const a = desk('Laptop A');
    await join(a, folder);
    meeting(a, 'Made before the desk started');
    a.desk.startBackground();
    await a.desk.services.exchange.idle();
    expect(a.call('exchange.status', {}).lastRound).toMatchObject({ outcome: 'ok', published: expect.any(Number) });
    expect(a.call('exchange.status', {}).nextAt).not.toBeNull();
    await a.desk.stop();
    expect(a.ctx.db.open).toBe(false);
  });

  it('does not wait for ever at stop when the folder hangs', async () => {
    const folder = share('hang');
    let hang = false;
    const fs: ExchangeFs = { ...realExchangeFs, stat: (p) => (hang ? new Promise(() => undefined) : realExchangeFs.stat(p)) };
    const a = desk('Laptop A', { exchangeFs: fs, exchangeFinalRoundMs: 200 });
    await join(a, folder);
    a.desk.services.exchange.start();
    await a.desk.services.exchange.idle();
    hang = true;
    meeting(a, 'Unsent');
    await a.desk.stop(); // resolves after about 200 ms
    expect(a.ctx.db.open).toBe(false);
  });
});

describe('warnings about other laptops', () => {
  it('warns when a laptop’s clock is far off or it runs a newer version, on both sides as it applies', async () => {
    const folder = share('warnings');
    const a = desk('Laptop A');
    // Named as offices name them: "Máy …" (a message must not say "máy Máy ASOEN 2").
    const b = desk('Máy ASOEN 2', { skewMs: 60 * 60_000, appVersion: '9.1.0' });
    await join(a, folder);
    await join(b, folder);
    const onA = await exchangeNow(a);
    const laptopB = onA.laptops.find((l) => l.name === 'Máy ASOEN 2')!;
    expect(Math.round(laptopB.clockSkewMs! / 60_000)).toBe(60);
    // Its last exchange, in this laptop's time.
    expect(Math.abs(Date.parse(laptopB.lastExchangedAt!) - T0)).toBeLessThan(60_000);
    const kinds = onA.warnings.map((w) => w.kind).sort();
    expect(kinds).toEqual(['clock', 'newerVersion']);
    const clock = onA.warnings.find((w) => w.kind === 'clock')!.message;
    expect(clock.vi).toBe(
      'Đồng hồ của Máy ASOEN 2 nhanh hơn máy này khoảng 60 phút. Hãy kiểm tra ngày giờ của hai máy: việc trao đổi vẫn chạy đúng, nhưng thời gian ghi trong Lịch sử và xung đột sẽ bị lệch.',
    );
    expect(onA.warnings.find((w) => w.kind === 'newerVersion')!.message.en).toMatch(/^Máy ASOEN 2 runs ASOEN Desk 9\.1\.0, newer than this laptop's 0\.0\.0-test: update this laptop/);
    expect(onA.warnings.find((w) => w.kind === 'newerVersion')!.message.vi).toMatch(/^Máy ASOEN 2 dùng ASOEN Desk phiên bản 9\.1\.0, mới hơn máy này/);

    // B sees A's clock behind its own, and no newer version.
    const onB = b.call('exchange.status', {});
    expect(onB.warnings.map((w) => w.kind)).toEqual(['clock']);
    expect(onB.warnings[0]!.message.en).toMatch(/^Laptop A's clock is about 60 minutes behind this laptop's/);
    expect(onB.warnings[0]!.message.vi).toMatch(/^Đồng hồ của máy Laptop A chậm hơn máy này khoảng 60 phút/);
  });

  it('warns when a laptop writes a newer data structure, from its head file', async () => {
    const folder = share('schema');
    const a = desk('Laptop A');
    const b = desk('Laptop B');
    await join(b, folder);
    const replicaB = b.call('exchange.status', {}).replica!;
    const seenFile = path.join(folder, 'devices', replicaB, 'seen.json');
    const seen = JSON.parse(readFileSync(seenFile, 'utf8')) as { schema: number };
    writeFileSync(seenFile, JSON.stringify({ ...seen, schema: seen.schema + 1 }));
    await join(a, folder);
    const warnings = a.call('exchange.status', {}).warnings;
    expect(warnings).toEqual([expect.objectContaining({ kind: 'newerSchema', message: expect.objectContaining({ en: expect.stringMatching(/Laptop B uses a newer data structure/) }) })]);
  });
});

describe('Settings › Exchange: moving to another folder after exchanging', () => {
  /** Two laptops that exchanged both ways in one folder: each holds both meetings. */
  async function office(name: string) {
    const old = share(`${name}-old`);
    const a = desk('Laptop A');
    const b = desk('Laptop B');
    const m1 = meeting(a, 'ASOEN 37');
    const m2 = meeting(b, 'ASOEN 38');
    await join(a, old);
    await join(b, old);
    await exchangeNow(a);
    expect(a.call('meetings.get', { id: m2.id }).titleEn).toBe('ASOEN 38');
    return { old, a, b, m1, m2 };
  }
  function moveRefusal(r: Envelope<unknown>) {
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { field: 'exchangeFolder', reason: 'confirmMove' } } });
    return r.ok ? { message: { vi: '', en: '' }, move: '' } : { message: r.error.message, move: (r.error.details as { move: string }).move };
  }

  it('says what happens before an empty folder is taken, then carries everything there: a new laptop gets it all though the old folder is gone', async () => {
    const { old, a, b, m1, m2 } = await office('carry');
    const next = share('carry-new');
    const told = moveRefusal(a.raw('exchange.setFolder', { folder: next }));
    expect(told.move).toBe('carry');
    expect(told.message.vi).toMatch(/sẽ chuyển việc trao đổi của văn phòng sang thư mục/);
    expect(told.message.vi).toMatch(/Không có gì bị xóa trong thư mục cũ/);
    expect(told.message.en).toMatch(/will move the office's exchange to the folder .*received from 1 other laptop and a snapshot/);
    expect(told.message.en).toMatch(/Switch every laptop to the new folder/);
    // Nothing saved until confirmed.
    expect(a.call('exchange.status', {}).folder).toBe(old);
    a.call('exchange.setFolder', { folder: next, move: true });
    await a.desk.services.exchange.idle();
    const moved = a.call('exchange.status', {});
    // What it said of the old folder is not shown as the new one's.
    expect(moved).toMatchObject({ folder: next, lastRound: { outcome: 'ok' } });
    expect(moved.laptops).toEqual([]);
    // The same exchange, carried over.
    const id = (f: string) => (JSON.parse(readFileSync(path.join(f, 'exchange.json'), 'utf8')) as { exchangeId: string }).exchangeId;
    expect(id(next)).toBe(id(old));
    rmSync(old, { recursive: true });
    // B follows (the same exchange: told so), and edits.
    const toldB = moveRefusal(b.raw('exchange.setFolder', { folder: next }));
    expect(toldB.move).toBe('same');
    expect(toldB.message.en).toMatch(/already holds this office's exchange \(laptops: Laptop A\)/);
    b.call('exchange.setFolder', { folder: next, move: true });
    await b.desk.services.exchange.idle();
    b.call('meetings.update', { id: m1.id, version: b.call('meetings.get', { id: m1.id }).version, changes: { city: 'Huế' } });
    await exchangeNow(b);
    // A new laptop joins the new folder only: both meetings and B's edit.
    const c = desk('Laptop C');
    await join(c, next);
    await exchangeNow(a);
    await exchangeNow(b);
    await exchangeNow(c);
    expect(c.call('exchange.status', {}).lastRound).toMatchObject({ outcome: 'ok' });
    expect(c.call('meetings.get', { id: m1.id })).toMatchObject({ titleEn: 'ASOEN 37', city: 'Huế' });
    expect(c.call('meetings.get', { id: m2.id }).titleEn).toBe('ASOEN 38');
    // C joined from the snapshot A wrote when it moved: its History begins there, and says so.
    expect(c.call('history.start', {})).toEqual({ joinedAt: expect.stringMatching(/^2026-11-21T03:00/), laptop: 'Laptop A' });
    expect(c.call('history.get', { ids: [m2.id] })).toEqual([]);
    expect(a.call('history.start', {})).toBeNull();
    expect((await exchangeNow(a)).lastRound).toMatchObject({ outcome: 'ok' });
    expect(a.call('meetings.get', { id: m1.id }).city).toBe('Huế');
  });

  it('joins a folder that holds another exchange under a new identity, and its laptops get what this one holds', async () => {
    const { a, m1, m2 } = await office('other');
    const there = share('other-new');
    const d = desk('Laptop D');
    const e = desk('Laptop E');
    const m3 = meeting(d, 'ASOEN 39');
    await join(d, there);
    await join(e, there);
    const before = a.call('exchange.status', {}).replica;
    const told = moveRefusal(a.raw('exchange.setFolder', { folder: there }));
    expect(told.move).toBe('other');
    expect(told.message.vi).toMatch(/có một cuộc trao đổi khác .*\(các máy: Laptop D, Laptop E\)/);
    expect(told.message.en).toMatch(/holds another exchange .*\(laptops: Laptop D, Laptop E\).*under a new identity/);
    a.call('exchange.setFolder', { folder: there, move: true });
    await a.desk.services.exchange.idle();
    const after = a.call('exchange.status', {});
    expect(after.lastRound).toMatchObject({ outcome: 'ok' });
    expect(after.replica).not.toBe(before);
    expect(a.call('meetings.get', { id: m3.id }).titleEn).toBe('ASOEN 39');
    // D asks for what A holds (its own batches of before, B's), A answers with relay copies.
    for (let i = 0; i < 2; i++) for (const x of [d, a, e]) await exchangeNow(x);
    for (const x of [d, e]) {
      expect(x.call('exchange.status', {}).lastRound).toMatchObject({ outcome: 'ok', problems: [] });
      expect(x.call('meetings.get', { id: m1.id }).titleEn).toBe('ASOEN 37');
      expect(x.call('meetings.get', { id: m2.id }).titleEn).toBe('ASOEN 38');
    }
  });

  it('needs no confirmation for the first folder, for the interval alone, or to switch off', async () => {
    const a = desk('Laptop A');
    const folder = share('plain');
    await join(a, folder);
    expect(a.call('exchange.setFolder', { folder, intervalMinutes: 10 })).toMatchObject({ folder, intervalMinutes: 10 });
    await a.desk.services.exchange.idle();
    expect(a.call('exchange.setFolder', { folder: null })).toMatchObject({ folder: null, state: 'off' });
  });
});
