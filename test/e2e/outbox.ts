import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { EXHAUSTED_PARTITION, MAX_MAIL_ATTEMPTS, outboxKey, UNSENT_PARTITION } from '#shared/mail/outbox.ts';
import { KEY } from '#shared/store/table.ts';

/**
 * Writes an outbox marker straight into the table, as the outbox leaves a notice it could not send:
 * given up on (`exhausted`, in the exhausted index partition) or failed and due again far ahead
 * (`failed`, in the unsent partition, so no retry run picks it up during the test).
 */
export async function undeliveredNotice(
  state: 'exhausted' | 'failed',
  id: string,
  to: string,
  subject: string,
  lastError: string,
): Promise<void> {
  const { dynamodbEndpoint, tableName } = inject('runtime');
  const db = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: dynamodbEndpoint,
      region: 'eu-north-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  );
  const now = new Date().toISOString();
  const exhausted = state === 'exhausted';
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...outboxKey(id),
        entity: 'outbox',
        status: state,
        attempts: exhausted ? MAX_MAIL_ATTEMPTS : 2,
        lastError,
        failedAt: now,
        updatedAt: now,
        failedCounted: true,
        [KEY.gsi1pk]: exhausted ? EXHAUSTED_PARTITION : UNSENT_PARTITION,
        [KEY.gsi1sk]: exhausted ? now : '2031-01-01T00:00:00.000Z',
        [KEY.expiresAt]: Math.floor(Date.now() / 1000) + 30 * 86_400,
        mail: { to: [to], subject, text: `${subject}\n`, html: `<p>${subject}</p>` },
      },
    }),
  );
  db.destroy();
}
