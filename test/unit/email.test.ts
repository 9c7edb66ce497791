import { describe, expect, it } from 'vitest';
import { renderEmail } from '#shared/mail/layout.ts';
import { applicationReceipt } from '#shared/mail/templates/application-receipt.ts';
import { newApplication } from '#shared/membership/application.ts';
import { principles } from '#shared/membership/principles.ts';

describe('email layout', () => {
  it('escapes text in the HTML part and keeps it verbatim in the text part', () => {
    const mail = renderEmail({
      language: 'en',
      subject: 'S',
      heading: '<script>alert(1)</script>',
      paragraphs: ['Tom & "Jerry"'],
      publicBaseUrl: 'http://localhost:3000',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).toContain('Tom &amp; &quot;Jerry&quot;');
    expect(mail.text).toContain('Tom & "Jerry"');
  });

  it('marks Arabic mail right-to-left', () => {
    const mail = renderEmail({
      language: 'ar',
      subject: 'S',
      heading: 'H',
      paragraphs: [],
      publicBaseUrl: 'http://x',
    });
    expect(mail.html).toContain('dir="rtl"');
  });
});

describe('application receipt', () => {
  it("is addressed to the contact, in the contact's language, naming the organisation and the principles' version", () => {
    const app = newApplication(
      {
        organisationName: 'Kotoutujat ry',
        municipalities: ['Jyväskylä'],
        languages: ['fi'],
        topics: [],
        description: 'x',
        contact: { name: 'A', email: 'a@example.org', language: 'en' },
        representatives: ['a@example.org'],
        acceptedPrinciplesVersion: principles.version,
      },
      'id',
      new Date('2026-11-22T10:00:00Z'),
    );
    const mail = applicationReceipt(app, 'http://localhost:3000');
    expect(mail.to).toEqual(['a@example.org']);
    expect(mail.subject).toBe('Membership application received: Kotoutujat ry');
    expect(mail.text).toContain('November 22, 2026');
    expect(mail.text).toContain(principles.version);
  });
});
