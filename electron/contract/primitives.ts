import { z } from 'zod';

// Building blocks of the contract. Everything that crosses it is JSON-safe: dates are strings.

export const id = z.uuid({ version: 'v7' });
/** A calendar date, 'YYYY-MM-DD', that exists. */
export const isoDate = z.iso.date();
/** An instant, ISO-8601 UTC with milliseconds. */
export const instant = z.iso.datetime();
export const version = z.number().int().min(1);

export const requiredText = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
export const optionalId = id.nullable().optional();
export const optionalDate = isoDate.nullable().optional();

/** The bookkeeping every entity carries. */
export const entityBase = z.object({
  id,
  createdAt: instant,
  updatedAt: instant,
  version,
  deletedAt: instant.nullable(),
});

type Shape = z.ZodRawShape;

/** The output shape of an entity: every field present, optional ones as null. */
export function entityOf<S extends Shape>(fields: z.ZodObject<S>) {
  return entityBase.extend(fields.required().shape);
}

/**
 * The changes of an update: any subset of the fields, with no defaults filled in (a default in
 * a patch would silently overwrite the stored value).
 */
export function patchOf<S extends Shape>(fields: z.ZodObject<S>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(fields.shape)) {
    const base = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : (schema as z.ZodType);
    shape[key] = base.optional();
  }
  return z.object(shape).strict() as unknown as z.ZodObject<{ [K in keyof S]: z.ZodOptional<S[K]> }>;
}

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const listInput = <F extends Shape, K extends string>(filter: z.ZodObject<F>, sortKeys: readonly [K, ...K[]]) =>
  z
    .object({
      filter: filter.strict().optional(),
      q: z.string().max(200).optional(),
      sort: z.object({ field: z.enum(sortKeys), dir: z.enum(['asc', 'desc']) }).optional(),
      limit: z.number().int().min(1).max(500).default(50),
      cursor: z.string().max(2000).nullable().optional(),
      includeDeleted: z.boolean().optional(),
    })
    .strict();

export const getInput = z.object({ id, includeDeleted: z.boolean().optional() }).strict();
export const deleteInput = z.object({ id, version }).strict();
export const updateInput = <S extends Shape>(fields: z.ZodObject<S>) => z.object({ id, version, changes: patchOf(fields) }).strict();
