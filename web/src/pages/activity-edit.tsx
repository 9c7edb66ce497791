import { useLocation } from 'preact-iso';
import type { Unit } from '#shared/tray/activity.ts';
import type { ActivityView } from '#shared/tray/read-activities.ts';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SignedIn } from '../session.tsx';
import { ActivityForm } from '../tray/activity-form.tsx';
import { activityName } from './organisation-activities.tsx';

/** Edits one activity: its organisation's representatives and the coordinator. */
export function ActivityEditPage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const { route } = useLocation();
  const activity = useResource<ActivityView>(`/api/activities/${encodeURIComponent(id)}`);
  const units = useResource<{ items: Unit[] }>(
    activity.data ? `/api/organisations/${encodeURIComponent(activity.data.organisationId)}/units` : null,
  );
  return (
    <>
      <PageHeading userText={activity.data !== undefined}>
        {activity.data
          ? t('activityEdit.title', { name: activityName(activity.data, language) })
          : t('common.loading')}
      </PageHeading>
      <SignedIn>
        {() => (
          <Loaded resource={activity}>
            {(data) =>
              data.canManage ? (
                <>
                  <p>
                    <a href={`/organisations/${encodeURIComponent(data.organisationId)}/activities`}>
                      {t('activityEdit.back', { organisation: data.organisationName })}
                    </a>
                  </p>
                  <ActivityForm
                    key={data.version}
                    organisationId={data.organisationId}
                    activity={data}
                    units={units.data?.items ?? []}
                    onSaved={() =>
                      route(`/organisations/${encodeURIComponent(data.organisationId)}/activities`)
                    }
                  />
                </>
              ) : (
                <p>{t('activityEdit.notAllowed')}</p>
              )
            }
          </Loaded>
        )}
      </SignedIn>
    </>
  );
}
