import { ENV } from '#shared/config.ts';

export interface LocalEndpoints {
  stage: string;
  tableName: string;
  publicBaseUrl: string;
  dynamodbEndpoint: string;
  sesEndpoint: string;
}

/**
 * The environment a function gets when it runs against local services: the same variables as in
 * Lambda, with the endpoints of the emulators and credentials they accept.
 */
export function localEnvironment(endpoints: LocalEndpoints): Record<string, string> {
  return {
    [ENV.stage]: endpoints.stage,
    [ENV.tableName]: endpoints.tableName,
    [ENV.publicBaseUrl]: endpoints.publicBaseUrl,
    [ENV.mailFrom]: 'Kaiutin <noreply@kaiutin.local>',
    [ENV.dynamodbEndpoint]: endpoints.dynamodbEndpoint,
    [ENV.sesEndpoint]: endpoints.sesEndpoint,
    [ENV.region]: 'eu-north-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
  };
}
