import { fileStamp, todayOf, type Clock, type DayZone } from '../../common/clock';
import type { Db } from '../../db/open';
import { getMeta } from '../../db/repo/core/meta';
import type { Checkpoints } from '../services/checkpoints';
import type { ExchangeService } from '../services/exchange/scheduler';
import type { ExportEnv } from '../services/exports/exportJobs';
import type { IntegrityCheck } from '../services/integrity';
import type { JobRegistry } from '../services/jobs/jobs';
import type { WorkerPool } from '../services/jobs/worker/pool';
import type { WriteContext } from '../../db/repo/core/repository';
import type { MethodName, Output, ParsedInput } from '../contract';

/** What the desk runs beside the database: jobs, the exports' environment, workers, checkpoints, the integrity check. */
export interface DeskServices {
  jobs: JobRegistry;
  exports: ExportEnv;
  workers: WorkerPool;
  checkpoints: Checkpoints;
  integrity: IntegrityCheck;
  exchange: ExchangeService;
}

export interface HandlerContext {
  db: Db;
  deviceId: string;
  dataFile: string;
  appVersion: string;
  schemaVersion: number;
  /** The clock, injectable for tests and for the browser mode's fixed day (--now, --today). */
  now: Clock;
  services: DeskServices;
}

export const DAY_ZONE_SETTING = 'setting.dayZone';

export type Handler<M extends MethodName> = (ctx: HandlerContext, input: ParsedInput<M>) => Output<M>;
export type HandlerMap<M extends MethodName = MethodName> = { [K in M]: Handler<K> };

/** Settings › This laptop: the officer who uses it and its name (app_meta, this laptop's own). */
export const OFFICER_NAME_SETTING = 'setting.officerName';
export const LAPTOP_NAME_SETTING = 'setting.laptopName';

export function writeContext(ctx: HandlerContext): WriteContext {
  // The names go with every change (change_log), so History and the shared-drive exchange can
  // say who made it, as the laptop was named then.
  return {
    now: ctx.now().toISOString(),
    deviceId: ctx.deviceId,
    officerName: getMeta(ctx.db, OFFICER_NAME_SETTING),
    deviceName: getMeta(ctx.db, LAPTOP_NAME_SETTING),
  };
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
