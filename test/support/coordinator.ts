import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { inject } from 'vitest';

/**
 * Makes the address a coordinator of the test runtime, the way `npm run coordinator` does locally;
 * in English, the language the browser tests read.
 */
export async function makeCoordinator(email: string): Promise<void> {
  const { baseUrl, dynamodbEndpoint } = inject('runtime');
  await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'infra/coordinator.ts', email, '--language', 'en'],
    {
      // Only what the script's local defaults read: no TABLE_NAME, so it never aims at AWS.
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: new URL(baseUrl).port,
        DYNAMODB_PORT: new URL(dynamodbEndpoint).port,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    },
  );
}
