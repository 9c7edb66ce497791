import { isListed } from '#shared/membership/facts.ts';
import { send } from '../api.ts';
import { LanguageField, SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { useSession } from '../session.tsx';
import type { Organisation, Person } from '../types.ts';

export function Representatives({ org, onChange }: { org: Organisation; onChange(): void }) {
  const { t, rich, formatDate } = useI18n();
  const { me, refresh } = useSession();
  const path = `/api/organisations/${encodeURIComponent(org.id)}/representatives` as const;
  const people = useResource<{ items: Person[] }>(path);
  const add = useForm('representative');
  const remove = useForm('representative-remove');

  const removePerson = (person: Person) =>
    remove.run(async () => {
      await send('DELETE', `${path}/${encodeURIComponent(person.personId)}`);
      people.reload();
      onChange();
      if (person.personId === me?.personId) await refresh();
      return rich('representatives.removed', { email: <bdi>{person.email}</bdi> });
    });
  const addPerson = add.submit(
    async (data) => {
      const added = await send<Person>('POST', path, {
        email: text(data, 'email'),
        language: text(data, 'language'),
      });
      people.reload();
      onChange();
      return rich('representatives.added', { email: <bdi>{added.email}</bdi> });
    },
    { clear: true },
  );

  return (
    <section aria-labelledby="representatives">
      <h2 id="representatives">{t('representatives.title')}</h2>
      <Outcome form={remove} />
      <Loaded resource={people}>
        {({ items }) => (
          <ul class="rows">
            {items.map((person) => (
              <li key={person.personId}>
                <span>
                  {person.name && (
                    <>
                      <bdi>{person.name}</bdi>,{' '}
                    </>
                  )}
                  <bdi>{person.email}</bdi>{' '}
                  <span class="muted">{t('representatives.since', { date: formatDate(person.since) })}</span>
                </span>
                <button type="button" aria-disabled={remove.busy} onClick={() => removePerson(person)}>
                  {t('common.remove')}
                  <span class="visually-hidden">
                    {' '}
                    <bdi>{person.email}</bdi>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
      {isListed(org) && (
        <form noValidate onSubmit={addPerson} class="narrow">
          <h3>{t('representatives.add')}</h3>
          <p class="hint">{t('representatives.addLead')}</p>
          <Outcome form={add} />
          <TextField form={add} name="email" label={t('common.email')} type="email" required />
          <LanguageField form={add} name="language" label={t('common.emailLanguage')} />
          <SubmitButton form={add}>{t('representatives.addButton')}</SubmitButton>
        </form>
      )}
    </section>
  );
}
