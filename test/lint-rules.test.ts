// The lint configuration holds the layer table of CONTRIBUTING.md: each rule is shown failing on a
// small source placed in a layer's folder (the files need not exist; imports resolve against the real tree),
// and the imports the table allows pass.
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '..');
let eslint: ESLint;

// Loading the config, the plugins and the React compiler takes seconds on a busy machine: do it once, here.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.lintText('export {};', { filePath: path.join(root, 'renderer/Warm.tsx') });
}, 120_000);

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function rulesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result!.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const use = (...names: string[]) => `\nexport const used = [${names.join(', ')}];\n`;
const BOUNDARY = 'boundaries/dependencies';

describe('layers: what each folder may import', () => {
  it.each([
    ['domain', 'domain/probe.ts', "import { openDatabase } from '../db/client';" + use('openDatabase')],
    ['domain', 'domain/probe.ts', "import { useState } from 'react';" + use('useState')],
    ['domain', 'domain/probe.ts', "import fs from 'node:fs';" + use('fs')],
    ['domain', 'domain/probe.ts', "import { catalogue } from '../i18n/catalogue';" + use('catalogue')],
    ['machines', 'machines/probe.ts', "import { useState } from 'react';" + use('useState')],
    ['machines', 'machines/probe.ts', "import { app } from 'electron';" + use('app')],
    ['machines', 'machines/probe.ts', "import Database from 'better-sqlite3';" + use('Database')],
    ['machines', 'machines/probe.ts', "import { eq } from 'drizzle-orm';" + use('eq')],
    ['machines', 'machines/probe.ts', "import path from 'node:path';" + use('path')],
    ['machines', 'machines/probe.ts', "import { settings } from '../db/schema';" + use('settings')],
    ['db', 'db/probe.ts', "import { contract } from '../ipc/contract';" + use('contract')],
    ['db', 'db/probe.ts', "import { dispatch } from '../handlers/dispatch';" + use('dispatch')],
    ['db', 'db/probe.ts', "import { useState } from 'react';" + use('useState')],
    ['i18n', 'i18n/probe.ts', "import { settings } from '../db/schema';" + use('settings')],
    ['i18n', 'i18n/probe.ts', "import { useState } from 'react';" + use('useState')],
    ['formats', 'formats/probe.ts', "import { openDatabase } from '../db/client';" + use('openDatabase')],
    ['formats', 'formats/probe.ts', "import fs from 'node:fs';" + use('fs')],
    ['ipc', 'ipc/probe.ts', "import { settings } from '../db/schema';" + use('settings')],
    ['ipc', 'ipc/probe.ts', "import { catalogue } from '../i18n/catalogue';" + use('catalogue')],
    ['handlers', 'handlers/probe.ts', "import { CONTENT_SECURITY_POLICY } from '../electron/security';" + use('CONTENT_SECURITY_POLICY')],
    ['handlers', 'handlers/probe.ts', "import { app } from 'electron';" + use('app')],
    ['handlers', 'handlers/probe.ts', "import { call } from '../renderer/api/client';" + use('call')],
    ['electron', 'electron/probe.ts', "import { call } from '../renderer/api/client';" + use('call')],
    ['electron', 'electron/probe.ts', "import { useState } from 'react';" + use('useState')],
    ['renderer', 'renderer/probe.ts', "import { dispatch } from '../handlers/dispatch';" + use('dispatch')],
    ['renderer', 'renderer/probe.ts', "import { openDatabase } from '../db/client';" + use('openDatabase')],
    ['renderer', 'renderer/probe.ts', "import { CONTENT_SECURITY_POLICY } from '../electron/security';" + use('CONTENT_SECURITY_POLICY')],
    ['renderer', 'renderer/probe.ts', "import fs from 'node:fs';" + use('fs')],
    ['renderer', 'renderer/probe.ts', "import Database from 'better-sqlite3';" + use('Database')],
    ['renderer', 'renderer/probe.ts', "import { invalidInput } from '../ipc/errors';" + use('invalidInput')],
    ['a test in machines/', 'machines/probe.test.ts', "import { useState } from 'react';" + use('useState')],
  ])('%s: refuses %#', async (_layer, file, code) => {
    expect(await rulesFor(file, code)).toContain(BOUNDARY);
  });

  it.each([
    ['domain', 'domain/probe.ts', "import { addDays } from 'date-fns';\nimport { z } from 'zod';\nimport { isValidIBAN } from 'ibantools';" + use('addDays', 'z', 'isValidIBAN')],
    ['machines', 'machines/probe.ts', "import { setup } from 'xstate';\nimport { formatCents } from '../domain/money';" + use('setup', 'formatCents')],
    ['db', 'db/probe.ts', "import { eq } from 'drizzle-orm';\nimport fs from 'node:fs';\nimport { todayInAmsterdam } from '../domain/dates';" + use('eq', 'fs', 'todayInAmsterdam')],
    ['i18n', 'i18n/probe.ts', "import { IntlMessageFormat } from 'intl-messageformat';\nimport { callScriptMachine } from '../machines/call-script.machine';" + use('IntlMessageFormat', 'callScriptMachine')],
    ['ipc', 'ipc/probe.ts', "import { z } from 'zod';\nimport { formatCents } from '../domain/money';" + use('z', 'formatCents')],
    ['handlers', 'handlers/probe.ts', "import { openDatabase } from '../db/client';\nimport { contract } from '../ipc/contract';\nimport { catalogue } from '../i18n/catalogue';" + use('openDatabase', 'contract', 'catalogue')],
    ['electron', 'electron/probe.ts', "import { app } from 'electron';\nimport { dispatch } from '../handlers/dispatch';\nimport path from 'node:path';" + use('app', 'dispatch', 'path')],
    ['renderer', 'renderer/probe.ts', "import { useState } from 'react';\nimport { contract } from '../ipc/contract';\nimport { validationIssues } from '../ipc/validation';\nimport type { AppErrorShape } from '../ipc/errors';\nimport { catalogue } from '../i18n/catalogue';\nimport { callScriptMachine } from '../machines/call-script.machine';\nexport type Shape = AppErrorShape;" + use('useState', 'contract', 'validationIssues', 'catalogue', 'callScriptMachine')],
    ['scripts', 'scripts/probe.ts', "import http from 'node:http';\nimport { dispatch } from '../handlers/dispatch';\nimport { CONTENT_SECURITY_POLICY } from '../electron/security';" + use('http', 'dispatch', 'CONTENT_SECURITY_POLICY')],
    ['test', 'test/probe.ts', "import { chromium } from 'playwright-core';\nimport { call } from '../renderer/api/client';\nimport { openDatabase } from '../db/client';" + use('chromium', 'call', 'openDatabase')],
    ['a test in machines/', 'machines/probe.test.ts', "import { describe } from 'vitest';\nimport { setup } from 'xstate';" + use('describe', 'setup')],
    ['a test in domain/', 'domain/probe.test.ts', "import { catalogue } from '../i18n/catalogue';\nimport { refusalOf } from '../test/refusal-text';" + use('catalogue', 'refusalOf')],
  ])('%s: allows %#', async (_layer, file, code) => {
    expect(await rulesFor(file, code)).toEqual([]);
  });

  it('every file belongs to a layer', async () => {
    expect(await rulesFor('tools/probe.ts', 'export const x = 1;')).toContain('boundaries/no-unknown-files');
  });

  it('keeps db/ out of the contract and the application (refusals are decided in handlers/)', async () => {
    expect(await rulesFor('db/probe.ts', "import { AppError } from '../ipc/errors';" + use('AppError'))).toContain(BOUNDARY);
    expect(await rulesFor('db/probe.ts', "import { dispatch } from '../handlers/dispatch';" + use('dispatch'))).toContain(BOUNDARY);
  });

  it("lets a handler's test read the tables with drizzle, but not the handler itself", async () => {
    expect(await rulesFor('handlers/probe.test.ts', "import { eq } from 'drizzle-orm';" + use('eq'))).toEqual([]);
    expect(await rulesFor('handlers/probe.ts', "import { eq } from 'drizzle-orm';" + use('eq'))).toContain(BOUNDARY);
  });
});

