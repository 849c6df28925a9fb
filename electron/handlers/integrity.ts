import type { HandlerMap } from './context';

// The integrity check of the data file, run on a job worker (Settings shows it).
export const integrityHandlers = {
  'integrity.status': (ctx) => ctx.services.integrity.status(),
  'integrity.check': (ctx) => ctx.services.integrity.start(),
} satisfies Partial<HandlerMap>;
