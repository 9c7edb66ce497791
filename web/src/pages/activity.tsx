import { send } from '../api.ts';
import { useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { topicList } from '../topics.ts';
import {
  FieldText,
  languageAttributes,
  TranslationNote,
  useTranslatedText,
} from '../translations/translated-text.tsx';
import {
  type ActivityView,
  categoryHintKey,
  categoryKey,
  languageList,
  levelKey,
  listIn,
  scheduleLines,
  statusKey,
  targetGroupKey,
  textIn,
} from '../tray/words.ts';

/**
 * Once its organisation has left the tray, an activity can only be ended: it then leaves the
 * counts (the coordinator and the former organisation's representatives may do it).
 */
function EndActivity({ activity, onEnded }: { activity: ActivityView; onEnded: () => void }) {
  const { t } = useI18n();
  const form = useForm(`end-${activity.id}`);
  const end = () =>
    form.run(async () => {
      await send('PATCH', `/api/activities/${encodeURIComponent(activity.id)}`, {
        version: activity.version,
        status: 'ended',
      });
      onEnded();
      return t('activityPage.endedNow');
    });
  return (
    <div class="actions">
      <button type="button" onClick={end} disabled={form.busy}>
        {t('activityPage.end')}
      </button>
      <Outcome form={form} />
    </div>
  );
}

/** An activity's public page: its texts (the reader's language first), what, for whom, when, where, and whom to ask. */
export function ActivityPage({ id }: { id: string }) {
  const { t, rich, language, languageName } = useI18n();
  const activity = useResource<ActivityView>(`/api/activities/${encodeURIComponent(id)}`);
  const a = activity.data;
  const shown = a && textIn(a.texts, language);
  // Its organisation's own text in the reader's language, else the network's translation of the first.
  const first = a?.texts[0];
  const own = a?.texts.find((text) => text.language === language);
  const text = useTranslatedText(
    a &&
      first && {
        kind: 'activity',
        id: a.id,
        originalLanguage: first.language,
        fields: { name: first.name, description: first.description },
        own: own && { name: own.name, description: own.description },
        published: a.status !== 'ended',
      },
  );
  const name = text.field('name');
  const description = text.field('description');
  const title = name?.text ?? (activity.error ? t('activityPage.notFound') : t('common.loading'));
  return (
    <>
      <PageHeading userText={shown !== undefined} shown={name && <FieldText field={name} />}>
        {title}
      </PageHeading>
      <Loaded key={id} resource={activity}>
        {(data) => {
          const others = data.texts.filter((text) => text !== shown);
          const organisation = (
            <a href={`/organisations/${encodeURIComponent(data.organisationId)}`}>
              <bdi>{data.organisationName}</bdi>
            </a>
          );
          return (
            <>
              {!data.organisationListed && (
                <p class="notice" role="status">
                  {t('activityPage.notListed')}
                </p>
              )}
              <p class="kicker">
                <span>{t(categoryKey(data.category))}</span>
                {data.status !== 'active' && <span class="badge">{t(statusKey(data.status))}</span>}
              </p>
              <TranslationNote text={text} />
              {description && (
                <div class="prose" {...languageAttributes(description)}>
                  <p>{description.text}</p>
                </div>
              )}
              <p>
                {data.unitName
                  ? rich('activityPage.unit', { unit: <bdi>{data.unitName}</bdi>, organisation })
                  : rich('publicTray.by', { organisation })}
              </p>
              <h2>{t('activityPage.about')}</h2>
              <dl class="meta">
                <dt>{t('activityPage.category')}</dt>
                <dd>
                  {t(categoryKey(data.category))}: {t(categoryHintKey(data.category))}
                </dd>
                <dt>{t('activityPage.status')}</dt>
                <dd>{t(statusKey(data.status))}</dd>
                <dt>{t('activityPage.level')}</dt>
                <dd>{t(levelKey(data.level))}</dd>
                <dt>{t('activityPage.areas')}</dt>
                <dd>
                  <bdi>
                    {listIn(
                      language,
                      data.areas.map((area) => area.name),
                    )}
                  </bdi>
                </dd>
                <dt>{t('activityPage.languages')}</dt>
                <dd>{languageList(language, languageName, data.languages)}</dd>
                <dt>{t('activityPage.targetGroups')}</dt>
                <dd>
                  {listIn(
                    language,
                    data.targetGroups.map((group) => t(targetGroupKey(group))),
                  )}
                </dd>
                {data.topics.length > 0 && (
                  <>
                    <dt>{t('activityPage.topics')}</dt>
                    <dd>{topicList(t, data.topics)}</dd>
                  </>
                )}
                <dt>{t('activityPage.when')}</dt>
                <dd>
                  {scheduleLines(t, language, data.schedule).map((line) => (
                    <span key={line} class="line">
                      {line}
                    </span>
                  ))}
                  {data.schedule.note && (
                    <span class="line">
                      <bdi>{data.schedule.note}</bdi>
                    </span>
                  )}
                </dd>
                <dt>{t('activityPage.where')}</dt>
                <dd>
                  {(data.place.address || data.place.city) && (
                    <span class="line">
                      <bdi>
                        {[
                          data.place.address,
                          [data.place.postalCode, data.place.city].filter(Boolean).join(' '),
                        ]
                          .filter(Boolean)
                          .join(', ')}
                      </bdi>
                    </span>
                  )}
                  {data.place.onlineUrl && (
                    <span class="line">
                      {t('publicTray.online')}:{' '}
                      <a href={data.place.onlineUrl} rel="noopener noreferrer" class="long-link">
                        {t('activityPage.onlineLink')}
                      </a>
                    </span>
                  )}
                </dd>
                <dt>{t('activityPage.cost')}</dt>
                <dd>
                  {data.cost.free
                    ? t('publicTray.free')
                    : rich('publicTray.fee', { fee: <bdi>{data.cost.fee}</bdi> })}
                </dd>
                {data.accessibility && (
                  <>
                    <dt>{t('activityPage.accessibility')}</dt>
                    <dd>
                      <bdi>{data.accessibility}</bdi>
                    </dd>
                  </>
                )}
                <dt>{t('activityPage.contact')}</dt>
                <dd>{rich('activityPage.contactText', { organisation })}</dd>
              </dl>
              {others.length > 0 && (
                <section>
                  <h2>{t('activityPage.otherLanguages')}</h2>
                  {others.map((text) => (
                    <article key={text.language} lang={text.language} dir="auto">
                      <h3>
                        {text.name} <span class="language-note">({languageName(text.language)})</span>
                      </h3>
                      <p>{text.description}</p>
                    </article>
                  ))}
                </section>
              )}
              {data.canManage && !data.organisationListed && data.status !== 'ended' && (
                <EndActivity activity={data} onEnded={activity.reload} />
              )}
              {data.canManage && data.organisationListed && (
                <p class="actions">
                  <a
                    class="button"
                    href={`/organisations/${encodeURIComponent(data.organisationId)}/activities`}
                  >
                    {t('activityPage.edit')}
                  </a>
                </p>
              )}
              <p>
                <a href="/tray">{t('activityPage.toTray')}</a>
              </p>
            </>
          );
        }}
      </Loaded>
    </>
  );
}
