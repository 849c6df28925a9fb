import type { HandlerMap } from './context';

// The desk's running and recent jobs (documents, exports, backups, restores).
export const jobHandlers = {
  'jobs.status': (ctx, input) => ctx.services.jobs.get(input.jobId),
  'jobs.cancel': (ctx, input) => ctx.services.jobs.cancel(input.jobId),
  'jobs.recent': (ctx) => ctx.services.jobs.list(),
} satisfies Partial<HandlerMap>;
