import { z } from 'zod';
import { answerOf, deleteInput, getInput, id, listInput, pageOf, updateInput } from './primitives';

// How methods are declared. Every method has a kind, a zod input and a zod output.

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  /** Writes run in one immediate transaction; reads in a deferred one. */
  kind: 'read' | 'write';
  input: I;
  output: O;
}

/** The output is checked without the rules of input only (see answerOf): what was saved can always be read. */
export const def = <I extends z.ZodType, O extends z.ZodType>(kind: 'read' | 'write', input: I, output: O): MethodDef<I, O> => ({ kind, input, output: answerOf(output) });

type Shape = z.ZodRawShape;
type Rule<T> = (value: T, ctx: z.RefinementCtx) => void;
/** The input of `<entity>.create`: the fields, and optionally the id the client made. */
export type CreateInput<F extends Shape> = z.ZodObject<F & { id: z.ZodOptional<typeof id>; duplicateIntended?: z.ZodOptional<z.ZodBoolean> }>;
type UpdateInput<F extends Shape> = z.ZodObject<ReturnType<typeof updateInput<F>>['shape'] & { duplicateIntended?: z.ZodOptional<z.ZodBoolean> }>;

export function crud<P extends string, F extends Shape, E extends z.ZodType, LF extends Shape, K extends string>(
  prefix: P,
  fields: z.ZodObject<F>,
  entity: E,
  filter: z.ZodObject<LF>,
  sortKeys: readonly [K, ...K[]],
  rule?: Rule<z.output<z.ZodObject<F>>>,
  options: { duplicates?: boolean } = {},
) {
  // A create may carry the id the client made for the record (a UUIDv7): sent again after its
  // answer was lost, it finds the record saved the first time instead of saving a second one.
  // Where records can repeat one another (common/duplicates.ts), a create or an update that would
  // is refused (DUPLICATE) unless it says `duplicateIntended: true`.
  const intended = options.duplicates ? { duplicateIntended: z.boolean().optional() } : {};
  const createFields = fields.extend({ id: id.optional(), ...intended }).strict();
  const update = options.duplicates ? updateInput(fields).extend(intended).strict() : updateInput(fields);
  const create = rule ? createFields.superRefine(rule as Rule<unknown>) : createFields;
  return {
    [`${prefix}.list`]: def('read', listInput(filter, sortKeys), pageOf(entity)),
    [`${prefix}.get`]: def('read', getInput, entity),
    [`${prefix}.create`]: def('write', create, entity),
    [`${prefix}.update`]: def('write', update, entity),
    [`${prefix}.delete`]: def('write', deleteInput, entity),
    [`${prefix}.restore`]: def('write', deleteInput, entity),
  } as {
    [M in `${P}.list`]: MethodDef<ReturnType<typeof listInput<LF, K>>, ReturnType<typeof pageOf<E>>>;
  } & { [M in `${P}.get`]: MethodDef<typeof getInput, E> } & {
    [M in `${P}.create`]: MethodDef<CreateInput<F>, E>;
  } & { [M in `${P}.update`]: MethodDef<UpdateInput<F>, E> } & {
    [M in `${P}.delete`]: MethodDef<typeof deleteInput, E>;
  } & { [M in `${P}.restore`]: MethodDef<typeof deleteInput, E> };
}

export const none = z.object({});
export const statusList = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).min(1).max(values.length);

