import { inject } from 'vitest';
import { waitForMatching } from '../support/ses.ts';

/** The link in a message's text to a page whose address contains `path`, on this runtime. */
export function linkIn(text: string | undefined, path: string): string {
  const found = (text ?? '').split(/\s/).find((word) => word.includes(path));
  if (!found) throw new Error(`No link to ${path} in ${text}`);
  const url = new URL(found);
  return `${inject('runtime').baseUrl}${url.pathname}${url.search}`;
}

/** The newest link to `path` mailed to the address, once one has arrived (delivery is asynchronous). */
export async function mailedLink(address: string, path: string): Promise<string> {
  const mails = await waitForMatching(address, (mail) => (mail.body.text ?? '').includes(path));
  return linkIn(mails.at(-1)?.body.text, path);
}
