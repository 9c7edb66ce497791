import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sesLocal from 'aws-ses-v2-local';

// A CommonJS module: Node's ESM import puts its export on `default`, vitest's hands it over as is.
type StartSesServer = typeof sesLocal.default;
const startSesServer: StartSesServer =
  (sesLocal as { default?: StartSesServer }).default ?? (sesLocal as unknown as StartSesServer);

/** The body SES's query API answers an error with. */
const sesError = (code: string) =>
  `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>${code === 'Throttling' ? 'Sender' : 'Receiver'}</Type><Code>${code}</Code><Message>${code === 'Throttling' ? 'Maximum sending rate exceeded.' : 'Internal failure (injected by a test).'}</Message></Error><RequestId>local-fault</RequestId></ErrorResponse>`;

export interface SesLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * The aws-ses-v2-local endpoint (SendEmail/SendRawEmail, a web inbox at `/`, JSON at `/store`),
 * behind a small proxy that also keeps each raw message as sent, because the emulator's store
 * drops headers such as List-Unsubscribe: `GET /raw?messageId=…` answers the MIME text.
 *
 * Faults, for tests of what happens when SES misbehaves: `POST /faults` with
 * `{"code": "Throttling" | "InternalFailure" | "Hang", "forMs": 2000, "match": "@example.org"}`
 * makes every send (or, with `match`, every send whose message contains that text, an address say)
 * answer that SES error (400 or 500, as SES does) for that long, or, for `Hang`, never answer: the
 * request is held unsent until the fault ends, then its connection is dropped. Faults may overlap.
 * `GET /faults` tells how many sends were refused or held, in all (`refused`) and by `match` (`byMatch`).
 */
export async function startSesLocal(options: { port: number }): Promise<SesLocal> {
  const emulator: Server = await startSesServer({ port: 0, host: '127.0.0.1' });
  const emulatorPort = (emulator.address() as AddressInfo).port;
  const raw = new Map<string, string>();
  // Kept after they end, so their counts add up to every refusal.
  const faults: { code: string; until: number; match?: string; refused: number }[] = [];
  /** The fault in force for a send, if any: its form, and the raw message decoded. */
  const faultFor = (form: URLSearchParams) => {
    const now = Date.now();
    const text = `${form.toString()}\n${Buffer.from(form.get('RawMessage.Data') ?? '', 'base64').toString('utf8')}`;
    return faults.find((f) => now < f.until && (!f.match || text.includes(f.match)));
  };

  const proxy = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/raw') {
      const message = raw.get(url.searchParams.get('messageId') ?? '');
      res
        .writeHead(message ? 200 : 404, { 'content-type': 'message/rfc822; charset=utf-8' })
        .end(message ?? 'No such message');
      return;
    }
    if (url.pathname === '/faults') {
      faultsRoute(req, res);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const form = new URLSearchParams(body.toString());
      const fault = (form.get('Action') ?? '').startsWith('Send') ? faultFor(form) : undefined;
      if (fault) {
        fault.refused += 1;
        if (fault.code === 'Hang') {
          const drop = setTimeout(() => req.socket.destroy(), Math.max(0, fault.until - Date.now()));
          req.socket.once('close', () => clearTimeout(drop));
          return;
        }
        res
          .writeHead(fault.code === 'Throttling' ? 400 : 500, { 'content-type': 'text/xml' })
          .end(sesError(fault.code));
        return;
      }
      const forwarded = request(
        { host: '127.0.0.1', port: emulatorPort, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          const answerChunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => answerChunks.push(chunk));
          answer.on('end', () => {
            const answerBody = Buffer.concat(answerChunks);
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
  function faultsRoute(req: IncomingMessage, res: ServerResponse) {
    if (req.method === 'GET') {
      const refused = faults.reduce((sum, f) => sum + f.refused, 0);
      // Each match's count too, so a test running beside others counts only the sends it made fail;
      // summed, as a test may set several faults with the same match.
      const byMatch = new Map<string, number>();
      for (const { match, refused: count } of faults) {
        if (match) byMatch.set(match, (byMatch.get(match) ?? 0) + count);
      }
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ refused, byMatch: Object.fromEntries(byMatch) }));
      return;
    }
    let text = '';
    req.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    req.on('end', () => {
      const { code, forMs, match } = JSON.parse(text || '{}') as {
        code?: string;
        forMs?: number;
        match?: unknown;
      };
      if (
        !code ||
        !['Throttling', 'InternalFailure', 'Hang'].includes(code) ||
        !Number.isFinite(forMs) ||
        (match !== undefined && (typeof match !== 'string' || match === ''))
      ) {
        res
          .writeHead(400)
          .end(
            'Send {"code": "Throttling" | "InternalFailure" | "Hang", "forMs": <milliseconds>, "match"?: <text>}.',
          );
        return;
      }
      faults.push({
        code,
        until: Date.now() + Number(forMs),
        match: match as string | undefined,
        refused: 0,
      });
      res.writeHead(204).end();
    });
  }

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
