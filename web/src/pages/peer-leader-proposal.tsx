import { peerLimits } from '#shared/peers/facts.ts';
import { send } from '../api.ts';
import { LanguageField, SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { PageHeading } from '../page-heading.tsx';
import { SignedIn } from '../session.tsx';

/** `/organisations/:id/peer-leader-proposal`: a member organisation's representative proposes a peer leader. */
export function PeerLeaderProposalPage({ id }: { id: string }) {
  const { t } = useI18n();
  const form = useForm('peer-proposal');
  return (
    <>
      <PageHeading>{t('peer.proposal.title')}</PageHeading>
      <SignedIn>
        {(me) => {
          const org = me.organisations.find((o) => o.id === id);
          if (org?.status !== 'member') return <p>{t('peer.proposal.onlyMembers')}</p>;
          return (
            <form
              noValidate
              class="narrow"
              onSubmit={form.submit(
                async (data) => {
                  const name = text(data, 'name');
                  const note = text(data, 'note');
                  await send('POST', `/api/organisations/${encodeURIComponent(id)}/peer-leader-proposals`, {
                    email: text(data, 'email'),
                    ...(name ? { name } : {}),
                    ...(note ? { note } : {}),
                    language: text(data, 'language'),
                  });
                  return t('peer.proposal.sent');
                },
                { clear: true },
              )}
            >
              <p>
                <a href={`/organisations/${encodeURIComponent(id)}`}>
                  <bdi>{org.name}</bdi>
                </a>
              </p>
              <p>{t('peer.proposal.intro')}</p>
              <Outcome form={form} />
              <TextField form={form} name="email" label={t('common.email')} type="email" required />
              <TextField form={form} name="name" label={t('peer.profile.name')} maxLength={peerLimits.name} />
              <TextField
                form={form}
                name="note"
                label={t('peer.proposal.note')}
                multiline
                rows={3}
                maxLength={peerLimits.proposalNote}
              />
              <LanguageField form={form} name="language" label={t('common.emailLanguage')} />
              <SubmitButton form={form}>{t('peer.proposal.send')}</SubmitButton>
            </form>
          );
        }}
      </SignedIn>
    </>
  );
}
