import { z } from 'zod';
import { def, none } from './define';

// The sample desk built from the secretariat's public reports: loaded beside real data, and
// removed again without touching it.

export const sampleDeskMethods = {
  'sample.load': def('write', none.strict(), z.object({ created: z.number().int(), version: z.number().int() })),
  'sample.remove': def('write', none.strict(), z.object({ removed: z.number().int() })),
};
