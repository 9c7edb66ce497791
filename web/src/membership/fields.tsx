import type { ComponentChildren } from 'preact';
import { Choices, TextField } from '../forms/fields.tsx';
import { type Form, list, text } from '../forms/form.ts';
import { useI18n } from '../i18n.tsx';
import { topicList, topicOptions } from '../topics.ts';
import type { Organisation } from '../types.ts';

/** The application calls the name `organisationName`; a change of details calls it `name`. */
type NameField = 'organisationName' | 'name';

/** The public details of an organisation, shared by the application and the edit form. */
export function OrganisationFields({
  form,
  nameField,
  org,
}: {
  form: Form;
  nameField: NameField;
  org?: Organisation;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        form={form}
        name={nameField}
        label={t('organisation.name')}
        required
        defaultValue={org?.name}
        dir="auto"
      />
      {nameField === 'organisationName' && (
        <TextField
          form={form}
          name="businessId"
          label={t('organisation.businessId')}
          hint={t('apply.businessIdHint')}
          class="short"
        />
      )}
      <TextField
        form={form}
        name="municipalities"
        label={t('organisation.municipalities')}
        hint={t('apply.municipalitiesHint')}
        required
        defaultValue={org?.municipalities.join(', ')}
      />
      <TextField
        form={form}
        name="languages"
        label={t('organisation.languages')}
        hint={t('apply.languagesHint')}
        required
        defaultValue={org?.languages.join(', ')}
      />
      <Choices
        form={form}
        name="topics"
        type="checkbox"
        label={t('organisation.topics')}
        options={topicOptions(t)}
        checked={org?.topics}
      />
      <TextField
        form={form}
        name="description"
        label={t('organisation.description')}
        required
        multiline
        defaultValue={org?.description}
      />
    </>
  );
}

export const organisationValues = (data: FormData, nameField: NameField) => ({
  [nameField]: text(data, nameField),
  municipalities: list(data, 'municipalities'),
  languages: list(data, 'languages').map((code) => code.toLowerCase()),
  topics: data.getAll('topics'),
  description: text(data, 'description'),
});

/** Where, in which languages and on what an organisation works; `children` adds more rows. */
export function OrganisationFacts({
  org,
  children,
}: {
  org: Pick<Organisation, 'municipalities' | 'languages' | 'topics'>;
  children?: ComponentChildren;
}) {
  const { t, languageName } = useI18n();
  return (
    <dl class="meta">
      <dt>{t('organisation.municipalities')}</dt>
      <dd>
        <bdi>{org.municipalities.join(', ')}</bdi>
      </dd>
      <dt>{t('organisation.languages')}</dt>
      <dd>{org.languages.map(languageName).join(', ')}</dd>
      {org.topics.length > 0 && (
        <>
          <dt>{t('organisation.topics')}</dt>
          <dd>{topicList(t, org.topics)}</dd>
        </>
      )}
      {children}
    </dl>
  );
}
