import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from '#shared/store/client.ts';
import { KEY } from '#shared/store/table.ts';
import { type Application, application } from './application.ts';

export const APPLICATION_ENTITY = 'application';

export const applicationKey = (id: string) => ({ [KEY.pk]: `APPLICATION#${id}`, [KEY.sk]: 'APPLICATION' });

/** Applications waiting for a decision, oldest first, are listed from gsi1. */
const queueKey = (app: Application) => ({
  [KEY.gsi1pk]: `APPLICATIONS#${app.status}`,
  [KEY.gsi1sk]: `${app.submittedAt}#${app.id}`,
});

export function applicationItem(app: Application) {
  return { ...applicationKey(app.id), ...queueKey(app), entity: APPLICATION_ENTITY, ...app };
}

export const applicationFromItem = (item: Record<string, unknown>): Application => application.parse(item);

export async function putApplication(db: DocumentClient, tableName: string, app: Application): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: applicationItem(app),
      ConditionExpression: `attribute_not_exists(${KEY.pk})`,
    }),
  );
}
