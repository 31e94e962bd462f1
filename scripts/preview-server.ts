// The browser preview: the built renderer and the same handlers over HTTP on 127.0.0.1 only.
// Only the transport differs from Electron: a per-launch token replaces the sender-frame check.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Message } from '../domain/message';
import { dispatch } from '../handlers/dispatch';
import { openLedgerFiles } from '../handlers/ledger-files';
import { CONTENT_SECURITY_POLICY } from '../electron/security';

export const TOKEN_HEADER = 'x-belwijzer-token';
/** The largest request body we accept; the biggest real request (a call outcome) is a few kB. */
export const MAX_BODY = 1024 * 1024;
/** Channels that carry a file the collector chose (up to 50 MB, as base64 in JSON). */
const FILE_CHANNELS = new Set(['imports:inspectOpenItems', 'imports:previewOpenItems', 'imports:confirmOpenItems', 'bank:import']);
const MAX_FILE_BODY = 72 * 1024 * 1024;
/** Past this much an oversized body is no longer read to its end to answer 413: the connection is cut. */
const DISCARD_LIMIT = 16 * MAX_BODY;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface PreviewOptions {
  dbFile: string;
  /** The built renderer to serve; without it only /api is served (npm run dev, where Vite serves the renderer). */
  staticDir?: string;
  /**
   * Origins of a dev server that proxies /api here (npm run dev): requests with its Host and Origin are
   * taken as our own. The token is still required.
   */
  trustedOrigins?: readonly string[];
  port?: number;
  now?: () => Date;
  version?: string;
  migrationsFolder?: string;
  /**
   * 'ask' (npm run preview): a new data file gets the first-start screen, and the demo lives in a file
   * of its own. 'demo' (the default, for tests and the dev server): an empty data file gets the demo.
   */
  start?: 'ask' | 'demo';
  /** A new demo ledger also gets its history (calls, promises, a plan, letters); tests may leave it out. */
  demoActivity?: boolean;
  /** Tests make these short to see a slow client cut off; the defaults suit a person's browser. */
  timeouts?: Partial<PreviewTimeouts>;
}

export interface PreviewTimeouts {
  /** All request headers must have arrived within this time. */
  headersMs: number;
  /** The whole request, body included, within this time. */
  requestMs: number;
  /** How often Node checks connections against those limits. */
  checkIntervalMs: number;
}

const DEFAULT_TIMEOUTS: PreviewTimeouts = { headersMs: 10_000, requestMs: 30_000, checkIntervalMs: 1_000 };

