import { methodNames, type MethodName } from '../contract';
import type { Handler, HandlerMap } from './context';
import { actionHandlers } from './actions';
import { deskHandlers } from './desk';
import { directoryHandlers } from './directory';
import { exportHandlers } from './exports';
import { focalHandlers } from './focal';
import { meetingHandlers } from './meetings';
import { referenceHandlers } from './reference';
import { systemHandlers } from './system';

// Each domain registers its handlers by method name; a name registered twice, a handler with
// no method in the contract, or a method with no handler stops the app at start-up.
const domains: Array<[string, Record<string, unknown>]> = [
  ['reference', referenceHandlers],
  ['directory', directoryHandlers],
  ['focal', focalHandlers],
  ['meetings', meetingHandlers],
  ['actions', actionHandlers],
  ['system', systemHandlers],
  ['desk', deskHandlers],
  ['exports', exportHandlers],
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
