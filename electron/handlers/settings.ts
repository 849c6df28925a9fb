import { isFullPath } from '../../common/paths';
import { AppError } from '../../db/errors';
import { deleteMeta, getMeta, setMeta } from '../../db/repo/core/meta';
import type { Settings } from '../contract';
import { DAY_ZONE_SETTING, dayZoneOf, LAPTOP_NAME_SETTING, OFFICER_NAME_SETTING, type HandlerContext, type HandlerMap } from './context';
import { checkWritableFolder, createExportFolder } from './folders';

const EXPORT_FOLDER = 'setting.exportFolder';

/** The export folder chosen in Settings, or null. */
export function exportFolderOf(ctx: Pick<HandlerContext, 'db'>): string | null {
  return getMeta(ctx.db, EXPORT_FOLDER);
}

function readSettings(ctx: HandlerContext): Settings {
  return {
    exportFolder: exportFolderOf(ctx),
    dayZone: dayZoneOf(ctx),
    officerName: getMeta(ctx.db, OFFICER_NAME_SETTING),
    laptopName: getMeta(ctx.db, LAPTOP_NAME_SETTING),
  };
}

const NOT_FULL_PATH = () =>
  new AppError('VALIDATION', {
    vi: 'Thư mục xuất phải là một đường dẫn đầy đủ, ví dụ \\\\may-chu\\ASEAN\\Xuat hoặc D:\\ASEAN.',
    en: 'The export folder must be a full path, for example \\\\server\\ASEAN\\Exports or D:\\ASEAN.',
  });

const metaNumber = (value: string | null): number | null => (value === null ? null : Number(value));

export const settingsHandlers = {
  'settings.get': (ctx) => readSettings(ctx),
  'settings.update': (ctx, input) => {
    if (input.exportFolder !== undefined) {
      const folder = input.exportFolder?.trim() || null;
      if (folder === null) deleteMeta(ctx.db, EXPORT_FOLDER);
      else {
        // A full path: a local folder or a share (\\server\share, a mapped drive, /mnt/…).
        if (!isFullPath(folder)) throw NOT_FULL_PATH();
        // …of this computer's kind, that exists, is a folder and takes files.
        checkWritableFolder('exportFolder', folder);
        setMeta(ctx.db, EXPORT_FOLDER, folder);
      }
    }
    if (input.dayZone !== undefined) {
      if (input.dayZone === 'office') deleteMeta(ctx.db, DAY_ZONE_SETTING);
      else setMeta(ctx.db, DAY_ZONE_SETTING, input.dayZone);
    }
    // This laptop's names: blank clears them.
    for (const [value, key] of [
      [input.officerName, OFFICER_NAME_SETTING],
      [input.laptopName, LAPTOP_NAME_SETTING],
    ] as const) {
      if (value === undefined) continue;
      const name = value?.replace(/\s+/g, ' ').trim() || null;
      if (name === null) deleteMeta(ctx.db, key);
      else setMeta(ctx.db, key, name);
    }
    return readSettings(ctx);
  },
  // The offer of Settings for a folder that does not exist: create that one folder, then save it.
  'settings.createExportFolder': (ctx, input) => {
    const folder = input.exportFolder.trim();
    if (!isFullPath(folder)) throw NOT_FULL_PATH();
    createExportFolder('exportFolder', folder);
    setMeta(ctx.db, EXPORT_FOLDER, folder);
    return readSettings(ctx);
  },
  'app.info': (ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    dataFile: ctx.dataFile,
    deviceId: ctx.deviceId,
    referenceVersion: metaNumber(getMeta(ctx.db, 'reference_version')),
    sampleVersion: metaNumber(getMeta(ctx.db, 'sample_version')),
  }),
} satisfies Partial<HandlerMap>;
