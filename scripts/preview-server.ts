// The browser preview: the built renderer and the same handlers over HTTP on 127.0.0.1 only.
// Only the transport differs from Electron: a per-launch token replaces the sender-frame check.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '../db/client';
import { seedDemoLedger } from '../db/demo-ledger';
import { seedDemoActivity } from '../db/demo-activity';
import { todayInAmsterdam } from '../domain/dates';
import { dispatch } from '../handlers/dispatch';
import type { HandlerContext } from '../handlers/context';
import { CONTENT_SECURITY_POLICY } from '../electron/security';

export const TOKEN_HEADER = 'x-belwijzer-token';
const MAX_BODY = 1024 * 1024;

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
  staticDir: string;
  port?: number;
  now?: () => Date;
  version?: string;
  migrationsFolder?: string;
  /** A new demo ledger also gets its history (calls, promises, a plan, letters); tests may leave it out. */
  demoActivity?: boolean;
}

export interface PreviewServer {
  url: string;
  origin: string;
  token: string;
  dbFile: string;
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

const jsonError = (code: string, message: string) => JSON.stringify({ ok: false, error: { code, message } });

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const now = options.now ?? (() => new Date());
  const opened = openDatabase(options.dbFile, options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {});
  const demoLedgerCreated = seedDemoLedger(opened.db, todayInAmsterdam(now()));
  if (demoLedgerCreated && options.demoActivity !== false) seedDemoActivity(opened.db, todayInAmsterdam(now()));
  const token = crypto.randomBytes(24).toString('base64url');
  const staticRoot = path.resolve(options.staticDir);
  let origin = '';
  const ctx: HandlerContext = {
    db: opened.db,
    now,
    dataFile: path.resolve(options.dbFile),
    transport: 'preview',
    version: options.version ?? '0.0.0',
    demoLedgerCreated,
  };

  const server = http.createServer(async (req, res) => {
    // DNS rebinding and cross-site requests: the Host must be ours, and so must any Origin.
    if (req.headers.host !== origin.replace('http://', '')) return send(res, 403, jsonError('forbidden', 'Onbekende host'));
    if (req.headers.origin && req.headers.origin !== origin) return send(res, 403, jsonError('forbidden', 'Andere herkomst geweigerd'));
    const url = new URL(req.url ?? '/', origin);

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, jsonError('invalid_input', 'Alleen POST'));
      const given = String(req.headers[TOKEN_HEADER] ?? '');
      if (given.length !== token.length || !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(token)))
        return send(res, 403, jsonError('forbidden', 'Ongeldig of ontbrekend toegangstoken'));
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
        return send(res, 415, jsonError('invalid_input', 'Verwacht JSON'));
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body === '' ? {} : JSON.parse(body);
      } catch {
        return send(res, 400, jsonError('invalid_input', 'De aanvraag is geen geldige JSON of is te groot'));
      }
      const channelName = safeDecode(url.pathname.slice('/api/'.length));
      if (channelName === null) return send(res, 400, jsonError('invalid_input', 'Ongeldig kanaal in het adres'));
      const result = await dispatch(ctx, channelName, input);
      return send(res, 200, JSON.stringify(result));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    const rel = url.pathname === '/' ? '/index.html' : safeDecode(url.pathname);
    if (rel === null) return send(res, 404, 'Niet gevonden', 'text/plain');
    const file = path.normalize(path.join(staticRoot, rel));
    if (!file.startsWith(staticRoot + path.sep)) return send(res, 404, 'Niet gevonden', 'text/plain');
    fs.readFile(file, (err, data) => {
      if (err) return send(res, 404, 'Niet gevonden', 'text/plain');
      send(res, 200, data, MIME[path.extname(file)] ?? 'application/octet-stream');
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    dbFile: ctx.dataFile,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          opened.close();
          resolve();
        });
      }),
  };
}
