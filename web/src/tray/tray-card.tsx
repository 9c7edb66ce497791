import { useI18n } from '../i18n.tsx';
import {
  categoryKey,
  languageList,
  listIn,
  scheduleLines,
  statusKey,
  type TrayEntry,
  targetGroupKey,
  textIn,
} from './words.ts';

/** One activity in the public tray: its category and status in words, its name linking to its page. */
export function TrayCard({ entry }: { entry: TrayEntry }) {
  const { t, rich, language, languageName } = useI18n();
  const text = textIn(entry.texts, language);
  const when = scheduleLines(t, language, entry.schedule)[0];
  return (
    <li class="card">
      <p class="kicker">
        <span>{t(categoryKey(entry.category))}</span>
        {entry.status !== 'active' && <span class="badge">{t(statusKey(entry.status))}</span>}
      </p>
      <h2>
        <a href={`/activities/${encodeURIComponent(entry.id)}`} lang={text?.language} dir="auto">
          {text?.name}
        </a>
      </h2>
      <p>{rich('publicTray.by', { organisation: <bdi>{entry.organisationName}</bdi> })}</p>
      {text && (
        <p lang={text.language} dir="auto">
          {text.description}
        </p>
      )}
      <ul class="facts">
        <li>
          {rich('publicTray.where', {
            areas: (
              <bdi>
                {listIn(
                  language,
                  entry.areas.map((area) => area.name),
                )}
              </bdi>
            ),
          })}
        </li>
        <li>
          {t('publicTray.inLanguages', { languages: languageList(language, languageName, entry.languages) })}
        </li>
        <li>
          {listIn(
            language,
            entry.targetGroups.map((group) => t(targetGroupKey(group))),
          )}
        </li>
        {when && <li>{when}</li>}
      </ul>
    </li>
  );
}
