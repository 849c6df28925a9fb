import { repositories as repo } from '../../db/repo/repositories';
import { bodiesCoveredOn, focalPointsAsOf } from '../../db/repo/focalPoints';
import { applyReorg, previewReorg } from '../../db/repo/reorg';
import { focalAssignmentFields, recordRules } from '../contract';
import { writeContext, type HandlerMap } from './context';
import { crudHandlers } from './crud';

export const focalPointHandlers = {
  ...crudHandlers('focalAssignments', repo.focalAssignments, focalAssignmentFields, recordRules.focalAssignments),
  'focalPoints.asOf': (ctx, input) => focalPointsAsOf(ctx.db, input.date, input.bodyIds ?? (input.bodyId ? [input.bodyId] : null)),
  'focalPoints.coverage': (ctx, input) => {
    const q = input.q?.trim() ? { q: input.q } : {};
    const bodies = repo.bodies.count(ctx.db, q);
    // All bodies: the live bodies less those covered on the date, counted from the coverage
    // intervals in one index range (not a look-up per body). With a search, per matching body.
    const withoutFocalPoint = input.q?.trim()
      ? repo.bodies.count(ctx.db, { ...q, filter: { withoutFocalPointOn: input.date } })
      : bodies - bodiesCoveredOn(ctx.db, input.date);
    return { bodies, withoutFocalPoint };
  },
  'reorg.preview': (ctx, input) => ({ moves: previewReorg(ctx.db, input) }),
  'reorg.apply': (ctx, input) => applyReorg(ctx.db, writeContext(ctx), input),
} satisfies Partial<HandlerMap>;
