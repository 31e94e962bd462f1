import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { startPreviewServer, TOKEN_HEADER, type PreviewServer } from './preview-server';
import { tempDbFile } from '../db/test-db';

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
    expect(body.data[0].openCents).toBe(313522);
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
    expect(unknown.error.message).toMatch(/Onbekend kanaal/);
  });

  it('serves static files but never outside the bundle', async () => {
    const ok = await fetch(`${server.origin}/`);
    expect(await ok.text()).toContain('Belwijzer');
    expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
    const escape = await fetch(`${server.origin}/..%2F..%2Fetc%2Fpasswd`);
    expect(escape.status).toBe(404);
  });
});

describe('browser preview robustness', () => {
  const raw = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<number>((resolve, reject) => {
      const url = new URL(server.origin);
      const req = http.request({ host: url.hostname, port: url.port, path, method, headers: { host: url.host, ...headers } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(method === 'POST' ? '{}' : undefined);
    });

  it('answers a malformed percent-escape with an error instead of stopping, and keeps serving', async () => {
    expect(await raw('/%E0%A4%A')).toBe(404);
    expect(await raw('/api/%E0%A4%A', { 'content-type': 'application/json', [TOKEN_HEADER]: server.token }, 'POST')).toBe(400);
    expect((await fetch(`${server.origin}/`)).status).toBe(200);
  });
});
