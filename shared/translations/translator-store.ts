import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Actor } from '#shared/audit/audit.ts';
import { auditItem } from '#shared/audit/audit-store.ts';
import { Conflict } from '#shared/errors.ts';
import { isLanguage, type Language } from '#shared/i18n/languages.ts';
import { CONSENT_VERSION } from '#shared/peers/facts.ts';
import { consentKey } from '#shared/peers/peer-keys.ts';
import type { Store } from '#shared/store/client.ts';
import { type Page, queryAll, queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putItem, putNew, type TransactItem, transact } from '#shared/store/transactions.ts';
import { reopenClaimsOf } from './request-store.ts';
import { storedTranslatorRole, type TranslatorRole } from './translation.ts';
import { TRANSLATORS, translatorIndexKey, translatorListKey, translatorRoleKey } from './translation-keys.ts';

/**
 * A translator as the table holds them: the role, the language their mail is written in, and a
 * version every change adds one to (a change holds only over the role it read).
 */
export interface Translator extends TranslatorRole {
  language: Language;
  version: number;
}

/** A translator as the coordinator's list and the daily summaries read them. */
export interface ListedTranslator extends Translator {
  /** When their last summary of open requests was written. */
  summarisedAt?: string;
}

const exists = `attribute_exists(${KEY.pk})`;

const translatorFromItem = (item: Record<string, unknown>): Translator => ({
  ...storedTranslatorRole.parse(item),
  language: isLanguage(item.language) ? item.language : 'fi',
  version: Number(item.version ?? 1),
});

const listedFromItem = (item: Record<string, unknown>): ListedTranslator => ({
  ...translatorFromItem(item),
  ...(typeof item.summarisedAt === 'string' ? { summarisedAt: item.summarisedAt } : {}),
});

/** The role as its item holds it, read consistently: what the next change's condition holds to. */
export async function getTranslator(store: Store, personId: string): Promise<Translator | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: translatorRoleKey(personId), ConsistentRead: true }),
  );
  return Item ? translatorFromItem(Item) : undefined;
}

const fieldsOf = (t: Translator) => ({
  personId: t.personId,
  email: t.email,
  ...(t.name ? { name: t.name } : {}),
  languages: t.languages,
  grantedBy: t.grantedBy,
  grantedAt: t.grantedAt,
  language: t.language,
  version: t.version,
});

const indexItems = (t: Translator) =>
  t.languages.map((language) =>
    putItem({
      ...translatorIndexKey(language, t.personId),
      entity: 'translator-index',
      personId: t.personId,
      email: t.email,
      ...(t.name ? { name: t.name } : {}),
      language: t.language,
    }),
  );

const deletedIndexItems = (personId: string, languages: string[]): TransactItem[] =>
  languages.map((language) => ({ Delete: { TableName: '', Key: translatorIndexKey(language, personId) } }));

/** Holds only while the role is the one read. */
const roleUnchanged = (previous: Translator) => ({
  ConditionExpression: `${exists} AND version = :version`,
  ExpressionAttributeValues: { ':version': previous.version },
});

/** Holds while the person has consented to the bank's current text: a peer leader takes the role only so. */
export const consentCheck = (personId: string): TransactItem => ({
  name: 'consent',
  ConditionCheck: {
    TableName: '',
    Key: consentKey(personId),
    ConditionExpression: `${exists} AND version = :current`,
    ExpressionAttributeValues: { ':current': CONSENT_VERSION },
  },
});

const changedMeanwhile = () =>
  new Conflict("The translator's role changed meanwhile; try again.", 'changed_meanwhile');

/**
 * Writes the role (new, or over the one read) with its list entry and one index item per language
 * (the dropped languages' go), an audit entry and any notices, in one transaction; then the
 * requests they claimed in a dropped language go back to the desk. False when a new role was
 * asked for and the person has one already (nothing written, nothing mailed).
 */
