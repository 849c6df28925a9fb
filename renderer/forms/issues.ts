import type { z } from 'zod';
import type { FieldIssue } from '../../electron/contract';

/** A zod issue in the shape the API sends, so that both are translated by the same code. */
export function toFieldIssue(issue: z.core.$ZodIssue, values: unknown): FieldIssue {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const out: FieldIssue = { path, code: issue.code };
  if ('origin' in issue && typeof issue.origin === 'string') out.origin = issue.origin;
  if ('minimum' in issue && (typeof issue.minimum === 'number' || typeof issue.minimum === 'string')) out.minimum = issue.minimum;
  if ('maximum' in issue && (typeof issue.maximum === 'number' || typeof issue.maximum === 'string')) out.maximum = issue.maximum;
  if (issue.code === 'custom') {
    const key = (issue.params as { key?: unknown } | undefined)?.key ?? issue.message;
    if (typeof key === 'string') out.key = key;
  }
  // An empty required field arrives as null (see emptyToNull): say "required", not "wrong type".
  if (issue.code === 'invalid_type' && valueAt(values, path) == null) {
    return { path, code: 'too_small', origin: 'string', minimum: 1 };
  }
  return out;
}

function valueAt(values: unknown, path: Array<string | number>): unknown {
  let v: unknown = values;
  for (const p of path) {
    if (v == null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/**
 * Form values as the API wants them: text inputs hold '' when empty, the contract wants null
 * (an optional field left empty) — and trims, so '  ' is empty too.
 */
export function emptyToNull<V>(values: V): V {
  if (Array.isArray(values)) return values.map((v: unknown) => emptyToNull(v)) as V;
  if (values && typeof values === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values as Record<string, unknown>)) {
      out[k] = typeof v === 'string' && v.trim() === '' ? null : emptyToNull(v);
    }
    return out as V;
  }
  return values;
}

/** The dotted form path of an issue, without the update wrapper ('changes'). */
export function formPath(path: ReadonlyArray<string | number>): string {
  const p = path[0] === 'changes' ? path.slice(1) : path;
  return p.join('.');
}
