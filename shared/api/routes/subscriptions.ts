import * as z from 'zod/mini';
import {
  organisationSubscription,
  publicSubscriptionInput,
  subscription,
  subscriptionInput,
} from '#shared/subscriptions/subscription.ts';
import { defineRoute } from '../contract.ts';
import { id, idParams } from './common.ts';

export const subscriptionsRoutes = {
  listSubscriptions: defineRoute({
    method: 'GET',
    path: '/api/organisations/{id}/subscriptions',
    access: { representativeOf: 'id', orCoordinator: true },
    summary:
      "The organisation's alert subscriptions, those still waiting for their address's confirmation too.",
    tags: ['subscriptions'],
    params: idParams,
    response: z.object({ items: z.array(organisationSubscription) }),
  }),
  createSubscription: defineRoute({
    method: 'POST',
    path: '/api/organisations/{id}/subscriptions',
    access: { representativeOf: 'id' },
    summary:
      "Subscribes the organisation to alerts on bodies or municipalities, topics, in a language, now or weekly. Another address than the representative's own is sent a confirmation link first, and alerted only once it confirms (`status: pending` until then).",
    tags: ['subscriptions'],
    rateLimited: true,
    params: idParams,
    body: subscriptionInput,
    response: organisationSubscription,
    successStatus: 201,
  }),
  deleteSubscription: defineRoute({
    method: 'DELETE',
    path: '/api/organisations/{id}/subscriptions/{subscriptionId}',
    access: { representativeOf: 'id', orCoordinator: true },
    summary: 'Ends an alert subscription.',
    tags: ['subscriptions'],
    params: z.object({ id, subscriptionId: id }),
    response: null,
    successStatus: 204,
  }),
  unsubscribe: defineRoute({
    method: 'POST',
    path: '/api/unsubscribe',
    access: 'public',
    summary: 'One-click unsubscribe (RFC 8058) with the signed link of an alert email.',
    tags: ['subscriptions'],
    query: z.object({ o: z.optional(id), s: id, t: z.string().check(z.minLength(20), z.maxLength(100)) }),
    response: z.object({ unsubscribed: z.literal(true) }),
  }),
  subscribe: defineRoute({
    method: 'POST',
    path: '/api/subscriptions',
    access: 'public',
    summary:
      'Subscribes an email address outside the network to alerts; nothing is sent until the address confirms.',
    tags: ['subscriptions'],
    rateLimited: true,
    body: publicSubscriptionInput,
    response: z.object({ confirmationSent: z.literal(true), confirmWithinDays: z.number() }),
    successStatus: 202,
  }),
  confirmSubscription: defineRoute({
    method: 'POST',
    path: '/api/subscriptions/{id}/confirm',
    access: 'public',
    summary: 'Confirms a subscription with the signed link of its confirmation email.',
    tags: ['subscriptions'],
    params: idParams,
    body: z.object({ token: z.string().check(z.minLength(20), z.maxLength(100)) }),
    response: subscription,
  }),
};
