import { randomUUID } from 'node:crypto';
import { subscriptionsRoutes as routes } from '#shared/api/routes/subscriptions.ts';
import { signedLinkKey, signedLinkKeys } from '#shared/auth/session-key.ts';
import { getBody } from '#shared/bodies/body-store.ts';
import { BadRequest, DomainError, NotFound } from '#shared/errors.ts';
import { noticeItem } from '#shared/mail/notices.ts';
import { assertMember } from '#shared/membership/organisation.ts';
import { existingOrganisation as existingOrganisationIn } from '#shared/membership/organisation-store.ts';
import { store } from '#shared/store/client.ts';
import { countAgainstLimit } from '#shared/store/rate-limit.ts';
import {
  confirmationToken,
  isConfirmationToken,
  isUnsubscribeToken,
} from '#shared/subscriptions/signed-links.ts';
import type { Subscription } from '#shared/subscriptions/subscription.ts';
import {
  addPendingSubscription,
  CONFIRM_WITHIN_DAYS,
  confirmSubscription,
  createSubscription,
  deleteSubscription,
  getPublicSubscription,
  listSubscriptions,
} from '#shared/subscriptions/subscription-store.ts';
import { clientAddress, handle, httpFunction } from '../lib/http.ts';

const HOUR = 3600;
/** Confirmation emails one address may be sent per hour, so nobody can flood someone else's inbox. */
const CONFIRMATIONS_PER_ADDRESS = 3;
const SUBSCRIBES_PER_CLIENT = 30;

const existingOrganisation = (id: string) => existingOrganisationIn(store(), id);

async function assertBodiesExist(bodies: string[]) {
  const unknown = [];
  for (const bodyId of bodies) if (!(await getBody(store(), bodyId))) unknown.push(bodyId);
  if (unknown.length > 0) throw new BadRequest(`No such body: ${unknown.join(', ')}.`, 'unknown_body');
}

const badLink = (what: string) =>
  new BadRequest(`This ${what} link is not valid. Use the link in the latest email.`, 'invalid_link');

export const handler = httpFunction(
  handle(routes.listSubscriptions, async ({ params }) => ({
    items: await listSubscriptions(store(), (await existingOrganisation(params.id)).id),
  })),

  handle(routes.createSubscription, async ({ params, body, caller, now }) => {
    const org = await existingOrganisation(params.id);
    assertMember(org, 'subscribe to alerts');
    await assertBodiesExist(body.bodies);
    const created: Subscription = {
      ...body,
      id: randomUUID(),
      organisationId: org.id,
      email: body.email ?? caller.email,
      createdAt: now.toISOString(),
    };
    await createSubscription(store(), created);
    return created;
  }),

  handle(routes.deleteSubscription, async ({ params }) => {
    const found = (await listSubscriptions(store(), params.id)).find((s) => s.id === params.subscriptionId);
    if (!found) throw new NotFound('There is no such subscription.');
    await deleteSubscription(store(), found);
    return undefined;
  }),

  handle(routes.subscribe, async ({ body, event, now }) => {
    const s = store();
    await countAgainstLimit(s, `subscribe-client#${clientAddress(event)}`, SUBSCRIBES_PER_CLIENT, HOUR, now);
    await countAgainstLimit(s, `subscribe-address#${body.email}`, CONFIRMATIONS_PER_ADDRESS, HOUR, now);
    await assertBodiesExist(body.bodies);
    const pending: Subscription = { ...body, id: randomUUID(), createdAt: now.toISOString() };
    const token = confirmationToken(await signedLinkKey(), pending.id);
    const path = `/subscriptions/confirm?${new URLSearchParams({ id: pending.id, t: token })}`;
    const notice = noticeItem(
      'confirmSubscription',
      [{ email: body.email, language: body.language }],
      { path, days: String(CONFIRM_WITHIN_DAYS) },
      now,
    );
    await addPendingSubscription(s, pending, notice, now);
    // The same answer whether or not the address was subscribed before: it reveals nothing.
    return { confirmationSent: true as const, confirmWithinDays: CONFIRM_WITHIN_DAYS };
  }),

  handle(routes.confirmSubscription, async ({ params, body, now }) => {
    if (!(await signedLinkKeys()).some((key) => isConfirmationToken(key, params.id, body.token)))
      throw badLink('confirmation');
    const confirmed = await confirmSubscription(store(), params.id, now);
    if (!confirmed)
      throw new DomainError(
        404,
        'subscription_expired',
        `This subscription was not confirmed within ${CONFIRM_WITHIN_DAYS} days and has expired. Subscribe again.`,
      );
    return confirmed;
  }),

  handle(routes.unsubscribe, async ({ query }) => {
    const owned = { id: query.s, organisationId: query.o };
    if (!(await signedLinkKeys()).some((key) => isUnsubscribeToken(key, owned, query.t)))
      throw badLink('unsubscribe');
    const found = query.o
      ? (await listSubscriptions(store(), query.o)).find((s) => s.id === query.s)
      : await getPublicSubscription(store(), query.s);
    // Unsubscribing twice is no error: the subscription has ended either way.
    if (found) await deleteSubscription(store(), found);
    return { unsubscribed: true as const };
  }),
);
