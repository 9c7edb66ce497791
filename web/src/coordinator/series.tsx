import { useEffect, useRef, useState } from 'preact/hooks';
import { meetingLimits } from '#shared/meetings/agenda.ts';
import { send } from '../api.ts';
import { SubmitButton, TextField } from '../forms/fields.tsx';
import { type Form, text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { useMembers } from '../meetings/planning.ts';
import type { Organisation, Series } from '../types.ts';

type Turn = Series['rotation'][number];

/**
 * The host rotation: member organisations in the order they take turns, each moved up or down or
 * taken out, and added from a select of the members not in it yet.
 */
function RotationEditor({
  form,
  rotation,
  onChange,
  members,
}: {
  form: Form;
  rotation: Turn[];
  onChange(rotation: Turn[]): void;
  members: Organisation[];
}) {
  const { t } = useI18n();
  const addId = form.id('rotation-add');
  const focusNext = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = undefined;
  });
  const candidates = members.filter(
    (o) => o.status === 'member' && !rotation.some((r) => r.organisationId === o.id),
  );
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    const moved = [...rotation];
    [moved[index], moved[to]] = [moved[to] as Turn, moved[index] as Turn];
    onChange(moved);
    const edge = to === 0 || to === rotation.length - 1;
    const direction = edge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down';
    focusNext.current = form.id(`rotation-${to}-${direction}`);
  };
  return (
    <fieldset class="group" id={form.id('rotation')}>
      <legend>{t('series.rotation')}</legend>
      <p class="hint">{t('series.rotationHint')}</p>
      {rotation.length === 0 ? (
        <p>{t('series.rotationEmpty')}</p>
      ) : (
        <ol class="rows rotation">
          {rotation.map((turn, index) => (
            <li key={turn.organisationId}>
              <span>
                <bdi>{turn.name}</bdi>
              </span>
              <span class="actions">
                {index > 0 && (
                  <button type="button" id={form.id(`rotation-${index}-up`)} onClick={() => move(index, -1)}>
                    {t('series.moveUp')}
                    <span class="visually-hidden">
                      {' '}
                      <bdi>{turn.name}</bdi>
                    </span>
                  </button>
                )}
                {index < rotation.length - 1 && (
                  <button type="button" id={form.id(`rotation-${index}-down`)} onClick={() => move(index, 1)}>
                    {t('series.moveDown')}
                    <span class="visually-hidden">
                      {' '}
                      <bdi>{turn.name}</bdi>
                    </span>
                  </button>
                )}
                <button
                  type="button"
                  class="danger"
                  onClick={() => {
                    onChange(rotation.filter((other) => other.organisationId !== turn.organisationId));
                    focusNext.current = addId;
                  }}
                >
                  {t('common.remove')}
                  <span class="visually-hidden">
                    {' '}
                    <bdi>{turn.name}</bdi>
                  </span>
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {candidates.length > 0 && (
        <div class="field add-row">
          <label for={addId}>{t('series.addToRotation')}</label>
          <div class="actions">
            <select id={addId}>
              {candidates.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              onClick={() => {
                const chosen = (document.getElementById(addId) as HTMLSelectElement | null)?.value;
                const org = candidates.find((o) => o.id === chosen);
                if (org) onChange([...rotation, { organisationId: org.id, name: org.name }]);
              }}
            >
              {t('series.add')}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}

/** A series' name, description and rotation: a new one, or changing one. */
function SeriesForm({
  series,
  members,
  onSaved,
}: {
  series?: Series;
  members: Organisation[];
  onSaved(saved: Series): void;
}) {
  const { t } = useI18n();
  const form = useForm(series ? `series-${series.id}` : 'series');
  const [rotation, setRotation] = useState<Turn[]>(series?.rotation ?? []);
  const save = form.submit(
    async (data) => {
      const description = text(data, 'description');
      const values = {
        name: text(data, 'name'),
        ...(description ? { description } : {}),
        rotation: rotation.map((r) => r.organisationId),
      };
      const saved = series
        ? await send<Series>('PATCH', `/api/meeting-series/${encodeURIComponent(series.id)}`, values)
        : await send<Series>('POST', '/api/meeting-series', values);
      onSaved(saved);
      if (!series) setRotation([]);
      return t(series ? 'series.saved' : 'series.created', { name: saved.name });
    },
    { clear: !series },
  );
  return (
    <form noValidate onSubmit={save}>
      <Outcome form={form} />
      <TextField
        form={form}
        name="name"
        label={t('series.name')}
        required
        maxLength={meetingLimits.seriesName}
        dir="auto"
        defaultValue={series?.name}
      />
      <TextField
        form={form}
        name="description"
        label={t('series.description')}
        multiline
        rows={3}
        maxLength={meetingLimits.seriesDescription}
        defaultValue={series?.description}
      />
      <RotationEditor form={form} rotation={rotation} onChange={setRotation} members={members} />
      <SubmitButton form={form}>{t(series ? 'series.save' : 'series.createButton')}</SubmitButton>
    </form>
  );
}

/** The coordinator's meeting series: each with its rotation, a new one started, one renamed or reordered. */
export function SeriesManager() {
  const { t, language } = useI18n();
  const list = useResource<{ items: Series[] }>('/api/meeting-series');
  const members = useMembers(true);
  return (
    <section aria-labelledby="series">
      <h2 id="series">{t('coordinator.series')}</h2>
      <p class="lead">{t('series.lead')}</p>
      <details class="panel">
        <summary>{t('series.create')}</summary>
        <SeriesForm members={members} onSaved={list.reload} />
      </details>
      <Loaded resource={list}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('series.empty')}</p>
          ) : (
            <ul class="cards">
              {items.map((s) => (
                <li key={s.id} class="card">
                  <h3>
                    <a href={`/meetings?series=${encodeURIComponent(s.id)}`}>
                      <bdi>{s.name}</bdi>
                    </a>
                  </h3>
                  {s.description && <p dir="auto">{s.description}</p>}
                  <p class="muted">
                    {s.rotation.length === 0
                      ? t('series.rotationEmpty')
                      : t('series.rotationShort', {
                          names: new Intl.ListFormat(language).format(s.rotation.map((r) => r.name)),
                        })}
                  </p>
                  <details class="panel">
                    <summary>
                      {t('series.edit')}
                      <span class="visually-hidden">
                        {' '}
                        <bdi>{s.name}</bdi>
                      </span>
                    </summary>
                    <SeriesForm series={s} members={members} onSaved={list.reload} />
                  </details>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
