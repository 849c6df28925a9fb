import type { z } from 'zod';
import type { Repository } from '../../db/repo/core/repository';
import type { MethodName } from '../contract';
import { writeContext, type Handler, type HandlerContext } from './context';
import { validationError } from './errors';

type Rule = (value: never, ctx: z.RefinementCtx) => void;

/**
 * The five handlers of an entity, on its repository. An update is checked again as a whole
 * record after merging, so a change that makes the end date fall before a stored start date
 * is refused with the same message as on create.
 */
export function crudHandlers<P extends string>(prefix: P, repository: Repository, fields: z.ZodObject, rule?: Rule) {
  const whole = rule ? fields.superRefine(rule as (v: unknown, c: z.RefinementCtx) => void) : fields;
  const handlers = {
    [`${prefix}.list`]: (ctx: HandlerContext, input: Parameters<Repository['list']>[1]) => repository.list(ctx.db, input),
    [`${prefix}.get`]: (ctx: HandlerContext, input: { id: string; includeDeleted?: boolean }) =>
      repository.get(ctx.db, input.id, input.includeDeleted ? { includeDeleted: true } : {}),
    [`${prefix}.create`]: (ctx: HandlerContext, input: Record<string, unknown>) => repository.create(ctx.db, writeContext(ctx), input),
    [`${prefix}.update`]: (ctx: HandlerContext, input: { id: string; version: number; changes: Record<string, unknown> }) =>
      repository.update(ctx.db, writeContext(ctx), input, (merged) => {
        const fieldValues: Record<string, unknown> = {};
        for (const key of Object.keys(fields.shape)) fieldValues[key] = merged[key];
        const result = whole.safeParse(fieldValues);
        if (!result.success) throw validationError(result.error, ['changes']);
      }),
    [`${prefix}.delete`]: (ctx: HandlerContext, input: { id: string; version: number }) => repository.remove(ctx.db, writeContext(ctx), input),
    [`${prefix}.restore`]: (ctx: HandlerContext, input: { id: string; version: number }) => repository.restore(ctx.db, writeContext(ctx), input),
  };
  // The generic shapes above are the repository's; the contract's exact types are checked
  // where the handler map is assembled (satisfies HandlerMap).
  return handlers as unknown as Record<`${P}.${'list' | 'get' | 'create' | 'update' | 'delete' | 'restore'}`, Handler<MethodName>>;
}

