import type { Caller } from '#shared/auth/access.ts';
import { DomainError, NotFound } from '#shared/errors.ts';
import type { Store } from '#shared/store/client.ts';
import { minutesLimits } from './agenda.ts';
import { listRegistrations } from './meeting-store.ts';
import { type NewsRound, turnsOf } from './minutes.ts';
import { getNewsRound, putNewsRound } from './minutes-store.ts';
import { managedMeeting } from './read-meetings.ts';

/** The chair's view of the round: each organisation's turn, whether it has spoken, and the minutes each has. */
export async function readNewsRound(store: Store, caller: Caller, meetingId: string) {
  const meeting = await managedMeeting(store, meetingId, caller);
  const [registrations, round] = await Promise.all([
    listRegistrations(store, meetingId),
    getNewsRound(store, meetingId),
  ]);
  const spoken = new Set(round?.spoken ?? []);
  return {
    meetingId,
    title: meeting.title,
    turnMinutes: meeting.turnMinutes,
    turns: turnsOf(registrations, round?.added ?? []).map((organisation) => ({
      organisation,
      spoken: spoken.has(organisation),
    })),
  };
}

const emptyRound = (meetingId: string, now: Date): NewsRound => ({
  meetingId,
  added: [],
  spoken: [],
  updatedAt: now.toISOString(),
});

/** The chair adds an organisation that asked for a turn (one that did not register, say), up to `minutesLimits.addedTurns`. */
export async function addTurn(
  store: Store,
  caller: Caller,
  meetingId: string,
  organisation: string,
  now: Date,
) {
  const current = await readNewsRound(store, caller, meetingId);
  if (!current.turns.some((turn) => turn.organisation === organisation)) {
    const round = (await getNewsRound(store, meetingId)) ?? emptyRound(meetingId, now);
    if (round.added.length >= minutesLimits.addedTurns)
      throw new DomainError(
        'conflict',
        'too_many_turns',
        `The news round has ${minutesLimits.addedTurns} added turns already: no more can be added.`,
        { limit: minutesLimits.addedTurns },
      );
    await putNewsRound(store, {
      ...round,
      added: [...round.added, organisation],
      updatedAt: now.toISOString(),
    });
  }
  return readNewsRound(store, caller, meetingId);
}

/** Records that an organisation has spoken, or takes that back. */
export async function recordSpoken(
  store: Store,
  caller: Caller,
  meetingId: string,
  turn: { organisation: string; spoken: boolean },
  now: Date,
) {
  const current = await readNewsRound(store, caller, meetingId);
  if (!current.turns.some((t) => t.organisation === turn.organisation))
    throw new NotFound('That organisation has no turn in this news round.');
  const round = (await getNewsRound(store, meetingId)) ?? emptyRound(meetingId, now);
  const others = round.spoken.filter((name) => name !== turn.organisation);
  await putNewsRound(store, {
    ...round,
    spoken: turn.spoken ? [...others, turn.organisation] : others,
    updatedAt: now.toISOString(),
  });
  return readNewsRound(store, caller, meetingId);
}
