import * as z from 'zod/mini';
import { languageCode } from '#shared/i18n/language-codes.ts';
import { stored } from '#shared/store/stored-schema.ts';
import { text } from '#shared/text.ts';
import { topics } from '#shared/topics.ts';
import {
  availabilities,
  CONSENT_VERSION,
  peerLimits,
  peerRequestStatuses,
  peerVisibilities,
} from './facts.ts';

export * from './facts.ts';

const unique = z.refine<string[]>((values) => new Set(values).size === values.length, {
  message: 'Each one once.',
  params: { code: 'repeated' },
});

/**
 * The person's explicit consent (GDPR art. 9: languages can reveal ethnic origin): which text
 * version they agreed to, and whom the profile may be shown to. The profile exists only with it.
 */
export const consentInput = z.object({
  version: z.literal(CONSENT_VERSION, {
    error: `Consent to the current text (version ${CONSENT_VERSION}).`,
  }),
  visibility: z.enum(peerVisibilities),
  /** Shown on the public page too: a separate choice, never implied by the other. */
  public: z._default(z.boolean(), false),
});
export const consent = z.object({
  version: z.string(),
  /** What the consent covers: the profile's fields, as the text names them. */
  covers: z.array(z.string()),
  visibility: z.enum(peerVisibilities),
  public: z.boolean(),
  givenAt: z.string(),
});
export type Consent = z.output<typeof consent>;
export const storedConsent = stored(consent);

/** The fields the consent text names; recorded with the consent. */
export const consentCovers = [
  'name',
  'languages',
  'municipalities',
  'themes',
  'trainings',
  'availability',
  'introduction',
] as const;

export const profileInput = z.object({
  name: text(peerLimits.name),
  /** Any ISO 639 language. */
  languages: z.array(languageCode).check(z.minLength(1), z.maxLength(peerLimits.languages), unique),
  municipalities: z.array(text(80)).check(z.minLength(1), z.maxLength(peerLimits.municipalities)),
  themes: z._default(z.array(z.enum(topics)).check(z.maxLength(topics.length)), []),
  availability: z.enum(availabilities),
  availabilityNote: z.optional(text(peerLimits.availabilityNote)),
  introduction: z.optional(text(peerLimits.introduction)),
});
export type ProfileInput = z.output<typeof profileInput>;

/** A training the coordinator recorded: what course, completed when. */
export const trainingInput = z.object({
  course: text(peerLimits.course),
  completedOn: z.iso.date({ error: 'A date such as 2026-05-14.' }),
});
export const training = z.object({
  id: z.string(),
  course: z.string(),
  completedOn: z.string(),
  recordedAt: z.string(),
});
export type Training = z.output<typeof training>;

export const peerProfile = z.object({
  personId: z.string(),
  name: z.string(),
  languages: z.array(z.string()),
  municipalities: z.array(z.string()),
  themes: z.array(z.enum(topics)),
  availability: z.enum(availabilities),
  availabilityNote: z.optional(z.string()),
  introduction: z.optional(z.string()),
  trainings: z.array(training),
  visibility: z.enum(peerVisibilities),
  public: z.boolean(),
  updatedAt: z.string(),
});
export type PeerProfile = z.output<typeof peerProfile>;

/** A member organisation asks a peer leader through Kaiutin; contacts are exchanged only on yes. */
export const peerRequestInput = z.object({
  organisationId: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  purpose: text(peerLimits.purpose),
  when: text(peerLimits.when),
});
export const peerRequest = z.object({
  id: z.string(),
  peerLeaderId: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  purpose: z.string(),
  when: z.string(),
  status: z.enum(peerRequestStatuses),
  sentAt: z.string(),
  answeredAt: z.optional(z.string()),
  expiresAt: z.string(),
});
export type PeerRequest = z.output<typeof peerRequest>;
export const storedPeerRequest = stored(peerRequest);