export async function putTranslator(
  store: Store,
  translator: Translator,
  previous: Translator | undefined,
  audit: { actor: Actor; action: string },
  now: Date,
  extra: TransactItem[] = [],
): Promise<boolean> {
  const role = { ...translatorRoleKey(translator.personId), entity: 'role', ...fieldsOf(translator) };
  const dropped = (previous?.languages ?? []).filter((language) => !translator.languages.includes(language));
  const items: TransactItem[] = [
    previous
      ? { name: 'role', Put: { TableName: '', Item: role, ...roleUnchanged(previous) } }
      : putNew('role', role),
    previous
      ? {
          // An update, not a put: the entry's summary marker stays.
          Update: {
            TableName: '',
            Key: translatorListKey(translator.personId),
            UpdateExpression: 'SET languages = :languages, version = :version',
            ExpressionAttributeValues: { ':languages': translator.languages, ':version': translator.version },
          },
        }
      : putItem({ ...translatorListKey(translator.personId), entity: 'translator', ...fieldsOf(translator) }),
    ...deletedIndexItems(translator.personId, dropped),
    ...indexItems(translator),
    putItem(
      auditItem(
        {
          actor: audit.actor,
          action: audit.action,
          after: { personId: translator.personId, languages: translator.languages },
        },
        now,
      ),
    ),
    ...extra,
  ];
  try {
    await transact(store, items);
  } catch (error) {
    const failed = failedNames(error);
    if (failed.has('role')) {
      if (!previous) return false;
      throw changedMeanwhile();
    }
    if (failed.has('consent'))
      throw new Conflict(
        "Consent to the peer-leader bank's current text first: a peer leader translates with it.",
        'consent_required',
      );
    throw error;
  }
  await reopenClaimsOf(store, translator.personId, dropped, now);
  return true;
}

/**
 * Ends the role: the role, its list entry and its index items go together, with an audit entry;
 * then the requests they claimed go back to the desk (once the role is gone they claim no more).
 */
export async function deleteTranslator(
  store: Store,
  previous: Translator,
  audit: { actor: Actor; action: string },
  now: Date,
): Promise<void> {
  const { personId } = previous;
  try {
    await transact(store, [
      {
        name: 'role',
        Delete: { TableName: '', Key: translatorRoleKey(personId), ...roleUnchanged(previous) },
      },
      { Delete: { TableName: '', Key: translatorListKey(personId) } },
      ...deletedIndexItems(personId, previous.languages),
      putItem(auditItem({ actor: audit.actor, action: audit.action, before: { personId } }, now)),
    ]);
  } catch (error) {
    if (failedNames(error).has('role')) throw changedMeanwhile();
    throw error;
  }
  await reopenClaimsOf(store, personId, previous.languages, now);
}

/**
 * The account's erasure: the role, the list entry and the index items go, with no audit entry,
 * and the requests they claimed go back to the desk.
 */
export async function eraseTranslator(store: Store, personId: string, now = new Date()): Promise<void> {
  const role = await getTranslator(store, personId);
  await transact(store, [
    { Delete: { TableName: '', Key: translatorRoleKey(personId) } },
    { Delete: { TableName: '', Key: translatorListKey(personId) } },
    ...deletedIndexItems(personId, role?.languages ?? []),
  ]);
  await reopenClaimsOf(store, personId, role?.languages ?? [], now);
}

/** The coordinator's list of translators, a page at a time. */
export function listTranslators(store: Store, cursor: string | undefined): Promise<Page<ListedTranslator>> {
  return queryPage(store, { partition: TRANSLATORS, limit: 100 }, cursor, listedFromItem);
}

/** Every translator (the list stays as long as the network has translators): the summaries and the counts read it. */
export async function allTranslators(store: Store): Promise<ListedTranslator[]> {
  return (await queryAll(store, { partition: TRANSLATORS })).map(listedFromItem);
}

/**
 * Marks the translator's summary written, in the transaction that writes its notice: holds only if
 * no summary was written since `notSince` (so a run done again, or two runs at once, mail once).
 */
export const summaryMarker = (personId: string, now: Date, notSince: Date): TransactItem => ({
  name: 'summary',
  Update: {
    TableName: '',
    Key: translatorListKey(personId),
    UpdateExpression: 'SET summarisedAt = :now',
    ConditionExpression: `${exists} AND (attribute_not_exists(summarisedAt) OR summarisedAt <= :since)`,
    ExpressionAttributeValues: { ':now': now.toISOString(), ':since': notSince.toISOString() },
  },
});
