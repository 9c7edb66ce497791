import type { Caller } from '#shared/auth/access.ts';
import type { PeerVisibility } from '#shared/peers/facts.ts';
import { giveConsent } from '#shared/peers/give-consent.ts';
import { invitePeerLeader } from '#shared/peers/invite-peer-leader.ts';
import { CONSENT_VERSION, type ProfileInput } from '#shared/peers/peer-leader.ts';
import { readPeerState } from '#shared/peers/peer-store.ts';
import { recordTraining } from '#shared/peers/record-training.ts';
import { saveProfile } from '#shared/peers/save-profile.ts';
import type { Store } from '#shared/store/client.ts';

/** The demo peer leaders: each signs in with a code from the local inbox and finds their profile at /peer-leader. */
export const demoPeerLeaders = {
  hodan: 'hodan@demo.kaiutin.local',
  saba: 'saba@demo.kaiutin.local',
  farid: 'farid@demo.kaiutin.local',
};

const leaders: { email: string; visibility: PeerVisibility; public: boolean; profile: ProfileInput }[] = [
  {
    email: demoPeerLeaders.hodan,
    visibility: 'members',
    public: false,
    profile: {
      name: 'Hodan Ali',
      languages: ['so', 'ar'],
      municipalities: ['Jyväskylä'],
      themes: ['education', 'health-social'],
      availability: 'available',
      introduction: 'Ohjaan äitien vertaisryhmää somaliksi ja arabiaksi.',
    },
  },
  {
    email: demoPeerLeaders.saba,
    visibility: 'coordinator',
    public: false,
    profile: {
      name: 'Saba Tesfaye',
      languages: ['ti', 'am'],
      municipalities: ['Jyväskylä', 'Muurame'],
      themes: ['employment'],
      availability: 'limited',
      availabilityNote: 'Iltaisin ja viikonloppuisin.',
    },
  },
  {
    email: demoPeerLeaders.farid,
    visibility: 'members',
    public: true,
    profile: {
      name: 'Farid Ahmadi',
      languages: ['prs', 'fa'],
      municipalities: ['Muurame'],
      themes: ['culture-leisure'],
      availability: 'available',
      introduction: 'Nuorten vertaisohjaaja, dari ja persia.',
    },
  },
];

/**
 * Three consented peer leaders across the demo municipalities (visible to members; the coordinator
 * only; public), one with a training, made through the bank's own use cases. Run again, it adds nothing.
 */
export async function seedPeerLeaders(s: Store, coordinator: Caller, now: Date): Promise<void> {
  for (const leader of leaders) {
    const { personId } = await invitePeerLeader(
      s,
      coordinator,
      { email: leader.email, name: leader.profile.name, language: 'fi' },
      now,
    );
    const caller: Caller = {
      personId,
      email: leader.email,
      name: leader.profile.name,
      language: 'fi',
      coordinator: false,
      organisations: [],
      bodies: [],
      peerLeader: true,
      translatorLanguages: [],
    };
    const state = await readPeerState(s, personId);
    if (!state.profile) {
      await giveConsent(
        s,
        caller,
        { version: CONSENT_VERSION, visibility: leader.visibility, public: leader.public },
        now,
      );
      await saveProfile(s, caller, leader.profile, now);
    }
    if (leader.email === demoPeerLeaders.hodan && state.trainings.length === 0)
      await recordTraining(
        s,
        coordinator,
        personId,
        { course: 'Vertaisohjaajan peruskurssi', completedOn: '2026-04-18' },
        now,
      );
  }
}