export interface PreviewServer {
  url: string;
  origin: string;
  token: string;
  dbFile: string;
  /** Why the ledger can only be viewed, or null. */
  readOnly: Message | null;
  /** What the user should know at start (little disk space left), or null. */
  warning: Message | null;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8') {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

/** A malformed percent-escape (e.g. '/%E0%A4%A') is a bad request, not an exception that stops the server. */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * The path of a request target, without query or fragment, or null when it is not an origin-form
 * path ('/…'). Parsed by hand: `new URL('//', origin)` reads '//' as a host and throws.
 */
export function requestPath(target: string | undefined): string | null {
  if (!target || !target.startsWith('/')) return null;
  const end = target.search(/[?#]/);
  return end < 0 ? target : target.slice(0, end);
}

/** A refused request, in the contract's error shape (errors.request_refused names the reason). */
const jsonError = (code: string, reason: string) => JSON.stringify({ ok: false, error: { code, message: { key: 'errors.request_refused', params: { reason } } } });

class BodyTooLarge extends Error {}

/**
 * The request body as text, at most `limit` bytes. A larger body is read to its end and thrown away
 * (so the client gets the 413 instead of a reset connection), up to `discardLimit` bytes; past that the
 * client is sending far more than any request of ours, and the connection is cut.
 */
function readBody(req: http.IncomingMessage, limit: number, discardLimit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
      else if (size > discardLimit) {
        req.destroy();
        reject(new BodyTooLarge());
      }
    });
    req.on('end', () => (size > limit ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const now = options.now ?? (() => new Date());
  const files = openLedgerFiles(
    options.dbFile,
    { now, transport: 'preview', version: options.version ?? '0.0.0' },
    {
      start: options.start ?? 'demo',
      demoActivity: options.demoActivity,
      backups: options.start === 'ask',
      open: options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {},
    },
  );
  const token = crypto.randomBytes(24).toString('base64url');
  const staticRoot = options.staticDir ? path.resolve(options.staticDir) : null;
  let origin = '';
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS rebinding and cross-site requests: the Host must be ours, and so must any Origin.
    const ours = [origin, ...(options.trustedOrigins ?? [])];
    if (!ours.some((o) => req.headers.host === o.replace('http://', ''))) return send(res, 403, jsonError('forbidden', 'host'));
    if (req.headers.origin && !ours.includes(req.headers.origin)) return send(res, 403, jsonError('forbidden', 'origin'));
    const pathname = requestPath(req.url);
    if (pathname === null) return send(res, 400, 'Ongeldig adres', 'text/plain; charset=utf-8');

    if (pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, jsonError('invalid_input', 'method'));
      const given = String(req.headers[TOKEN_HEADER] ?? '');
      if (given.length !== token.length || !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(token)))
        return send(res, 403, jsonError('forbidden', 'token'));
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
        return send(res, 415, jsonError('invalid_input', 'content_type'));
      const channelName = safeDecode(pathname.slice('/api/'.length));
      if (channelName === null) return send(res, 400, jsonError('invalid_input', 'channel'));
      const limit = FILE_CHANNELS.has(channelName) ? MAX_FILE_BODY : MAX_BODY;
      if (Number(req.headers['content-length'] ?? 0) > Math.max(limit, DISCARD_LIMIT)) {
        res.setHeader('Connection', 'close');
        return send(res, 413, jsonError('invalid_input', 'too_large'));
      }
      let body: string;
      try {
        body = await readBody(req, limit, Math.max(limit, DISCARD_LIMIT));
      } catch (error) {
        if (error instanceof BodyTooLarge) return send(res, 413, jsonError('invalid_input', 'too_large'));
        throw error;
      }
      let input: unknown;
      try {
        input = body === '' ? {} : JSON.parse(body);
      } catch {
        return send(res, 400, jsonError('invalid_input', 'body'));
      }
      const result = await dispatch(files.current(), channelName, input);
      return send(res, 200, JSON.stringify(result));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    if (!staticRoot) return send(res, 404, 'Niet gevonden', 'text/plain; charset=utf-8');
    const rel = pathname === '/' ? '/index.html' : safeDecode(pathname);
    // A NUL byte makes fs throw instead of answering ENOENT; no file of the bundle has one.
    if (rel === null || rel.includes('\0')) return send(res, 404, 'Niet gevonden', 'text/plain; charset=utf-8');
    const file = path.normalize(path.join(staticRoot, rel));
    if (!file.startsWith(staticRoot + path.sep)) return send(res, 404, 'Niet gevonden', 'text/plain; charset=utf-8');
    let data: Buffer;
    try {
      data = await fs.promises.readFile(file);
    } catch {
      return send(res, 404, 'Niet gevonden', 'text/plain; charset=utf-8');
    }
    send(res, 200, data, MIME[path.extname(file)] ?? 'application/octet-stream');
  }

  const server = http.createServer(
    {
      // A client that trickles its headers or body holds a connection; cut it off (408) in time.
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      connectionsCheckingInterval: timeouts.checkIntervalMs,
    },
    (req, res) => {
      // Whatever goes wrong answering one request is that request's 500: the server keeps running.
      handle(req, res).catch((error: unknown) => {
        if (req.destroyed || res.destroyed) return; // the client went away (or was cut off): nobody to answer
        console.error('[belwijzer] preview: verzoek mislukt', error);
        if (!res.headersSent) send(res, 500, jsonError('internal', 'internal'));
        else res.destroy();
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    dbFile: files.current().dataFile,
    readOnly: files.first.readOnly,
    warning: files.first.warning,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          files.close();
          resolve();
        });
      }),
  };
}
