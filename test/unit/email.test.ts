import { describe, expect, it } from 'vitest';
import { languageCodes } from '#shared/i18n/languages.ts';
import { renderEmail } from '#shared/mail/layout.ts';
import { noticeTemplates, renderNotice } from '#shared/mail/templates.ts';
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
    const params = {
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
    };
    for (const language of languageCodes) {
      for (const template of noticeTemplates) {
        const mail = renderNotice(template, language, params, 'http://x');
        expect(`${mail.subject}\n${mail.text}`, `${language} ${template}`).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
