// The Electron security checklist in one place, as plain data and functions so it can be unit-tested.
import type { WebPreferences } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'belwijzer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** Only our own bundle, served from the app:// scheme, may call the handlers. */
export function isTrustedSenderUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

// Minimal structural types, so tests can pass plain objects instead of Electron's classes.
interface NavigationEvent {
  preventDefault(): void;
}
export interface HardenableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: NavigationEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}
export interface HardenableSession {
  setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/** A phone number link as the renderer makes them (domain/phone.ts telHref): the only address handed to the system. */
export const isTelUrl = (url: string): boolean => /^tel:\+\d{6,15}$/.test(url);

/**
 * No navigation away from the app, no new windows, no webviews. A click on a phone number (`tel:`) is
 * handed to the system (`dial`, shell.openExternal), so the collector's softphone dials it.
 */
export function hardenContents(contents: HardenableContents, dial: (url: string) => void = () => {}): void {
  // In-app routes are hash changes, which never fire will-navigate: anything that does leaves the app.
  const block = (event: NavigationEvent) => event.preventDefault();
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (isTelUrl(url)) dial(url);
  });
  contents.on('will-redirect', block);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The app needs no camera, microphone, notifications, geolocation…: every request is denied. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Maps an app:// URL to a file inside the bundle folder, or null when it would leave it. */
export function resolveBundlePath(url: string, bundleDir: string, join: (...p: string[]) => string, normalize: (p: string) => string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname === '/' ? '/index.html' : u.pathname);
  } catch {
    return null; // a malformed percent-escape ('%', '%E0%A4%A') names no file of ours
  }
  if (rel.includes('\0')) return null;
  const full = normalize(join(bundleDir, rel));
  const root = normalize(join(bundleDir, '/'));
  return full.startsWith(root) ? full : null;
}
