import { randomUUID } from 'node:crypto';
import { subscriptionsRoutes as routes } from '#shared/api/routes/subscriptions.ts';
import { signedLinkKey, signedLinkKeys } from '#shared/auth/session-key.ts';
import { getBody } from '#shared/bodies/body-store.ts';
import { BadRequest, Conflict, DomainError, NotFound } from '#shared/errors.ts';
import { noticeItem } from '#shared/mail/notices.ts';
import { assertMember } from '#shared/membership/organisation.ts';
import { existingOrganisation as existingOrganisationIn } from '#shared/membership/organisation-store.ts';
import { store } from '#shared/store/client.ts';
import { countAgainstLimit, countAgainstLimits } from '#shared/store/rate-limit.ts';
import {
  confirmationToken,
  isConfirmationToken,
  isUnsubscribeToken,
} from '#shared/subscriptions/signed-links.ts';
import {
  MAX_SUBSCRIPTIONS_PER_ORGANISATION,
  type OrganisationSubscription,
  type Subscription,
} from '#shared/subscriptions/subscription.ts';
import {
  addPendingSubscription,
  CONFIRM_WITHIN_DAYS,
  confirmSubscription,
  createSubscription,
  deletePendingSubscription,
  deleteSubscription,
  getPublicSubscription,
  listPendingSubscriptions,
  listSubscriptions,
} from '#shared/subscriptions/subscription-store.ts';
import { clientAddress, httpFunction } from '../lib/http.ts';

const HOUR = 3600;
const DAY = 86_400;
/** Confirmation emails one address may be sent per hour, so nobody can flood someone else's inbox. */
const CONFIRMATIONS_PER_ADDRESS = 3;
const SUBSCRIBES_PER_CLIENT = 30;
/** Confirmation emails one representative may have sent to other addresses a day. */
const CONFIRMATIONS_PER_PERSON = 10;

const existingOrganisation = (id: string) => existingOrganisationIn(store(), id);

async function assertBodiesExist(bodies: string[]) {
  const unknown = [];
  for (const bodyId of bodies) if (!(await getBody(store(), bodyId))) unknown.push(bodyId);
  if (unknown.length > 0) throw new BadRequest(`No such body: ${unknown.join(', ')}.`, 'unknown_body');
}

/** A subscription waiting for its address, and the fixed-text email (nothing the caller wrote) that asks. */
async function askToConfirm(pending: Subscription, now: Date) {
  const token = confirmationToken(await signedLinkKey(), pending.id);
  const path = `/subscriptions/confirm?${new URLSearchParams({ id: pending.id, t: token })}`;
  const notice = noticeItem(
    'confirmSubscription',
    [{ email: pending.email, language: pending.language }],
    { path, days: String(CONFIRM_WITHIN_DAYS) },
    now,
  );
  await addPendingSubscription(store(), pending, notice, now);
}

async function organisationSubscriptions(
  organisationId: string,
  now: Date,
): Promise<OrganisationSubscription[]> {
  const [active, pending] = await Promise.all([
    listSubscriptions(store(), organisationId),
    listPendingSubscriptions(store(), organisationId, now),
  ]);
  return [
    ...active.map((s) => ({ ...s, status: 'active' as const })),
    ...pending.map((s) => ({ ...s, status: 'pending' as const })),
  ];
}

const badLink = (what: string) =>
  new BadRequest(`This ${what} link is not valid. Use the link in the latest email.`, 'invalid_link');

export const handler = httpFunction(routes, {
  listSubscriptions: async ({ params, now }) => ({
    items: await organisationSubscriptions((await existingOrganisation(params.id)).id, now),
  }),

  createSubscription: async ({ params, body, caller, now }) => {
    const s = store();
    const org = await existingOrganisation(params.id);
    assertMember(org, 'subscribe to alerts');
    await assertBodiesExist(body.bodies);
    // Read before the write, so two representatives at the same moment could pass it by one.
    if ((await organisationSubscriptions(org.id, now)).length >= MAX_SUBSCRIPTIONS_PER_ORGANISATION)
      throw new Conflict(
        `An organisation may have at most ${MAX_SUBSCRIPTIONS_PER_ORGANISATION} subscriptions. End one first.`,
        'too_many_subscriptions',
      );
    const created: Subscription = {
      ...body,
      id: randomUUID(),
      organisationId: org.id,
      email: body.email ?? caller.email,
      createdAt: now.toISOString(),
    };
    if (created.email === caller.email) {
      await createSubscription(s, created);
      return { ...created, status: 'active' as const };
    }
    // Any other address is someone else's until it confirms: it gets only the confirmation email.
    await countAgainstLimits(
      s,
      [
        { key: `subscribe-person#${caller.personId}`, limit: CONFIRMATIONS_PER_PERSON, windowSeconds: DAY },
        { key: `subscribe-address#${created.email}`, limit: CONFIRMATIONS_PER_ADDRESS, windowSeconds: HOUR },
      ],
      now,
    );
    await askToConfirm(created, now);
    return { ...created, status: 'pending' as const };
  },

  deleteSubscription: async ({ params, now }) => {
    const found = (await organisationSubscriptions(params.id, now)).find(
      (s) => s.id === params.subscriptionId,
    );
    if (!found) throw new NotFound('There is no such subscription.');
    if (found.status === 'pending') await deletePendingSubscription(store(), found.id);
    else await deleteSubscription(store(), found);
    return undefined;
  },

  subscribe: async ({ body, event, now }) => {
    const s = store();
    await countAgainstLimit(s, `subscribe-client#${clientAddress(event)}`, SUBSCRIBES_PER_CLIENT, HOUR, now);
    await countAgainstLimit(s, `subscribe-address#${body.email}`, CONFIRMATIONS_PER_ADDRESS, HOUR, now);
    await assertBodiesExist(body.bodies);
    await askToConfirm({ ...body, id: randomUUID(), createdAt: now.toISOString() }, now);
    // The same answer whether or not the address was subscribed before: it reveals nothing.
    return { confirmationSent: true as const, confirmWithinDays: CONFIRM_WITHIN_DAYS };
  },

  confirmSubscription: async ({ params, body, now }) => {
    if (!(await signedLinkKeys()).some((key) => isConfirmationToken(key, params.id, body.token)))
      throw badLink('confirmation');
    const confirmed = await confirmSubscription(store(), params.id, now);
    if (!confirmed)
      throw new DomainError(
        'notFound',
        'subscription_expired',
        `This subscription was not confirmed within ${CONFIRM_WITHIN_DAYS} days and has expired. Subscribe again.`,
      );
    return confirmed;
  },

  unsubscribe: async ({ query }) => {
    const owned = { id: query.s, organisationId: query.o };
    if (!(await signedLinkKeys()).some((key) => isUnsubscribeToken(key, owned, query.t)))
      throw badLink('unsubscribe');
    const found = query.o
      ? (await listSubscriptions(store(), query.o)).find((s) => s.id === query.s)
      : await getPublicSubscription(store(), query.s);
    // Unsubscribing twice is no error: the subscription has ended either way.
    if (found) await deleteSubscription(store(), found);
    return { unsubscribed: true as const };
  },
});
