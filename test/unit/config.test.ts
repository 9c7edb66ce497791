import { describe, expect, it } from 'vitest';
import { ConfigError, ENV, parseConfig } from '#shared/config.ts';

const valid = {
  [ENV.stage]: 'prod',
  [ENV.tableName]: 'kaiutin-prod',
  [ENV.publicBaseUrl]: 'https://kaiutin.fi/',
  [ENV.mailFrom]: 'noreply@kaiutin.fi',
  [ENV.region]: 'eu-north-1',
};

describe('parseConfig', () => {
  it('reads a valid environment and trims the trailing slash of the base URL', () => {
    const config = parseConfig(valid);
    expect(config).toMatchObject({
      stage: 'prod',
      tableName: 'kaiutin-prod',
      publicBaseUrl: 'https://kaiutin.fi',
    });
    expect(config.dynamodbEndpoint).toBeUndefined();
  });

  it('names every missing or invalid variable', () => {
    expect(() =>
      parseConfig({ ...valid, [ENV.tableName]: undefined, [ENV.publicBaseUrl]: 'not a url' }),
    ).toThrow(ConfigError);
    try {
      parseConfig({ ...valid, [ENV.tableName]: undefined, [ENV.publicBaseUrl]: 'not a url' });
    } catch (error) {
      expect((error as Error).message).toContain(ENV.tableName);
      expect((error as Error).message).toContain(ENV.publicBaseUrl);
    }
  });
});
