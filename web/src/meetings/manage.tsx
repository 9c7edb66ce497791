import { send } from '../api.ts';
import { Confirmable } from '../forms/confirm.tsx';
import { useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import type { MeetingView } from '../types.ts';
import { checklistItems, checklistKeys } from './agenda.ts';

/** The planning checklist as words: each item done or not yet (never a tick's colour alone). */
function ChecklistState({ meeting }: { meeting: MeetingView }) {
  const { t } = useI18n();
  return (
    <ul class="checklist">
      {checklistItems.map((item) => {
        const done = meeting.checklist[item] === true;
        return (
          <li key={item} class={done ? 'done' : undefined}>
            <span aria-hidden="true">{done ? '✓' : '○'}</span> {t(checklistKeys[item])}:{' '}
            <strong>{t(done ? 'meeting.checklistDone' : 'meeting.checklistOpen')}</strong>
          </li>
        );
      })}
    </ul>
  );
}

/** For the host's representatives and the coordinator: the checklist, the way to the editor, and publishing a draft. */
export function ManageMeeting({
  meeting,
  onChange,
}: {
  meeting: MeetingView;
  onChange(m: MeetingView): void;
}) {
  const { t } = useI18n();
  const form = useForm('publish');
  const path = `/api/meetings/${encodeURIComponent(meeting.id)}` as const;
  // What invitations must say; the API refuses to publish without it, this says so before asking.
  const ready = Boolean(meeting.startsAt && meeting.endsAt && (meeting.place || meeting.onlineUrl));
  return (
    <section class="manage" aria-labelledby="manage-meeting">
      <h2 id="manage-meeting">{t('meeting.manage')}</h2>
      <h3>{t('meeting.checklist')}</h3>
      <ChecklistState meeting={meeting} />
      {/* Closed with its minutes, a meeting is a record: the API refuses to change it. */}
      {meeting.status !== 'closed' && (
        <p class="actions">
          <a class="button" href={`/meetings/${encodeURIComponent(meeting.id)}/edit`}>
            {t('meeting.edit')}
          </a>
        </p>
      )}
      <Outcome form={form} />
      {meeting.status === 'draft' && !ready && <p class="warning">{t('meeting.publishNeeds')}</p>}
      {meeting.status === 'draft' && (
        <Confirmable
          form={form}
          label={t('meeting.publish')}
          question={t('meeting.publishQuestion', { title: meeting.title })}
          confirm={t('meeting.publishConfirm')}
          onConfirm={async () => {
            onChange(await send<MeetingView>('POST', `${path}/publish`));
            return t('meeting.publishedNotice');
          }}
        />
      )}
    </section>
  );
}
