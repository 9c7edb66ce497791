import { useLocation } from 'preact-iso';
import { send } from '../api.ts';
import { Field, SubmitButton } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { MoreButton, usePages } from '../load.tsx';
import { useSession } from '../session.tsx';
import type { Consultation, Me, Statement, StatementInput } from '../types.ts';
import { StatementCard } from './card.tsx';
import { StatementFields, statementValues } from './editor.tsx';
import { statementPath } from './keys.ts';

/** A representative of a member organisation drafts a statement its organisation leads; it opens on its own page. */
function DraftStatement({ c, organisations }: { c: Consultation; organisations: Me['organisations'] }) {
  const { t } = useI18n();
  const { route } = useLocation();
  const form = useForm('statement-new');
  const draft = form.submit(async (data) => {
    const organisationId = organisations.length > 1 ? text(data, 'organisationId') : organisations[0]?.id;
    const body: StatementInput = { ...statementValues(data), organisationId: organisationId ?? '' };
    const created = await send<Statement>(
      'POST',
      `/api/consultations/${encodeURIComponent(c.id)}/statements`,
      body,
    );
    route(statementPath(created.id));
    return undefined;
  });
  return (
    <details class="panel">
      <summary>{t('statements.draft')}</summary>
      <form noValidate onSubmit={draft}>
        <p class="hint">{t('statements.draftLead')}</p>
        <Outcome form={form} />
        {organisations.length > 1 ? (
          <Field form={form} name="organisationId" label={t('statements.leadOrganisation')} required>
            {(control) => (
              <select {...control}>
                {organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <p>{t('statements.leadBy', { organisation: organisations[0]?.name ?? '' })}</p>
        )}
        <StatementFields form={form} />
        <SubmitButton form={form}>{t('statements.saveDraft')}</SubmitButton>
      </form>
    </details>
  );
}

/** A consultation's joint statements (drafts only for their lead organisation), and a new one for members. */
export function ConsultationStatements({ c }: { c: Consultation }) {
  const { t } = useI18n();
  const { me } = useSession();
  const statements = usePages<Statement>(`/api/consultations/${encodeURIComponent(c.id)}/statements`);
  const members = (me?.organisations ?? []).filter((o) => o.status === 'member');
  return (
    <section aria-labelledby="statements">
      <h2 id="statements">{t('statements.title')}</h2>
      <p class="hint">{t('statements.lead')}</p>
      {statements.empty ? (
        <p>{t('statements.empty')}</p>
      ) : (
        <ul class="cards">
          {statements.items.map((s) => (
            <StatementCard key={s.id} s={s} />
          ))}
        </ul>
      )}
      <MoreButton pages={statements} />
      {c.status === 'published' && members.length > 0 && <DraftStatement c={c} organisations={members} />}
      {c.status === 'published' && me === null && (
        <p class="muted">
          {t('statements.signInToDraft')} <a href="/sign-in">{t('nav.signIn')}</a>
        </p>
      )}
    </section>
  );
}
