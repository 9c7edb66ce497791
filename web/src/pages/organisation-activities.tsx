import { useState } from 'preact/hooks';
import { isListed } from '#shared/membership/facts.ts';
import type { Activity, Unit } from '#shared/tray/activity.ts';
import { areaKinds } from '#shared/tray/facts.ts';
import { send } from '../api.ts';
import { defaultSelected, Field, SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Notice, Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { MoreButton, usePages, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { useSession } from '../session.tsx';
import { ActivityForm } from '../tray/activity-form.tsx';
import { categoryKey, keepsTray, listIn } from '../tray/words.ts';
import type { Organisation } from '../types.ts';

/** The name of an activity in the reader's language, else its first text's. */
export const activityName = (a: Pick<Activity, 'texts'>, language: string) =>
  (a.texts.find((t) => t.language === language) ?? a.texts[0])?.name ?? '';

function ActivityList({
  activities,
  units,
  manage,
}: {
  activities: Activity[];
  units: Unit[];
  manage: boolean;
}) {
  const { t, language } = useI18n();
  if (activities.length === 0) return <p>{t('orgActivities.none')}</p>;
  const unitName = (id: string | undefined) => units.find((u) => u.id === id)?.name;
  return (
    <ul class="cards">
      {activities.map((a) => {
        const name = activityName(a, language);
        return (
          <li key={a.id} class="card">
            <h2 dir="auto">
              <a href={`/activities/${encodeURIComponent(a.id)}`}>{name}</a>
            </h2>
            <p>
              <span class="badge">{t(categoryKey(a.category))}</span>{' '}
              {a.status !== 'active' && <span class="badge">{t(`activityForm.status.${a.status}`)}</span>}
            </p>
            <p class="muted">
              <bdi>
                {listIn(
                  language,
                  a.areas.map((area) => area.name),
                )}
              </bdi>
            </p>
            {unitName(a.unitId) && (
              <p class="muted">{t('orgActivities.inUnit', { unit: unitName(a.unitId) ?? '' })}</p>
            )}
            {manage && (
              <p>
                <a
                  href={`/activities/${encodeURIComponent(a.id)}/edit`}
                  aria-label={t('orgActivities.editNamed', { name })}
                >
                  {t('orgActivities.edit')}
                </a>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function UnitRow({
  organisationId,
  unit,
  onChange,
}: {
  organisationId: string;
  unit: Unit;
  onChange(): void;
}) {
  const { t } = useI18n();
  const form = useForm(`unit-${unit.id}`);
  const path =
    `/api/organisations/${encodeURIComponent(organisationId)}/units/${encodeURIComponent(unit.id)}` as const;
  const rename = form.submit(async (data) => {
    await send('PATCH', path, { name: text(data, 'name') });
    onChange();
    return t('units.saved');
  });
  const remove = () =>
    form.run(async () => {
      await send('DELETE', path);
      onChange();
      return t('units.removed');
    });
  return (
    <li>
      <form onSubmit={rename} noValidate class="inline-form">
        <TextField
          form={form}
          name="name"
          label={t('units.nameOf', { name: unit.name })}
          required
          defaultValue={unit.name}
          maxLength={160}
        />
        <SubmitButton form={form}>{t('units.save')}</SubmitButton>
        <button type="button" onClick={remove}>
          {t('units.remove', { name: unit.name })}
        </button>
        <Outcome form={form} />
      </form>
    </li>
  );
}

function Units({
  organisationId,
  units,
  onChange,
}: {
  organisationId: string;
  units: Unit[];
  onChange(): void;
}) {
  const { t } = useI18n();
  const form = useForm('unit-new');
  const add = form.submit(
    async (data) => {
      await send('POST', `/api/organisations/${encodeURIComponent(organisationId)}/units`, {
        name: text(data, 'name'),
        level: text(data, 'level'),
        areas: [{ kind: text(data, 'areaKind'), name: text(data, 'areaName') }],
      });
      onChange();
      return t('units.added');
    },
    { clear: true },
  );
  return (
    <section aria-labelledby="units">
      <h2 id="units">{t('units.title')}</h2>
      <p>{t('units.hint')}</p>
      {units.length === 0 ? (
        <p>{t('units.none')}</p>
      ) : (
        <ul class="plain">
          {units.map((unit) => (
            <UnitRow key={unit.id} organisationId={organisationId} unit={unit} onChange={onChange} />
          ))}
        </ul>
      )}
      <h3>{t('units.add')}</h3>
      <form onSubmit={add} noValidate>
        <TextField form={form} name="name" label={t('units.name')} required maxLength={160} />
        <Field form={form} name="level" label={t('activityForm.level')}>
          {(control) => (
            <select {...control}>
              {(['regional', 'local'] as const).map((level) => (
                <option key={level} value={level}>
                  {t(`activityForm.level.${level}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field form={form} name="areaKind" label={t('units.areaKind')}>
          {(control) => (
            <select {...control}>
              {areaKinds.map((kind) => (
                <option key={kind} value={kind} {...defaultSelected(kind === 'municipality')}>
                  {t(`activityForm.areaKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField form={form} name="areaName" label={t('units.areaName')} required maxLength={80} />
        <Outcome form={form} />
        <SubmitButton form={form}>{t('units.addButton')}</SubmitButton>
      </form>
    </section>
  );
}

/** An organisation's activities in the tray and its units; its representatives and the coordinator add and edit them here. */
export function OrganisationActivitiesPage({ id }: { id: string }) {
  const { t, rich } = useI18n();
  const { me } = useSession();
  const base = `/api/organisations/${encodeURIComponent(id)}` as const;
  const org = useResource<Organisation>(base);
  const activities = usePages<Activity>(`${base}/activities`);
  const units = useResource<{ items: Unit[] }>(`${base}/units`);
  const [notice, setNotice] = useState<string>();
  const manage = keepsTray(me, id);
  const listed = org.data !== undefined && isListed(org.data);
  return (
    <>
      <PageHeading
        shown={org.data && rich('orgActivities.title', { organisation: <bdi>{org.data.name}</bdi> })}
      >
        {org.data ? t('orgActivities.title', { organisation: org.data.name }) : t('common.loading')}
      </PageHeading>
      <p>
        <a href={`/organisations/${encodeURIComponent(id)}`}>{t('orgActivities.back')}</a>
      </p>
      {notice && <Notice key={notice}>{notice}</Notice>}
      {(activities.items.length > 0 || activities.empty) && (
        <ActivityList activities={activities.items} units={units.data?.items ?? []} manage={manage} />
      )}
      <MoreButton pages={activities} />
      {manage && listed && (
        <>
          <section aria-labelledby="new-activity">
            <h2 id="new-activity">{t('orgActivities.new')}</h2>
            <ActivityForm
              key={activities.items.length}
              organisationId={id}
              units={units.data?.items ?? []}
              onSaved={(saved) => {
                activities.reload();
                setNotice(t('orgActivities.added', { name: saved.texts[0]?.name ?? '' }));
              }}
            />
          </section>
          <Units organisationId={id} units={units.data?.items ?? []} onChange={units.reload} />
        </>
      )}
    </>
  );
}
