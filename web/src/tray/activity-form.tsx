import { useState } from 'preact/hooks';
import type { Activity, Unit } from '#shared/tray/activity.ts';
import {
  activityCategories,
  activityLevels,
  activityStatuses,
  areaKinds,
  targetGroups,
  trayLimits,
  weekdays,
} from '#shared/tray/facts.ts';
import { send } from '../api.ts';
import { Choices, defaultSelected, Field, SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { topicOptions } from '../topics.ts';
import { useLanguageName } from './language-codes.tsx';
import { categoryKey } from './words.ts';

/** Languages most activities are run in here: offered as suggestions, any ISO 639 code is taken. */
const commonLanguages = [
  'fi',
  'sv',
  'en',
  'ru',
  'uk',
  'ar',
  'so',
  'fa',
  'ku',
  'ckb',
  'et',
  'ti',
  'am',
  'prs',
  'ps',
  'th',
  'vi',
  'zh',
  'es',
  'fr',
  'tr',
  'sq',
  'bs',
  'my',
];

/** Rows the reader adds and removes: each keeps its key, so removing one leaves the others' input as typed. */
function useRows<T>(initial: T[], empty: T) {
  const [rows, setRows] = useState(() => initial.map((value, i) => ({ key: i, value })));
  const [next, setNext] = useState(initial.length);
  return {
    rows,
    add: () => {
      setRows((r) => [...r, { key: next, value: empty }]);
      setNext((n) => n + 1);
    },
    remove: (key: number) => setRows((r) => r.filter((row) => row.key !== key)),
  };
}

const dateToday = () => new Date().toISOString().slice(0, 10);

export interface ActivityFormProps {
  organisationId: string;
  units: Unit[];
  /** The activity to edit; a new one without. */
  activity?: Activity;
  onSaved(saved: Activity): void;
}

/** Adds or edits an activity of the tray: every field of the common model, in plain words. */
export function ActivityForm({ organisationId, units, activity, onSaved }: ActivityFormProps) {
  const { t, language } = useI18n();
  const languageName = useLanguageName();
  const form = useForm(activity ? `activity-${activity.id}` : 'activity-new');
  const texts = useRows(activity?.texts ?? [{ language, name: '', description: '' }], {
    language: '',
    name: '',
    description: '',
  });
  const areas = useRows<{ kind: string; name: string }>(
    activity?.areas ?? [{ kind: 'municipality', name: '' }],
    { kind: 'municipality', name: '' },
  );
  const languages = useRows(activity?.languages ?? [language], '');
  const [codes, setCodes] = useState<Record<number, string>>(() =>
    Object.fromEntries((activity?.languages ?? [language]).map((code, i) => [i, code])),
  );
  const [textCodes, setTextCodes] = useState<Record<number, string>>({});
  const schedule = activity?.schedule;
  const [scheduleKind, setScheduleKind] = useState(schedule?.kind ?? 'weekly');
  const dates = useRows(
    schedule?.kind === 'dates'
      ? schedule.dates
      : [{ date: dateToday(), startTime: '17:00', endTime: '19:00' }],
    { date: '', startTime: '17:00', endTime: '19:00' },
  );
  const [free, setFree] = useState(activity?.cost.free ?? true);

  const save = form.submit(async (data) => {
    const place = Object.fromEntries(
      ['address', 'postalCode', 'city', 'onlineUrl']
        .map((name) => [name, text(data, name)])
        .filter(([, v]) => v),
    );
    const body = {
      texts: texts.rows.map(({ key }) => ({
        language: text(data, `text-${key}-language`),
        name: text(data, `text-${key}-name`),
        description: text(data, `text-${key}-description`),
      })),
      category: text(data, 'category'),
      level: text(data, 'level'),
      areas: areas.rows.map(({ key }) => ({
        kind: text(data, `area-${key}-kind`),
        name: text(data, `area-${key}-name`),
      })),
      languages: languages.rows.map(({ key }) => text(data, `language-${key}`).toLowerCase()),
      targetGroups: data.getAll('targetGroups').map(String),
      topics: data.getAll('topics').map(String),
      schedule:
        scheduleKind === 'weekly'
          ? {
              kind: 'weekly',
              days: data.getAll('days').map(String),
              startTime: text(data, 'startTime'),
              endTime: text(data, 'endTime'),
              ...(text(data, 'scheduleNote') ? { note: text(data, 'scheduleNote') } : {}),
            }
          : {
              kind: 'dates',
              dates: dates.rows.map(({ key }) => ({
                date: text(data, `date-${key}`),
                startTime: text(data, `date-${key}-start`),
                endTime: text(data, `date-${key}-end`),
              })),
              ...(text(data, 'scheduleNote') ? { note: text(data, 'scheduleNote') } : {}),
            },
      place,
      cost: free ? { free: true } : { free: false, fee: text(data, 'fee') },
      ...(text(data, 'accessibility') ? { accessibility: text(data, 'accessibility') } : {}),
      status: text(data, 'status'),
    };
    const unitId = text(data, 'unitId');
    const saved = activity
      ? await send<Activity>('PATCH', `/api/activities/${encodeURIComponent(activity.id)}`, {
          ...body,
          version: activity.version,
          unitId: unitId || null,
        })
      : await send<Activity>('POST', '/api/activities', {
          ...body,
          organisationId,
          ...(unitId ? { unitId } : {}),
        });
    onSaved(saved);
    return t(activity ? 'activityForm.saved' : 'activityForm.added');
  });

  const weekly = schedule?.kind === 'weekly' ? schedule : undefined;
  return (
    <form onSubmit={save} noValidate class="activity-form">
      <datalist id={form.id('language-codes')}>
        {commonLanguages.map((code) => (
          <option key={code} value={code}>
            {languageName(code)}
          </option>
        ))}
      </datalist>

      <fieldset>
        <legend>{t('activityForm.texts')}</legend>
        <p class="hint">{t('activityForm.textsHint')}</p>
        {texts.rows.map(({ key, value }, i) => (
          <div class="activity-row" key={key}>
            <Field
              form={form}
              name={`text-${key}-language`}
              label={t('activityForm.textLanguage', { number: String(i + 1) })}
              required
            >
              {(control) => (
                <input
                  {...control}
                  dir="ltr"
                  list={form.id('language-codes')}
                  defaultValue={value.language}
                  maxLength={8}
                  autoComplete="off"
                  aria-describedby={[control['aria-describedby'], form.id(`text-${key}-language-name`)]
                    .filter(Boolean)
                    .join(' ')}
                  onInput={(event) =>
                    setTextCodes((c) => ({
                      ...c,
                      [key]: (event.currentTarget as HTMLInputElement).value.trim(),
                    }))
                  }
                />
              )}
            </Field>
            <output id={form.id(`text-${key}-language-name`)} class="language-name">
              {languageName(textCodes[key] ?? value.language) ?? t('activityForm.unknownLanguage')}
            </output>
            <TextField
              form={form}
              name={`text-${key}-name`}
              label={t('activityForm.name')}
              required
              maxLength={trayLimits.name}
              defaultValue={value.name}
              dir="auto"
            />
            <TextField
              form={form}
              name={`text-${key}-description`}
              label={t('activityForm.description')}
              required
              multiline
              rows={3}
              maxLength={trayLimits.description}
              defaultValue={value.description}
            />
            {texts.rows.length > 1 && (
              <button type="button" onClick={() => texts.remove(key)}>
                {t('activityForm.removeText', { number: String(i + 1) })}
              </button>
            )}
          </div>
        ))}
        {texts.rows.length < trayLimits.texts && (
          <button type="button" onClick={texts.add}>
            {t('activityForm.addText')}
          </button>
        )}
      </fieldset>

      <fieldset id={form.id('category')} class="field choices">
        <legend>
          {t('activityForm.category')} <span class="required">({t('form.required')})</span>
        </legend>
        {activityCategories.map((category) => (
          <div key={category}>
            <div class="choice">
              <input
                type="radio"
                name="category"
                id={form.id(`category-${category}`)}
                value={category}
                required
                defaultChecked={(activity?.category ?? 'support') === category}
                aria-describedby={form.id(`category-${category}-hint`)}
                data-label={t('activityForm.category')}
              />
              <label for={form.id(`category-${category}`)}>{t(categoryKey(category))}</label>
            </div>
            <p class="hint" id={form.id(`category-${category}-hint`)}>
              {t(`activityForm.category.${category}.hint`)}
            </p>
          </div>
        ))}
      </fieldset>

      <Field form={form} name="level" label={t('activityForm.level')} required>
        {(control) => (
          <select {...control}>
            {activityLevels.map((level) => (
              <option key={level} value={level} {...defaultSelected((activity?.level ?? 'local') === level)}>
                {t(`activityForm.level.${level}`)}
              </option>
            ))}
          </select>
        )}
      </Field>

      <fieldset>
        <legend>{t('activityForm.areas')}</legend>
        {areas.rows.map(({ key, value }, i) => (
          <div class="activity-row inline" key={key}>
            <Field
              form={form}
              name={`area-${key}-kind`}
              label={t('activityForm.areaKind', { number: String(i + 1) })}
            >
              {(control) => (
                <select {...control}>
                  {areaKinds.map((kind) => (
                    <option key={kind} value={kind} {...defaultSelected(value.kind === kind)}>
                      {t(`activityForm.areaKind.${kind}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField
              form={form}
              name={`area-${key}-name`}
              label={t('activityForm.areaName', { number: String(i + 1) })}
              required
              maxLength={trayLimits.areaName}
              defaultValue={value.name}
            />
            {areas.rows.length > 1 && (
              <button type="button" onClick={() => areas.remove(key)}>
                {t('activityForm.removeArea', { number: String(i + 1) })}
              </button>
            )}
          </div>
        ))}
        {areas.rows.length < trayLimits.areas && (
          <button type="button" onClick={areas.add}>
            {t('activityForm.addArea')}
          </button>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('activityForm.languages')}</legend>
        <p class="hint">{t('activityForm.languagesHint')}</p>
        {languages.rows.map(({ key, value }, i) => {
          const name = languageName(codes[key] ?? value);
          return (
            <div class="activity-row inline" key={key}>
              <Field
                form={form}
                name={`language-${key}`}
                label={t('activityForm.languageCode', { number: String(i + 1) })}
                required
              >
                {(control) => (
                  <input
                    {...control}
                    dir="ltr"
                    list={form.id('language-codes')}
                    defaultValue={value}
                    maxLength={8}
                    autoComplete="off"
                    aria-describedby={[control['aria-describedby'], form.id(`language-${key}-name`)]
                      .filter(Boolean)
                      .join(' ')}
                    onInput={(event) =>
                      setCodes((c) => ({
                        ...c,
                        [key]: (event.currentTarget as HTMLInputElement).value.trim(),
                      }))
                    }
                  />
                )}
              </Field>
              <output id={form.id(`language-${key}-name`)} class="language-name">
                {name ?? t('activityForm.unknownLanguage')}
              </output>
              {languages.rows.length > 1 && (
                <button type="button" onClick={() => languages.remove(key)}>
                  {t('activityForm.removeLanguage', { number: String(i + 1) })}
                </button>
              )}
            </div>
          );
        })}
        {languages.rows.length < trayLimits.languages && (
          <button type="button" onClick={languages.add}>
            {t('activityForm.addLanguage')}
          </button>
        )}
      </fieldset>

      <Choices
        form={form}
        name="targetGroups"
        label={t('activityForm.targetGroups')}
        type="checkbox"
        options={targetGroups.map((group) => ({
          value: group,
          label: t(`activityForm.targetGroup.${group}`),
        }))}
        checked={activity?.targetGroups ?? ['everyone']}
      />
      <Choices
        form={form}
        name="topics"
        label={t('activityForm.topics')}
        type="checkbox"
        options={topicOptions(t)}
        checked={activity?.topics ?? []}
      />

      <fieldset>
        <legend>{t('activityForm.schedule')}</legend>
        <div class="choice">
          <input
            type="radio"
            id={form.id('schedule-weekly')}
            name="scheduleKind"
            value="weekly"
            checked={scheduleKind === 'weekly'}
            onChange={() => setScheduleKind('weekly')}
          />
          <label for={form.id('schedule-weekly')}>{t('activityForm.schedule.weekly')}</label>
        </div>
        <div class="choice">
          <input
            type="radio"
            id={form.id('schedule-dates')}
            name="scheduleKind"
            value="dates"
            checked={scheduleKind === 'dates'}
            onChange={() => setScheduleKind('dates')}
          />
          <label for={form.id('schedule-dates')}>{t('activityForm.schedule.dates')}</label>
        </div>
        {scheduleKind === 'weekly' ? (
          <>
            <Choices
              form={form}
              name="days"
              label={t('activityForm.days')}
              type="checkbox"
              options={weekdays.map((day) => ({ value: day, label: t(`activityForm.day.${day}`) }))}
              checked={weekly?.days ?? ['TU']}
            />
            <div class="activity-row inline">
              <Field form={form} name="startTime" label={t('activityForm.startTime')} required>
                {(control) => <input {...control} type="time" defaultValue={weekly?.startTime ?? '17:00'} />}
              </Field>
              <Field form={form} name="endTime" label={t('activityForm.endTime')} required>
                {(control) => <input {...control} type="time" defaultValue={weekly?.endTime ?? '19:00'} />}
              </Field>
            </div>
          </>
        ) : (
          <>
            {dates.rows.map(({ key, value }, i) => (
              <div class="activity-row inline" key={key}>
                <Field
                  form={form}
                  name={`date-${key}`}
                  label={t('activityForm.date', { number: String(i + 1) })}
                  required
                >
                  {(control) => <input {...control} type="date" defaultValue={value.date} />}
                </Field>
                <Field form={form} name={`date-${key}-start`} label={t('activityForm.startTime')} required>
                  {(control) => <input {...control} type="time" defaultValue={value.startTime} />}
                </Field>
                <Field form={form} name={`date-${key}-end`} label={t('activityForm.endTime')} required>
                  {(control) => <input {...control} type="time" defaultValue={value.endTime} />}
                </Field>
                {dates.rows.length > 1 && (
                  <button type="button" onClick={() => dates.remove(key)}>
                    {t('activityForm.removeDate', { number: String(i + 1) })}
                  </button>
                )}
              </div>
            ))}
            {dates.rows.length < trayLimits.dates && (
              <button type="button" onClick={dates.add}>
                {t('activityForm.addDate')}
              </button>
            )}
          </>
        )}
        <TextField
          form={form}
          name="scheduleNote"
          label={t('activityForm.scheduleNote')}
          maxLength={trayLimits.scheduleNote}
          defaultValue={schedule?.note}
        />
      </fieldset>

      <fieldset>
        <legend>{t('activityForm.place')}</legend>
        <TextField
          form={form}
          name="address"
          label={t('activityForm.address')}
          maxLength={trayLimits.address}
          defaultValue={activity?.place.address}
        />
        <TextField
          form={form}
          name="postalCode"
          label={t('activityForm.postalCode')}
          inputMode="numeric"
          pattern="\d{5}"
          maxLength={5}
          defaultValue={activity?.place.postalCode}
        />
        <TextField
          form={form}
          name="city"
          label={t('activityForm.city')}
          maxLength={trayLimits.areaName}
          defaultValue={activity?.place.city}
        />
        <TextField
          form={form}
          name="onlineUrl"
          type="url"
          label={t('activityForm.onlineUrl')}
          defaultValue={activity?.place.onlineUrl}
        />
      </fieldset>

      <fieldset>
        <legend>{t('activityForm.cost')}</legend>
        <div class="choice">
          <input
            type="checkbox"
            id={form.id('free')}
            name="free"
            checked={free}
            onChange={(event) => setFree((event.currentTarget as HTMLInputElement).checked)}
          />
          <label for={form.id('free')}>{t('activityForm.free')}</label>
        </div>
        {!free && (
          <TextField
            form={form}
            name="fee"
            label={t('activityForm.fee')}
            hint={t('activityForm.feeHint')}
            required
            maxLength={trayLimits.fee}
            defaultValue={activity && !activity.cost.free ? activity.cost.fee : undefined}
          />
        )}
      </fieldset>

      <TextField
        form={form}
        name="accessibility"
        label={t('activityForm.accessibility')}
        hint={t('activityForm.accessibilityHint')}
        multiline
        rows={3}
        maxLength={trayLimits.accessibility}
        defaultValue={activity?.accessibility}
      />

      <Field form={form} name="status" label={t('activityForm.status')}>
        {(control) => (
          <select {...control}>
            {activityStatuses.map((status) => (
              <option
                key={status}
                value={status}
                {...defaultSelected((activity?.status ?? 'active') === status)}
              >
                {t(`activityForm.status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>

      {units.length > 0 && (
        <Field form={form} name="unitId" label={t('activityForm.unit')}>
          {(control) => (
            <select {...control}>
              <option value="" {...defaultSelected(!activity?.unitId)}>
                {t('activityForm.noUnit')}
              </option>
              {units.map((unit) => (
                <option key={unit.id} value={unit.id} {...defaultSelected(activity?.unitId === unit.id)}>
                  {unit.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}

      <Outcome form={form} />
      <SubmitButton form={form}>{t(activity ? 'activityForm.save' : 'activityForm.add')}</SubmitButton>
    </form>
  );
}
