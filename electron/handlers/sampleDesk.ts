import { loadSampleData, removeSampleData } from '../../db/seed/load';
import { writeContext, type HandlerMap } from './context';

export const sampleDeskHandlers = {
  'sample.load': (ctx) => loadSampleData(ctx.db, writeContext(ctx)),
  'sample.remove': (ctx) => removeSampleData(ctx.db, writeContext(ctx)),
} satisfies Partial<HandlerMap>;
