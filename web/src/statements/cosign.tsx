import { useState } from 'preact/hooks';
import { send } from '../api.ts';
import { Confirmable } from '../forms/confirm.tsx';
import { Field, SubmitButton } from '../forms/fields.tsx';
import { useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import type { Me, Signature, SignatureInput, Signed, SignedStatement, Statement } from '../types.ts';
import { MandateFields, mandateValue } from './mandate.tsx';

type Organisation = Me['organisations'][number];

/**
 * The statement as it stands after signing: signing answers with the statement and the one new
 * signature (not every signature), which replaces the organisation's earlier one.
 */
export function withSignature(before: SignedStatement, { signature, ...s }: Signed): SignedStatement {
  const others = before.signatures.filter((other) => other.organisationId !== signature.organisationId);
  return withSignatures(s, [...others, { ...signature, current: true }]);
}

/** A statement with the signatures known, each marked current when it holds the statement's text. */
export function withSignatures(s: Statement, signatures: Signature[]): SignedStatement {
  const marked = signatures.map((signed) => ({ ...signed, current: signed.contentHash === s.contentHash }));
  return {
    ...s,
    signatures: marked,
    currentSignatureCount: marked.filter((signed) => signed.current).length,
  };
}

/** Whether co-signing has closed: the statement is open, but its deadline has passed. */
export const cosigningClosed = (s: SignedStatement, now = new Date()) =>
  s.cosignDeadline !== undefined && new Date(s.cosignDeadline) <= now;

/**
 * For representatives of member organisations other than the lead, while the statement is open:
 * sign for one of them with its mandate, holding the version read; confirm after the text changed;
 * or withdraw the signature.
 */
export function CoSign({
  s,
  organisations,
  onSigned,
  onWithdrawn,
}: {
  s: SignedStatement;
  organisations: Organisation[];
  onSigned(s: SignedStatement): void;
  onWithdrawn(): void;
}) {
  const { t, rich, formatDate, formatNumber } = useI18n();
  const sign = useForm('sign');
  const withdraw = useForm('unsign');
  const [chosenId, setChosenId] = useState(organisations[0]?.id);
  const chosen = organisations.find((o) => o.id === chosenId) ?? organisations[0];
  if (!chosen) return null;
  const signature = s.signatures.find((signed) => signed.organisationId === chosen.id);
  const path = `/api/statements/${encodeURIComponent(s.id)}/signatures` as const;
  const name = <bdi>{chosen.name}</bdi>;
  const version = formatNumber(s.version);

  const submit = sign.submit(async (data) => {
    const body: SignatureInput = {
      organisationId: chosen.id,
      mandate: mandateValue(data),
      version: s.version,
    };
    onSigned(withSignature(s, await send<Signed>('POST', path, body)));
    withdraw.reset();
    return rich('cosign.signed', { organisation: name, version });
  });

  return (
    <section aria-labelledby="cosign" class="manage">
      <h2 id="cosign">{t('cosign.title')}</h2>
      <Outcome form={sign} />
      <Outcome form={withdraw} />
      {organisations.length > 1 && (
        <Field
          form={sign}
          name="organisation"
          label={t('cosign.organisation')}
          hint={t('cosign.organisationHint')}
        >
          {(control) => (
            <select
              {...control}
              value={chosen.id}
              onChange={(event) => {
                setChosenId((event.currentTarget as HTMLSelectElement).value);
                sign.reset();
                withdraw.reset();
              }}
            >
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {signature?.current ? (
        <p>
          {rich('cosign.alreadySigned', {
            organisation: name,
            version: formatNumber(signature.version),
            date: formatDate(signature.signedAt),
          })}
        </p>
      ) : (
        <form noValidate onSubmit={submit}>
          {signature ? (
            <div class="warning" role="note">
              <p>
                <strong>
                  {rich('cosign.changed', {
                    organisation: name,
                    signed: formatNumber(signature.version),
                    version,
                  })}
                </strong>
              </p>
              <p>{t('cosign.changedHint')}</p>
            </div>
          ) : (
            organisations.length === 1 && <p>{rich('cosign.for', { organisation: name })}</p>
          )}
          <p>
            <strong>{t('cosign.version', { version })}</strong>{' '}
            {t('cosign.versionHint', { deadline: s.cosignDeadline ? formatDate(s.cosignDeadline) : '' })}
          </p>
          <MandateFields
            key={chosen.id}
            form={sign}
            legend={t('mandate.legend')}
            initial={signature?.mandate}
          />
          <SubmitButton form={sign}>
            {signature
              ? t('cosign.confirm', { version })
              : t('cosign.sign', { organisation: chosen.name, version })}
          </SubmitButton>
        </form>
      )}
      {signature && (
        <Confirmable
          form={withdraw}
          label={t('cosign.withdraw')}
          question={rich('cosign.withdrawQuestion', { organisation: name })}
          confirm={t('cosign.withdrawConfirm')}
          dismiss={t('cosign.keep')}
          onConfirm={async () => {
            await send('DELETE', `${path}/${encodeURIComponent(chosen.id)}`);
            sign.reset();
            onWithdrawn();
            return rich('cosign.withdrawn', { organisation: name });
          }}
        />
      )}
    </section>
  );
}
