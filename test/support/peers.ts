import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import type { Language } from '#shared/i18n/languages.ts';
import {
  consentKey,
  PEER_PROFILES,
  peerIndexKey,
  peerLeaderListKey,
  peerRoleKey,
  profileKey,
} from '#shared/peers/peer-keys.ts';
import { CONSENT_VERSION, consentCovers, type PeerProfile } from '#shared/peers/peer-leader.ts';
import { ensurePerson } from '#shared/people/person-store.ts';
import type { Store } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import { putItem, transact } from '#shared/store/transactions.ts';
import { uniqueEmail } from './people.ts';

/** The test runtime's table, from what the runtime tells every tier (the browser tier has no service environment). */
function runtimeStore(): Store {
  const { dynamodbEndpoint, tableName } = inject('runtime');
  const client = new DynamoDBClient({
    endpoint: dynamodbEndpoint,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    db: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    tableName,
  };
}

export interface LeaderChoice {
  languages: string[];
  municipalities: string[];
  visibility?: PeerProfile['visibility'];
  public?: boolean;
  themes?: PeerProfile['themes'];
  name?: string;
  language?: Language;
}

/**
 * A consented peer leader written straight by the layout of shared/peers/peer-keys.ts: the role and
 * its listing, the consent, the profile and one search index item per language, consistent as the
 * invariants ask. (The bank's own use cases write the same once they are on this branch.)
 */
export async function consentedPeerLeader(choice: LeaderChoice) {
  const store = runtimeStore();
  const now = new Date();
  const email = uniqueEmail('peer-leader');
  const person = await ensurePerson(store, email, choice.language ?? 'en', now);
  const profile: PeerProfile = {
    personId: person.id,
    name: choice.name ?? `Vertais ${randomUUID().slice(0, 6)}`,
    languages: choice.languages,
    municipalities: choice.municipalities,
    themes: choice.themes ?? [],
    availability: 'available',
    introduction: 'Olen käynyt vertaisohjaajakoulutuksen.',
    trainings: [],
    visibility: choice.visibility ?? 'members',
    public: choice.public ?? false,
    updatedAt: now.toISOString(),
  };
  const shown = {
    visibility: profile.visibility,
    public: profile.public,
    name: profile.name,
    languages: profile.languages,
    municipalities: profile.municipalities,
    themes: profile.themes,
    availability: profile.availability,
    introduction: profile.introduction,
  };
  await transact(store, [
    putItem({ ...peerRoleKey(person.id), entity: 'role', grantedAt: now.toISOString() }),
    putItem({
      ...peerLeaderListKey(person.id),
      entity: 'peer-leader',
      personId: person.id,
      email,
      language: person.language,
      invitedAt: now.toISOString(),
      consented: true,
    }),
    putItem({
      ...consentKey(person.id),
      entity: 'peer-consent',
      version: CONSENT_VERSION,
      covers: [...consentCovers],
      visibility: profile.visibility,
      public: profile.public,
      givenAt: now.toISOString(),
    }),
    putItem({
      ...profileKey(person.id),
      [KEY.gsi1pk]: PEER_PROFILES,
      [KEY.gsi1sk]: person.id,
      entity: 'peer-profile',
      ...profile,
    }),
    ...profile.languages.map((language) =>
      putItem({ ...peerIndexKey(language, person.id), entity: 'peer-index', personId: person.id, ...shown }),
    ),
  ]);
  return { personId: person.id, email, name: profile.name };
}
