// npm run dev: Vite serves the renderer, POST /api/<channel> reaches the preview's handlers through its
// proxy, and the preview's guards hold there too: the per-launch token, our Host, our Origin.
import http from 'node:http';
import { startDevServer, type DevServer } from './dev-server';
import { TOKEN_HEADER } from './preview-server';
import { tempDbFile } from '../db/test-db';

let dev: DevServer;

beforeAll(async () => {
  dev = await startDevServer({ dbFile: tempDbFile(), port: 0, demoActivity: false });
}, 120_000);
afterAll(() => dev?.close());

/** A request as a browser (or an attacker's page) would send it, Host and Origin included. */
function post(channel: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${dev.origin}/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: dev.api.token, ...headers },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ search: 'Leeflang' }));
  });
}

describe('npm run dev', () => {
  it('serves the renderer from source; Vite’s inline scripts carry the nonce the page’s CSP names', async () => {
    const res = await fetch(dev.origin);
    const html = await res.text();
    expect(res.status).toBe(200);
    const nonce = /'nonce-([^']+)'/.exec(html)?.[1];
    expect(html).toContain(`script-src 'self' 'nonce-${nonce}'; style-src 'self' 'nonce-${nonce}'`);
    expect(html).toContain(`<script type="module" src="./main.tsx" nonce="${nonce}">`);
    expect(dev.url).toBe(`${dev.origin}/#token=${dev.api.token}`);
  });

  it('serves the renderer’s own api/client.ts as source, not to the handlers', async () => {
    const res = await fetch(`${dev.origin}/api/client.ts`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('belwijzer');
  });

  it('answers a call from the page with the handlers’ data', async () => {
    const res = await post('debtors:list', { origin: dev.origin });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { rows: [{ name: 'Leeflang & Zn' }] } });
  });

  it('refuses a call without the token, from another origin, or for another host', async () => {
    expect((await post('debtors:list', { [TOKEN_HEADER]: '' })).status).toBe(403);
    expect((await post('debtors:list', { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post('debtors:list', { host: 'evil.example' })).status).toBe(403);
  });
});
