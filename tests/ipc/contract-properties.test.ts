import fc from 'fast-check';
import { z } from 'zod';
import { methodNames, methods, type MethodName } from '../../electron/contract';
import { createTestApp, type TestApp } from '../helpers/app';

// Properties over every method of the contract, on a database holding the sample desk.

function totalChanges(app: TestApp): number {
  return (app.ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/** Every committed write appends to the change log, so its length tells whether anything landed. */
function logLength(app: TestApp): number {
  return (app.ctx.db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
}

/** Values that probe validation: valid ids of real rows, impossible dates, junk, extremes. */
function interestingValues(app: TestApp): fc.Arbitrary<unknown> {
  const ids = (app.ctx.db.prepare(`SELECT id FROM meetings UNION ALL SELECT id FROM people UNION ALL SELECT id FROM bodies UNION ALL SELECT id FROM agencies LIMIT 40`).all() as Array<{ id: string }>).map((r) => r.id);
  // Plausible values weigh more, so that many inputs get past the first checks to the handlers.
  return fc.oneof(
    { arbitrary: fc.constantFrom(...ids), weight: 4 },
    { arbitrary: fc.constantFrom('2024-02-29', '2025-03-01', '2026-11-21', '2024-02-30', '2025-13-01', '0000-00-00', '2026-11-21T00:00:00Z', ''), weight: 4 },
    { arbitrary: fc.constantFrom('open', 'done', 'head', 'planned', 'in_person', 'ASCC', 'state_budget', 'asc', 'desc', 'dueDate', 'startDate'), weight: 3 },
    { arbitrary: fc.integer({ min: 1, max: 100 }), weight: 2 },
    fc.string({ maxLength: 30 }),
    fc.string({ minLength: 600, maxLength: 700 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.constantFrom(...ids), { maxLength: 3 }),
    fc.anything(),
  );
}

function keysOf(schema: z.ZodType): string[] {
  const inner = schema instanceof z.ZodPipe ? (schema as unknown as { in: z.ZodType }).in : schema;
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

/** An input shaped like the method's: its own keys (some), with interesting values, sometimes nested. */
function shapedInput(app: TestApp, method: MethodName): fc.Arbitrary<unknown> {
  const schema = methods[method].input;
  const keys = keysOf(schema);
  const value = interestingValues(app);
  const nestedKeys = ['startDate', 'endDate', 'title', 'status', 'city', 'bodyId', 'dueDate', 'kind', 'validTo'];
  const nested = fc.dictionary(fc.constantFrom(...nestedKeys), value, { maxKeys: 4 });
  if (keys.length === 0) return fc.oneof(fc.constant({}), fc.anything());
  return fc.oneof(
    fc.anything(),
    fc.dictionary(fc.constantFrom(...keys), fc.oneof(value, nested), { maxKeys: keys.length }),
  );
}

describe('every method of the contract, under random input', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp({ sample: true });
  });
  afterAll(() => app.close());

  it.each(methodNames)('%s answers only with a value or a domain error, never INTERNAL, and leaves the database unchanged on VALIDATION', (method) => {
    fc.assert(
      fc.property(shapedInput(app, method), (input) => {
        const changesBefore = totalChanges(app);
        const logBefore = logLength(app);
        const r = app.raw(method, input);
        if (!r.ok) {
          expect(['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'CONSTRAINT']).toContain(r.error.code);
          expect(r.error.message.vi.length).toBeGreaterThan(0);
          expect(r.error.message.en.length).toBeGreaterThan(0);
          // No failed call leaves a committed write behind; a VALIDATION one never even tries.
          expect(logLength(app)).toBe(logBefore);
          if (r.error.code === 'VALIDATION') expect(totalChanges(app)).toBe(changesBefore);
        }
      }),
      { numRuns: 150 },
    );
  });
});
