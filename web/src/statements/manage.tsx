import { statementLimits } from '#shared/statements/limits.ts';
import { send } from '../api.ts';
import { BodyName } from '../bodies.tsx';
import { localDateTime } from '../consultations/fields.tsx';
import { Confirmable } from '../forms/confirm.tsx';
import { LanguageField, SubmitButton, TextField } from '../forms/fields.tsx';
import { list, text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import type {
  Body,
  Consultation,
  Invitation,
  Invited,
  SignedStatement,
  Statement,
  StatementChanges,
  Submission,
} from '../types.ts';
import { StatementFields, statementChanges } from './editor.tsx';
import { MandateFields, mandateValue } from './mandate.tsx';

type Path = `/api/statements/${string}`;
const pathOf = (s: Statement): Path => `/api/statements/${encodeURIComponent(s.id)}`;

/** Every change of the text is a new version; signatures of the earlier one then wait for confirmation. */
function EditStatement({ s, onSaved }: { s: SignedStatement; onSaved(saved: Statement): void }) {
  const { t } = useI18n();
  const form = useForm('statement-edit');
  const save = form.submit(async (data) => {
    const changes: StatementChanges = statementChanges(data, s);
    const saved = await send<Statement>('PATCH', pathOf(s), changes);
    onSaved(saved);
    if (saved.version === s.version) return t('statement.unchanged');
    const waiting = s.signatures.filter((signed) => signed.current).length;
    return [
      t('statement.savedVersion', { version: saved.version }),
      waiting > 0 ? t('statement.signaturesWait', { count: waiting }) : '',
    ].join(' ');
  });
  return (
    <details class="panel">
      <summary>{t('statement.edit')}</summary>
      <form noValidate onSubmit={save}>
        <p class="hint">{t(s.status === 'open' ? 'statement.editOpenLead' : 'statement.editLead')}</p>
        <Outcome form={form} />
        <StatementFields form={form} s={s} />
        <SubmitButton form={form}>{t('common.save')}</SubmitButton>
      </form>
    </details>
  );
}

/** Opens the draft for co-signing until a deadline no later than the consultation's. */
function OpenForCosigning({
  s,
  consultation,
  onOpened,
}: {
  s: Statement;
  consultation: Consultation | undefined;
  onOpened(opened: Statement, notice: string): void;
}) {
  const { t, formatDate } = useI18n();
  const form = useForm('statement-open');
  const deadline = consultation?.statementDeadline;
  const open = form.submit(async (data) => {
    const cosignDeadline = new Date(text(data, 'cosignDeadline')).toISOString();
    const opened = await send<Statement>('POST', `${pathOf(s)}/open`, { cosignDeadline });
    onOpened(opened, t('statement.opened'));
    return undefined;
  });
  return (
    <section aria-labelledby="statement-open">
      <h3 id="statement-open">{t('statement.open')}</h3>
      <p>{t('statement.openLead')}</p>
      <form noValidate onSubmit={open} class="narrow">
        <Outcome form={form} />
        <TextField
          form={form}
          name="cosignDeadline"
          label={t('statement.cosignDeadline')}
          hint={
            deadline
              ? t('statement.cosignDeadlineHint', { deadline: formatDate(deadline) })
              : t('statement.cosignDeadlineHintNone')
          }
          type="datetime-local"
          required
          defaultValue={localDateTime(deadline)}
        />
        <SubmitButton form={form}>{t('statement.openButton')}</SubmitButton>
      </form>
    </section>
  );
}

/** Invites organisations by email, up to twenty addresses at a time, in the language chosen. */
function Invite({ s }: { s: Statement }) {
  const { t } = useI18n();
  const form = useForm('statement-invite');
  const invite = form.submit(
    async (data) => {
      const message = text(data, 'message');
      const body: Invitation = {
        emails: list(data, 'emails').map((email) => email.toLowerCase()),
        language: text(data, 'language') as Invitation['language'],
        ...(message ? { message } : {}),
      };
      const { invited } = await send<Invited>('POST', `${pathOf(s)}/invitations`, body);
      return t('statement.invited', { count: invited });
    },
    { clear: true },
  );
  return (
    <details class="panel">
      <summary>{t('statement.invite')}</summary>
      <form noValidate onSubmit={invite}>
        <p class="hint">{t('statement.inviteLead')}</p>
        <Outcome form={form} />
        <TextField
          form={form}
          name="emails"
          label={t('statement.inviteEmails')}
          hint={t('statement.inviteEmailsHint')}
          required
          multiline
          maxLength={20 * 256}
        />
        <LanguageField form={form} name="language" label={t('statement.inviteLanguage')} required />
        <TextField
          form={form}
          name="message"
          label={t('statement.inviteMessage')}
          hint={t('statement.inviteMessageHint')}
          multiline
          maxLength={statementLimits.invitationMessage}
        />
        <SubmitButton form={form}>{t('statement.inviteButton')}</SubmitButton>
      </form>
    </details>
  );
}

/**
 * Delivers the statement with the signatures of its current text. The lead organisation gives its
 * own mandate here unless it has signed the current text already.
 */
function Submit({
  s,
  body,
  onSubmitted,
}: {
  s: SignedStatement;
  body: Body | undefined;
  onSubmitted(submission: Submission): void;
}) {
  const { t, rich, formatNumber } = useI18n();
  const form = useForm('statement-submit');
  const leadSigned = s.signatures.some(
    (signed) => signed.current && signed.organisationId === s.leadOrganisationId,
  );
  const others = s.signatures.filter(
    (signed) => signed.current && signed.organisationId !== s.leadOrganisationId,
  );
  const earlier = s.signatures.filter((signed) => !signed.current).length;
  const submit = form.submit(async (data) => {
    const submission = await send<Submission>(
      'POST',
      `${pathOf(s)}/submit`,
      leadSigned ? {} : { mandate: mandateValue(data) },
    );
    onSubmitted(submission);
    return undefined;
  });
  return (
    <section aria-labelledby="statement-submit">
      <h3 id="statement-submit">{t('statement.submit')}</h3>
      <p>
        {rich('statement.submitLead', {
          body: body ? <BodyName body={body} /> : '…',
          count: formatNumber(others.length + 1),
          version: formatNumber(s.version),
        })}
      </p>
      {earlier > 0 && <p class="warning">{t('statement.submitEarlier', { count: earlier })}</p>}
      <p class="hint">{t('statement.submitFinal')}</p>
      <form noValidate onSubmit={submit}>
        <Outcome form={form} />
        {!leadSigned && (
          <MandateFields
            form={form}
            legend={t('statement.leadMandate', { organisation: s.leadOrganisationName })}
          />
        )}
        <SubmitButton form={form}>{t('statement.submitButton')}</SubmitButton>
      </form>
    </section>
  );
}

/** For the lead organisation's representatives: edit, open, invite, submit, withdraw. */
export function ManageStatement({
  s,
  consultation,
  body,
  onChange,
  onSubmitted,
}: {
  s: SignedStatement;
  consultation: Consultation | undefined;
  body: Body | undefined;
  /** After a change, with the statement it answered; a change of status says what happened, as the form that did it goes away. */
  onChange(changed: Statement, notice?: string): void;
  onSubmitted(submission: Submission): void;
}) {
  const { t } = useI18n();
  const withdraw = useForm('statement-withdraw');
  if (s.status !== 'draft' && s.status !== 'open') return null;
  return (
    <section aria-labelledby="manage-statement" class="manage">
      <h2 id="manage-statement">{t('statement.manage')}</h2>
      {s.status === 'draft' && <p>{t('statement.draftNote')}</p>}
      <EditStatement s={s} onSaved={(saved) => onChange(saved)} />
      {s.status === 'open' && <Invite s={s} />}
      {s.status === 'draft' && (
        // Mounted again once the consultation has loaded: its deadline is the field's default.
        <OpenForCosigning
          key={consultation?.statementDeadline ?? ''}
          s={s}
          consultation={consultation}
          onOpened={onChange}
        />
      )}
      <Submit s={s} body={body} onSubmitted={onSubmitted} />
      <h3>{t('statement.withdraw')}</h3>
      <Outcome form={withdraw} />
      <Confirmable
        form={withdraw}
        label={t('statement.withdraw')}
        question={t('statement.withdrawQuestion')}
        confirm={t('statement.withdrawConfirm')}
        dismiss={t('statement.keep')}
        onConfirm={async () => {
          onChange(await send<Statement>('POST', `${pathOf(s)}/withdraw`), t('statement.withdrawn'));
          return undefined;
        }}
      />
    </section>
  );
}
