import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';

/**
 * Validates objects against the vendored HSDS 3.0 JSON schemas (test/fixtures/hsds/). The
 * schemas type their date and time fields only as strings and give the field's kind in the
 * specification's own `datapackage_type` (`date`, `time`, `datetime`); the validator holds them to
 * those formats too (RFC 3339 `date`, `time` with its offset, `date-time`), as the specification's
 * descriptions ask ("ISO 8601 format of YYYY-MM-DD"; times "should include timezone information").
 */
const FOLDER = new URL('../fixtures/hsds/', import.meta.url).pathname;
const BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

/** Keywords of the specification that are not JSON Schema: annotations, for ajv's strict mode. */
const annotations = [
  'name',
  'path',
  'datapackage_metadata',
  'datapackage_type',
  'constraints',
  'core',
  'example',
  'tabular_required',
];
const formatOf: Record<string, string> = { date: 'date', time: 'time', datetime: 'date-time' };

type Schema = Record<string, unknown>;

/** Adds the `format` a field's `datapackage_type` implies, through the whole schema. */
function withFormats(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withFormats);
  if (!node || typeof node !== 'object') return node;
  const entries = Object.entries(node as Schema).map(([key, value]) => [key, withFormats(value)] as const);
  const schema = Object.fromEntries(entries) as Schema;
  const format = formatOf[String(schema.datapackage_type)];
  return format && !schema.format ? { ...schema, format } : schema;
}

/** ajv-formats is CommonJS: under NodeNext its plugin is the default export's `default`. */
const addFormats = formats.default;

function makeAjv() {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  ajv.addVocabulary(annotations);
  for (const file of readdirSync(FOLDER).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
    const schema = withFormats(JSON.parse(readFileSync(join(FOLDER, file), 'utf8'))) as Schema;
    ajv.addSchema({ ...schema, $id: `${BASE}${file}` });
  }
  const openapi = JSON.parse(readFileSync(join(FOLDER, 'openapi.json'), 'utf8'));
  const page = openapi.components.schemas.Page as Schema;
  ajv.addSchema({
    ...page,
    $id: `${BASE}page.json`,
    // The API reference: a list is the Page header with every property, and its `contents`.
    required: Object.keys(page.properties as Schema),
    properties: { ...(page.properties as Schema), contents: { type: 'array' } },
  });
  return ajv;
}

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/** The HSDS object kinds the export holds, by the name of their schema. */
export type HsdsKind = 'service' | 'organization' | 'page';

function validatorOf(kind: HsdsKind): ValidateFunction {
  ajv ??= makeAjv();
  const found = validators.get(kind) ?? ajv.getSchema(`${BASE}${kind}.json`);
  if (!found) throw new Error(`No HSDS schema ${kind}`);
  validators.set(kind, found);
  return found;
}

const describe = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map(
    (e) => `${e.instancePath || '(object)'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
  );

/** What is wrong with an object by its HSDS 3.0 schema; empty when it is valid. */
export function hsdsProblems(kind: HsdsKind, value: unknown): string[] {
  const validate = validatorOf(kind);
  return validate(value) ? [] : describe(validate.errors);
}

/**
 * What is wrong with a paged HSDS list: its Page header, each of its contents by the schema of
 * their kind, and its figures (a page's size its contents, the page count from the total).
 */
export function hsdsListProblems(
  kind: Exclude<HsdsKind, 'page'>,
  list: Record<string, unknown>,
  perPage?: number,
): string[] {
  const problems = hsdsProblems('page', list).map((p) => `page: ${p}`);
  const contents = Array.isArray(list.contents) ? list.contents : [];
  contents.forEach((item, i) => {
    for (const p of hsdsProblems(kind, item)) problems.push(`contents[${i}]: ${p}`);
  });
  const { total_items, total_pages, page_number, size, first_page, last_page, empty } = list as Record<
    string,
    number | boolean
  >;
  if (size !== contents.length) problems.push(`size ${size} but ${contents.length} contents`);
  if (empty !== (contents.length === 0)) problems.push(`empty is ${empty} with ${contents.length} contents`);
  if (first_page !== (page_number === 1)) problems.push(`first_page is ${first_page} on page ${page_number}`);
  if (last_page !== Number(page_number) >= Number(total_pages))
    problems.push(`last_page is ${last_page} on page ${page_number} of ${total_pages}`);
  if (perPage && total_pages !== Math.ceil(Number(total_items) / perPage))
    problems.push(`total_pages ${total_pages} for ${total_items} items`);
  return problems;
}

/** One GET of the API, answering the JSON body (or failing on another status). */
export type GetJson = (path: string) => Promise<Record<string, unknown>>;

/** Where the export is read: a page of a list, and one service on its own, as JSON. */
export interface HsdsExport {
  page(kind: 'organization' | 'service', page: number, perPage: number): Promise<Record<string, unknown>>;
  service(id: string): Promise<Record<string, unknown>>;
}

/** The export as another directory reads it: over the API's HSDS routes. */
export const overHttp = (get: GetJson): HsdsExport => ({
  page: (kind, page, perPage) =>
    get(`/api/hsds/${kind === 'service' ? 'services' : 'organizations'}?page=${page}&per_page=${perPage}`),
  service: (id) => get(`/api/hsds/services/${id}`),
});

/**
 * The whole HSDS export as another directory would take it in: every page of organizations and
 * services, and each service read on its own, validated. Answers the problems found (empty when
 * the export validates) and the ids seen, per kind.
 */
export async function exportProblems(source: HsdsExport, perPage = 100) {
  const problems: string[] = [];
  const seen = { organization: [] as string[], service: [] as string[] };
  for (const kind of ['organization', 'service'] as const) {
    for (let page = 1; ; page += 1) {
      const list = await source.page(kind, page, perPage);
      for (const p of hsdsListProblems(kind, list, perPage)) problems.push(`${kind}s page ${page}: ${p}`);
      const contents = (list.contents ?? []) as { id: string }[];
      seen[kind].push(...contents.map((item) => item.id));
      if (list.last_page !== false || contents.length === 0) break;
    }
  }
  for (const id of seen.service) {
    for (const p of hsdsProblems('service', await source.service(id))) problems.push(`service ${id}: ${p}`);
  }
  return { problems, seen };
}
