import type { Db } from '../../db/open';
import type { WriteContext } from '../../db/repo/core';
import type { MethodName, Output, ParsedInput } from '../contract';

export interface HandlerContext {
  db: Db;
  deviceId: string;
  dataFile: string;
  appVersion: string;
  schemaVersion: number;
  /** The clock, injectable for tests. */
  now: () => Date;
}

export type Handler<M extends MethodName> = (ctx: HandlerContext, input: ParsedInput<M>) => Output<M>;
export type HandlerMap<M extends MethodName = MethodName> = { [K in M]: Handler<K> };

export function writeContext(ctx: HandlerContext): WriteContext {
  return { now: ctx.now().toISOString(), deviceId: ctx.deviceId };
}

/** Today's date in the user's calendar: the office is in Viet Nam (UTC+7), so is its "today". */
export function todayIn(now: Date, offsetMinutes = 7 * 60): string {
  return new Date(now.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}
