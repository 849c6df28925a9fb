import * as repo from '../../db/repo/entities';
import { focalPointsAsOf } from '../../db/repo/focal';
import { focalAssignmentFields, recordRules } from '../contract';
import type { HandlerMap } from './context';
import { crudHandlers } from './crud';

export const focalHandlers = {
  ...crudHandlers('focalAssignments', repo.focalAssignments, focalAssignmentFields, recordRules.focalAssignments),
  'focalPoints.asOf': (ctx, input) => focalPointsAsOf(ctx.db, input.date, input.bodyIds ?? (input.bodyId ? [input.bodyId] : null)),
  'focalPoints.coverage': (ctx, input) => {
    const q = input.q?.trim() ? { q: input.q } : {};
    return {
      bodies: repo.bodies.count(ctx.db, q),
      withoutFocalPoint: repo.bodies.count(ctx.db, { ...q, filter: { withoutFocalPointOn: input.date } }),
    };
  },
} satisfies Partial<HandlerMap>;
