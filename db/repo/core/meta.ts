import { newId } from '../../ids';
import type { Db } from '../../open';
import { statement } from './statements';

export function getMeta(db: Db, key: string): string | null {
  const r = statement(db, 'SELECT value FROM app_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return r?.value ?? null;
}

export function setMeta(db: Db, key: string, value: string): void {
  statement(db, 'INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function deleteMeta(db: Db, key: string): void {
  statement(db, 'DELETE FROM app_meta WHERE key = ?').run(key);
}

/** This database file's device id, made once: it marks every change this laptop writes. */
export function ensureDeviceId(db: Db): string {
  const existing = getMeta(db, 'device_id');
  if (existing) return existing;
  const id = newId();
  setMeta(db, 'device_id', id);
  return id;
}
