import { bodyName } from '#shared/bodies/body.ts';
import { getBody } from '#shared/bodies/body-store.ts';
import { type Consultation, textFor } from '#shared/consultations/consultation.ts';
import { getConsultationVersion } from '#shared/consultations/consultation-store.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { alerts, digest } from '#shared/i18n/mail/index.ts';
import { formatDateTime, translator } from '#shared/i18n/translate.ts';
import { renderEmail } from '#shared/mail/layout.ts';
import type { OutgoingMail } from '#shared/mail/mail-sender.ts';
import { type OutboxDeps, outboxKey, sendOnce } from '#shared/mail/outbox.ts';
import { deleteItems } from '#shared/store/batch.ts';
import type { Store } from '#shared/store/client.ts';
import { waitingDigestEntries } from './digest-store.ts';

interface Entry {
  pk: string;
  sk: string;
  email: string;
  language: Language;
  consultationId: string;
  version: number;
  reason: string;
}

/** The ISO week a digest belongs to (its Monday), so a rerun in the same week sends nothing twice. */
export function weekOf(now: Date): string {
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return monday.toISOString().slice(0, 10);
}

export function renderDigest(
  language: Language,
  items: { consultation: Consultation; body: string; updated: boolean }[],
  publicBaseUrl: string,
): Omit<OutgoingMail, 'to'> {
  const t = translator(language, digest, alerts);
  return renderEmail({
    language,
    publicBaseUrl,
    subject: t('digest.subject', { count: items.length }),
    heading: t('digest.heading'),
    // Each consultation is a link named by its title, then who asks and until when.
    paragraphs: items.flatMap(({ consultation: c, body, updated }) => {
      const text = textFor(c, language);
      const deadline = c.statementDeadline
        ? t('alert.deadline', { deadline: formatDateTime(language, new Date(c.statementDeadline)) })
        : '';
      const about = [body && `${body}.`, deadline].filter(Boolean).join(' ');
      return [
        {
          link: {
            text: `${updated ? t('alert.updatedPrefix') : ''}${text.title}`,
            url: `${publicBaseUrl}/consultations/${c.id}`,
          },
        },
        ...(about ? [about] : []),
      ];
    }),
  });
}

export interface DigestReport {
  recipients: number;
  sent: number;
  /** Digests whose send failed: each is on the outbox's failed list, which retry-failed-mail sends from. */
  failed: number;
}

/**
 * Sends each weekly subscriber one email listing what was published or updated since their last
 * digest, then clears those entries. Nobody with nothing new gets anything, nor a suppressed address.
 * One address SES refuses stops no other digest.
 */
export async function sendDigests(
  store: Store,
  deps: OutboxDeps,
  publicBaseUrl: string,
  now: Date,
): Promise<DigestReport> {
  const waiting = (await waitingDigestEntries(store)) as unknown as Entry[];
  const byEmail = new Map<string, Entry[]>();
  for (const entry of waiting) byEmail.set(entry.email, [...(byEmail.get(entry.email) ?? []), entry]);
  const report: DigestReport = { recipients: byEmail.size, sent: 0, failed: 0 };
  for (const [email, entries] of byEmail) {
    const language = entries[0]?.language ?? 'fi';
    const items = [];
    for (const entry of entries) {
      const consultation = await getConsultationVersion(store, entry.consultationId, entry.version);
      if (!consultation) continue;
      const body = await getBody(store, consultation.bodyId);
      items.push({
        consultation,
        body: body ? bodyName(body, language) : '',
        updated: entry.reason === 'updated',
      });
    }
    if (items.length > 0) {
      const mail = { to: [email], ...renderDigest(language, items, publicBaseUrl) };
      // The week is in the outbox key, so a run tried again sends nothing twice. A refused send is
      // on the outbox's failed list with its message, retried from there, so its entries can go
      // and the next address is served; an address that bounced or complained gets nothing. A
      // table that fails stops the run, entries kept.
      const outcome = await sendOnce(deps, outboxKey(`digest#${email}#${weekOf(now)}`), mail);
      if (outcome === 'sent') report.sent += 1;
      if (outcome === 'failed') report.failed += 1;
    }
    await deleteItems(store, entries);
  }
  return report;
}