describe('the renderer reaches the application only through renderer/api/client.ts', () => {
  it.each([
    ['fetch', "export const load = () => fetch('./api/debtors:list');", 'no-restricted-globals'],
    ['window.fetch', "export const load = () => window.fetch('./api/debtors:list');", 'no-restricted-syntax'],
    ['XMLHttpRequest', 'export const request = new XMLHttpRequest();', 'no-restricted-globals'],
    ['the Electron bridge', "export const load = () => window.belwijzer?.invoke('debtors:list', {});", 'no-restricted-syntax'],
    ['a Node global', 'export const mode = process.env.NODE_ENV;', 'no-restricted-globals'],
  ])('refuses %s in a screen', async (_what, code, rule) => {
    expect(await rulesFor('renderer/screens/Probe.ts', code)).toContain(rule);
  });

  it('allows them in renderer/api/client.ts', async () => {
    const code = "export const load = () => (window.belwijzer ? window.belwijzer.invoke('debtors:list', {}) : fetch('./api/debtors:list'));";
    expect(await rulesFor('renderer/api/client.ts', code)).toEqual([]);
  });
});

describe('TypeScript and React hooks', () => {
  it('refuses an explicit any', async () => {
    expect(await rulesFor('domain/probe.ts', 'export const x = (value: any) => value;')).toContain('@typescript-eslint/no-explicit-any');
  });

  it('refuses a hook called conditionally', async () => {
    const code = "import { useState } from 'react';\nexport function Probe({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n";
    expect(await rulesFor('renderer/Probe.tsx', code)).toContain('react-hooks/rules-of-hooks');
  });

  it('refuses setting state synchronously in an effect', async () => {
    const code =
      "import { useEffect, useState } from 'react';\nexport function Probe({ n }: { n: number }) {\n  const [s, setS] = useState(0);\n  useEffect(() => setS(n), [n]);\n  return s;\n}\n";
    expect(await rulesFor('renderer/Probe.tsx', code)).toContain('react-hooks/set-state-in-effect');
  });
});
