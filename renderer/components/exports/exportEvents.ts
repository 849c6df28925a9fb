// A job that ended (done, failed or cancelled) is a new line in the export log: the logs on
// screen listen here and reload, so a page needs no wiring between its buttons and its log.
import type { ExportJob } from '../../../electron/contract';

type Listener = (job: ExportJob) => void;
const listeners = new Set<Listener>();

export function onExportSettled(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function notifyExportSettled(settled: { job: ExportJob | null }): void {
  if (!settled.job) return;
  for (const listener of [...listeners]) listener(settled.job);
}
