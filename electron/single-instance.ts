// One Belwijzer per user: a second start hands over to the running one, which comes to the front.
// Two desktop instances on one ledger would each keep their own open call and screens; the file
// itself stays safe either way (WAL, busy timeout, writes under BEGIN IMMEDIATE).
export interface SingleInstanceApp {
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string, additionalData: unknown) => void): unknown;
  quit(): void;
}

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * True when this is the only instance (go on starting); false when another one runs, which is then
 * told to come forward, and this one quits. `onOtherFile` hears when the second start asked for a
 * different ledger (--db), which the running instance cannot switch to.
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  dataFile: string,
  currentWindow: () => FocusableWindow | null,
  onOtherFile: (requested: string) => void,
): boolean {
  if (!app.requestSingleInstanceLock({ dataFile })) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, _argv, _cwd, additionalData) => {
    const win = currentWindow();
    if (win && !win.isDestroyed()) {
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    }
    const requested = (additionalData as { dataFile?: unknown } | null)?.dataFile;
    if (typeof requested === 'string' && requested !== dataFile) onOtherFile(requested);
  });
  return true;
}
