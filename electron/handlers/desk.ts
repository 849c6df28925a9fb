import path from 'node:path';
import { AppError } from '../../db/errors';
import { COUNT_CAP, meetingOverview, nextSequence, todaySummary } from '../../db/repo/desk';
import { actionItems, actionUpdates } from '../../db/repo/entities';
import { deleteMeta, getMeta, setMeta } from '../../db/repo/meta';
import { applyReorg, previewReorg } from '../../db/repo/reorg';
import { removeSampleData } from '../../db/seed/load';
import type { Output, Settings } from '../contract';
import { DAY_ZONE_SETTING, dayZoneOf, today, writeContext, type HandlerContext, type HandlerMap } from './context';

const EXPORT_FOLDER = 'setting.exportFolder';

function readSettings(ctx: HandlerContext): Settings {
  return { exportFolder: getMeta(ctx.db, EXPORT_FOLDER), dayZone: dayZoneOf(ctx) };
}

/** An export folder is a full path: a local folder or a share (\\server\share, a mapped drive, /mnt/…). */
function checkFolder(folder: string): void {
  if (!path.win32.isAbsolute(folder) && !path.posix.isAbsolute(folder)) {
    throw new AppError(
      'VALIDATION',
      {
        vi: 'Thư mục xuất phải là một đường dẫn đầy đủ, ví dụ \\\\may-chu\\ASEAN\\Xuat hoặc D:\\ASEAN.',
        en: 'The export folder must be a full path, for example \\\\server\\ASEAN\\Exports or D:\\ASEAN.',
      },
      undefined,
    );
  }
}

export const deskHandlers = {
  // Repositories return generic rows; the dispatcher checks every output against the contract.
  'today.summary': (ctx, input) => todaySummary(ctx.db, input.date ?? today(ctx), input.horizonDays, input.dueSoonDays, input.limit) as Output<'today.summary'>,
  'meetings.nextSequence': (ctx, input) => ({ sequence: nextSequence(ctx.db, input.bodyId) }),
  'meetings.overview': (ctx, input) => meetingOverview(ctx.db, input.id) as Output<'meetings.overview'>,
  'actionItems.count': (ctx, input) => {
    const filter = input.filter ? { filter: input.filter } : {};
    if (!input.q?.trim()) return { count: actionItems.count(ctx.db, filter), more: false };
    const n = actionItems.count(ctx.db, { ...filter, q: input.q }, COUNT_CAP + 1);
    return { count: Math.min(n, COUNT_CAP), more: n > COUNT_CAP };
  },
  'actionItems.bulkStatus': (ctx, input) => {
    const write = writeContext(ctx);
    const day = today(ctx);
    const items = input.items.map(({ id, version }) => {
      const changes: Record<string, unknown> = { status: input.status };
      if (input.status === 'done') changes.completedOn = input.completedOn ?? day;
      const row = actionItems.update(ctx.db, write, { id, version, changes });
      if (input.note) actionUpdates.create(ctx.db, write, { actionItemId: id, date: day, note: input.note, statusAfter: input.status });
      return row;
    });
    return { items } as Output<'actionItems.bulkStatus'>;
  },
  'reorg.preview': (ctx, input) => ({ moves: previewReorg(ctx.db, input) }) as Output<'reorg.preview'>,
  'reorg.apply': (ctx, input) => applyReorg(ctx.db, writeContext(ctx), input) as Output<'reorg.apply'>,
  'settings.get': (ctx) => readSettings(ctx),
  'settings.update': (ctx, input) => {
    if (input.exportFolder !== undefined) {
      const folder = input.exportFolder?.trim() || null;
      if (folder === null) deleteMeta(ctx.db, EXPORT_FOLDER);
      else {
        checkFolder(folder);
        setMeta(ctx.db, EXPORT_FOLDER, folder);
      }
    }
    if (input.dayZone !== undefined) {
      if (input.dayZone === 'office') deleteMeta(ctx.db, DAY_ZONE_SETTING);
      else setMeta(ctx.db, DAY_ZONE_SETTING, input.dayZone);
    }
    return readSettings(ctx);
  },
  'sample.remove': (ctx) => removeSampleData(ctx.db, writeContext(ctx)),
} satisfies Partial<HandlerMap>;
