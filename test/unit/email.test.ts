import { describe, expect, it } from 'vitest';
import { renderAlert } from '#shared/alerts/alert-mail.ts';
import { renderDigest } from '#shared/alerts/digest.ts';
import { consultation } from '#shared/consultations/consultation.ts';
import { languageCodes } from '#shared/i18n/languages.ts';
import { renderEmail } from '#shared/mail/layout.ts';
import { noticeTemplates, renderNotice, renderSignInCode } from '#shared/mail/templates.ts';
import { markdownToHtml } from '#shared/markdown.ts';
import { principles } from '#shared/membership/principles.ts';
import type { Submission } from '#shared/submissions/submission.ts';
import { renderSubmission } from '#shared/submissions/submission-mail.ts';

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

describe('notices', () => {
  it("render in the recipient's language, with dates formatted for it", () => {
    const params = { submittedAt: '2026-11-22T10:00:00Z', version: principles.version };
    const english = renderNotice('applicationReceipt', 'en', params, 'http://localhost:3000');
    expect(english.subject).toBe('Membership application received');
    expect(english.text).toContain('November 22, 2026');
    expect(english.text).toContain(principles.version);
    expect(renderNotice('applicationReceipt', 'fi', params, 'http://localhost:3000').subject).toMatch(
      /^Jäsenhakemus vastaanotettu/,
    );
  });

  it('translate codes such as a removal ground, and turn paths into links', () => {
    const mail = renderNotice(
      'removalOpened',
      'en',
      {
        organisation: 'X ry',
        ground: 'unreachable',
        explanation: 'Three letters returned.',
        deadlineAt: '2026-12-06T10:00:00Z',
        path: '/organisations/x',
      },
      'https://kaiutin.example',
    );
    expect(mail.text).toContain('cannot be reached despite repeated attempts');
    expect(mail.text).toContain('https://kaiutin.example/organisations/x');
    expect(mail.text).toContain('December 6, 2026');
  });

  it('leave out a paragraph whose optional parameter is missing, and only that one', () => {
    const params = {
      title: 'Lausunto',
      body: 'Lautakunta',
      acknowledgedAt: '2026-12-02T10:00:00Z',
      path: '/s',
    };
    const without = renderNotice('submissionAcknowledged', 'en', params, 'https://k.example');
    expect(without.text).toContain('Lautakunta acknowledged receipt of the statement “Lausunto”');
    expect(without.text).not.toContain('Record number');
    const withNumber = renderNotice(
      'submissionAcknowledged',
      'en',
      { ...params, diaryNumber: 'D/7' },
      'https://k.example',
    );
    expect(withNumber.text).toContain('Record number: D/7');
  });

  it('never leave a placeholder unfilled, in any language', () => {
    for (const language of languageCodes) {
      for (const template of noticeTemplates) {
        const mail = renderNotice(template, language, noticeParams, 'http://x');
        expect(`${mail.subject}\n${mail.text}`, `${language} ${template}`).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

const noticeParams = {
  organisation: 'O',
  submittedAt: '2026-11-22T10:00:00Z',
  version: 'v',
  reason: 'r',
  body: 'B',
  resignedAt: '2026-11-22T10:00:00Z',
  ground: 'criteria',
  explanation: 'e',
  deadlineAt: '2026-12-06T10:00:00Z',
  path: '/p',
  outcome: 'kept',
  days: '7',
  title: 'T',
  lead: 'L',
  consultation: 'C',
  cosignDeadlineAt: '2026-12-01T10:00:00Z',
  statementDeadlineAt: '2026-12-06T10:00:00Z',
  acknowledgedAt: '2026-12-02T10:00:00Z',
  message: 'm',
  hash: 'h',
  count: '3',
  diaryNumber: 'D/1',
  answer: 'partly',
  decisionUrl: 'https://d.example',
  startsAt: '2031-03-12T08:00:00Z',
  startsTime: '2031-03-12T08:00:00Z',
  endsTime: '2031-03-12T10:00:00Z',
  host: 'H',
  series: 'S',
  address: 'A',
  directions: 'D',
  onlineUrl: 'https://meet.example',
  theme: 'Th',
  agenda: '- 10.00–10.20 U',
  cancelUrl: 'https://k.example/cancel',
  nextTime: '2031-06-12T07:00:00Z',
  decisions: '- d1',
  name: 'N',
  position: '3',
  year: '2026',
  introduction: 'i',
  purpose: 'P',
  when: 'W',
  answerByAt: '2026-12-15T10:00:00Z',
  noUrl: 'https://k.example/no',
  leader: 'Le',
  leaderEmail: 'le@example.org',
  contacts: 'R <r@example.org>',
  languages: 'arabia, somali',
  requests: JSON.stringify([{ text: 'T', language: 'ar', path: '/translations/consultation/c1/ar' }]),
  hours: '48',
};

const base = 'https://kaiutin.example';

const sample = consultation.parse({
  id: 'c1',
  bodyId: 'b1',
  kind: 'consultation',
  originalLanguage: 'fi',
  texts: {
    fi: {
      title: 'Kotoutumisohjelma',
      summary: 'Kaupunki **päivittää** ohjelmansa.',
      plainSummary: 'Kerro mielipiteesi.',
    },
    ar: { title: 'برنامج الاندماج', summary: 'تحدّث المدينة **برنامجها**.' },
  },
  topics: ['education'],
  statementDeadline: '2026-12-31T10:00:00.000Z',
  decisionDate: '2027-01-15',
  contact: { name: 'Virkailija', email: 'v@example.org' },
  status: 'published',
  version: 1,
  municipality: 'Jyväskylä',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
});

const alertOf = (language: (typeof languageCodes)[number]) =>
  renderAlert({
    consultation: sample,
    bodyName: 'Hyvinvointilautakunta',
    language,
    reason: 'published',
    to: 'a@example.org',
    publicBaseUrl: base,
    unsubscribeQuery: 's=abc&sig=def',
  });

const submissionMail = (language: (typeof languageCodes)[number]) =>
  renderSubmission({
    submission: {
      id: 's1',
      bodyId: 'b1',
      title: 'Lausunto',
      body: 'Ensimmäinen **kappale**.\n\nToinen kappale.',
      language: 'fi',
      translation: null,
      leadOrganisationName: 'Kotoutujat ry',
      signatories: [
        {
          organisationId: 'o1',
          organisationName: 'Kotoutujat ry',
          mandate: { kind: 'standing' },
          signedAt: '2026-11-20T10:00:00.000Z',
        },
      ],
      submissionHash: 'h'.repeat(64),
    } as unknown as Submission,
    consultationTitle: 'Kotoutumisohjelma',
    bodyName: 'Hyvinvointilautakunta',
    language,
    publicBaseUrl: base,
  });

/** Every email Kaiutin sends, in a language. */
const everyEmail = (language: (typeof languageCodes)[number]) => [
  ...noticeTemplates.map((template) => ({
    name: template,
    mail: renderNotice(
      template,
      language,
      { ...noticeParams, decisionUrl: 'https://kunta.example/paatos' },
      base,
    ),
  })),
  { name: 'alert', mail: alertOf(language) },
  { name: 'submission', mail: submissionMail(language) },
  { name: 'signInCode', mail: renderSignInCode(language, '123456', `${base}/sign-in?code=x`, 15, base) },
  {
    name: 'digest',
    mail: renderDigest(language, [{ consultation: sample, body: 'Lautakunta', updated: true }], base),
  },
];

const anchors = (html: string) => [...html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)];

describe('links in the HTML part of emails', () => {
  it.each(
    languageCodes,
  )('are anchors named by their words, never bare addresses in running text (%s)', (language) => {
    for (const { name, mail } of everyEmail(language)) {
      const found = anchors(mail.html);
      expect(found.length, `${language} ${name}`).toBeGreaterThan(0);
      for (const [, attributes, words] of found) {
        expect(attributes, `${language} ${name}`).toMatch(/href="https?:\/\//);
        const text = (words ?? '').replace(/<[^>]+>/g, '').trim();
        expect(text, `${language} ${name}`).not.toBe('');
        expect(text, `${language} ${name}`).not.toMatch(/https?:\/\/|www\./);
      }
      const outside = mail.html.replace(/<a\b[^>]*>[\s\S]*?<\/a>/g, '');
      expect(outside, `${language} ${name}`).not.toMatch(/https?:\/\//);
      // The plain-text part keeps every address, each on a line of its own.
      for (const [, attributes] of found) {
        const href = /href="([^"]+)"/.exec(attributes ?? '')?.[1]?.replaceAll('&amp;', '&') ?? '';
        expect(mail.text.split('\n'), `${language} ${name}`).toContain(href);
      }
    }
  });

  it('give an Arabic alert one call to action, right to left', () => {
    const mail = alertOf('ar');
    expect(mail.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(mail.html).toMatch(/<body dir="rtl"/);
    const buttons = anchors(mail.html).filter(([, attributes]) =>
      attributes?.includes('display:inline-block'),
    );
    expect(buttons).toHaveLength(1);
    expect(buttons[0]?.[1]).toContain(`href="${base}/consultations/c1"`);
    expect(buttons[0]?.[2]).toBe('اقرأ المزيد واكتب بيانًا');
  });

  it('render simple markdown in the HTML part and keep it as written in the text part', () => {
    const alert = alertOf('fi');
    expect(alert.html).toContain('<strong>päivittää</strong>');
    expect(alert.text).toContain('Kaupunki **päivittää** ohjelmansa.');
    const submission = submissionMail('fi');
    expect(submission.html).toContain('<p>Ensimmäinen <strong>kappale</strong>.</p><p>Toinen kappale.</p>');
    expect(submission.text).toContain('Ensimmäinen **kappale**.\n\nToinen kappale.');
    // A notice renders what a person wrote too (send-mail carries the renderer for alerts anyway),
    // with raw HTML escaped and only http(s) links.
    const answered = renderNotice(
      'submissionAnswered',
      'en',
      { ...noticeParams, explanation: '**Taken** into account. <script>x</script> [y](javascript:alert(1))' },
      base,
      markdownToHtml,
    );
    expect(answered.html).toContain('<strong>Taken</strong> into account. &lt;script&gt;x&lt;/script&gt;');
    expect(answered.html).not.toContain('<script>');
    expect(answered.text).toContain('**Taken** into account.');
    expect(answered.html).not.toContain('href="javascript');
  });
});
