import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ahjoSample, sampleBytes } from '#infra/local/sample-sources.ts';
import { decodeDocument } from '#shared/sources/charset.ts';
import { UnreadableSource } from '#shared/sources/read-items.ts';

/**
 * A fixture as a server would send it (`type`, its Content-Type), decoded as fetching does: by the
 * charset it declares. `{{base}}` (a next page's address) points at `base`.
 */
export function fixture(name: string, { type, base = '' }: { type?: string; base?: string } = {}) {
  const bytes = sampleBytes(name, base);
  if (!bytes) throw new Error(`No fixture ${name}`);
  return decodeDocument(bytes, type);
}

/** Why `run` refused to read, as the API would say it; anything else it throws, or reading, fails the test. */
export async function refusal(run: () => unknown) {
  try {
    await run();
  } catch (error) {
    if (error instanceof UnreadableSource)
      return { code: error.code, message: error.message, params: error.params };
    throw error;
  }
  throw new Error('expected a refusal');
}

const changingFeed = (version: 1 | 2) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Muuttuva esityslista</title><link>https://example.fi/</link>
<item><guid>muuttuva-1</guid><title>Nuorisotilojen aukioloajat${version === 2 ? ' (tarkistettu)' : ''}</title>
<link>https://example.fi/asia/1</link><description>Versio ${version}: nuorisotilojen aukioloajat.</description></item>
<item><guid>muuttuva-2</guid><title>Liikuntapaikkojen vuorot${version === 2 ? ' (tarkistettu)' : ''}</title>
<link>https://example.fi/asia/2</link><description>Versio ${version}: vuorojen jako.</description></item>
</channel></rss>`;

const hugeFeed = () =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Liian suuri</title>${'<item><title>x</title><guid>x</guid><description>'.concat('y'.repeat(1000), '</description></item>').repeat(3000)}</channel></rss>`;

/** Dynasty's RSS variants, by the `page` of `DREQUEST.PHP`. */
const dynastyPages: Record<string, string> = {
  'rss/meetingitems': 'dynasty.rss',
  'rss/meetings': 'dynasty-meetings.rss',
  'rss/official_decisions': 'dynasty-decisions.rss',
};

/**
 * Serves the agenda-source fixtures over HTTP on 127.0.0.1, as municipal systems would: an RSS
 * agenda with an ETag, an Atom feed, a JSON API, broken XML, one that never answers, one too large,
 * one whose items change when told to, any fixture file under `/files/`, and the presets' systems
 * at addresses of their shape (Dynasty's `DREQUEST.PHP`, Ahjo's `/{fi|sv|en}/ahjo_api/meetings`
 * and REST meetings). `replace(name, other)` serves another fixture in one's place from then on, as
 * a system publishes its next version.
 */
export async function startSourceFixtures() {
  const requests: { path: string; headers: IncomingHttpHeaders }[] = [];
  let changingVersion: 1 | 2 = 1;
  const replaced = new Map<string, string>();
  const serveFixture = (res: ServerResponse, name: string, type?: string) => {
    // The fixtures are the local runtime's sample documents too: the same bytes, `{{base}}` pointing here.
    const bytes = sampleBytes(replaced.get(name) ?? name, base);
    if (!bytes) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, type ? { 'content-type': type } : {});
    res.end(bytes);
  };
  const server: Server = createServer((req, res) => {
    const requestUrl = new URL(req.url ?? '/', 'http://fixtures');
    const { pathname: path } = requestUrl;
    requests.push({ path, headers: req.headers });
    if (path === '/dynasty/cgi/DREQUEST.PHP') {
      const page = dynastyPages[requestUrl.searchParams.get('page') ?? ''];
      // No charset in the header, as Dynasty servers often send: the XML declaration (ISO-8859-1) decides.
      if (page) return serveFixture(res, page, 'text/xml');
    }
    const ahjoLanguage = /^\/ahjo\/(fi|sv|en)\/ahjo_api\/meetings\/?$/.exec(path)?.[1];
    if (ahjoLanguage) {
      return serveFixture(res, ahjoSample(ahjoLanguage), 'application/json');
    }
    if (path === '/ahjo/ahjorest/v1/meetings') {
      return serveFixture(res, 'ahjo-rest.json', 'application/json; charset=utf-8');
    }
    // Any fixture file, as `/files/<name>?type=<Content-Type>`: the type (with or without a charset) is the test's to choose.
    const file = /^\/files\/([\w.-]+)$/.exec(path)?.[1];
    if (file) return serveFixture(res, file, requestUrl.searchParams.get('type') ?? undefined);
    const send = (type: string, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(200, { 'content-type': type, ...headers });
      res.end(body);
    };
    switch (path) {
      case '/agenda.rss':
        if (req.headers['if-none-match'] === '"agenda-v1"') {
          res.writeHead(304).end();
          return;
        }
        return send('application/rss+xml', fixture('agenda.rss'), {
          etag: '"agenda-v1"',
          'last-modified': 'Mon, 23 Nov 2026 06:00:00 GMT',
        });
      case '/news.atom':
        return send('application/atom+xml', fixture('news.atom'));
      case '/decisions.json':
        return send('application/json', fixture('decisions.json'));
      case '/broken.rss':
        return send('application/rss+xml', fixture('broken.rss'));
      case '/changing.rss':
        return send('application/rss+xml', changingFeed(changingVersion));
      case '/huge.rss':
        // No Content-Length: the reader must stop counting on its own.
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        return res.end(hugeFeed());
      case '/redirect.rss':
        res.writeHead(302, { location: '/agenda.rss' }).end();
        return;
      case '/slow.rss':
        // Never answers; the reader's deadline must end the wait.
        return;
      default:
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path: string) => `${base}${path}`,
    requests,
    changeItems() {
      changingVersion = 2;
    },
    /** Serves `other` wherever `name` was served: the system's next version of that document. */
    replace(name: string, other: string) {
      replaced.set(name, other);
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
