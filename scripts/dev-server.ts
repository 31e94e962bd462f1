// npm run dev: the renderer from Vite's dev server (hot reload, source maps) on 127.0.0.1, its /api
// proxied to the browser preview's handlers on a port of their own. The preview's checks hold: it
// trusts the dev server's Host and Origin as its own and still wants the per-launch token.
import net from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import { startPreviewServer, type PreviewOptions, type PreviewServer } from './preview-server';

export interface DevOptions extends Omit<PreviewOptions, 'staticDir' | 'trustedOrigins'> {
  /** The dev server's port; 0 for any free one. */
  port: number;
}

export interface DevServer {
  /** Open this: the dev server's address with the token for the tab. */
  url: string;
  origin: string;
  api: PreviewServer;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function startDevServer(options: DevOptions): Promise<DevServer> {
  const port = options.port || (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const api = await startPreviewServer({ ...options, trustedOrigins: [origin] });
  let vite: ViteDevServer;
  try {
    vite = await createServer({
      server: {
        host: '127.0.0.1',
        port,
        strictPort: true,
        proxy: {
          // Only the calls (POST /api/<channel>) go to the handlers; GET /api/client.ts is the renderer's own source.
          '/api/': { target: api.origin, bypass: (req) => (req.method === 'POST' ? undefined : req.url) },
        },
      },
      logLevel: 'warn',
    });
    await vite.listen();
  } catch (error) {
    await api.close();
    throw error;
  }
  return {
    url: `${origin}/#token=${api.token}`,
    origin,
    api,
    close: async () => {
      await vite.close();
      await api.close();
    },
  };
}
