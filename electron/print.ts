// Letters print through the system dialog, or are saved as PDF with printToPDF.
import type { BrowserWindow, Dialog } from 'electron';
import fs from 'node:fs/promises';
import type { PrintRequest } from '../ipc/bridge';
import type { IpcResult } from '../ipc/errors';

export async function printFromWindow(win: BrowserWindow, dialog: Dialog, request: PrintRequest): Promise<IpcResult<{ savedTo: string | null }>> {
  const name = request.suggestedFileName.replace(/[^\w.\- ]+/g, '_').slice(0, 120) || 'brief.pdf';
  if (request.mode === 'print') {
    const ok = await new Promise<boolean>((resolve) =>
      win.webContents.print({ silent: false, printBackground: true, pageSize: 'A4' }, (success) => resolve(success)),
    );
    return ok ? { ok: true, data: { savedTo: null } } : { ok: false, error: { code: 'not_allowed', message: { key: 'errors.print_failed' } } };
  }
  const target = await dialog.showSaveDialog(win, { defaultPath: name.endsWith('.pdf') ? name : `${name}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  if (target.canceled || !target.filePath) return { ok: true, data: { savedTo: null } };
  const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  await fs.writeFile(target.filePath, pdf);
  return { ok: true, data: { savedTo: target.filePath } };
}
