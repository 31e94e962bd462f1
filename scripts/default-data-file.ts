// Where the ledger lives when no --db or BELWIJZER_DB names it: the desktop app's data folder
// (Electron's userData for "Belwijzer"), so the preview and the command line use the same file.
import os from 'node:os';
import path from 'node:path';

export function defaultDataFile(): string {
  const base =
    process.platform === 'win32'
      ? process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming')
      : process.platform === 'darwin'
        ? path.join(os.homedir(), 'Library', 'Application Support')
        : process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
  return path.join(base, 'Belwijzer', 'belwijzer.sqlite');
}
