import type { Store } from '#shared/store/client.ts';
import { queryPage } from '#shared/store/query.ts';
import { KEY } from '#shared/store/table.ts';
import { failedNames, putItem, type TransactItem, transact } from '#shared/store/transactions.ts';

/**
 * The lead before its co-signing deadline; a body's officers while a submission is unacknowledged;
 * a meeting's registered participants before it starts; and once its minutes are closed, the mail
 * they are owed (due at once, left by the closing in case it stops before mailing them all); and
 * once a meeting is published, its invitations (the same, left by publishing).
 */
export type ReminderKind = 'cosign' | 'acknowledge' | 'meeting' | 'minutes' | 'invitations';

/** Officers are reminded this many times at most, this many days apart, from the submission on. */
export const ACKNOWLEDGE_REMINDERS = { rounds: 3, everyDays: 5 } as const;

/** The lead is reminded this long before its co-signing deadline. */
export const COSIGN_REMINDER_HOURS = 48;

export interface Reminder {
  kind: ReminderKind;
  /** The statement or submission it is about. */
  subjectId: string;
  dueAt: string;
  /** 1 for the first reminder, 2 for the next… */
  round: number;
}

/** One partition ordered by due time: the schedule reads what is due with one query. */
const PARTITION = 'REMINDERS';

const reminderKey = (r: Pick<Reminder, 'kind' | 'subjectId' | 'dueAt'>) => ({
  [KEY.pk]: PARTITION,
  [KEY.sk]: `${r.dueAt}#${r.kind}#${r.subjectId}`,
});

export function reminderItem(kind: ReminderKind, subjectId: string, due: Date, round: number) {
  const reminder: Reminder = { kind, subjectId, dueAt: due.toISOString(), round };
  return { ...reminderKey(reminder), entity: 'reminder', ...reminder };
}

/** Takes back a reminder no longer wanted (a meeting moved to another time), for a transaction. */
export const reminderRemoval = (kind: ReminderKind, subjectId: string, due: Date): TransactItem => ({
  Delete: { TableName: '', Key: reminderKey({ kind, subjectId, dueAt: due.toISOString() }) },
});

export async function dueReminders(store: Store, now: Date, limit = 100): Promise<Reminder[]> {
  const { items } = await queryPage(
    store,
    // '$' sorts after '#': every reminder due at or before this instant.
    { partition: PARTITION, sortKeyBefore: `${now.toISOString()}$`, limit },
    undefined,
    (item) => ({
      kind: item.kind as ReminderKind,
      subjectId: String(item.subjectId),
      dueAt: String(item.dueAt),
      round: Number(item.round),
    }),
  );
  return items;
}

/**
 * Removes a reminder once handled, with what handling it wrote (its notice, the next round), in one
 * transaction conditional on the reminder still being there: two runs at once remind once.
 */
export async function completeReminder(
  store: Store,
  reminder: Reminder,
  alongside: Record<string, unknown>[],
): Promise<boolean> {
  const remove = {
    TableName: '',
    Key: reminderKey(reminder),
    ConditionExpression: `attribute_exists(${KEY.pk})`,
  };
  try {
    await transact(store, [{ name: 'reminder', Delete: remove }, ...alongside.map(putItem)]);
    return true;
  } catch (error) {
    if (failedNames(error).has('reminder')) return false;
    throw error;
  }
}
