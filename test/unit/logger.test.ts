import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger } from '#functions/lib/logger.ts';

describe('logger', () => {
  const level = process.env.AWS_LAMBDA_LOG_LEVEL;
  afterEach(() => {
    process.env.AWS_LAMBDA_LOG_LEVEL = level;
    vi.restoreAllMocks();
  });

  it('writes one object per line, the message beside its fields, for the runtime to put in JSON', () => {
    process.env.AWS_LAMBDA_LOG_LEVEL = 'INFO';
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const error = new Error('boom');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    logger.info('Polled sources', { due: 2, imported: 1 });
    logger.warn('Service unavailable', { error });
    expect(info).toHaveBeenCalledExactlyOnceWith({ message: 'Polled sources', due: 2, imported: 1 });
    expect(warn).toHaveBeenCalledExactlyOnceWith({ message: 'Service unavailable', error });
  });

  it("drops lines below the function's log level, as the Lambda runtime does", () => {
    process.env.AWS_LAMBDA_LOG_LEVEL = 'warn';
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    logger.info('Fanned out');
    logger.error('Unhandled error');
    expect(info).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledOnce();
  });

  it('logs at INFO and above when no level is set', () => {
    delete process.env.AWS_LAMBDA_LOG_LEVEL;
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    logger.info('Closed consultations', { count: 1 });
    expect(info).toHaveBeenCalledOnce();
  });
});
