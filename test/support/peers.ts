import { randomUUID } from 'node:crypto';
import type { Caller } from '#shared/auth/access.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { giveConsent } from '#shared/peers/give-consent.ts';
import { invitationInput } from '#shared/peers/invitation.ts';
import { invitePeerLeader } from '#shared/peers/invite-peer-leader.ts';
import { CONSENT_VERSION, consentInput, type PeerProfile, profileInput } from '#shared/peers/peer-leader.ts';
import { saveProfile } from '#shared/peers/save-profile.ts';
import { uniqueEmail } from './people.ts';
import { runtimeStore } from './runtime-store.ts';
import { supportCoordinator } from './tray.ts';

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
 * A consented peer leader, made as the bank makes one (see infra/local/seed-peers.ts): invited by
 * the coordinator, then consenting and saving a profile as themself, each input parsed by its
 * route's schema. Works in every tier: the store is the runtime's, not the service environment's.
 */
export async function consentedPeerLeader(choice: LeaderChoice) {
  const store = runtimeStore();
  const now = new Date();
  const email = uniqueEmail('peer-leader');
  const name = choice.name ?? `Vertais ${randomUUID().slice(0, 6)}`;
  const language = choice.language ?? 'en';
  const { personId } = await invitePeerLeader(
    store,
    supportCoordinator,
    invitationInput.parse({ email, name, language }),
    now,
  );
  const self: Caller = {
    personId,
    email,
    name,
    language,
    coordinator: false,
    organisations: [],
    bodies: [],
    peerLeader: true,
    translatorLanguages: [],
  };
  await giveConsent(
    store,
    self,
    consentInput.parse({
      version: CONSENT_VERSION,
      visibility: choice.visibility ?? 'members',
      public: choice.public ?? false,
    }),
    now,
  );
  await saveProfile(
    store,
    self,
    profileInput.parse({
      name,
      languages: choice.languages,
      municipalities: choice.municipalities,
      themes: choice.themes ?? [],
      availability: 'available',
      introduction: 'Olen käynyt vertaisohjaajakoulutuksen.',
    }),
    now,
  );
  return { personId, email, name };
}
