import { randomUUID } from 'node:crypto';
import { authRoutes as routes } from '#shared/api/routes/auth.ts';
import { listActionsOf } from '#shared/audit/audit-store.ts';
import { sessionKey, signInCodeKey } from '#shared/auth/session-key.ts';
import {
  clearedSessionCookie,
  SESSION_DAYS,
  sessionCookie,
  signSessionToken,
} from '#shared/auth/session-token.ts';
import {
  addressTag,
  addressWindow,
  CODE_VALID_MINUTES,
  hashSignInCode,
  newSignInCode,
} from '#shared/auth/sign-in-code.ts';
import { redeemSignInCode, storeSignInCode } from '#shared/auth/sign-in-store.ts';
import { config } from '#shared/config.ts';
import { BadRequest, TooManyRequests } from '#shared/errors.ts';
import { mailSender } from '#shared/mail/ses-mail-sender.ts';
import { renderSignInCode } from '#shared/mail/templates.ts';
import { pollAnswersOf } from '#shared/meetings/date-poll.ts';
import { registrationsOf } from '#shared/meetings/registration-store.ts';
import { allLeaderRequests } from '#shared/peers/peer-request-store.ts';
import { exportPeerData } from '#shared/peers/read-peer-leader.ts';
import { deleteAccount } from '#shared/people/delete-account.ts';
import { meOf } from '#shared/people/me.ts';
import {
  callerFrom,
  deleteSession,
  ensurePerson,
  findPersonId,
  getPerson,
  grantCoordinator,
  putSession,
  readPersonPartition,
  updatePersonProfile,
} from '#shared/people/person-store.ts';
import { store } from '#shared/store/client.ts';
import { countAgainstLimit } from '#shared/store/rate-limit.ts';
import { myTranslatorRole } from '#shared/translations/read-translators.ts';
import { clientAddress, HttpReply, httpFunction, jsonReply } from '../lib/http.ts';

const WINDOW_SECONDS = 15 * 60;
/** Codes one address may be sent per window; per client address the limits follow the configuration. */
const CODES_PER_ADDRESS = 5;

const refusals = {
  wrong: ['wrong_code', 'That code is not right. Check it, or ask for a new one.'],
  missing: ['wrong_code', 'That code is not right. Check it, or ask for a new one.'],
  expired: ['code_expired', 'That code has expired. Ask for a new one.'],
  used: ['code_used', 'That code was already used. Ask for a new one.'],
  locked: ['code_locked', 'Too many wrong tries with that code. Ask for a new one.'],
} as const;

export const handler = httpFunction(routes, {
  requestSignInCode: async ({ body, event, now }) => {
    const s = store();
    await countAgainstLimit(
      s,
      `code-client#${clientAddress(event)}`,
      config().signInCodesPerClient,
      WINDOW_SECONDS,
      now,
    );
    const key = await signInCodeKey();
    const tag = addressTag(key, body.email);
    await countAgainstLimit(s, `code-address#${tag}`, CODES_PER_ADDRESS, WINDOW_SECONDS, now);
    const code = newSignInCode();
    await storeSignInCode(s, tag, hashSignInCode(key, body.email, code), now);
    const known = await findPersonId(s, body.email);
    const person = known ? await getPerson(s, known) : undefined;
    const language = body.language ?? person?.language ?? 'fi';
    const { publicBaseUrl } = config();
    const link = `${publicBaseUrl}/sign-in?${new URLSearchParams({ email: body.email, code })}`;
    await mailSender().send({
      to: [body.email],
      ...renderSignInCode(language, code, link, CODE_VALID_MINUTES, publicBaseUrl),
    });
    return { sent: true as const, validMinutes: CODE_VALID_MINUTES };
  },

  startSession: async ({ body, event, now }) => {
    const s = store();
    await countAgainstLimit(
      s,
      `session-client#${clientAddress(event)}`,
      // A person may mistype a code or two: twice as many tries as codes.
      2 * config().signInCodesPerClient,
      WINDOW_SECONDS,
      now,
    );
    const key = await signInCodeKey();
    const outcome = await redeemSignInCode(
      s,
      addressTag(key, body.email),
      hashSignInCode(key, body.email, body.code),
      now,
    );
    // Said alike whether or not the address has an account: codes are sent to any address.
    if (outcome === 'paused') {
      const nowSeconds = Math.floor(now.getTime() / 1000);
      throw new TooManyRequests(addressWindow(nowSeconds).end - nowSeconds, 'sign_in_paused');
    }
    if (outcome !== 'valid') throw new BadRequest(refusals[outcome][1], refusals[outcome][0]);
    const person = await ensurePerson(s, body.email, 'fi', now);
    if (config().firstCoordinatorEmail === body.email) await grantCoordinator(s, person, 'system', now);
    const sessionId = randomUUID();
    await putSession(s, person.id, sessionId, Math.floor(now.getTime() / 1000) + SESSION_DAYS * 86_400);
    const token = await signSessionToken(await sessionKey(), { personId: person.id, sessionId }, now);
    const caller = callerFrom(await readPersonPartition(s, person.id));
    if (!caller) throw new Error('A person just signed in has no profile');
    return jsonReply(await meOf(s, caller), { cookies: [sessionCookie(token, config().publicBaseUrl)] });
  },

  endSession: async ({ caller, sessionId }) => {
    await deleteSession(store(), caller.personId, sessionId);
    return new HttpReply({ statusCode: 204, cookies: [clearedSessionCookie(config().publicBaseUrl)] });
  },

  getSession: async ({ caller }) => ({ me: caller ? await meOf(store(), caller) : null }),

  getMe: async ({ caller }) => meOf(store(), caller),

  updateMe: async ({ caller, body }) => {
    await updatePersonProfile(store(), caller.personId, body);
    return meOf(store(), { ...caller, ...body });
  },

  exportMe: async ({ caller, now }) => {
    const registrations = await registrationsOf(store(), caller.email);
    return {
      exportedAt: now.toISOString(),
      person: await meOf(store(), caller),
      actions: (await listActionsOf(store(), caller.personId)).map(({ pk: _pk, sk: _sk, ...entry }) => entry),
      registrations,
      pollAnswers: await pollAnswersOf(store(), registrations),
      peerRequests: await allLeaderRequests(store(), caller.personId),
      peerLeader: await exportPeerData(store(), caller),
      translator: await myTranslatorRole(store(), caller),
    };
  },

  deleteMe: async ({ caller, now }) => {
    await deleteAccount(store(), caller, now);
    return new HttpReply({ statusCode: 204, cookies: [clearedSessionCookie(config().publicBaseUrl)] });
  },
});
