import { historyOf, recentChanges } from '../../db/repo/changeLog';
import { getMeta } from '../../db/repo/meta';
import { searchAll } from '../../db/repo/search';
import { loadSampleData } from '../../db/seed/load';
import type { HandlerMap } from './context';
import { writeContext } from './context';

const metaNumber = (value: string | null): number | null => (value === null ? null : Number(value));

export const systemHandlers = {
  'history.get': (ctx, input) => historyOf(ctx.db, input.ids, input.limit),
  'changes.recent': (ctx, input) => recentChanges(ctx.db, input.limit),
  'search.global': (ctx, input) => searchAll(ctx.db, input.q, { limit: input.limit, ...(input.entities ? { entities: input.entities } : {}) }),
  'app.info': (ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    dataFile: ctx.dataFile,
    deviceId: ctx.deviceId,
    referenceVersion: metaNumber(getMeta(ctx.db, 'reference_version')),
    sampleVersion: metaNumber(getMeta(ctx.db, 'sample_version')),
  }),
  'sample.load': (ctx) => loadSampleData(ctx.db, writeContext(ctx)),
} satisfies Partial<HandlerMap>;
