import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Me } from '#shared/api/routes.ts';
import { send } from '../api.ts';
import { SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { PageHeading } from '../page-heading.tsx';
import { useSession } from '../session.tsx';

/** Passwordless: an emailed six-digit code (or the emailed link, which carries it) starts a session. */
export function SignInPage() {
  const { t, rich, language } = useI18n();
  const { me, refresh } = useSession();
  const { query, route } = useLocation();
  const fromLink = Boolean(query.email && query.code);
  const [step, setStep] = useState<'email' | 'code'>(fromLink ? 'code' : 'email');
  const [email, setEmail] = useState(query.email ?? '');
  const emailForm = useForm('sign-in-email');
  const codeForm = useForm('sign-in-code');
  const wentBack = useRef(false);
  useEffect(() => {
    if (step === 'email' && wentBack.current) document.getElementById(emailForm.id('email'))?.focus();
  }, [step]);

  const askCode = emailForm.submit(async (data) => {
    const address = text(data, 'email');
    const sent = await send<{ validMinutes: number }>('POST', '/api/auth/code', { email: address, language });
    setEmail(address);
    setStep('code');
    return rich('signIn.codeSent', { email: <bdi>{address}</bdi>, minutes: sent.validMinutes });
  });
  const startSession = codeForm.submit(async (data) => {
    await refresh(await send<Me>('POST', '/api/auth/session', { email, code: text(data, 'code') }));
    route('/desk');
    return undefined;
  });

  return (
    <>
      <PageHeading>{t('signIn.title')}</PageHeading>
      {me && (
        <p>
          {rich('signIn.already', { email: <bdi>{me.email}</bdi> })} <a href="/account">{t('nav.account')}</a>
        </p>
      )}
      {step === 'email' ? (
        <form key="email" noValidate onSubmit={askCode} class="narrow">
          <p>{t('signIn.lead')}</p>
          <Outcome form={emailForm} />
          <TextField
            form={emailForm}
            name="email"
            label={t('signIn.email')}
            type="email"
            autoComplete="email"
            defaultValue={email}
            required
          />
          <SubmitButton form={emailForm}>{t('signIn.sendCode')}</SubmitButton>
        </form>
      ) : (
        <form key="code" noValidate onSubmit={startSession} class="narrow">
          {fromLink && !emailForm.outcome ? (
            <p>{rich('signIn.fromLink', { email: <bdi>{email}</bdi> })}</p>
          ) : (
            <Outcome form={emailForm} />
          )}
          <Outcome form={codeForm} />
          <TextField
            form={codeForm}
            name="code"
            label={t('signIn.code')}
            hint={t('signIn.codeHint')}
            required
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            defaultValue={fromLink ? query.code : undefined}
            class="short"
          />
          <div class="actions">
            <SubmitButton form={codeForm}>{t('signIn.submit')}</SubmitButton>
            <button
              type="button"
              onClick={() => {
                emailForm.reset();
                wentBack.current = true;
                setStep('email');
              }}
            >
              {t('signIn.again')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
