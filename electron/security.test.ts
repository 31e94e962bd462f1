import path from 'node:path';
import {
  CONTENT_SECURITY_POLICY, hardenContents, hardenSession, isTrustedSenderUrl, resolveBundlePath, secureWebPreferences,
} from './security';

describe('Electron security checklist', () => {
  it('isolates the renderer: context isolation, sandbox, no Node', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
    });
    expect(prefs.preload).toBe('/app/preload.cjs');
  });

  it('has a strict CSP: only our own scripts, no inline script, no eval, no plugins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('trusts only frames of the app:// bundle', () => {
    expect(isTrustedSenderUrl('app://belwijzer/index.html')).toBe(true);
    expect(isTrustedSenderUrl('app://belwijzer/index.html#/debtors/3')).toBe(true);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'http://127.0.0.1:5173/', '', undefined, null, 'not a url'])
      expect(isTrustedSenderUrl(url)).toBe(false);
  });

  it('blocks navigation, redirects, webviews and new windows', () => {
    const listeners: Record<string, (e: { preventDefault(): void }, url?: string) => void> = {};
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    hardenContents({
      on: (event: string, l: never) => {
        listeners[event] = l;
      },
      setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => {
        openHandler = h;
      },
    } as never);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = { prevented: false, preventDefault() { this.prevented = true; } };
      listeners[event]!(e, 'https://evil.example/');
      expect(e.prevented, event).toBe(true);
    }
    expect(openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('hands a phone number link to the system to dial, and nothing else', () => {
    const listeners: Record<string, (e: { preventDefault(): void }, url?: string) => void> = {};
    const dialled: string[] = [];
    hardenContents({ on: (event: string, l: never) => void (listeners[event] = l), setWindowOpenHandler: () => {} } as never, (url) => dialled.push(url));
    for (const url of ['tel:+31294412345', 'tel:+31 294', 'tel:0294412345', 'mailto:a@b.nl', 'https://evil.example/', 'file:///etc/passwd']) {
      const e = { prevented: false, preventDefault() { this.prevented = true; } };
      listeners['will-navigate']!(e, url);
      expect(e.prevented, url).toBe(true);
    }
    expect(dialled).toEqual(['tel:+31294412345']);
  });

  it('denies every permission request and check', () => {
    let request: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    hardenSession({ setPermissionRequestHandler: (h) => (request = h), setPermissionCheckHandler: (h) => (check = h) });
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read']) request!(null, p, (g) => answers.push(g));
    expect(answers).toEqual([false, false, false, false]);
    expect(check!()).toBe(false);
  });

  it('serves only files inside the bundle from app://', () => {
    const dir = '/opt/belwijzer/dist/renderer';
    expect(resolveBundlePath('app://belwijzer/', dir, path.join, path.normalize)).toBe(`${dir}/index.html`);
    expect(resolveBundlePath('app://belwijzer/assets/index.js', dir, path.join, path.normalize)).toBe(`${dir}/assets/index.js`);
    expect(resolveBundlePath('app://belwijzer/..%2F..%2Fsecret', dir, path.join, path.normalize)).toBeNull();
    expect(resolveBundlePath('app://other/index.html', dir, path.join, path.normalize)).toBeNull();
  });

  it('answers a malformed percent-escape or a NUL byte with null instead of throwing', () => {
    const dir = '/opt/belwijzer/dist/renderer';
    for (const url of ['app://belwijzer/%', 'app://belwijzer/%E0%A4%A', 'app://belwijzer/assets/%zz.js', 'app://belwijzer/%00', 'app://belwijzer/index.html%00.js'])
      expect(resolveBundlePath(url, dir, path.join, path.normalize), url).toBeNull();
    expect(resolveBundlePath('app://belwijzer/assets/caf%C3%A9.svg', dir, path.join, path.normalize)).toBe(`${dir}/assets/café.svg`);
  });
});
