import path from 'node:path';
import { ESLint } from 'eslint';
import { ROOT } from '../helpers/paths';

// The folder boundaries are enforced by lint; this proves the rules fire where they must.
describe('folder boundaries', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const violations = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
  };

  it('keeps the renderer away from db/, Node and Electron, but lets it use the contract', async () => {
    expect(await violations('renderer/x.ts', "import { openDatabase } from '../db/open';\nexport const a = openDatabase;\n")).toBe(1);
    expect(await violations('renderer/pages/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toBe(1);
    expect(await violations('renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toBe(1);
    expect(await violations('renderer/x.ts', "import { createDispatcher } from '../electron/handlers/dispatch';\nexport const a = createDispatcher;\n")).toBe(1);
    expect(await violations('renderer/x.ts', "import { methods } from '../electron/contract';\nexport const a = methods;\n")).toBe(0);
  });

  it('keeps db/ away from electron/ and renderer/', async () => {
    expect(await violations('db/x.ts', "import { methods } from '../electron/contract';\nexport const a = methods;\n")).toBe(1);
    expect(await violations('db/repo/x.ts', "import { App } from '../../renderer/App';\nexport const a = App;\n")).toBe(1);
  });

  it("lets only electron/main and the preload import 'electron'", async () => {
    expect(await violations('electron/handlers/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(1);
    expect(await violations('electron/services/x.ts', "import { dialog } from 'electron';\nexport const a = dialog;\n")).toBe(1);
    expect(await violations('electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(0);
  });

  it('keeps the contract free of anything but zod and the enum constants', async () => {
    expect(await violations('electron/contract/x.ts', "import { openDatabase } from '../../db/open';\nexport const a = openDatabase;\n")).toBe(1);
    expect(await violations('electron/contract/x.ts', "import { ERROR_CODES } from '../../common/enums';\nexport const a = ERROR_CODES;\n")).toBe(0);
  });

  it('keeps common/ (shared by the screens and the server) free of Node, the database, Electron and React', async () => {
    expect(await violations('common/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toBe(1);
    expect(await violations('common/x.ts', "import { openDatabase } from '../db/open';\nexport const a = openDatabase;\n")).toBe(1);
    expect(await violations('common/x.ts', "import { methods } from '../electron/contract';\nexport const a = methods;\n")).toBe(1);
    expect(await violations('common/x.ts', "import { useState } from 'react';\nexport const a = useState;\n")).toBe(1);
    expect(await violations('renderer/x.ts', "import { dayOf } from '../common/clock';\nexport const a = dayOf;\n")).toBe(0);
    expect(await violations('db/x.ts', "import { dayOf } from '../common/clock';\nexport const a = dayOf;\n")).toBe(0);
  });

  it('lets only db/open.ts construct a database connection (tests may, to look at a file as it is)', async () => {
    const opens = async (file: string, code: string) => {
      const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
      return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
    };
    const bare = "import Database from 'better-sqlite3';\nexport const db = new Database('x.sqlite');\n";
    expect(await opens('db/repo/backup/x.ts', bare)).toBe(2);
    expect(await opens('electron/services/jobs/worker/x.ts', bare)).toBe(2);
    expect(await opens('tests/bench/x.ts', bare)).toBe(2);
    expect(await opens('scripts/x.ts', "import Sqlite from 'better-sqlite3';\nexport const db = new Sqlite('x.sqlite');\n")).toBe(1);
    expect(await opens('db/x.ts', "import type { Statement } from 'better-sqlite3';\nexport type S = Statement;\n")).toBe(0);
    expect(await opens('db/open.ts', bare)).toBe(0);
    expect(await opens('tests/db/x.test.ts', bare)).toBe(0);
  });
});
