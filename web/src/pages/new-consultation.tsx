import { useLocation } from 'preact-iso';
import { send } from '../api.ts';
import { bodyNameIn, useBodies } from '../bodies.tsx';
import { ConsultationFields, consultationValues } from '../consultations/fields.tsx';
import { Field, SubmitButton } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SignedIn } from '../session.tsx';
import type { Consultation, Me } from '../types.ts';

/** A new consultation is saved as a draft of one of the bodies the person may publish for. */
function NewConsultation({ me }: { me: Me }) {
  const { t, language } = useI18n();
  const { query, route } = useLocation();
  const bodies = useBodies();
  const form = useForm('consultation');
  const create = form.submit(async (data) => {
    const created = await send<Consultation>('POST', '/api/consultations', {
      bodyId: text(data, 'bodyId'),
      ...consultationValues(data),
    });
    route(`/consultations/${encodeURIComponent(created.id)}`);
    return undefined;
  });
  return (
    <Loaded resource={bodies}>
      {({ items }) => {
        const allowed = items.filter((body) => me.coordinator || me.bodies.some((own) => own.id === body.id));
        return (
          <form noValidate onSubmit={create}>
            <p class="lead">{t('newConsultation.lead')}</p>
            <Outcome form={form} />
            <Field form={form} name="bodyId" label={t('consultations.body')} required>
              {(control) => (
                <select {...control}>
                  {allowed.map((body) => (
                    <option
                      key={body.id}
                      value={body.id}
                      selected={body.id === query.body}
                      lang={body.name[language] ? undefined : 'fi'}
                    >
                      {bodyNameIn(body, language)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <ConsultationFields form={form} contact={{ name: me.name, email: me.email }} />
            <SubmitButton form={form}>{t('consultation.saveDraft')}</SubmitButton>
          </form>
        );
      }}
    </Loaded>
  );
}

export function NewConsultationPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t('consultations.new')}</PageHeading>
      <SignedIn>
        {(me) =>
          me.coordinator || me.bodies.length > 0 ? (
            <NewConsultation me={me} />
          ) : (
            <p>{t('newConsultation.only')}</p>
          )
        }
      </SignedIn>
    </>
  );
}
