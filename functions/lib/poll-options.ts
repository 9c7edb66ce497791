import { config } from '#shared/config.ts';
import type { PollOptions } from '#shared/sources/poll.ts';

/** How this deployment reads sources: private addresses only locally, and a user agent that says who asks. */
export const pollOptions = (): PollOptions => ({
  allowPrivate: config().sourcesAllowPrivateAddresses,
  userAgent: `Kaiutin agenda reader (+${config().publicBaseUrl})`,
});
