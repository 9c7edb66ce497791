import type { MessageKey } from '#shared/i18n/format.ts';
import { send } from '../api.ts';
import { Choices, Field, SubmitButton, TextField } from '../forms/fields.tsx';
import { type Form, text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import type { Organisation, Removal } from '../types.ts';

// Not imported from shared/membership/organisation.ts: that module brings zod into the bundle.
const groundKeys: Record<Removal['ground'], MessageKey> = {
  unreachable: 'removal.ground.unreachable',
  criteria: 'removal.ground.criteria',
  hinders: 'removal.ground.hinders',
};
type Decision = NonNullable<Removal['decision']>['outcome'];
const outcomeKeys: Record<Decision, MessageKey> = {
  removed: 'removal.outcome.removed',
  kept: 'removal.outcome.kept',
};

/** The catalogue has these as parts of a sentence (for emails); alone they start with a capital. */
const capitalised = (phrase: string) => phrase.charAt(0).toLocaleUpperCase() + phrase.slice(1);

interface Roles {
  representative: boolean;
  coordinator: boolean;
}

type Answer = { removal: Removal | null };

function Hearing({
  removal,
  path,
  roles,
  onChange,
}: {
  removal: Removal;
  path: `/api/${string}`;
  roles: Roles;
  onChange(removal: Removal): void;
}) {
  const { t, rich, formatDate } = useI18n();
  const respond = useForm('removal-response');
  const decide = useForm('removal-decision');
  const open = !removal.response && !removal.decision && Date.now() < Date.parse(removal.deadline);
  return (
    <>
      <dl class="meta">
        <dt>{t('removal.groundLabel')}</dt>
        <dd>{capitalised(t(groundKeys[removal.ground]))}</dd>
        <dt>{t('removal.explanation')}</dt>
        <dd dir="auto">{removal.explanation}</dd>
        <dt>{t('removal.opened')}</dt>
        <dd>{formatDate(removal.openedAt)}</dd>
        <dt>{t('removal.deadline')}</dt>
        <dd>{formatDate(removal.deadline)}</dd>
      </dl>
      <h3>{t('removal.response')}</h3>
      {removal.response ? (
        <>
          <p dir="auto" class="quote">
            {removal.response.text}
          </p>
          <p class="muted">
            {rich('removal.respondedBy', {
              date: formatDate(removal.response.at),
              email: <bdi>{removal.response.byEmail}</bdi>,
            })}
          </p>
        </>
      ) : (
        <p>{t(open ? 'removal.awaiting' : 'removal.noResponse')}</p>
      )}
      {roles.representative && open && (
        <form
          noValidate
          onSubmit={respond.submit(async (data) => {
            onChange(await send<Removal>('POST', `${path}/response`, { text: text(data, 'text') }));
            return t('removal.responded');
          })}
        >
          <Outcome form={respond} />
          <TextField form={respond} name="text" label={t('removal.respond')} required multiline />
          <SubmitButton form={respond}>{t('removal.respondSubmit')}</SubmitButton>
        </form>
      )}
      {roles.representative && !open && <Outcome form={respond} />}
      <h3>{t('removal.decision')}</h3>
      {removal.decision ? (
        <>
          <p>
            <strong>{capitalised(t(outcomeKeys[removal.decision.outcome]))}</strong> (
            {formatDate(removal.decision.at)})
          </p>
          <p dir="auto">
            {t('removal.reason')}: {removal.decision.reason}
          </p>
        </>
      ) : (
        <p>{t('removal.undecided')}</p>
      )}
      <Outcome form={decide} />
      {roles.coordinator && open && <p class="hint">{t('removal.decideLater')}</p>}
      {roles.coordinator && !removal.decision && (
        <form
          noValidate
          onSubmit={decide.submit(async (data) => {
            onChange(
              await send<Removal>('POST', `${path}/decision`, {
                outcome: text(data, 'outcome'),
                reason: text(data, 'reason'),
              }),
            );
            return t('removal.decided');
          })}
        >
          <Choices
            form={decide}
            name="outcome"
            type="radio"
            label={t('removal.outcome')}
            required
            options={(['kept', 'removed'] as const).map((outcome) => ({
              value: outcome,
              label: capitalised(t(outcomeKeys[outcome])),
            }))}
          />
          <TextField form={decide} name="reason" label={t('removal.reason')} required multiline />
          <SubmitButton form={decide}>{t('removal.decideSubmit')}</SubmitButton>
        </form>
      )}
    </>
  );
}

function OpenRemoval({
  form,
  path,
  onOpened,
}: {
  form: Form;
  path: `/api/${string}`;
  onOpened(removal: Removal): void;
}) {
  const { t } = useI18n();
  const openHearing = form.submit(async (data) => {
    onOpened(
      await send<Removal>('POST', path, {
        ground: text(data, 'ground'),
        explanation: text(data, 'explanation'),
        hearingDays: Number(text(data, 'hearingDays')),
      }),
    );
    return t('removal.openedNotice');
  });
  return (
    <details class="panel">
      <summary>{t('removal.open')}</summary>
      <form noValidate onSubmit={openHearing}>
        <p class="hint">{t('removal.openLead')}</p>
        {form.outcome?.kind === 'failed' && <Outcome form={form} />}
        <Field form={form} name="ground" label={t('removal.groundLabel')} required>
          {(control) => (
            <select {...control}>
              {Object.entries(groundKeys).map(([ground, key]) => (
                <option key={ground} value={ground}>
                  {capitalised(t(key))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField form={form} name="explanation" label={t('removal.explanation')} required multiline />
        <TextField
          form={form}
          name="hearingDays"
          label={t('removal.hearingDays')}
          hint={t('removal.hearingDaysHint')}
          type="number"
          min={7}
          max={60}
          defaultValue="14"
          required
          class="short"
        />
        <SubmitButton form={form}>{t('removal.openSubmit')}</SubmitButton>
      </form>
    </details>
  );
}

/** The removal hearing: the ground and deadline, the organisation's explanation, the decision. */
export function RemovalPanel({
  org,
  roles,
  onChange,
  onDecided,
}: {
  org: Organisation;
  roles: Roles;
  onChange(): void;
  onDecided(): void;
}) {
  const { t } = useI18n();
  const path = `/api/organisations/${encodeURIComponent(org.id)}/removal` as const;
  const resource = useResource<Answer>(path);
  const opening = useForm('removal');
  const update = (removal: Removal) => {
    resource.set({ removal });
    onChange();
    if (removal.decision) onDecided();
  };
  return (
    <section aria-labelledby="removal">
      <h2 id="removal">{t('removal.title')}</h2>
      {opening.outcome?.kind === 'done' && <Outcome form={opening} />}
      <Loaded resource={resource}>
        {({ removal }) => (
          <>
            {removal ? (
              <Hearing removal={removal} path={path} roles={roles} onChange={update} />
            ) : (
              <p>{t('removal.none')}</p>
            )}
            {roles.coordinator && org.status === 'member' && (!removal || removal.decision) && (
              <OpenRemoval form={opening} path={path} onOpened={update} />
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}
