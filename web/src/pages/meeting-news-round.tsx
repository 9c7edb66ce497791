import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type * as z from 'zod/mini';
import type { newsRoundView } from '#shared/api/routes/minutes.ts';
import { send } from '../api.ts';
import { SubmitButton, TextField } from '../forms/fields.tsx';
import { text, useForm } from '../forms/form.ts';
import { Outcome } from '../forms/outcome.tsx';
import { useI18n } from '../i18n.tsx';
import { Loaded, useResource } from '../load.tsx';
import { PageHeading } from '../page-heading.tsx';

type Round = z.output<typeof newsRoundView>;

const mmss = (seconds: number) =>
  `${String(Math.floor(Math.max(0, seconds) / 60)).padStart(2, '0')}:${String(Math.max(0, seconds) % 60).padStart(2, '0')}`;

/**
 * The chair's view of the news round, made for a projector: the organisation whose turn it is in
 * large type, a countdown of the agreed minutes, and who has spoken recorded as the round goes.
 * Every act is a button and a key (shown on the page); screen readers hear the time left once a minute.
 */
export function MeetingNewsRoundPage() {
  const { params } = useRoute();
  const round = useResource<Round>(`/api/meetings/${params.id}/news-round`);
  return (
    <Loaded resource={round}>
      {(data) => <NewsRound meetingId={params.id as string} round={data} onChange={round.set} />}
    </Loaded>
  );
}

function NewsRound({
  meetingId,
  round,
  onChange,
}: {
  meetingId: string;
  round: Round;
  onChange: (r: Round) => void;
}) {
  const { t } = useI18n();
  const [at, setAt] = useState(0);
  const [left, setLeft] = useState(round.turnMinutes * 60);
  const [running, setRunning] = useState(false);
  const [announced, setAnnounced] = useState('');
  const form = useForm('news-round-add');
  const turn = round.turns[at];
  const total = round.turnMinutes * 60;
  const leftRef = useRef(left);
  leftRef.current = left;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      const next = leftRef.current - 1;
      setLeft(next);
      if (next <= 0) setRunning(false);
      if (next % 60 === 0)
        setAnnounced(next <= 0 ? t('newsRound.timeUp') : t('newsRound.remaining', { minutes: next / 60 }));
    }, 1000);
    return () => clearInterval(timer);
  }, [running, t]);

  const go = (to: number) => {
    const next = round.turns[to];
    if (!next) return;
    setAt(to);
    setRunning(false);
    setLeft(total);
    setAnnounced(`${t('newsRound.turn', { n: to + 1, count: round.turns.length })}: ${next.organisation}`);
  };
  const reset = () => {
    setRunning(false);
    setLeft(total);
  };
  // The turn alone on the whole screen, for a projector; Esc leaves it, as everywhere.
  const stage = useRef<HTMLElement>(null);
  const fullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.current?.requestFullscreen?.();
  };
  const markSpoken = async () => {
    if (!turn) return;
    onChange(
      await send<Round>('POST', `/api/meetings/${meetingId}/news-round/spoken`, {
        organisation: turn.organisation,
        spoken: !turn.spoken,
      }),
    );
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      // Letters are typed in a field; Space and Enter press the button or follow the link in focus.
      if (event.altKey || event.ctrlKey || event.metaKey || target.closest('input, textarea, select')) return;
      const key = event.key.toLowerCase();
      if (key === ' ' && target.closest('button, a')) return;
      if (key === ' ') setRunning((r) => !r && leftRef.current > 0);
      else if (key === 'n') go(at + 1);
      else if (key === 'p') go(at - 1);
      else if (key === 'r') reset();
      else if (key === 's') void markSpoken();
      else if (key === 'f') fullScreen();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const add = form.submit(
    async (data) => {
      onChange(
        await send<Round>('POST', `/api/meetings/${meetingId}/news-round/turns`, {
          organisation: text(data, 'organisation'),
        }),
      );
      return undefined;
    },
    { clear: true },
  );

  return (
    <div class="news-round">
      {/* The meeting's title isolated (FSI … PDI): in an Arabic heading a Finnish title keeps its order. */}
      <PageHeading>{t('newsRound.title', { title: `\u2068${round.title}\u2069` })}</PageHeading>
      {turn ? (
        <section class="news-round-turn" aria-labelledby="news-round-current" ref={stage}>
          <p>{t('newsRound.turn', { n: at + 1, count: round.turns.length })}</p>
          <p id="news-round-current" class="news-round-organisation" dir="auto">
            {turn.organisation}
          </p>
          <p class={left <= 0 ? 'news-round-clock over' : 'news-round-clock'} aria-hidden="true">
            {mmss(left)}
          </p>
          <p class="visually-hidden" aria-live="polite">
            {announced}
          </p>
          {turn.spoken && <p class="news-round-spoken">{t('newsRound.hasSpoken')}</p>}
          <div class="news-round-controls" aria-describedby="news-round-keys">
            <button type="button" onClick={() => setRunning(!running && left > 0)}>
              {running ? t('newsRound.pause') : t('newsRound.start')}
            </button>
            <button type="button" onClick={reset}>
              {t('newsRound.reset')}
            </button>
            {/* aria-disabled, not disabled: the focus stays on the button when the round reaches an end. */}
            <button type="button" onClick={() => go(at - 1)} aria-disabled={at === 0}>
              {t('newsRound.previous')}
            </button>
            <button type="button" onClick={() => go(at + 1)} aria-disabled={at >= round.turns.length - 1}>
              {t('newsRound.next')}
            </button>
            <button type="button" onClick={markSpoken} aria-pressed={turn.spoken}>
              {t('newsRound.markSpoken')}
            </button>
            <button type="button" onClick={fullScreen} aria-keyshortcuts="F">
              {t('newsRound.fullScreen')}
            </button>
          </div>
        </section>
      ) : (
        <p>{t('newsRound.empty')}</p>
      )}
      <p class="hint" id="news-round-keys">
        {t('newsRound.shortcuts')} {t('newsRound.fullScreenShortcut')}
      </p>
      <h2>{t('newsRound.order')}</h2>
      <ol class="news-round-order">
        {round.turns.map((turn, i) => (
          <li key={turn.organisation} aria-current={i === at ? 'step' : undefined}>
            <bdi>{turn.organisation}</bdi>
            {turn.spoken && <> – {t('newsRound.hasSpoken')}</>}
          </li>
        ))}
      </ol>
      <form noValidate onSubmit={add} class="narrow">
        <Outcome form={form} />
        <TextField form={form} name="organisation" label={t('newsRound.add')} required maxLength={200} />
        <SubmitButton form={form}>{t('newsRound.addButton')}</SubmitButton>
      </form>
      <p>
        <a href={`/meetings/${meetingId}`}>{t('newsRound.back')}</a>
      </p>
    </div>
  );
}
