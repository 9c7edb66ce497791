import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_REQUEST_BYTES, translateLanguageCodes } from '#shared/translations/amazon-translate.ts';

/** What the endpoint was asked, in order. */
export interface TranslateRequest {
  Text: string;
  SourceLanguageCode: string;
  TargetLanguageCode: string;
}

export interface TranslateLocal {
  endpoint: string;
  requests: TranslateRequest[];
  /** The next `count` requests are refused as throttled, as the service does under load. */
  throttle(count: number): void;
  stop(): Promise<void>;
}

const TARGET = 'AWSShineFrontendService_20170701.TranslateText';

/**
 * A stand-in for Amazon Translate's TranslateText, speaking its JSON protocol (AWS JSON 1.1: a POST
 * naming the operation in `X-Amz-Target`), for the adapter's tests; `npm start` does not use it
 * (locally there are no machine drafts). Its "translation" is deterministic and plainly fake: the
 * text behind its target language's code, `[ar] …`. It answers the service's errors: a pair
 * outside `languages` (Translate's codes; by default all it documents) with
 * `UnsupportedLanguagePairException`, a text over the request quota with
 * `TextSizeLimitExceededException`, and `TooManyRequestsException` while throttled. Every request
 * is kept (`requests`, or `GET /requests` on its port).
 */
export async function startTranslateLocal(
  options: { port?: number; languages?: Iterable<string> } = {},
): Promise<TranslateLocal> {
  const languages = new Set(options.languages ?? Object.values(translateLanguageCodes));
  const requests: TranslateRequest[] = [];
  let throttled = 0;

  const answer = (res: ServerResponse, status: number, body: Record<string, unknown>) =>
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(body));
  const refuse = (res: ServerResponse, type: string, message: string, extra: Record<string, unknown> = {}) =>
    res
      .writeHead(400, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type })
      .end(JSON.stringify({ __type: type, Message: message, ...extra }));

  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    if (req.method === 'GET' && req.url === '/requests') return answer(res, 200, { requests });
    if (
      req.method !== 'POST' ||
      req.headers['x-amz-target'] !== TARGET ||
      !String(req.headers['content-type']).startsWith('application/x-amz-json-1.1')
    )
      return refuse(res, 'UnknownOperationException', 'Only TranslateText is spoken here.');
    let request: TranslateRequest;
    try {
      const parsed = JSON.parse(body) as Partial<TranslateRequest>;
      if (
        typeof parsed.Text !== 'string' ||
        typeof parsed.SourceLanguageCode !== 'string' ||
        typeof parsed.TargetLanguageCode !== 'string'
      )
        throw new Error('missing');
      request = {
        Text: parsed.Text,
        SourceLanguageCode: parsed.SourceLanguageCode,
        TargetLanguageCode: parsed.TargetLanguageCode,
      };
    } catch {
      return refuse(
        res,
        'InvalidRequestException',
        'Text, SourceLanguageCode and TargetLanguageCode are required.',
      );
    }
    requests.push(request);
    if (throttled > 0) {
      throttled -= 1;
      return refuse(res, 'TooManyRequestsException', 'Rate exceeded.');
    }
    const { Text, SourceLanguageCode: source, TargetLanguageCode: target } = request;
    if (Buffer.byteLength(Text, 'utf8') > MAX_REQUEST_BYTES)
      return refuse(res, 'TextSizeLimitExceededException', `Input text exceeds ${MAX_REQUEST_BYTES} bytes.`);
    if (!languages.has(source) || !languages.has(target))
      return refuse(
        res,
        'UnsupportedLanguagePairException',
        `Unsupported language pair: ${source} to ${target}.`,
        { SourceLanguageCode: source, TargetLanguageCode: target },
      );
    return answer(res, 200, {
      TranslatedText: `[${target}] ${Text}`,
      SourceLanguageCode: source,
      TargetLanguageCode: target,
    });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    throttle: (count) => {
      throttled = count;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
