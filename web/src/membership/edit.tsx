import { send } from '../api.ts';
import { SubmitButton } from '../forms/fields.tsx';
import { useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import type { Organisation } from '../types.ts';
import { OrganisationFields, organisationValues } from './fields.tsx';

export function EditOrganisation({ org, onSaved }: { org: Organisation; onSaved(org: Organisation): void }) {
  const { t } = useI18n();
  const form = useForm('edit');
  const save = form.submit(async (data) => {
    const path = `/api/organisations/${encodeURIComponent(org.id)}` as const;
    onSaved(await send<Organisation>('PATCH', path, organisationValues(data, 'name')));
    return t('organisation.saved');
  });
  return (
    <details class="panel">
      <summary>{t('organisation.edit')}</summary>
      <form noValidate onSubmit={save}>
        <Outcome form={form} />
        <OrganisationFields form={form} nameField="name" org={org} />
        <SubmitButton form={form}>{t('common.save')}</SubmitButton>
      </form>
    </details>
  );
}
