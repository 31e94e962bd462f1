import http from 'node:http';
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_BODY, startPreviewServer, TOKEN_HEADER, type PreviewServer } from './preview-server';
import { tempDbFile } from '../db/test-db';
import { refusalText } from '../test/refusal-text';

let server: PreviewServer;
const staticDir = fs.mkdtempSync(path.join(path.dirname(tempDbFile()), 'static-'));
fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Belwijzer</title>');

beforeAll(async () => {
  server = await startPreviewServer({ dbFile: tempDbFile(), staticDir });
});
afterAll(() => server.close());

const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, ...headers },
    body: JSON.stringify(body),
  });

describe('browser preview transport', () => {
  it('listens on 127.0.0.1 only, on a random port, and prints a URL with the token', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/#token=${server.token}`);
  });

  it('serves the same handlers: the demo ledger is there', async () => {
    const res = await api('debtors:list', { search: 'Leeflang' });
    const body = await res.json();
    expect(body.ok).toBe(true);
    expect(body.data.rows[0].openCents).toBe(313522);
  });

  it('refuses requests without the per-launch token, or with a wrong one', async () => {
    expect((await api('debtors:list', {}, { [TOKEN_HEADER]: '' })).status).toBe(403);
    expect((await api('debtors:list', {}, { [TOKEN_HEADER]: 'x'.repeat(server.token.length) })).status).toBe(403);
  });

  it('refuses other origins', async () => {
    const res = await api('debtors:list', {}, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('answers a payload that breaks the contract with a typed error and no stack trace', async () => {
    const body = await (await api('settings:update', { company: { name: '' } })).json();
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('invalid_input');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
    const unknown = await (await api('nope:nothing', {})).json();
    expect(unknown.error.message).toEqual({ key: 'errors.unknown_channel', params: { channel: 'nope:nothing' } });
  });

  it('serves static files but never outside the bundle', async () => {
    const ok = await fetch(`${server.origin}/`);
    expect(await ok.text()).toContain('Belwijzer');
    expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
    const escape = await fetch(`${server.origin}/..%2F..%2Fetc%2Fpasswd`);
    expect(escape.status).toBe(404);
  });
});

/** One raw HTTP exchange over a socket, for requests Node's own client refuses to send; resolves with what came back. */
function rawExchange(origin: string, request: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const url = new URL(origin);
    const socket = net.connect(Number(url.port), url.hostname, () => socket.write(request));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (d: string) => (answer += d));
    socket.on('end', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}
const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);

describe('browser preview robustness: no single request stops it', () => {
  const raw = (path: string, headers: Record<string, string> = {}, method = 'GET', body?: string | Buffer) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(server.origin);
      const req = http.request({ host: url.hostname, port: url.port, path, method, headers: { host: url.host, ...headers } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.end(body ?? (method === 'POST' ? '{}' : undefined));
    });
  const apiHeaders = () => ({ 'content-type': 'application/json', [TOKEN_HEADER]: server.token });
  const stillServing = async () => expect((await fetch(`${server.origin}/`)).status).toBe(200);

  it('answers a malformed percent-escape with an error instead of stopping, and keeps serving', async () => {
    expect((await raw('/%E0%A4%A')).status).toBe(404);
    expect((await raw('/%')).status).toBe(404);
    expect((await raw('/api/%E0%A4%A', apiHeaders(), 'POST')).status).toBe(400);
    await stillServing();
  });

  it('answers "//", "*" and other odd targets with 4xx', async () => {
    const get = async (target: string) =>
      statusOf(await rawExchange(server.origin, `GET ${target} HTTP/1.1\r\nHost: ${new URL(server.origin).host}\r\nConnection: close\r\n\r\n`));
    expect(await get('//')).toBe(404);
    expect(await get('//evil.example/x')).toBe(404);
    expect(await get('*')).toBe(400);
    expect(await get(`${server.origin}/`)).toBe(400); // absolute-form: only proxies get those
    await stillServing();
  });

  it('answers an encoded NUL with 404 and a raw NUL byte with 400', async () => {
    expect((await raw('/%00')).status).toBe(404);
    expect((await raw('/assets/%00.js')).status).toBe(404);
    expect(refusalText(JSON.parse((await raw('/api/debtors%00list', apiHeaders(), 'POST')).body).error)).toMatch(/Onbekend kanaal/);
    const host = new URL(server.origin).host;
    expect(statusOf(await rawExchange(server.origin, Buffer.from(`GET /\0 HTTP/1.1\r\nHost: ${host}\r\n\r\n`, 'latin1')))).toBe(400);
    expect(statusOf(await rawExchange(server.origin, Buffer.from(`GET / HTTP/1.1\r\nHost: ${host}\r\nX-A: a\0b\r\n\r\n`, 'latin1')))).toBe(400);
    await stillServing();
  });

  it('answers a body over 1 MiB with 413 and a readable error, not a reset connection', async () => {
    const big = JSON.stringify({ search: 'x'.repeat(MAX_BODY) });
    const answer = await raw('/api/debtors:list', apiHeaders(), 'POST', big);
    expect(answer.status).toBe(413);
    expect(refusalText(JSON.parse(answer.body).error)).toMatch(/te groot/);
    // The same without a Content-Length (chunked), and a declared length far past anything we read.
    const host = new URL(server.origin).host;
    const head = `POST /api/debtors:list HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\n${TOKEN_HEADER}: ${server.token}\r\nConnection: close\r\n`;
    const chunk = 'a'.repeat(256 * 1024);
    const chunked = `${head}Transfer-Encoding: chunked\r\n\r\n` + `${chunk.length.toString(16)}\r\n${chunk}\r\n`.repeat(5) + '0\r\n\r\n';
    expect(statusOf(await rawExchange(server.origin, chunked))).toBe(413);
    expect(statusOf(await rawExchange(server.origin, `${head}Content-Length: 1000000000\r\n\r\n{`))).toBe(413);
    // A body just under the limit is read and answered as usual.
    const fits = await raw('/api/debtors:list', apiHeaders(), 'POST', JSON.stringify({ search: 'x'.repeat(1000) }));
    expect(fits.status).toBe(200);
    await stillServing();
  });

  it('answers bad JSON, a wrong method and a wrong content type with 4xx', async () => {
    expect((await raw('/api/debtors:list', apiHeaders(), 'POST', '{"search":')).status).toBe(400);
    expect((await raw('/api/debtors:list', apiHeaders(), 'GET')).status).toBe(405);
    expect((await raw('/api/debtors:list', { ...apiHeaders(), 'content-type': 'text/plain' }, 'POST')).status).toBe(415);
    expect((await raw('/', {}, 'DELETE')).status).toBe(405);
  });

  it('refuses a wrong or missing Host (DNS rebinding) and a foreign Origin, also for the bundle', async () => {
    expect((await raw('/', { host: 'evil.example' })).status).toBe(403);
    expect((await raw('/api/debtors:list', { ...apiHeaders(), host: 'localhost' }, 'POST')).status).toBe(403);
    expect((await raw('/', { origin: 'http://localhost:8080' })).status).toBe(403);
    expect((await raw('/api/debtors:list', { ...apiHeaders(), origin: 'null' }, 'POST')).status).toBe(403);
    const noHost = await rawExchange(server.origin, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(statusOf(noHost)).toBe(400);
  });

  it('refuses the API without the token, and does not run the channel', async () => {
    const before = await (await api('settings:get', {})).json();
    const res = await raw('/api/settings:update', { 'content-type': 'application/json' }, 'POST', JSON.stringify({ ...before.data, collectorName: 'Indringer' }));
    expect(res.status).toBe(403);
    const after = await (await api('settings:get', {})).json();
    expect(after.data.collectorName).toBe(before.data.collectorName);
  });
});

describe('browser preview robustness: slow clients are cut off', () => {
  let slow: PreviewServer;
  beforeAll(async () => {
    slow = await startPreviewServer({ dbFile: tempDbFile(), staticDir, demoActivity: false, timeouts: { headersMs: 300, requestMs: 600, checkIntervalMs: 50 } });
  });
  afterAll(() => slow.close());

  it('answers headers that never finish with 408 and closes, while others are served', async () => {
    const host = new URL(slow.origin).host;
    const trickling = rawExchange(slow.origin, `GET / HTTP/1.1\r\nHost: ${host}\r\nX-Slow: `);
    expect((await fetch(`${slow.origin}/`)).status).toBe(200);
    expect(statusOf(await trickling)).toBe(408);
  });

  it('answers a body that never finishes with 408', async () => {
    const host = new URL(slow.origin).host;
    const answer = await rawExchange(
      slow.origin,
      `POST /api/debtors:list HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\n${TOKEN_HEADER}: ${slow.token}\r\nContent-Length: 100\r\n\r\n{`,
    );
    expect(statusOf(answer)).toBe(408);
    expect((await fetch(`${slow.origin}/`)).status).toBe(200);
  });
});
