import { randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { tallyKey } from '#shared/alerts/tally-store.ts';
import { inParallel } from '#shared/concurrency.ts';
import type { Consultation } from '#shared/consultations/consultation.ts';
import {
  createConsultation,
  profileKey,
  saveConsultation,
} from '#shared/consultations/consultation-store.ts';
import type { Store } from '#shared/store/client.ts';
import { getMany } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { bareQuery, benchBody, json, percentile, progress } from './harness.ts';

export interface ApiReadsOptions {
  store: Store;
  baseUrl: string;
}

const CONSULTATIONS = 100;
const WARM_UP = 20;
const REQUESTS = 300;
const LIST_PAGE = 25;

/** A published consultation as the demo data builds one: a draft, then its first version. */
async function publishedConsultation(store: Store, bodyId: string, n: number, now: Date) {
  const at = now.toISOString();
  const draft: Consultation = {
    id: randomUUID(),
    bodyId,
    kind: 'consultation',
    originalLanguage: 'fi',
    texts: {
      fi: {
        title: `Vertailukuuleminen ${n}`,
        summary:
          'Lautakunta pyytää lausuntoja suunnitelmasta: kielikoulutus, työllisyys ja järjestöyhteistyö seuraavalla valtuustokaudella.',
        plainSummary: 'Lautakunta tekee uutta suunnitelmaa. Kertokaa mielipiteenne.',
      },
      en: {
        title: `Benchmark consultation ${n}`,
        summary:
          'The board asks for statements on its plan: language training, employment and cooperation with associations over the next council term.',
      },
    },
    topics: ['integration-services', 'employment'],
    links: [],
    statementDeadline: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
    contact: { name: 'Bench', email: 'bench@example.org' },
    status: 'draft',
    version: 0,
    municipality: 'Benchmark',
    createdAt: at,
    updatedAt: at,
    materialChanges: [],
  };
  await createConsultation(store, draft);
  await saveConsultation(store, draft, { ...draft, status: 'published', version: 1, publishedAt: at });
  return draft.id;
}

/**
 * The Query the public list's first page makes (gsi1's published partition, newest first, 25
 * items), written out here with the SDK's document client and none of Kaiutin's store code: what
 * DynamoDB alone takes to hand over the list's items.
 */
const sameQueryAsList = (store: Store) =>
  store.db.send(
    new QueryCommand({
      TableName: store.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': KEY.gsi1pk },
      ExpressionAttributeValues: { ':pk': 'CONSULTATIONS#published' },
      ScanIndexForward: false,
      Limit: LIST_PAGE,
    }),
  );

/** The GetItem a single consultation's read makes (strongly consistent), with the SDK alone. */
const sameGetAsRead = (store: Store, id: string) =>
  store.db.send(new GetCommand({ TableName: store.tableName, Key: profileKey(id), ConsistentRead: true }));

/**
 * A path under /api/ that no route serves: the local gateway answers it without a function, so its
 * time is the HTTP round trip alone (the client's fetch, the server, the socket), which every read
 * through the gateway pays on top of its own work.
 */
const NO_ROUTE = '/api/no-such-route';

/**
 * 100 published consultations of one body; then, one request after another through the local
 * gateway, the public list (its first page, newest first) and single consultations (each in turn):
 * p50 and p99, and each p50 against a bare DynamoDB Query round trip timed alongside; the list's
 * also against the same Query it makes, a single one's against the same GetItem it makes, and the
 * HTTP round trip alone.
 */
export async function apiReadsBenchmark(options: ApiReadsOptions) {
  const { store, baseUrl } = options;
  const now = new Date();
  const bodyId = await benchBody(store, now);
  const ids: string[] = [];
  await inParallel(
    Array.from({ length: CONSULTATIONS }, (_, n) => n),
    8,
    async (n) => {
      ids.push(await publishedConsultation(store, bodyId, n, now));
    },
  );
  // Each publication starts a fan-out in this same process (finding no one, it still queries and
  // records its tally): the reads are timed once every tally is written, so none shares the process.
  const tallies = ids.map((id) => tallyKey(id, 1));
  const deadline = Date.now() + 120_000;
  while ((await getMany(store, tallies, KEY.pk)).length < CONSULTATIONS) {
    if (Date.now() > deadline) throw new Error('apiReads: the fan-outs did not finish within 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  progress(`apiReads: ${CONSULTATIONS} consultations published, their fan-outs done\n`);
  // The reference must stay the list's own Query: the same consultations, in the same order.
  const listed = (await fetch(`${baseUrl}/api/consultations`).then(json)) as { items: { id: string }[] };
  const queried = (await sameQueryAsList(store)).Items ?? [];
  if (
    JSON.stringify(queried.map((item) => item.id)) !== JSON.stringify(listed.items.map((item) => item.id))
  ) {
    throw new Error('apiReads: the reference Query no longer returns what the list returns');
  }

  const timed = async (request: () => Promise<unknown>) => {
    const started = performance.now();
    await request();
    return performance.now() - started;
  };
  const times = {
    roundTrip: [] as number[],
    sameQuery: [] as number[],
    sameGet: [] as number[],
    http: [] as number[],
    list: [] as number[],
    get: [] as number[],
  };
  // The bare Queries are timed between the reads rather than taken from the run's start, when
  // DynamoDB Local's JVM is still cold (its p50 falls about fourfold over the first thousand
  // queries): all of them share the JVM's warmth and the machine's load.
  for (let i = -WARM_UP; i < REQUESTS; i += 1) {
    const roundTrip = await timed(() => bareQuery(store));
    const sameQuery = await timed(() => sameQueryAsList(store));
    const http = await timed(() => fetch(`${baseUrl}${NO_ROUTE}`).then((response) => response.text()));
    const list = await timed(() => fetch(`${baseUrl}/api/consultations`).then(json));
    const id = ids[(i + WARM_UP) % ids.length] ?? '';
    const sameGet = await timed(() => sameGetAsRead(store, id));
    const get = await timed(() => fetch(`${baseUrl}/api/consultations/${id}`).then(json));
    if (i < 0) continue;
    times.roundTrip.push(roundTrip);
    times.sameQuery.push(sameQuery);
    times.sameGet.push(sameGet);
    times.http.push(http);
    times.list.push(list);
    times.get.push(get);
  }

  const roundTripP50Ms = percentile(times.roundTrip, 50);
  const sameQueryP50Ms = percentile(times.sameQuery, 50);
  const listP50Ms = percentile(times.list, 50);
  const getP50Ms = percentile(times.get, 50);
  const sameGetP50Ms = percentile(times.sameGet, 50);
  const httpP50Ms = percentile(times.http, 50);
  return {
    consultations: CONSULTATIONS,
    requests: REQUESTS,
    roundTripP50Ms: Number(roundTripP50Ms.toFixed(2)),
    sameQueryP50Ms: Number(sameQueryP50Ms.toFixed(2)),
    sameGetItemP50Ms: Number(sameGetP50Ms.toFixed(2)),
    httpRoundTripP50Ms: Number(httpP50Ms.toFixed(2)),
    listP50Ms: Number(listP50Ms.toFixed(2)),
    listP99Ms: Number(percentile(times.list, 99).toFixed(2)),
    getP50Ms: Number(getP50Ms.toFixed(2)),
    getP99Ms: Number(percentile(times.get, 99).toFixed(2)),
    // Against one bare Query round trip, comparable across machines.
    listP50Ratio: Number((listP50Ms / roundTripP50Ms).toFixed(2)),
    getP50Ratio: Number((getP50Ms / roundTripP50Ms).toFixed(2)),
    // Against the list's own Query: what Kaiutin adds to DynamoDB's part (parsing, the middy chain,
    // serialization, the gateway and HTTP).
    listP50RatioToSameQuery: Number((listP50Ms / sameQueryP50Ms).toFixed(2)),
    getP50RatioToSameGetItem: Number((getP50Ms / sameGetP50Ms).toFixed(2)),
    // What Kaiutin's own code adds, once the HTTP round trip every answer pays is taken out.
    listP50RatioToSameQueryBeyondHttp: Number(((listP50Ms - httpP50Ms) / sameQueryP50Ms).toFixed(2)),
    getP50RatioToSameGetItemBeyondHttp: Number(((getP50Ms - httpP50Ms) / sameGetP50Ms).toFixed(2)),
  };
}
