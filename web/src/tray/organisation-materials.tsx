import { useState } from 'preact/hooks';
import { isListed } from '#shared/membership/facts.ts';
import type { Topic } from '#shared/topics.ts';
import { send } from '../api.ts';
import { Confirmable } from '../forms/confirm.tsx';
import { Choices, SubmitButton, TextField } from '../forms/fields.tsx';
import { list, text, useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { MoreButton, usePages } from '../load.tsx';
import { useSession } from '../session.tsx';
import { topicList, topicOptions } from '../topics.ts';
import type { Material, Organisation } from '../types.ts';
import { LanguageCodesField } from './language-codes.tsx';
import { keepsTray, languageList } from './words.ts';

/** What a material form sends: its fields, lists typed as text. */
function materialValues(data: FormData) {
  const description = text(data, 'description');
  return {
    title: text(data, 'title'),
    ...(description ? { description } : {}),
    languages: list(data, 'languages').map((code) => code.toLowerCase()),
    topics: data.getAll('topics').map(String) as Topic[],
    url: text(data, 'url'),
  };
}

/** The fields of a material, filled in with one when it is changed. */
export function MaterialFields({
  form,
  material,
}: {
  form: ReturnType<typeof useForm>;
  material?: Material;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        form={form}
        name="title"
        label={t('materials.titleField')}
        required
        maxLength={200}
        defaultValue={material?.title}
        dir="auto"
      />
      <TextField
        form={form}
        name="description"
        label={t('materials.description')}
        multiline
        rows={3}
        maxLength={1000}
        defaultValue={material?.description}
      />
      <TextField
        form={form}
        name="url"
        type="url"
        label={t('materials.url')}
        hint={t('materials.urlHint')}
        required
        defaultValue={material?.url}
      />
      <LanguageCodesField
        form={form}
        name="languages"
        label={t('materials.languages')}
        hint={t('materials.languagesHint')}
        required
        defaultValue={material?.languages.join(', ')}
      />
      <Choices
        form={form}
        name="topics"
        type="checkbox"
        label={t('materials.topics')}
        options={topicOptions(t)}
        checked={material?.topics ?? []}
      />
    </>
  );
}

/** A form that shares a new material for the organisation. */
export function ShareMaterial({ organisationId, onShared }: { organisationId: string; onShared(): void }) {
  const { t } = useI18n();
  const form = useForm(`material-new-${organisationId}`);
  const share = form.submit(
    async (data) => {
      await send('POST', '/api/materials', { organisationId, ...materialValues(data) });
      onShared();
      return t('materials.added');
    },
    { clear: true },
  );
  return (
    <details class="panel">
      <summary>{t('materials.add')}</summary>
      <form noValidate onSubmit={share}>
        <Outcome form={form} />
        <MaterialFields form={form} />
        <SubmitButton form={form}>{t('materials.addButton')}</SubmitButton>
      </form>
    </details>
  );
}

function EditMaterial({ material, onSaved }: { material: Material; onSaved(): void }) {
  const { t } = useI18n();
  const form = useForm(`material-edit-${material.id}`);
  const save = form.submit(async (data) => {
    await send('PATCH', `/api/materials/${encodeURIComponent(material.id)}`, materialValues(data));
    onSaved();
    return t('materials.saved');
  });
  return (
    <details class="panel">
      <summary>
        {t('materials.edit')}
        <span class="visually-hidden">
          {' '}
          <bdi>{material.title}</bdi>
        </span>
      </summary>
      <form noValidate onSubmit={save}>
        <Outcome form={form} />
        <MaterialFields form={form} material={material} />
        <SubmitButton form={form}>{t('materials.save')}</SubmitButton>
      </form>
    </details>
  );
}

function MaterialCard({
  material,
  mayKeep,
  showOrganisation,
  onChanged,
}: {
  material: Material;
  mayKeep: boolean;
  showOrganisation: boolean;
  onChanged(notice?: string): void;
}) {
  const { t, rich, formatDate, language, languageName } = useI18n();
  // Under the page's h1 in the bank, under the section's h2 on an organisation's page.
  const Heading = showOrganisation ? 'h2' : 'h3';
  const remove = useForm(`material-remove-${material.id}`);
  return (
    <li class="card">
      <Heading dir="auto">
        <a href={material.url} rel="noopener noreferrer external">
          {material.title}
        </a>
      </Heading>
      {material.description && <p dir="auto">{material.description}</p>}
      <p>
        {t('materials.inLanguages', { languages: languageList(language, languageName, material.languages) })}
      </p>
      {material.topics.length > 0 && <p>{topicList(t, material.topics)}</p>}
      <p class="muted">
        {showOrganisation &&
          rich('materials.sharedBy', {
            organisation: (
              <a href={`/organisations/${encodeURIComponent(material.organisationId)}`}>
                <bdi>{material.organisationName ?? material.organisationId}</bdi>
              </a>
            ),
          })}
        {showOrganisation && ' · '}
        {t('materials.updatedAt', { date: formatDate(material.updatedAt, 'date') })}
      </p>
      {mayKeep && (
        <>
          <EditMaterial material={material} onSaved={() => onChanged()} />
          <Outcome form={remove} />
          <Confirmable
            form={remove}
            label={
              <>
                {t('materials.remove')}
                <span class="visually-hidden">
                  {' '}
                  <bdi>{material.title}</bdi>
                </span>
              </>
            }
            question={t('materials.removeQuestion')}
            confirm={t('materials.removeConfirm')}
            onConfirm={async () => {
              await send('DELETE', `/api/materials/${encodeURIComponent(material.id)}`);
              onChanged(t('materials.removed'));
              return undefined;
            }}
          />
        </>
      )}
    </li>
  );
}

/** Materials as cards; those the reader keeps (their organisation's, or all for the coordinator) with their changes. */
export function MaterialList({
  items,
  showOrganisation,
  onChanged,
}: {
  items: Material[];
  showOrganisation: boolean;
  onChanged(notice?: string): void;
}) {
  const { me } = useSession();
  return (
    <ul class="cards">
      {items.map((m) => (
        <MaterialCard
          key={`${m.id}-${m.updatedAt}`}
          material={m}
          mayKeep={keepsTray(me, m.organisationId)}
          showOrganisation={showOrganisation}
          onChanged={onChanged}
        />
      ))}
    </ul>
  );
}

/** The organisation page's section: what it shares in the material bank, kept there by its representatives. */
export function OrganisationMaterials({ org }: { org: Organisation }) {
  const { t } = useI18n();
  const { me } = useSession();
  const path = `/api/organisations/${encodeURIComponent(org.id)}/materials` as const;
  const materials = usePages<Material>(path);
  const [notice, setNotice] = useState<{ text: string; n: number }>();
  const listed = isListed(org);
  const mayShare = listed && keepsTray(me, org.id);
  const changed = (text?: string) => {
    if (text) setNotice({ text, n: (notice?.n ?? 0) + 1 });
    materials.reload();
  };
  return (
    <section aria-labelledby="materials">
      <h2 id="materials">{t('materials.section')}</h2>
      <p>
        {t('materials.sectionLead')} <a href="/materials">{t('materials.all')}</a>
      </p>
      {notice && <Notice key={notice.n}>{notice.text}</Notice>}
      {materials.empty && <p>{t('materials.empty')}</p>}
      {materials.items.length > 0 && (
        <MaterialList items={materials.items} showOrganisation={false} onChanged={changed} />
      )}
      <MoreButton pages={materials} />
      {mayShare && <ShareMaterial organisationId={org.id} onShared={() => materials.reload()} />}
    </section>
  );
}
