import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { send } from '../api.ts';
import { webAddressPattern } from '../consultations/links.ts';
import { textIn } from '../consultations/text.tsx';
import { Choices, Field, LanguageField, SubmitButton, TextField } from '../forms/fields.tsx';
import { type Form, text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import {
  checklistItems,
  checklistKeys,
  helsinkiFields,
  helsinkiInstant,
  nextHost,
} from '../meetings/agenda.ts';
import {
  AgendaEditor,
  type AgendaRow,
  agendaOf,
  type LinkChoices,
  rowOf,
} from '../meetings/agenda-editor.tsx';
import { mayPlanMeetings, useMembers } from '../meetings/planning.ts';
import { PageHeading } from '../page-heading.tsx';
import { SignedIn } from '../session.tsx';
import type { Consultation, Me, MeetingView, Organisation, Page, Series, Statement } from '../types.ts';

/** What an agenda item may be about: the latest consultations, and the host's own statements. */
function useLinkChoices(hostId: string): LinkChoices {
  const { language } = useI18n();
  const consultations = useResource<Page<Consultation>>('/api/consultations');
  const statements = useResource<Page<Statement>>(
    hostId ? `/api/organisations/${encodeURIComponent(hostId)}/statements` : null,
  );
  return {
    consultations: (consultations.data?.items ?? []).map((c) => {
      const shown = textIn(c, language);
      return { id: c.id, title: shown.text.title, lang: shown.language };
    }),
    statements: (statements.data?.items ?? []).map((s) => ({ id: s.id, title: s.title, lang: s.language })),
  };
}

/**
 * The host: the series' rotation first, in its order, then the other member organisations. A
 * representative hosts only for their own organisations; the coordinator for any member.
 */
function hostOptions(me: Me, series: Series | undefined, members: Organisation[]) {
  const allowed = (id: string) =>
    me.coordinator || me.organisations.some((o) => o.id === id && o.status === 'member');
  const rotation = (series?.rotation ?? []).filter((r) => allowed(r.organisationId));
  const inRotation = new Set(rotation.map((r) => r.organisationId));
  const own = me.organisations.filter((o) => o.status === 'member').map((o) => ({ id: o.id, name: o.name }));
  const others = (me.coordinator ? members.filter((o) => o.status === 'member') : own).filter(
    (o) => !inRotation.has(o.id),
  );
  return {
    rotation: rotation.map((r) => ({ id: r.organisationId, name: r.name })),
    others: others.map((o) => ({ id: o.id, name: o.name })),
  };
}

/** The organisation whose turn is next: after the host of the series' latest meeting (coming, else past). */
function useProposedHost(series: Series | undefined) {
  const path = series ? (`/api/meetings?series=${encodeURIComponent(series.id)}` as const) : null;
  const coming = useResource<Page<MeetingView>>(path ? `${path}&when=upcoming` : null);
  const past = useResource<Page<MeetingView>>(path ? `${path}&when=past` : null);
  if (!series || coming.loading || past.loading) return undefined;
  const latest = coming.data?.items.at(-1) ?? past.data?.items[0];
  return nextHost(series.rotation, latest?.hostOrganisationId);
}

interface Times {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
}

/** A date and a time field side by side; a date filled in needs its time. */
function DateAndTime({
  form,
  prefix,
  label,
  date,
  time,
  onChange,
}: {
  form: Form;
  /** As the API names the moment (`startsAt`), so that its problems point at the date field. */
  prefix: 'startsAt' | 'endsAt';
  label: { date: string; time: string };
  date: string;
  time: string;
  onChange(date: string, time: string): void;
}) {
  return (
    <div class="date-time">
      <Field form={form} name={prefix} label={label.date}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={date}
            onInput={(event) => onChange((event.currentTarget as HTMLInputElement).value, time)}
          />
        )}
      </Field>
      <Field form={form} name={`${prefix}-time`} label={label.time} required={Boolean(date)}>
        {(control) => (
          <input
            {...control}
            type="time"
            value={time}
            onInput={(event) => onChange(date, (event.currentTarget as HTMLInputElement).value)}
          />
        )}
      </Field>
    </div>
  );
}

