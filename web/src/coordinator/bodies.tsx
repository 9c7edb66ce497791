import { useState } from 'preact/hooks';
import type { MessageKey } from '#shared/i18n/format.ts';
import { send } from '../api.ts';
import { bodyNameIn } from '../bodies.tsx';
import { Field, LanguageField, SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import type { Body, Person } from '../types.ts';

// Not imported from shared/bodies/body.ts: that module brings zod into the bundle.
const kindKeys: Record<Body['kind'], MessageKey> = {
  municipality: 'bodyKind.municipality',
  board: 'bodyKind.board',
  'wellbeing-county': 'bodyKind.wellbeing-county',
  agency: 'bodyKind.agency',
};

type Officer = Omit<Person, 'name'>;

function Officers({ body }: { body: Body }) {
  const { t, rich, formatDate } = useI18n();
  const path = `/api/bodies/${encodeURIComponent(body.id)}/officers` as const;
  const officers = useResource<{ items: Officer[] }>(path);
  const invite = useForm(`officer-${body.id}`);
  const remove = useForm(`officer-remove-${body.id}`);
  return (
    <>
      <Outcome form={remove} />
      <Loaded resource={officers}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('officers.empty')}</p>
          ) : (
            <ul class="rows">
              {items.map((officer) => (
                <li key={officer.personId}>
                  <span>
                    <bdi>{officer.email}</bdi>{' '}
                    <span class="muted">
                      {t('representatives.since', { date: formatDate(officer.since) })}
                    </span>
                  </span>
                  <button
                    type="button"
                    aria-disabled={remove.busy}
                    onClick={() =>
                      remove.run(async () => {
                        await send('DELETE', `${path}/${encodeURIComponent(officer.personId)}`);
                        officers.reload();
                        return rich('officers.removed', { email: <bdi>{officer.email}</bdi> });
                      })
                    }
                  >
                    {t('common.remove')}
                    <span class="visually-hidden">
                      {' '}
                      <bdi>{officer.email}</bdi>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <form
        noValidate
        class="narrow"
        onSubmit={invite.submit(
          async (data) => {
            const added = await send<Officer>('POST', path, {
              email: text(data, 'email'),
              language: text(data, 'language'),
            });
            officers.reload();
            return rich('officers.invited', { email: <bdi>{added.email}</bdi> });
          },
          { clear: true },
        )}
      >
        <h4>{t('officers.invite')}</h4>
        <Outcome form={invite} />
        <TextField form={invite} name="email" label={t('common.email')} type="email" required />
        <LanguageField form={invite} name="language" label={t('common.emailLanguage')} />
        <SubmitButton form={invite}>{t('officers.inviteButton')}</SubmitButton>
      </form>
    </>
  );
}

function BodyItem({ body }: { body: Body }) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <li class="card">
      <h3 lang={body.name[language] ? undefined : 'fi'}>{bodyNameIn(body, language)}</h3>
      <p class="muted">
        {t(kindKeys[body.kind])} · <bdi>{body.municipality}</bdi> · <bdi>{body.submissionEmail}</bdi>
      </p>
      <details class="panel" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          {t('officers.title')}
          <span class="visually-hidden"> {bodyNameIn(body, language)}</span>
        </summary>
        {open && <Officers body={body} />}
      </details>
    </li>
  );
}

function CreateBody({ onCreated }: { onCreated(): void }) {
  const { t } = useI18n();
  const form = useForm('body');
  const create = form.submit(
    async (data) => {
      const names = Object.fromEntries(
        (['fi', 'sv', 'en'] as const).flatMap((code) => {
          const name = text(data, `name-${code}`);
          return name ? [[code, name]] : [];
        }),
      );
      const created = await send<Body>('POST', '/api/bodies', {
        kind: text(data, 'kind'),
        municipality: text(data, 'municipality'),
        name: names,
        submissionEmail: text(data, 'submissionEmail'),
      });
      onCreated();
      return t('bodies.created', { name: created.name.fi });
    },
    { clear: true },
  );
  return (
    <details class="panel">
      <summary>{t('bodies.create')}</summary>
      <form noValidate onSubmit={create}>
        <Outcome form={form} />
        <Field form={form} name="kind" label={t('bodies.kind')} required>
          {(control) => (
            <select {...control}>
              {Object.entries(kindKeys).map(([kind, key]) => (
                <option key={kind} value={kind}>
                  {t(key)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField form={form} name="municipality" label={t('bodies.municipality')} required />
        <TextField form={form} name="name-fi" label={t('bodies.nameFi')} required lang="fi" />
        <TextField form={form} name="name-sv" label={t('bodies.nameSv')} lang="sv" />
        <TextField form={form} name="name-en" label={t('bodies.nameEn')} lang="en" />
        <TextField
          form={form}
          name="submissionEmail"
          label={t('bodies.submissionEmail')}
          hint={t('bodies.submissionEmailHint')}
          type="email"
          required
        />
        <SubmitButton form={form}>{t('bodies.createButton')}</SubmitButton>
      </form>
    </details>
  );
}

export function Bodies() {
  const { t } = useI18n();
  const bodies = useResource<{ items: Body[] }>('/api/bodies');
  return (
    <section aria-labelledby="bodies">
      <h2 id="bodies">{t('coordinator.bodies')}</h2>
      <CreateBody onCreated={bodies.reload} />
      <Loaded resource={bodies}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('bodies.empty')}</p>
          ) : (
            <ul class="cards">
              {items.map((body) => (
                <BodyItem key={body.id} body={body} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
