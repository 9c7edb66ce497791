import { send } from '../api.ts';
import { Confirmable } from '../forms/confirm.tsx';
import { TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import type { Organisation } from '../types.ts';

export function Resign({ org, onResigned }: { org: Organisation; onResigned(org: Organisation): void }) {
  const { t, rich } = useI18n();
  const form = useForm('resign');
  return (
    <section aria-labelledby="resign">
      <h2 id="resign">{t('resign.title')}</h2>
      <p>{t('resign.lead')}</p>
      <Outcome form={form} />
      <Confirmable
        form={form}
        label={t('resign.title')}
        question={rich('resign.question', { organisation: <bdi>{org.name}</bdi> })}
        confirm={t('resign.confirm')}
        onConfirm={async (data) => {
          const path = `/api/organisations/${encodeURIComponent(org.id)}/resignation` as const;
          onResigned(await send<Organisation>('POST', path, { reason: text(data, 'reason') }));
          return undefined;
        }}
      >
        <TextField form={form} name="reason" label={t('resign.reason')} multiline />
      </Confirmable>
    </section>
  );
}
