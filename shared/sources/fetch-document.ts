import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { decodeDocument } from './charset.ts';
import { UnreadableSource } from './read-items.ts';

export const FETCH_LIMITS = {
  timeoutMs: 10_000,
  maxBytes: 2 * 1024 * 1024,
  maxRedirects: 3,
} as const;

/** Addresses a source may not point at in AWS: this host, private networks, link-local (cloud metadata). */
const privateNetworks = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  privateNetworks.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  privateNetworks.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return privateNetworks.check(mapped[1], 'ipv4');
  return privateNetworks.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const refusedAddress = () =>
  new UnreadableSource(
    'address_refused',
    'The address points into a private network, which sources may not.',
  );

/**
 * Resolves as usual, then refuses private answers: checked when connecting, so a name that
 * resolves to a public address when saved and to a private one later is refused too.
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    if (addresses.length === 0 || addresses.some((a) => isPrivateAddress(a.address))) {
      return callback(refusedAddress(), '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const [first] = addresses as [LookupAddress];
    callback(null, first.address, first.family);
  });
};

export interface FetchRequest {
  url: string;
  etag?: string;
  lastModified?: string;
  /** Local mode: sources on this machine (test fixtures) are allowed. */
  allowPrivate: boolean;
  userAgent: string;
}

export type FetchResult =
  | { status: 'notModified' }
  /** `body` is the document's text, decoded by the charset it declares. */
  | { status: 'ok'; body: string; url: string; etag?: string; lastModified?: string };

const unreachable = (message: string) => new UnreadableSource('unreachable', message);

/** One GET, without following redirects: the caller checks where a redirect leads first. */
function get(url: URL, request: FetchRequest, deadline: number): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A literal address never goes through the lookup, so it is checked here.
  if (!request.allowPrivate && isIP(host) !== 0 && isPrivateAddress(host))
    return Promise.reject(refusedAddress());
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, {
      headers: {
        'user-agent': request.userAgent,
        accept:
          'application/rss+xml, application/atom+xml, application/json, application/xml, text/xml;q=0.9, */*;q=0.5',
        ...(request.etag ? { 'if-none-match': request.etag } : {}),
        ...(request.lastModified ? { 'if-modified-since': request.lastModified } : {}),
      },
      ...(request.allowPrivate ? {} : { lookup: guardedLookup }),
      timeout: Math.max(1, deadline - Date.now()),
    });
    req.on('response', resolve);
    req.on('timeout', () => req.destroy(unreachable(`No answer within ${FETCH_LIMITS.timeoutMs / 1000} s.`)));
    req.on('error', (error) =>
      reject(
        error instanceof UnreadableSource
          ? error
          : unreachable(`The address could not be reached (${error.message}).`),
      ),
    );
  });
}

/** Reads the body up to the size limit and the deadline, whichever comes first. */
function readBody(response: IncomingMessage, deadline: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (declared > FETCH_LIMITS.maxBytes) {
    response.destroy();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(
      () =>
        response.destroy(
          unreachable(`The document did not arrive within ${FETCH_LIMITS.timeoutMs / 1000} s.`),
        ),
      Math.max(1, deadline - Date.now()),
    );
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > FETCH_LIMITS.maxBytes) response.destroy(tooLarge());
      else chunks.push(chunk);
    });
    response.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    response.on('error', (error) => {
      clearTimeout(timer);
      reject(
        error instanceof UnreadableSource ? error : unreachable(`The answer broke off (${error.message}).`),
      );
    });
  });
}

const tooLarge = () =>
  new UnreadableSource(
    'too_large',
    `The document is larger than ${FETCH_LIMITS.maxBytes / 1024 / 1024} MB, which is more than an agenda needs.`,
  );

const header = (response: IncomingMessage, name: string) => {
  const value = response.headers[name];
  return typeof value === 'string' && value.length <= 200 ? value : undefined;
};

/** Fetches a source's document: conditional, time- and size-limited, http(s) only, SSRF-guarded. */
export async function fetchDocument(request: FetchRequest): Promise<FetchResult> {
  const deadline = Date.now() + FETCH_LIMITS.timeoutMs;
  let url = new URL(request.url);
  for (let redirects = 0; ; redirects += 1) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new UnreadableSource('not_http', 'Sources must be http or https addresses.');
    }
    const response = await get(url, request, deadline);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && status !== 304 && location) {
      response.resume();
      if (redirects >= FETCH_LIMITS.maxRedirects) {
        throw new UnreadableSource('too_many_redirects', 'The address redirects too many times.');
      }
      url = new URL(location, url);
      continue;
    }
    if (status === 304) {
      response.resume();
      return { status: 'notModified' };
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new UnreadableSource('http_status', `The address answered HTTP ${status}.`, { status });
    }
    const body = decodeDocument(await readBody(response, deadline), response.headers['content-type']);
    const etag = header(response, 'etag');
    const lastModified = header(response, 'last-modified');
    return {
      status: 'ok',
      body,
      url: url.href,
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  }
}

/**
 * Fetches a document asked for without validators (a preview, a next page): a 304 then is a
 * server's mistake, reported as the status it is.
 */
export async function fetchWhole(request: Omit<FetchRequest, 'etag' | 'lastModified'>) {
  const fetched = await fetchDocument(request);
  if (fetched.status !== 'ok') {
    throw new UnreadableSource('http_status', 'The address answered HTTP 304.', { status: 304 });
  }
  return fetched;
}
