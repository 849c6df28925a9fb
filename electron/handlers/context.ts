import { fileStamp, todayOf, type Clock, type DayZone } from '../../common/clock';
import type { Db } from '../../db/open';
import { getMeta } from '../../db/repo/meta';
import type { WriteContext } from '../../db/repo/core';
import type { MethodName, Output, ParsedInput } from '../contract';

export interface HandlerContext {
  db: Db;
  deviceId: string;
  dataFile: string;
  appVersion: string;
  schemaVersion: number;
  /** The clock, injectable for tests and for the browser mode's fixed day (--now, --today). */
  now: Clock;
}

export const DAY_ZONE_SETTING = 'setting.dayZone';

export type Handler<M extends MethodName> = (ctx: HandlerContext, input: ParsedInput<M>) => Output<M>;
export type HandlerMap<M extends MethodName = MethodName> = { [K in M]: Handler<K> };

export function writeContext(ctx: HandlerContext): WriteContext {
  return { now: ctx.now().toISOString(), deviceId: ctx.deviceId };
}

/** Whose calendar "today" follows on this laptop (Settings): the office's unless chosen otherwise. */
export function dayZoneOf(ctx: Pick<HandlerContext, 'db'>): DayZone {
  return getMeta(ctx.db, DAY_ZONE_SETTING) === 'device' ? 'device' : 'office';
}

/** The desk's today: the office's calendar day in Viet Nam (or this computer's, if chosen). */
export function today(ctx: Pick<HandlerContext, 'db' | 'now'>): string {
  return todayOf(ctx.now, dayZoneOf(ctx));
}

/** A stamp for file names, in the same calendar as today: '20270101 063000'. */
export function stampNow(ctx: Pick<HandlerContext, 'db' | 'now'>): string {
  return fileStamp(ctx.now(), dayZoneOf(ctx));
}
