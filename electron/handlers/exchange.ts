import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isFullPath } from '../../common/paths';
import { AppError } from '../../db/errors';
import { deleteMeta, getMeta, setMeta } from '../../db/repo/core/meta';
import { DEFAULT_EXCHANGE_MINUTES } from '../contract/exchange';
import { EXCHANGE_FOLDER_SETTING, EXCHANGE_MINUTES_SETTING } from '../services/exchange/scheduler';
import { EXCHANGE_FORMAT } from '../services/exchange/share';
import type { HandlerContext, HandlerMap } from './context';
import { checkWritableFolder, createExportFolder } from './folders';

// Settings › Exchange: the shared folder the laptops exchange their changes through, and its
// rounds (electron/services/exchange/scheduler.ts runs them; these methods read and steer it).

const FIELD = 'exchangeFolder';

function refuse(vi: string, en: string, reason: string): AppError {
  return new AppError('VALIDATION', { vi, en }, { field: FIELD, reason });
}

/**
 * A folder that already holds an exchange.json must hold an exchange's (another program's file of
 * that name, or a damaged one, is not overwritten); the data folder itself is refused (the live
 * database never goes where the exchange writes).
 */
function checkExchangeFolder(ctx: HandlerContext, folder: string): void {
  if (ctx.dataFile !== ':memory:' && path.resolve(folder) === path.dirname(path.resolve(ctx.dataFile))) {
    throw refuse(
      `${folder} là thư mục chứa tệp dữ liệu của máy này. Hãy chọn thư mục dùng chung của văn phòng (ví dụ \\\\may-chu\\ASEAN\\TraoDoi).`,
      `${folder} is the folder of this laptop's data file. Choose the office's shared folder (for example \\\\server\\ASEAN\\Exchange).`,
      'dataFolder',
    );
  }
  let text: string;
  try {
    text = readFileSync(path.join(folder, 'exchange.json'), 'utf8');
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return; // a new exchange: its first round creates the file
    throw err;
  }
  let parsed: { format?: unknown; exchangeId?: unknown } | null;
  try {
    parsed = JSON.parse(text) as { format?: unknown; exchangeId?: unknown } | null;
  } catch {
    parsed = null;
  }
  if (!parsed || parsed.format !== EXCHANGE_FORMAT || typeof parsed.exchangeId !== 'string') {
    throw refuse(
      `Thư mục ${folder} có tệp exchange.json không phải của ASOEN Desk (hoặc tệp bị hỏng). Hãy chọn một thư mục riêng cho việc trao đổi dữ liệu.`,
      `The folder ${folder} holds an exchange.json that is not ASOEN Desk's (or is damaged). Choose a folder kept for the exchange.`,
      'notExchange',
    );
  }
}

const NOT_FULL_PATH = () =>
  refuse(
    'Thư mục trao đổi phải là một đường dẫn đầy đủ, ví dụ \\\\may-chu\\ASEAN\\TraoDoi hoặc Z:\\TraoDoi.',
    'The exchange folder must be a full path, for example \\\\server\\ASEAN\\Exchange or Z:\\Exchange.',
    'notAbsolute',
  );

export const exchangeHandlers = {
  'exchange.status': (ctx) => ctx.services.exchange.status(),
  'exchange.setFolder': (ctx, input) => {
    const before = getMeta(ctx.db, EXCHANGE_FOLDER_SETTING);
    const folder = input.folder?.trim() || null;
    if (folder === null) deleteMeta(ctx.db, EXCHANGE_FOLDER_SETTING);
    else {
      if (!isFullPath(folder)) throw NOT_FULL_PATH();
      // The same checks as the export folder: this computer's kind of path, a folder, that takes files
      // (creating that one folder first when asked, as Settings offers for a missing one).
      if (input.create) createExportFolder(FIELD, folder);
      else checkWritableFolder(FIELD, folder);
      checkExchangeFolder(ctx, folder);
      setMeta(ctx.db, EXCHANGE_FOLDER_SETTING, folder);
    }
    if (input.intervalMinutes !== undefined) {
      if (input.intervalMinutes === DEFAULT_EXCHANGE_MINUTES) deleteMeta(ctx.db, EXCHANGE_MINUTES_SETTING);
      else setMeta(ctx.db, EXCHANGE_MINUTES_SETTING, String(input.intervalMinutes));
    }
    ctx.services.exchange.configured(folder !== before);
    return ctx.services.exchange.status();
  },
  'exchange.now': (ctx) => {
    void ctx.services.exchange.runNow();
    return ctx.services.exchange.status();
  },
} satisfies Partial<HandlerMap>;
