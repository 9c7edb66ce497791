import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as source from '#shared/mail/ses-mail-sender.ts';
import { bundled } from '../support/bundled.ts';
import { emailsTo } from '../support/ses.ts';

type Sender = typeof source;
// The bundles give nodemailer a table of Kaiutin's file types instead of its own (infra/bundling.ts).
const senders: [string, () => Promise<Sender>][] = [
  ['from source', async () => source],
  ['bundled as deployed', () => bundled<Sender>('shared/mail/ses-mail-sender.ts')],
];

describe.each(senders)('the SES mail sender, %s', (_, load) => {
  it('sends a message that a mail parser reads back as written, in any script', async () => {
    const { mailSender } = await load();
    const to = `mime-${randomUUID()}@example.org`;
    const mail = {
      to: [to],
      subject: 'تنبيه: مشاورة جديدة – Koulutie, Заявление (21 организация) 😀',
      text: `Hei!\nRivi, jonka lopussa on väli \n\n${'x = y, '.repeat(200)}\nمرحبا`,
      html: `<p style="color:#555">${'Jyväskylä & Kuopio '.repeat(60)}</p>\n<p dir="rtl">مرحبا</p>`,
      headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      attachments: [
        {
          filename: 'deadline.ics',
          content: 'BEGIN:VCALENDAR\r\nSUMMARY:Kouluätie\r\nEND:VCALENDAR',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        },
      ],
    };
    await mailSender().send(mail);
    const [stored, ...more] = await emailsTo(to);
    expect(more).toHaveLength(0);
    expect(stored?.subject).toBe(mail.subject);
    expect(stored?.body.text).toBe(mail.text);
    expect(stored?.body.html).toBe(mail.html);
    expect(stored?.attachments?.map((a) => [a.filename, a.contentType])).toEqual([
      ['deadline.ics', 'text/calendar'],
    ]);
    expect(Buffer.from(stored?.attachments?.[0]?.content ?? '', 'base64').toString()).toBe(
      mail.attachments[0]?.content,
    );
  });

  it('folds a long plain subject so that it reads back whole', async () => {
    const { mailSender } = await load();
    const to = `folded-${randomUUID()}@example.org`;
    const subject = `Statement: ${'a rather long title '.repeat(10)}(21 organisations)`;
    await mailSender().send({ to: [to], subject, text: 'Text', html: '<p>Text</p>' });
    expect((await emailsTo(to)).map((stored) => stored.subject)).toEqual([subject]);
  });
});
