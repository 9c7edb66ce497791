import { inject } from 'vitest';

export interface StoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  attachments?: { filename?: string; contentType: string; content: string }[];
  at: number;
}

/** Every message a local SES endpoint holds (the shared test runtime's unless another is named). */
export async function storedEmails(sesUrl = inject('runtime').sesUrl): Promise<StoredEmail[]> {
  const response = await fetch(`${sesUrl}/store`);
  return ((await response.json()) as { emails: StoredEmail[] }).emails;
}

/** The messages the local SES endpoint holds for an address. */
export async function emailsTo(address: string): Promise<StoredEmail[]> {
  return (await storedEmails()).filter((email) => email.destination.to.some((to) => to.includes(address)));
}

/** Waits until the address has received `count` messages (stream delivery is asynchronous). */
/**
 * How long a test waits for a message: a shared runtime running two files at a time on 2 cores
 * may take more than 15 s to send one behind others' mail; within the tests' 30 s.
 */
const MAIL_WAIT_MS = 25_000;

export async function waitForEmails(
  address: string,
  count = 1,
  timeoutMs = MAIL_WAIT_MS,
): Promise<StoredEmail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const emails = await emailsTo(address);
    if (emails.length >= count || Date.now() > deadline) return emails;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits for the message to the address whose subject is the one given. */
export async function waitForSubject(
  address: string,
  subject: string,
  timeoutMs = MAIL_WAIT_MS,
): Promise<StoredEmail | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await emailsTo(address)).find((email) => email.subject === subject);
    if (found || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the address has `count` messages that match (stream delivery is asynchronous). */
export async function waitForMatching(
  address: string,
  matches: (email: StoredEmail) => boolean,
  count = 1,
  timeoutMs = MAIL_WAIT_MS,
): Promise<StoredEmail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await emailsTo(address)).filter(matches);
    if (found.length >= count || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
