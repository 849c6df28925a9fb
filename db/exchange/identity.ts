// Who this laptop is on the share: a replica id, the last batch it published and its clock, kept
// in a small JSON file beside the database (never inside it alone) and checked against the same
// facts recorded in the database. A database file copied to another laptop (no such file beside
// it, or one for another path or computer) or restored from a backup (it knows fewer published
// batches than the file beside it) takes a new replica id instead of publishing under another
// laptop's name; what the old identity published is then read back like another laptop's.
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newId } from '../ids';
import type { Db } from '../open';
import { getMeta, setMeta } from '../repo/core/meta';
import { statement } from '../repo/core/statements';

export interface Identity {
  replica: string;
  /** A secret of this database file and replica: the head it publishes carries a hash of it. */
  token: string;
  lastSeq: number;
  /** SHA-256 of the last batch published (the next one names it). */
  lastSha: string;
  /** The latest clock value given or seen. */
  clock: string;
}

interface IdentityFile extends Identity {
  file: string;
  host: string;
}

const META = 'exchange_identity';
/** The replica ids this database published under before its current one (renewIdentity). */
const FORMER = 'exchange_former_identities';

/** The replica ids this database had before its current one (a restore, a copy, a move), oldest first. */
export function formerReplicas(db: Db): string[] {
  const raw = getMeta(db, FORMER);
  return raw ? (JSON.parse(raw) as string[]) : [];
}

export const identityFileOf = (dbFile: string) => `${dbFile}.exchange.json`;

export type Renewal = null | 'new' | 'copied' | 'restored';

function readFileState(file: string): IdentityFile | null {
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as Partial<IdentityFile>;
    if (typeof v.replica !== 'string' || typeof v.token !== 'string' || typeof v.lastSeq !== 'number') return null;
    return { replica: v.replica, token: v.token, lastSeq: v.lastSeq, lastSha: v.lastSha ?? '', clock: v.clock ?? '', file: v.file ?? '', host: v.host ?? '' };
  } catch {
    return null;
  }
}

/** Writes the file beside the database whole (temporary name, then rename). */
export function saveIdentity(dbFile: string, host: string, id: Identity): void {
  const file = identityFileOf(dbFile);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ ...id, file: path.resolve(dbFile), host } satisfies IdentityFile));
  renameSync(tmp, file);
}

/** Whether this desk has taken part in an exchange (it has an identity on a share). */
export const joinedExchange = (db: Db): boolean => getMeta(db, META) !== null;

/** Records what the database knows of its identity (inside the caller's transaction, with what it marks published). */
export function recordIdentity(db: Db, id: Identity): void {
  setMeta(db, META, JSON.stringify({ replica: id.replica, token: id.token, lastSeq: id.lastSeq, lastSha: id.lastSha }));
}

/**
 * This database's identity, checked: the file beside it and the database must agree on replica,
 * token and last published batch, and the file must be this path's on this computer.
 */
export function loadIdentity(db: Db, dbFile: string, host: string): { identity: Identity; renewed: Renewal } {
  const inDb = (() => {
    const raw = getMeta(db, META);
    return raw ? (JSON.parse(raw) as { replica: string; token: string; lastSeq: number; lastSha: string }) : null;
  })();
  const beside = readFileState(identityFileOf(dbFile));
  if (
    inDb &&
    beside &&
    beside.replica === inDb.replica &&
    beside.token === inDb.token &&
    // Behind the database: a laptop stopped between recording a publish and writing this file.
    beside.lastSeq <= inDb.lastSeq &&
    beside.file === path.resolve(dbFile) &&
    beside.host === host
  ) {
    const identity = { ...inDb, clock: beside.clock };
    if (beside.lastSeq !== inDb.lastSeq) saveIdentity(dbFile, host, identity);
    return { identity, renewed: null };
  }
  const renewed: Renewal = !inDb ? 'new' : beside && beside.replica === inDb.replica && beside.lastSeq > inDb.lastSeq ? 'restored' : 'copied';
  return { identity: renewIdentity(db, dbFile, host, beside?.clock ?? ''), renewed };
}

/**
 * A new replica id for this database (another laptop publishes under the old one, or this file
 * is older than what it published); what the old one published is then read like another's.
 */
export function renewIdentity(db: Db, dbFile: string, host: string, clock: string): Identity {
  const raw = getMeta(db, META);
  const inDb = raw ? (JSON.parse(raw) as { replica: string; token: string; lastSeq: number; lastSha: string }) : null;
  const identity: Identity = { replica: newId(), token: randomBytes(16).toString('hex'), lastSeq: 0, lastSha: '', clock };
  db.transaction(() => {
    // What the old identity published is read back like another laptop's, from what this file knew of it on.
    if (inDb && inDb.lastSeq > 0) {
      statement(db, 'INSERT INTO exchange_applied (replica, seq, sha256) VALUES (?, ?, ?) ON CONFLICT(replica) DO NOTHING').run(inDb.replica, inDb.lastSeq, inDb.lastSha);
    }
    // The batch numbers its lines carry are the old identity's: kept apart (negative), so that the
    // new identity's batch 1, 2… are rebuilt from its own lines only when one is found damaged.
    statement(db, 'UPDATE exchange_outbox SET published = -published WHERE published > 0').run();
    if (inDb) setMeta(db, FORMER, JSON.stringify([...new Set([...formerReplicas(db), inDb.replica])]));
    recordIdentity(db, identity);
  })();
  saveIdentity(dbFile, host, identity);
  return identity;
}
