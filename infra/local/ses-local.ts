import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sesLocal from 'aws-ses-v2-local';

// A CommonJS module: its default export sits on `default` when imported from ESM.
const startSesServer = sesLocal.default;

export interface SesLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * The aws-ses-v2-local endpoint (SendEmail/SendRawEmail, a web inbox at `/`, JSON at `/store`),
 * behind a small proxy that also keeps each raw message as sent, because the emulator's store
 * drops headers such as List-Unsubscribe: `GET /raw?messageId=…` answers the MIME text.
 */
export async function startSesLocal(options: { port: number }): Promise<SesLocal> {
  const emulator: Server = await startSesServer({ port: 0, host: '127.0.0.1' });
  const emulatorPort = (emulator.address() as AddressInfo).port;
  const raw = new Map<string, string>();

  const proxy = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/raw') {
      const message = raw.get(url.searchParams.get('messageId') ?? '');
      res
        .writeHead(message ? 200 : 404, { 'content-type': 'message/rfc822; charset=utf-8' })
        .end(message ?? 'No such message');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const forwarded = request(
        { host: '127.0.0.1', port: emulatorPort, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          const answerChunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => answerChunks.push(chunk));
          answer.on('end', () => {
            const answerBody = Buffer.concat(answerChunks);
            const form = new URLSearchParams(body.toString());
            const messageId = /<MessageId>([^<]+)<\/MessageId>/.exec(answerBody.toString())?.[1];
            if (form.get('Action') === 'SendRawEmail' && messageId) {
              raw.set(messageId, Buffer.from(form.get('RawMessage.Data') ?? '', 'base64').toString('utf8'));
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers).end(answerBody);
          });
        },
      );
      forwarded.on('error', () => res.writeHead(502).end());
      forwarded.end(body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(options.port, '127.0.0.1', () => resolve());
  });
  const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    stop: async () => {
      await close(proxy);
      await close(emulator);
    },
  };
}
