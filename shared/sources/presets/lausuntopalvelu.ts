import { XMLParser } from 'fast-xml-parser';
import { checkXml, plainText, UnreadableSource } from '../read-items.ts';
import type { SourceItem } from '../source.ts';
import { finnishTime } from './finnish-time.ts';
import { type PresetReader, textOf } from './reader.ts';

/**
 * Lausuntopalvelu.fi, the state's requests for comment: its OData service
 * (`/api/v1/Lausuntopalvelu.svc/Proposals`) answers Atom only, each entry's fields in
 * `<content type="application/xml"><m:properties>` as `<d:Id>` (a GUID), `<d:Name>`, `<d:Goals>`
 * (HTML), `<d:Deadline>`, `<d:PublishedOn>`, `<d:OrganizationName>` and `<d:RegisterNumber>`.
 * Its times are Edm.DateTime: Finnish local time without an offset.
 */

const participation = (id: string) =>
  `https://www.lausuntopalvelu.fi/FI/Proposal/Participation?proposalId=${encodeURIComponent(id)}`;

// Namespace prefixes vary with the serializer (`d:`, `m:`, a default namespace); the local names do not.
const parser = new XMLParser({
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => name === 'entry',
});

type Properties = Partial<
  Record<
    'Id' | 'Name' | 'Goals' | 'Deadline' | 'PublishedOn' | 'OrganizationName' | 'RegisterNumber',
    unknown
  >
>;

function proposalItem(properties: Properties, now: number): SourceItem | undefined {
  // A GUID, which OData writes in any case: one proposal, one id.
  const id = textOf(properties.Id).toLowerCase();
  const title = plainText(textOf(properties.Name));
  if (!id || !title) return undefined;
  // The service states a deadline as a day; replies are accepted until that day ends, Finnish time.
  const deadline = finnishTime(textOf(properties.Deadline), { endOfDay: true });
  if (deadline && Date.parse(deadline) <= now) return undefined;
  const register = textOf(properties.RegisterNumber);
  const goals = plainText(textOf(properties.Goals));
  // The register number ("VN/6671/2026") is how ministries refer to the matter: the summary's first line.
  const summary = [register, goals].filter(Boolean).join('\n\n');
  const publishedAt = finnishTime(textOf(properties.PublishedOn));
  const organ = textOf(properties.OrganizationName).replace(/\s+/g, ' ');
  return {
    externalId: id,
    kind: 'consultation',
    title,
    ...(summary ? { summary } : {}),
    url: participation(id),
    ...(publishedAt ? { publishedAt } : {}),
    ...(deadline ? { statementDeadline: deadline } : {}),
    ...(organ ? { organ } : {}),
  };
}

export const readLausuntopalvelu: PresetReader = async (document, context) => {
  checkXml(document);
  const parsed = parser.parse(document) as { feed?: { entry?: unknown[] }; entry?: unknown[] };
  // The list of proposals is a feed; one proposal (`Proposals(guid'…')`) is an entry of its own.
  const entries = parsed.feed ? (parsed.feed.entry ?? []) : parsed.entry;
  if (!Array.isArray(entries)) {
    throw new UnreadableSource(
      'unexpected_document',
      'The document is neither an Atom feed nor an entry of proposals; give the address of Lausuntopalvelu.svc/Proposals.',
    );
  }
  const proposals = entries
    .map((entry) => (entry as { content?: { properties?: unknown } } | null)?.content?.properties)
    .filter((properties): properties is Properties => properties !== null && typeof properties === 'object');
  if (proposals.length < entries.length) {
    throw new UnreadableSource(
      'unexpected_document',
      'The feed has entries without OData properties (m:properties); it is not Lausuntopalvelu.svc/Proposals.',
    );
  }
  const now = context.now.getTime();
  return proposals.map((properties) => proposalItem(properties, now)).filter((item) => item !== undefined);
};
