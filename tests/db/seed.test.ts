import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openAppDatabase } from '../../db/bootstrap';
import { AppError } from '../../db/errors';
import type { Db } from '../../db/open';
import { loadReferenceData, loadSampleData } from '../../db/seed/load';
import { referenceData } from '../../db/seed/reference-data';
import { sampleData } from '../../db/seed/sample-data';
import { methods } from '../../electron/contract';
import { createTestApp } from '../helpers/app';
import { MIGRATIONS_DIR } from '../helpers/paths';
import { tempDir } from '../helpers/tmp';

const count = (db: Db, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('reference data and sample data', () => {
  const dir = tempDir();

  it('seeds the reference data on first run, once', () => {
    const file = path.join(dir, 'ref.sqlite');
    const first = openAppDatabase(file, { migrationsFolder: MIGRATIONS_DIR });
    expect(count(first.db, 'bodies')).toBe(referenceData.bodies.length);
    expect(count(first.db, 'agencies')).toBe(referenceData.agencies.length);
    expect(count(first.db, 'focal_assignments')).toBe(referenceData.focalAssignments.length);
    const log = count(first.db, 'change_log');
    first.db.close();
    const second = openAppDatabase(file, { migrationsFolder: MIGRATIONS_DIR });
    expect(count(second.db, 'change_log')).toBe(log);
    expect(second.deviceId).toBe(first.deviceId);
    second.db.close();
  });

  it('applies a newer reference version by adding what is new and keeping what the user corrected', () => {
    const app = createTestApp();
    const db = app.ctx.db;
    const asoen = app.call('bodies.list', { q: 'ASOEN', limit: 10 }).items.find((b) => b.code === 'ASOEN')!;
    app.call('bodies.update', { id: asoen.id, version: asoen.version, changes: { notes: 'Ghi chú của văn phòng' } });
    const v2 = {
      ...referenceData,
      version: referenceData.version + 1,
      bodies: [...referenceData.bodies, { key: 'body-test-new', code: 'NEW-BODY', nameVi: 'Cơ chế mới', nameEn: 'New body', kind: 'committee' as const, cadence: 'annual' as const }],
    };
    const ctx = { now: '2026-11-21T03:00:00.000Z', deviceId: app.ctx.deviceId };
    expect(db.transaction(() => loadReferenceData(db, ctx, v2))()).toEqual({ created: 1, version: v2.version });
    expect(db.transaction(() => loadReferenceData(db, ctx, v2))()).toEqual({ created: 0, version: v2.version });
    expect(app.call('bodies.get', { id: asoen.id }).notes).toBe('Ghi chú của văn phòng');
    app.close();
  });

  it('loads the sample desk idempotently, every record valid under the contract', () => {
    const app = createTestApp();
    const first = app.call('sample.load', {});
    expect(first.created).toBeGreaterThan(100);
    expect(app.call('sample.load', {}).created).toBe(0);
    expect(app.call('app.info', {}).sampleVersion).toBe(sampleData.version);
    for (const prefix of ['meetings', 'people', 'delegations', 'delegationMembers', 'actionItems', 'actionUpdates', 'focalAssignments', 'agencies', 'bodies'] as const) {
      const page = app.call(`${prefix}.list`, { limit: 500 });
      expect(methods[`${prefix}.list`].output.safeParse(page).success).toBe(true);
    }
    expect(app.call('meetings.list', { limit: 500, q: 'ASOEN 35' }).items.map((m) => m.titleEn)).toEqual(expect.arrayContaining([expect.stringMatching(/35/)]));
    expect(app.ctx.db.pragma('foreign_key_check')).toEqual([]);
    // Each main meeting counts the back-to-back meetings under it.
    const all = app.call('meetings.list', { limit: 500 }).items;
    const top = all.filter((m) => m.parentId === null);
    expect(top.reduce((n, m) => n + m.relatedCount, 0)).toBe(all.length - top.length);
    expect(top.find((m) => m.sequence === 35 && m.titleEn.includes('35'))!.relatedCount).toBeGreaterThan(0);
    app.close();
  });

  it('gives reference and sample rows the same ids on every laptop', () => {
    const a = createTestApp({ sample: true });
    const b = createTestApp({ sample: true });
    const ids = (app: typeof a) => (app.ctx.db.prepare('SELECT id FROM meetings UNION ALL SELECT id FROM bodies ORDER BY 1').all() as Array<{ id: string }>).map((r) => r.id);
    expect(ids(a)).toEqual(ids(b));
    expect(a.ctx.deviceId).not.toBe(b.ctx.deviceId);
    a.close();
    b.close();
  });

  it('refuses a damaged data file with a clear message and leaves it as it was', () => {
    const file = path.join(dir, 'damaged.sqlite');
    const junk = 'This is not a database, it is a note someone saved with the wrong name.'.repeat(100);
    writeFileSync(file, junk);
    let caught: unknown;
    try {
      openAppDatabase(file, { migrationsFolder: MIGRATIONS_DIR });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).messages.vi).toContain('bị hỏng');
    expect((caught as AppError).messages.en).toContain('damaged');
    expect(readFileSync(file, 'utf8')).toBe(junk);
  });

  it('keeps the sample loader inside one transaction: a failure leaves no partial sample', () => {
    const app = createTestApp();
    const db = app.ctx.db;
    const before = count(db, 'meetings');
    const broken = { ...sampleData, actionItems: [...sampleData.actionItems, { ...sampleData.actionItems[0]!, key: 's-broken', ownerPerson: 's-nobody' }] };
    expect(() => db.transaction(() => loadSampleData(db, { now: '2026-11-21T03:00:00.000Z', deviceId: 'd' }, broken))()).toThrow();
    expect(count(db, 'meetings')).toBe(before);
    app.close();
  });
});