/** The whole meeting form, for a new draft (with its series) and for changing one. */
function MeetingForm({ me, meeting, seriesList }: { me: Me; meeting?: MeetingView; seriesList: Series[] }) {
  const { t } = useI18n();
  const { query, route } = useLocation();
  const form = useForm('meeting');
  const [seriesId, setSeriesId] = useState(
    meeting?.seriesId ?? seriesList.find((s) => s.id === query.series)?.id ?? seriesList[0]?.id ?? '',
  );
  const series = seriesList.find((s) => s.id === seriesId);
  const members = useMembers(me.coordinator);
  const hosts = hostOptions(me, series, members);
  const proposed = useProposedHost(meeting ? undefined : series);
  const [host, setHost] = useState(meeting?.hostOrganisationId ?? '');
  const [hostChosen, setHostChosen] = useState(Boolean(meeting));
  const firstHost = [...hosts.rotation, ...hosts.others][0]?.id ?? '';
  const canHost = (id: string | undefined) =>
    Boolean(id && [...hosts.rotation, ...hosts.others].some((h) => h.id === id));
  // Until the person chooses, the host follows the series: the one whose turn is next, if they may host.
  useEffect(() => {
    if (!hostChosen) setHost(canHost(proposed) ? (proposed as string) : firstHost);
  }, [hostChosen, proposed, firstHost]);
  const start = helsinkiFields(meeting?.startsAt);
  const end = helsinkiFields(meeting?.endsAt);
  const [times, setTimes] = useState<Times>({
    startDate: start.date,
    startTime: start.time,
    endDate: end.date === start.date ? '' : end.date,
    endTime: end.time,
  });
  const [rows, setRows] = useState<AgendaRow[]>(() => (meeting?.agenda ?? []).map(rowOf));
  const choices = useLinkChoices(host);
  const startsAt = helsinkiInstant(times.startDate, times.startTime);
  const endsAt = helsinkiInstant(times.endDate || times.startDate, times.endTime);

  const save = form.submit(async (data) => {
    const address = text(data, 'address');
    const directions = text(data, 'directions');
    const theme = text(data, 'theme');
    const onlineUrl = text(data, 'onlineUrl');
    const ticked = data.getAll('checklist');
    const values = {
      hostOrganisationId: host,
      title: text(data, 'title'),
      language: text(data, 'language'),
      capacity: Number(text(data, 'capacity')),
      turnMinutes: Number(text(data, 'turnMinutes')),
      agenda: agendaOf(rows),
      checklist: Object.fromEntries(checklistItems.map((item) => [item, ticked.includes(item)])),
      ...(theme ? { theme } : {}),
      ...(startsAt ? { startsAt } : {}),
      ...(endsAt ? { endsAt } : {}),
      ...(address ? { place: { address, ...(directions ? { directions } : {}) } } : {}),
      ...(onlineUrl ? { onlineUrl } : {}),
    };
    const saved = meeting
      ? await send<MeetingView>('PATCH', `/api/meetings/${encodeURIComponent(meeting.id)}`, values)
      : await send<MeetingView>('POST', '/api/meetings', { seriesId, ...values });
    route(`/meetings/${encodeURIComponent(saved.id)}`);
    return undefined;
  });

  const hostOption = (h: { id: string; name: string }) => (
    <option key={h.id} value={h.id}>
      {h.id === proposed ? t('meetingEdit.nextTurn', { name: h.name }) : h.name}
    </option>
  );
  return (
    <form noValidate onSubmit={save} class="meeting-form">
      <Outcome form={form} />
      {meeting ? (
        <p>
          {t('meeting.series')}: <bdi>{meeting.seriesName}</bdi>
        </p>
      ) : (
        <Field form={form} name="seriesId" label={t('meetingEdit.series')} required>
          {(control) => (
            <select
              {...control}
              value={seriesId}
              onChange={(event) => setSeriesId((event.currentTarget as HTMLSelectElement).value)}
            >
              {seriesList.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field
        form={form}
        name="hostOrganisationId"
        label={t('meetingEdit.host')}
        hint={t('meetingEdit.hostHint')}
        required
      >
        {(control) => (
          <select
            {...control}
            value={host}
            onChange={(event) => {
              setHost((event.currentTarget as HTMLSelectElement).value);
              setHostChosen(true);
            }}
          >
            {meeting && !canHost(meeting.hostOrganisationId) && (
              <option value={meeting.hostOrganisationId}>{meeting.hostOrganisationName}</option>
            )}
            {hosts.rotation.length > 0 && (
              <optgroup label={t('meetingEdit.rotation')}>{hosts.rotation.map(hostOption)}</optgroup>
            )}
            {hosts.others.length > 0 && (
              <optgroup label={t('meetingEdit.others')}>{hosts.others.map(hostOption)}</optgroup>
            )}
          </select>
        )}
      </Field>
      <TextField
        form={form}
        name="title"
        label={t('meetingEdit.title')}
        required
        maxLength={200}
        dir="auto"
        defaultValue={meeting?.title}
      />
      <TextField
        form={form}
        name="theme"
        label={t('meetingEdit.theme')}
        multiline
        rows={3}
        maxLength={2000}
        defaultValue={meeting?.theme}
      />
      <LanguageField
        form={form}
        name="language"
        label={t('meetingEdit.language')}
        hint={t('meetingEdit.languageHint')}
        selected={meeting?.language}
      />
      <fieldset class="group">
        <legend>{t('meetingEdit.when')}</legend>
        <p class="hint">{t('meetingEdit.whenHint')}</p>
        <DateAndTime
          form={form}
          prefix="startsAt"
          label={{ date: t('meetingEdit.startDate'), time: t('meetingEdit.startTime') }}
          date={times.startDate}
          time={times.startTime}
          onChange={(date, time) => setTimes({ ...times, startDate: date, startTime: time })}
        />
        <DateAndTime
          form={form}
          prefix="endsAt"
          label={{ date: t('meetingEdit.endDate'), time: t('meetingEdit.endTime') }}
          date={times.endDate}
          time={times.endTime}
          onChange={(date, time) => setTimes({ ...times, endDate: date, endTime: time })}
        />
        <p class="hint">{t('meetingEdit.endHint')}</p>
      </fieldset>
      <fieldset class="group" id={form.id('place')}>
        <legend>{t('meetingEdit.where')}</legend>
        <p class="hint">{t('meetingEdit.whereHint')}</p>
        <TextField
          form={form}
          name="address"
          label={t('meetingEdit.address')}
          maxLength={300}
          dir="auto"
          defaultValue={meeting?.place?.address}
        />
        <TextField
          form={form}
          name="directions"
          label={t('meetingEdit.directions')}
          hint={t('meetingEdit.directionsHint')}
          multiline
          rows={3}
          maxLength={1000}
          defaultValue={meeting?.place?.directions}
        />
        <TextField
          form={form}
          name="onlineUrl"
          label={t('meetingEdit.onlineUrl')}
          type="url"
          pattern={webAddressPattern}
          maxLength={2000}
          dir="auto"
          defaultValue={meeting?.onlineUrl}
        />
      </fieldset>
      <TextField
        form={form}
        name="capacity"
        label={t('meetingEdit.capacity')}
        hint={t('meetingEdit.capacityHint')}
        type="number"
        inputMode="numeric"
        class="short"
        required
        min={1}
        max={2000}
        defaultValue={String(meeting?.capacity ?? 40)}
      />
      <TextField
        form={form}
        name="turnMinutes"
        label={t('meetingEdit.turnMinutes')}
        hint={t('meetingEdit.turnMinutesHint')}
        type="number"
        inputMode="numeric"
        class="short"
        required
        min={1}
        max={30}
        defaultValue={String(meeting?.turnMinutes ?? 3)}
      />
      <AgendaEditor form={form} rows={rows} onChange={setRows} startsAt={startsAt} choices={choices} />
      <Choices
        form={form}
        name="checklist"
        type="checkbox"
        label={t('meeting.checklist')}
        hint={t('meetingEdit.checklistHint')}
        options={checklistItems.map((item) => ({ value: item, label: t(checklistKeys[item]) }))}
        checked={checklistItems.filter((item) => meeting?.checklist[item])}
      />
      <div class="actions">
        <SubmitButton form={form}>{t(meeting ? 'meetingEdit.saveChanges' : 'meetingEdit.save')}</SubmitButton>
        <a href={meeting ? `/meetings/${encodeURIComponent(meeting.id)}` : '/meetings'}>
          {t('common.cancel')}
        </a>
      </div>
    </form>
  );
}

function useSeries() {
  return useResource<{ items: Series[] }>('/api/meeting-series');
}

/** A new meeting, saved as a draft of a series; its page then publishes it. */
export function NewMeetingPage() {
  const { t } = useI18n();
  const series = useSeries();
  return (
    <>
      <PageHeading>{t('meetings.new')}</PageHeading>
      <SignedIn>
        {(me) =>
          mayPlanMeetings(me) ? (
            <Loaded resource={series}>
              {({ items }) =>
                items.length === 0 ? (
                  <p>{t('meetingEdit.noSeries')}</p>
                ) : (
                  <>
                    <p class="lead">{t('meetingEdit.lead')}</p>
                    <MeetingForm me={me} seriesList={items} />
                  </>
                )
              }
            </Loaded>
          ) : (
            <p>{t('meetingEdit.only')}</p>
          )
        }
      </SignedIn>
    </>
  );
}

/** Changing a meeting: its host's representatives and the coordinator. */
export function EditMeetingPage({ id }: { id: string }) {
  const { t } = useI18n();
  const meeting = useResource<MeetingView>(`/api/meetings/${encodeURIComponent(id)}`);
  const series = useSeries();
  return (
    <>
      <PageHeading>{t('meeting.edit')}</PageHeading>
      <SignedIn>
        {(me) => (
          <Loaded resource={meeting}>
            {(m) =>
              m.canManage ? (
                <Loaded resource={series}>
                  {({ items }) => <MeetingForm key={m.id} me={me} meeting={m} seriesList={items} />}
                </Loaded>
              ) : (
                <p>{t('meetingEdit.only')}</p>
              )
            }
          </Loaded>
        )}
      </SignedIn>
    </>
  );
}
