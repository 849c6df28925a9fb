import { z } from 'zod';

// Building blocks of the contract. Everything that crosses it is JSON-safe: dates are strings.

export const id = z.uuid({ version: 'v7' });

/**
 * Checks of what comes in only. What the app answers is checked without them (answerOf), so a
 * record saved before a rule existed (a date in year 0, a NUL in a name) can still be read, and
 * corrected, instead of failing every list that shows it.
 */
const inputOnlyChecks = new WeakSet<object>();
function inputOnly<T>(fn: z.core.CheckFn<T>): z.core.$ZodCheck<T> {
  const check = z.check<T>(fn);
  inputOnlyChecks.add(check);
  return check;
}

type AnyDef = Record<string, unknown> & { type: string; checks?: object[] };
const answers = new WeakMap<z.ZodType, z.ZodType>();

/** `schema` without its input-only checks, at any depth (the output schema of a method). */
export function answerOf<T extends z.ZodType>(schema: T): T {
  const known = answers.get(schema);
  if (known) return known as T;
  const def = schema._zod.def as unknown as AnyDef;
  const next: AnyDef = { ...def };
  let changed = false;
  const sub = (key: string) => {
    const inner = def[key] as z.ZodType | undefined;
    if (!(inner instanceof z.ZodType)) return;
    const lenient = answerOf(inner);
    if (lenient !== inner) {
      next[key] = lenient;
      changed = true;
    }
  };
  for (const key of ['innerType', 'element', 'valueType', 'in', 'out', 'left', 'right']) sub(key);
  if (def.type === 'object') {
    const shape: Record<string, z.ZodType> = {};
    for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      shape[key] = answerOf(value);
      if (shape[key] !== value) changed = true;
    }
    next.shape = shape;
  }
  if (def.type === 'union' && Array.isArray(def.options)) {
    const options = (def.options as z.ZodType[]).map((o) => answerOf(o));
    if (options.some((o, i) => o !== (def.options as z.ZodType[])[i])) changed = true;
    next.options = options;
  }
  if (def.checks?.some((c) => inputOnlyChecks.has(c))) {
    next.checks = def.checks.filter((c) => !inputOnlyChecks.has(c));
    changed = true;
  }
  const out = changed ? (schema.clone(next as never) as T) : schema;
  answers.set(schema, out);
  return out;
}

/** The calendar years a date of the contract may fall in: older or later is a typing slip ('0000', '20266'). */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2200-12-31';

/** A calendar date, 'YYYY-MM-DD', that exists, between 1900 and 2200. */
export const isoDate = z.iso.date().check(
  inputOnly<string>((payload) => {
    const value = payload.value;
    // A date that is not even well formed has its issue already.
    if (payload.issues.length > 0) return;
    if (value < MIN_DATE || value > MAX_DATE) {
      payload.issues.push({ code: 'custom', input: value, message: 'date_out_of_range', params: { key: 'date_out_of_range' } });
    }
  }),
);

/**
 * Characters no text of the contract may hold: the C0 controls (NUL…US) and DEL, except that a
 * multi-line text keeps tab, line feed and carriage return; and lone UTF-16 surrogates (halves
 * of a character, which SQLite and the CSV files would carry as garbage).
 */
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** Whether a text holds a character the contract refuses (`lines`: tab and line breaks allowed). */
export function hasControlChars(value: string, lines = false): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) {
      if (!(lines && (c === TAB || c === LF || c === CR))) return true;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      // A high surrogate must be followed by a low one; the pair is one character.
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

/** The check of every free string: a custom issue the screens translate ('control_chars'). */
export const noControlChars = (lines = false) =>
  inputOnly<string>((payload) => {
    if (hasControlChars(payload.value, lines)) {
      payload.issues.push({ code: 'custom', input: payload.value, message: 'control_chars', params: { key: 'control_chars' } });
    }
  });

/** A free string of one line (a path, a search, a code): no control characters. */
export const plainString = (max: number) => z.string().max(max).check(noControlChars(false));

/** A text that may hold several lines (notes, descriptions, objectives): tab and line breaks allowed. */
export type TextLines = 'line' | 'lines';
/** An instant, ISO-8601 UTC with milliseconds. */
export const instant = z.iso.datetime();
export const version = z.number().int().min(1);

export const requiredText = (max: number, lines: TextLines = 'line') => z.string().trim().min(1).max(max).check(noControlChars(lines === 'lines'));
export const optionalText = (max: number, lines: TextLines = 'line') => z.string().trim().max(max).check(noControlChars(lines === 'lines')).nullable().optional();
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
      q: plainString(200).optional(),
      sort: z.object({ field: z.enum(sortKeys), dir: z.enum(['asc', 'desc']) }).optional(),
      limit: z.number().int().min(1).max(500).default(50),
      cursor: plainString(2000).nullable().optional(),
      includeDeleted: z.boolean().optional(),
    })
    .strict();

export const getInput = z.object({ id, includeDeleted: z.boolean().optional() }).strict();
export const deleteInput = z.object({ id, version }).strict();
export const updateInput = <S extends Shape>(fields: z.ZodObject<S>) => z.object({ id, version, changes: patchOf(fields) }).strict();
