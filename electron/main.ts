// The thin Electron shell: open the ledger (migrating first), then one locked-down window.
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, shell } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LedgerOpenError } from '../db/client';
import { openLedgerFiles } from '../handlers/ledger-files';
import { message } from '../domain/message';
import { PRINT_CHANNEL, type PrintRequest } from '../ipc/bridge';
import type { HandlerContext } from '../handlers/context';
import { registerIpcHandlers, FORBIDDEN } from './ipc';
import { compileContractWhenIdle } from '../handlers/compiled-contract';
import { resolveDataFile } from './data-file';
import { printFromWindow } from './print';
import { claimSingleInstance } from './single-instance';
import { startupText } from './startup-text';
import {
  APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, hardenContents, hardenSession, isTrustedSenderUrl, resolveBundlePath, secureWebPreferences,
} from './security';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// Packaged: resources/app.asar/{dist,dist-electron} and resources/migrations (extraResources).
const appRoot = app.getAppPath();
const bundleDir = path.join(appRoot, 'dist', 'renderer');
const migrationsFolder = app.isPackaged ? path.join(process.resourcesPath, 'migrations') : path.join(appRoot, 'db', 'migrations');
const dataFile = resolveDataFile(process.argv, process.env, app.getPath('userData'));
let mainWindow: BrowserWindow | null = null;

const text = (key: string, params?: Record<string, string>) => startupText(message(key, params), app.getLocale());

/** The data file as it is: a new one gets the first-start screen (own administration or the demo, in a file of its own). */
function openLedger(): (() => HandlerContext) | null {
  try {
    const files = openLedgerFiles(dataFile, { now: () => new Date(), transport: 'electron', version: app.getVersion() }, { start: 'ask', backups: true, open: { migrationsFolder } });
    app.on('will-quit', () => files.close());
    for (const notice of [files.first.readOnly, files.first.warning]) if (notice) dialog.showMessageBoxSync({ type: 'warning', title: 'Belwijzer', message: startupText(notice, app.getLocale()) });
    return files.current;
  } catch (error) {
    const detail = error instanceof LedgerOpenError ? startupText(error.text, app.getLocale()) : text('startup.cannotOpen', { file: dataFile, reason: String(error) });
    dialog.showErrorBox(text('startup.title'), detail);
    return null;
  }
}

async function createWindow(): Promise<void> {
  const ctx = openLedger();
  if (!ctx) {
    app.exit(1);
    return;
  }
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveBundlePath(request.url, bundleDir, path.join, path.normalize);
    if (!file) return new Response('Niet gevonden', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
  registerIpcHandlers(ipcMain, ctx);
  void compileContractWhenIdle();

  const win = (mainWindow = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    title: 'Belwijzer',
    show: false,
    webPreferences: secureWebPreferences(path.join(appRoot, 'dist-electron', 'preload.cjs')),
  }));
  ipcMain.handle(PRINT_CHANNEL, async (event, request: PrintRequest) => {
    if (!isTrustedSenderUrl(event.senderFrame?.url)) return FORBIDDEN;
    if (!request || (request.mode !== 'print' && request.mode !== 'pdf') || typeof request.suggestedFileName !== 'string') {
      return { ok: false, error: { code: 'invalid_input', message: { key: 'errors.print_request' } } };
    }
    return printFromWindow(win, dialog, request);
  });
  win.once('ready-to-show', () => win.show());
  await win.loadURL(`${APP_ORIGIN}/index.html`);
}

// A second start brings this window forward instead of opening the ledger twice.
const onlyInstance = claimSingleInstance(app, dataFile, () => mainWindow, (requested) =>
  dialog.showMessageBox({ type: 'info', title: 'Belwijzer', message: text('startup.alreadyRunning', { file: dataFile, requested }) }),
);
if (onlyInstance) {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, (url) => void shell.openExternal(url)));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(createWindow, (error) => {
    dialog.showErrorBox(text('startup.title'), String(error));
    app.exit(1);
  });
}
