import { methodNames, type MethodName } from '../contract';
import type { Handler, HandlerMap } from './context';
import { actionItemHandlers } from './actionItems';
import { agendaHandlers } from './agenda';
import { aseanDocumentHandlers } from './aseanDocuments';
import { backupHandlers } from './backup';
import { conflictHandlers } from './conflicts';
import { delegationHandlers } from './delegations';
import { directoryHandlers } from './directory';
import { documentHandlers } from './documents';
import { exchangeHandlers } from './exchange';
import { exportHandlers } from './exports';
import { focalPointHandlers } from './focalPoints';
import { historyHandlers } from './history';
import { integrityHandlers } from './integrity';
import { jobHandlers } from './jobs';
import { meetingHandlers } from './meetings';
import { referenceHandlers } from './reference';
import { sampleDeskHandlers } from './sampleDesk';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';
import { timelineHandlers } from './timeline';
import { todayHandlers } from './today';

// Each domain registers its handlers by method name, in a file named as its contract
// (electron/contract/<domain>.ts); a name registered twice, a handler with no method in the
// contract, or a method with no handler stops the app at start-up.
const domains: Array<[string, Record<string, unknown>]> = [
  ['reference', referenceHandlers],
  ['directory', directoryHandlers],
  ['meetings', meetingHandlers],
  ['delegations', delegationHandlers],
  ['actionItems', actionItemHandlers],
  ['focalPoints', focalPointHandlers],
  ['today', todayHandlers],
  ['history', historyHandlers],
  ['search', searchHandlers],
  ['settings', settingsHandlers],
  ['sampleDesk', sampleDeskHandlers],
  ['documents', documentHandlers],
  ['exports', exportHandlers],
  ['backup', backupHandlers],
  ['jobs', jobHandlers],
  ['integrity', integrityHandlers],
  ['aseanDocuments', aseanDocumentHandlers],
  ['agenda', agendaHandlers],
  ['timeline', timelineHandlers],
  ['conflicts', conflictHandlers],
  ['exchange', exchangeHandlers],
];

export function assembleHandlers(parts: Array<[string, Record<string, unknown>]>): HandlerMap {
  const out: Record<string, unknown> = {};
  const owner: Record<string, string> = {};
  for (const [domain, handlers] of parts) {
    for (const [name, fn] of Object.entries(handlers)) {
      if (owner[name]) throw new Error(`Handler ${name} is registered twice (${owner[name]} and ${domain})`);
      if (!methodNames.includes(name as MethodName)) throw new Error(`Handler ${name} (${domain}) has no method in the contract`);
      owner[name] = domain;
      out[name] = fn;
    }
  }
  const missing = methodNames.filter((m) => !out[m]);
  if (missing.length) throw new Error(`No handler for: ${missing.join(', ')}`);
  return out as HandlerMap;
}

export const handlers = assembleHandlers(domains);
export type { Handler, HandlerMap };
