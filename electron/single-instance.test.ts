import { claimSingleInstance, type FocusableWindow, type SingleInstanceApp } from './single-instance';
import { startupLanguage, startupText } from './startup-text';

/** Two starts sharing one lock, the way Electron's requestSingleInstanceLock behaves across processes. */
function sharedLock() {
  let held = false;
  const running: { listener?: (e: unknown, argv: string[], cwd: string, data: unknown) => void } = {};
  const start = (): SingleInstanceApp & { quitted: boolean } => {
    const app = {
      quitted: false,
      requestSingleInstanceLock(data?: Record<string, unknown>) {
        if (held) {
          running.listener?.({}, ['belwijzer'], '/', data);
          return false;
        }
        held = true;
        return true;
      },
      on(_event: 'second-instance', listener: (e: unknown, argv: string[], cwd: string, data: unknown) => void) {
        running.listener = listener;
      },
      quit() {
        app.quitted = true;
      },
    };
    return app;
  };
  return { start };
}

function windowState(minimized = true) {
  const calls: string[] = [];
  const win: FocusableWindow = {
    isDestroyed: () => false,
    isMinimized: () => minimized,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
  return { win, calls };
}

describe('one Belwijzer at a time', () => {
  it('the first start keeps going; a second start quits and brings the first window forward', () => {
    const lock = sharedLock();
    const { win, calls } = windowState();
    const first = lock.start();
    expect(claimSingleInstance(first, '/data/belwijzer.sqlite', () => win, () => {})).toBe(true);
    expect(first.quitted).toBe(false);

    const second = lock.start();
    expect(claimSingleInstance(second, '/data/belwijzer.sqlite', () => null, () => {})).toBe(false);
    expect(second.quitted).toBe(true);
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });

  it('tells the running one when the second start asked for another ledger', () => {
    const lock = sharedLock();
    const heard: string[] = [];
    claimSingleInstance(lock.start(), '/data/belwijzer.sqlite', () => windowState(false).win, (f) => heard.push(f));
    claimSingleInstance(lock.start(), '/data/belwijzer.sqlite', () => null, () => {});
    claimSingleInstance(lock.start(), '/elders/proef.sqlite', () => null, () => {});
    expect(heard).toEqual(['/elders/proef.sqlite']);
  });

  it('a second start before the first window exists is simply refused', () => {
    const lock = sharedLock();
    claimSingleInstance(lock.start(), '/data/b.sqlite', () => null, () => {});
    const second = lock.start();
    expect(() => claimSingleInstance(second, '/data/b.sqlite', () => null, () => {})).not.toThrow();
    expect(second.quitted).toBe(true);
  });
});

describe('start-up texts', () => {
  it('speak English on an English system and Dutch otherwise', () => {
    expect(startupLanguage('en-US')).toBe('en');
    expect(startupLanguage('nl-NL')).toBe('nl');
    expect(startupLanguage('de')).toBe('nl');
    expect(startupText({ key: 'startup.alreadyRunning', params: { file: 'a.sqlite', requested: 'b.sqlite' } }, 'en-GB')).toMatch(
      /already running, with the ledger a\.sqlite\. Close Belwijzer first to open b\.sqlite/,
    );
    expect(startupText({ key: 'startup.title' }, 'nl-BE')).toBe('Belwijzer kan niet starten');
  });
});
