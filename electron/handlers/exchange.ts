import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isFullPath } from '../../common/paths';
import { AppError } from '../../db/errors';
import { deleteMeta, getMeta, setMeta } from '../../db/repo/core/meta';
import { DEFAULT_EXCHANGE_MINUTES } from '../contract/exchange';
import { joinedExchange } from '../../db/exchange/identity';
import { knownExchangeId } from '../services/exchange/round';
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
function checkExchangeFolder(ctx: HandlerContext, folder: string): string | null {
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
    if ((err as { code?: string }).code === 'ENOENT') return null; // a new exchange: its first round creates the file
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
  return parsed.exchangeId;
}

/** The names of the laptops that exchange in a folder (as they said in their device.json), this one left out. */
function laptopsIn(folder: string, me: string | null): string[] {
  const out: string[] = [];
  let dirs: string[] = [];
  try {
    dirs = readdirSync(path.join(folder, 'devices')).sort();
  } catch {
    return out;
  }
  for (const d of dirs) {
    if (d === me || d.startsWith('.')) continue;
    try {
      const device = JSON.parse(readFileSync(path.join(folder, 'devices', d, 'device.json'), 'utf8')) as { name?: unknown };
      out.push(typeof device.name === 'string' && device.name ? device.name : d.slice(-8));
    } catch {
      out.push(d.slice(-8));
    }
  }
  return out;
}

/**
 * What moving this laptop's exchange to `folder` will do, told before it is saved (a laptop that has
 * exchanged: the office moving its exchange, the old folder perhaps gone), as the refusal the
 * officer confirms.
 */
function moveRefusal(ctx: HandlerContext, folder: string, folderId: string | null, before: string | null): AppError {
  const me = (JSON.parse(getMeta(ctx.db, 'exchange_identity') ?? '{}') as { replica?: string }).replica ?? null;
  const known = knownExchangeId(ctx.db);
  const others = (ctx.db.prepare('SELECT count(*) FROM exchange_applied').pluck().get() as number) ?? 0;
  const names = laptopsIn(folder, me);
  const listVi = names.length ? names.join(', ') : 'chưa có máy nào';
  const listEn = names.length ? names.join(', ') : 'none yet';
  const oldVi = before ? ` (${before})` : '';
  const oldEn = before ? ` (${before})` : '';
  const kind = folderId === null ? 'carry' : known === null || folderId === known ? 'same' : 'other';
  const messages =
    kind === 'carry'
      ? {
          vi: `Máy này sẽ chuyển việc trao đổi của văn phòng sang thư mục ${folder}. Ở lần trao đổi đầu tiên, máy này ghi vào đó mọi thay đổi của mình${others ? `, những gì đã nhận từ ${others} máy khác` : ''} và một bản chụp toàn bộ dữ liệu, để các máy chuyển sang sau nhận đủ, kể cả khi thư mục cũ không còn. Không có gì bị xóa trong thư mục cũ${oldVi}. Hãy chuyển mọi máy sang thư mục mới: thay đổi trên máy còn dùng thư mục cũ chỉ đến các máy khác sau khi máy đó cũng được chuyển.`,
          en: `This laptop will move the office's exchange to the folder ${folder}. At its first exchange there it writes all of its own changes${others ? `, what it has received from ${others} other ${others === 1 ? 'laptop' : 'laptops'}` : ''} and a snapshot of the whole desk, so that the laptops that move after it get everything, even if the old folder is gone. Nothing is deleted in the old folder${oldEn}. Switch every laptop to the new folder: changes made on a laptop still using the old one reach the others only once it is switched too.`,
        }
      : kind === 'same'
        ? {
            vi: `Thư mục ${folder} đã có việc trao đổi của văn phòng này (các máy: ${listVi}). Máy này tiếp tục trao đổi ở đó: nhận những gì còn thiếu, ghi lại các thay đổi của mình nếu thư mục chưa có, và cung cấp cho các máy khác những gì nó giữ. Không có gì bị xóa trong thư mục cũ${oldVi}.`,
            en: `The folder ${folder} already holds this office's exchange (laptops: ${listEn}). This laptop goes on exchanging there: it takes in what it lacks, writes its own changes there again if they are missing, and offers the other laptops what it holds. Nothing is deleted in the old folder${oldEn}.`,
          }
        : {
            vi: `Thư mục ${folder} có một cuộc trao đổi khác với cuộc trao đổi máy này đã tham gia (các máy: ${listVi}). Máy này sẽ tham gia với một danh tính mới: nhận các thay đổi của các máy đó và cung cấp cho họ mọi thứ nó giữ (thay đổi của mình và của các máy ở thư mục cũ), nên dữ liệu hai bên sẽ được gộp lại. Chỉ làm vậy nếu văn phòng đã chuyển việc trao đổi sang thư mục này. Không có gì bị xóa trong thư mục cũ${oldVi}.`,
            en: `The folder ${folder} holds another exchange than the one this laptop took part in (laptops: ${listEn}). This laptop will join it under a new identity: it takes in those laptops' changes and offers them everything it holds (its own changes and those of the laptops of the old folder), so the two desks are merged. Do this only if the office moved its exchange to this folder. Nothing is deleted in the old folder${oldEn}.`,
          };
  return new AppError('VALIDATION', messages, { field: FIELD, reason: 'confirmMove', move: kind, laptops: names });
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
      const folderId = checkExchangeFolder(ctx, folder);
      // After exchanging, another folder is a move of this laptop's exchange: said before it is saved.
      if (folder !== before && joinedExchange(ctx.db) && !input.move) throw moveRefusal(ctx, folder, folderId, before);
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
