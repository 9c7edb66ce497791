import { actorOf } from '#shared/audit/audit.ts';
import type { Caller } from '#shared/auth/access.ts';
import type { Store } from '#shared/store/client.ts';
import type { Training } from './peer-leader.ts';
import { deleteTraining, newTrainingId, putTraining } from './peer-store.ts';

/** The coordinator records a training an invited person completed (course and date). */
export async function recordTraining(
  store: Store,
  caller: Caller,
  personId: string,
  input: { course: string; completedOn: string },
  now: Date,
): Promise<Training> {
  const training: Training = {
    id: newTrainingId(),
    course: input.course,
    completedOn: input.completedOn,
    recordedAt: now.toISOString(),
  };
  await putTraining(store, personId, training, actorOf(caller), now);
  return training;
}

export async function removeTraining(
  store: Store,
  caller: Caller,
  personId: string,
  trainingId: string,
  now: Date,
): Promise<void> {
  await deleteTraining(store, personId, trainingId, actorOf(caller), now);
}
