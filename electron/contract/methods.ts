import type { z } from 'zod';
import { actionItemMethods } from './actionItems';
import { agendaMethods } from './agenda';
import { aseanDocumentMethods } from './aseanDocuments';
import { backupMethods } from './backup';
import { conflictMethods } from './conflicts';
import { delegationMethods } from './delegations';
import { documentMethods } from './documents';
import { exchangeMethods } from './exchange';
import { directoryMethods } from './directory';
import { exportMethods } from './exports';
import { focalPointMethods } from './focalPoints';
import { historyMethods } from './history';
import { integrityMethods } from './integrity';
import { jobMethods } from './jobs';
import { meetingMethods } from './meetings';
import { referenceMethods } from './reference';
import { sampleDeskMethods } from './sampleDesk';
import { searchMethods } from './search';
import { settingsMethods } from './settings';
import { timelineMethods } from './timeline';
import { todayMethods } from './today';

// THE API contract: every method the renderer may call, with its input and output schema.
// The client, the handlers and the preload derive their types from this table. Each domain
// declares its methods in its own file (electron/contract/<domain>.ts, handled by
// electron/handlers/<domain>.ts); a name declared by two domains stops the app at start-up.

export const contractDomains = {
  reference: referenceMethods,
  directory: directoryMethods,
  meetings: meetingMethods,
  delegations: delegationMethods,
  actionItems: actionItemMethods,
  focalPoints: focalPointMethods,
  today: todayMethods,
  history: historyMethods,
  search: searchMethods,
  settings: settingsMethods,
  sampleDesk: sampleDeskMethods,
  documents: documentMethods,
  exports: exportMethods,
  backup: backupMethods,
  jobs: jobMethods,
  integrity: integrityMethods,
  aseanDocuments: aseanDocumentMethods,
  agenda: agendaMethods,
  timeline: timelineMethods,
  conflicts: conflictMethods,
  exchange: exchangeMethods,
};

/** Joins the domains' tables, refusing a method name that two domains declare. */
export function joinDomains(domains: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const owner: Record<string, string> = {};
  for (const [domain, table] of Object.entries(domains)) {
    for (const [name, def] of Object.entries(table)) {
      if (owner[name]) throw new Error(`Method ${name} is declared twice (${owner[name]} and ${domain})`);
      owner[name] = domain;
      out[name] = def;
    }
  }
  return out;
}

type Domains = typeof contractDomains;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type Methods = UnionToIntersection<Domains[keyof Domains]>;

export const methods = joinDomains(contractDomains) as Methods;

export type { MethodDef } from './define';
export type MethodName = keyof Methods & string;
/** What a caller sends (defaults may be left out). */
export type Input<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type Output<M extends MethodName> = z.output<Methods[M]['output']>;
export const methodNames = Object.keys(methods) as MethodName[];
/** The domain that declares each method (the handlers of the same name answer it). */
export const domainOf = Object.fromEntries(Object.entries(contractDomains).flatMap(([d, t]) => Object.keys(t).map((m) => [m, d]))) as Record<MethodName, keyof Domains>;
export type DomainName = keyof Domains;
