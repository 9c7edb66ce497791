import { useState } from 'preact/hooks';
import { bodyNameIn } from '../bodies.tsx';
import { useI18n } from '../i18n.tsx';
import { MoreButton, usePages, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SignedIn } from '../session.tsx';
import { SubmissionCard } from '../submissions/card.tsx';
import { OfficerActions } from '../submissions/officer.tsx';
import type { Body, Me, Submission } from '../types.ts';

function Inbox({ id, me }: { id: string; me: Me }) {
  const { t } = useI18n();
  const pages = usePages<Submission>(`/api/bodies/${encodeURIComponent(id)}/submissions`);
  // What the officer changed here, shown in place of what the list loaded.
  const [changed, setChanged] = useState<Record<string, Submission>>({});
  const officer = me.bodies.some((b) => b.id === id);
  return (
    <>
      {!officer && <p class="note">{t('inbox.coordinatorNote')}</p>}
      {pages.empty && <p>{t('inbox.empty')}</p>}
      <ul class="cards">
        {pages.items.map((item) => {
          const s = changed[item.id] ?? item;
          return (
            <SubmissionCard key={s.id} s={s} level={2}>
              {officer && (
                <OfficerActions
                  s={s}
                  onChange={(updated) => setChanged((all) => ({ ...all, [s.id]: updated }))}
                />
              )}
            </SubmissionCard>
          );
        })}
      </ul>
      <MoreButton pages={pages} />
    </>
  );
}

/** A body's officers' inbox: the statements submitted to it, newest first, to acknowledge and answer. */
export function InboxPage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const body = useResource<Body>(`/api/bodies/${encodeURIComponent(id)}`);
  const name = body.data ? bodyNameIn(body.data, language) : undefined;
  return (
    <>
      <PageHeading>{name ? t('inbox.titleOf', { body: name }) : t('inbox.title')}</PageHeading>
      <p class="lead">{t('inbox.lead')}</p>
      <SignedIn>
        {(me) =>
          me.coordinator || me.bodies.some((b) => b.id === id) ? (
            <Inbox key={id} id={id} me={me} />
          ) : (
            <p>{t('inbox.only')}</p>
          )
        }
      </SignedIn>
      <p>
        <a href={`/bodies/${encodeURIComponent(id)}`}>{t('inbox.bodyPage')}</a>
      </p>
    </>
  );
}
