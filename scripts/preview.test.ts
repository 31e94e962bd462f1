// The preview as a user starts it: its own process. Requests that once ended that process must now
// each get an answer while the process keeps running.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { tempDbFile } from '../db/test-db';
import { startPreviewProcess, type PreviewProcess } from '../test/processes/preview-process';

function rawStatus(origin: string, request: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(origin);
    const socket = net.connect(Number(url.port), url.hostname, () => socket.write(Buffer.from(request, 'latin1')));
    let answer = '';
    socket.on('data', (d) => (answer += d.toString('latin1')));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

describe('npm run preview as its own process', () => {
  let running: PreviewProcess;
  beforeAll(async () => {
    const dbFile = tempDbFile();
    const staticDir = fs.mkdtempSync(path.join(path.dirname(dbFile), 'static-'));
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Belwijzer</title>');
    running = await startPreviewProcess(dbFile, staticDir);
  }, 60_000);
  afterAll(() => running.stop());

  it('answers every request that used to stop it, and is still running and serving afterwards', async () => {
    const host = new URL(running.origin).host;
    const requests = [
      `GET // HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      `GET /%00 HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      `GET /\0 HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      `GET /%E0%A4%A HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`,
      `POST /api/debtors:list HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
      `POST /api/%E0%A4%A HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nx-belwijzer-token: ${running.token}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
    ];
    const statuses = [];
    for (const r of requests) statuses.push(await rawStatus(running.origin, r));
    expect(statuses).toEqual([404, 404, 400, 404, 403, 403, 400]);
    expect(running.child.exitCode).toBeNull();
    // A new data file: the preview waits for the first-start choice and answers as before.
    const res = await fetch(`${running.origin}/api/app:info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-belwijzer-token': running.token },
      body: JSON.stringify({}),
    });
    expect((await res.json()).data.ledgerKind).toBe('new');
    expect(running.output()).not.toMatch(/Unhandled|TypeError|URIError/);
  });
});
