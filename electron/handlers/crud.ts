import type { z } from 'zod';
import { AppError } from '../../db/errors';
import type { ListInput, Page, Repository } from '../../db/repo/core/repository';
import { writeContext, type HandlerContext } from './context';
import { validationError } from './errors';

type Rule = (value: never, ctx: z.RefinementCtx) => void;
type IdInput = { id: string; includeDeleted?: boolean };
type VersionInput = { id: string; version: number };

/**
 * The six handlers of an entity, typed by its repository's row `R` (the drizzle table's, see
 * RowOf): where a domain's handlers are declared `satisfies Partial<HandlerMap>`, the compiler
 * checks that the row is what the contract says each method answers, with no cast between them.
 */
export type CrudHandlers<P extends string, R> = { [K in `${P}.list`]: (ctx: HandlerContext, input: ListInput) => Page<R> } & {
  [K in `${P}.get`]: (ctx: HandlerContext, input: IdInput) => R;
} & { [K in `${P}.create`]: (ctx: HandlerContext, input: Record<string, unknown>) => R } & {
  /** `check`: a further check of the merged record (one that needs the context, such as today). */
  [K in `${P}.update`]: (ctx: HandlerContext, input: VersionInput & { changes: Record<string, unknown> }, check?: (merged: Record<string, unknown>) => void) => R;
} & { [K in `${P}.delete` | `${P}.restore`]: (ctx: HandlerContext, input: VersionInput) => R };

/** A field's value as compared between a create and the record it saved (lists in any order). */
function comparable(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return JSON.stringify([...(value as string[])].sort());
  return JSON.stringify(value);
}

/** Whether the record `saved` holds what `values` (a create's fields) would have saved. */
function sameContent(fields: z.ZodObject, values: Record<string, unknown>, saved: Record<string, unknown>): boolean {
  return Object.keys(fields.shape).every((key) => comparable(values[key]) === comparable(saved[key]));
}

/**
 * A create that carries the client's id: saved once. Sent again (its answer was lost when the app
 * was closed), it answers the record saved the first time; the same id with other content is a
 * CONFLICT, never a second record or an overwrite.
 */
function createOnce<R>(ctx: HandlerContext, repository: Repository<R>, fields: z.ZodObject, input: Record<string, unknown>): R {
  const { id, ...values } = input;
  if (typeof id !== 'string') return repository.create(ctx.db, writeContext(ctx), values);
  const saved = repository.find(ctx.db, id);
  if (saved === undefined) return repository.create(ctx.db, writeContext(ctx), values, { id });
  if (sameContent(fields, values, saved as Record<string, unknown>)) return saved;
  throw new AppError(
    'CONFLICT',
    {
      vi: 'Mã định danh này đã thuộc về một bản ghi khác với nội dung đang lưu, nên không lưu được. Hãy tải lại rồi nhập lại.',
      en: 'This identifier already belongs to a record with other content, so nothing was saved. Reload and enter it again.',
    },
    { id },
  );
}

/**
 * The handlers of an entity, on its repository. An update is checked again as a whole record
 * after merging, so a change that makes the end date fall before a stored start date is refused
 * with the same message as on create.
 */
export function crudHandlers<P extends string, R>(prefix: P, repository: Repository<R>, fields: z.ZodObject, rule?: Rule): CrudHandlers<P, R> {
  const whole = rule ? fields.superRefine(rule as (v: unknown, c: z.RefinementCtx) => void) : fields;
  const handlers: Record<string, unknown> = {
    [`${prefix}.list`]: (ctx: HandlerContext, input: ListInput) => repository.list(ctx.db, input),
    [`${prefix}.get`]: (ctx: HandlerContext, input: IdInput) => repository.get(ctx.db, input.id, input.includeDeleted ? { includeDeleted: true } : {}),
    [`${prefix}.create`]: (ctx: HandlerContext, input: Record<string, unknown>) => createOnce(ctx, repository, fields, input),
    [`${prefix}.update`]: (ctx: HandlerContext, input: VersionInput & { changes: Record<string, unknown> }, check?: (merged: Record<string, unknown>) => void) =>
      repository.update(ctx.db, writeContext(ctx), input, (merged) => {
        const fieldValues: Record<string, unknown> = {};
        for (const key of Object.keys(fields.shape)) fieldValues[key] = merged[key];
        const result = whole.safeParse(fieldValues);
        if (!result.success) throw validationError(result.error, ['changes']);
        check?.(fieldValues);
      }),
    [`${prefix}.delete`]: (ctx: HandlerContext, input: VersionInput) => repository.remove(ctx.db, writeContext(ctx), input),
    [`${prefix}.restore`]: (ctx: HandlerContext, input: VersionInput) => repository.restore(ctx.db, writeContext(ctx), input),
  };
  // The keys are built from the prefix, which TypeScript cannot follow into an object literal.
  return handlers as CrudHandlers<P, R>;
}
