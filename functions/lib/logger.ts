/**
 * Structured logs through the Lambda runtime itself: the stack sets every function's log format to
 * JSON, so each line carries the time, level and request id, with the logged object (errors
 * included) as its `message`. The runtime drops lines below the function's AWS_LAMBDA_LOG_LEVEL;
 * the local runtime and the tests set that variable too, and this module applies it there.
 */
const LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'] as const;
type Level = 'info' | 'warn' | 'error';

function enabled(level: Level): boolean {
  const threshold = LEVELS.indexOf((process.env.AWS_LAMBDA_LOG_LEVEL ?? 'INFO').toUpperCase() as never);
  return LEVELS.indexOf(level.toUpperCase() as never) >= Math.max(threshold, 0);
}

const write =
  (level: Level) =>
  (message: string, fields: Record<string, unknown> = {}): void => {
    if (enabled(level)) console[level]({ message, ...fields });
  };

export const logger = { info: write('info'), warn: write('warn'), error: write('error') };
