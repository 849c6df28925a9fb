import type { z } from 'zod';

// What the record schemas of every domain share: the cross-field rule of a date range.

/** Cross-field rule: `to` is not before `from` (both optional). */
export function ordered<T extends Record<string, unknown>>(fromKey: keyof T & string, toKey: keyof T & string) {
  return (value: T, ctx: z.RefinementCtx) => {
    const from = value[fromKey];
    const to = value[toKey];
    if (typeof from === 'string' && typeof to === 'string' && to < from) {
      ctx.addIssue({ code: 'custom', path: [toKey], message: 'date_before_start', params: { key: 'date_before_start' } });
    }
  };
}
