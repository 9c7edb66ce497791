import type { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { type CfnStage, HttpApi, type IHttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { StageConfig } from '../stage-config.ts';

export interface ApiProps {
  config: StageConfig;
  removalPolicy: RemovalPolicy;
}

/** The HTTP API (routes are added by the functions that serve them), reached only through CloudFront. */
export class Api {
  readonly httpApi: HttpApi;
  readonly stage: IHttpStage;
  /** The API's own host name, CloudFront's origin for `/api/*`. */
  readonly domainName: string;
  /**
   * CloudFront sends it to the API with every request; the API refuses requests without it, so its
   * own public endpoint cannot be used to name another viewer address (cloudFrontOnly).
   */
  readonly originSecret: Secret;

  constructor(stack: Stack, { config, removalPolicy }: ApiProps) {
    this.originSecret = new Secret(stack, 'OriginSecret', {
      description: 'Proves to the Kaiutin API that a request came through CloudFront',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy,
    });

    const accessLogs = new LogGroup(stack, 'ApiAccessLogs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy,
    });
    this.httpApi = new HttpApi(stack, 'Api', {
      apiName: `kaiutin-${config.stage}`,
      createDefaultStage: true,
    });
    if (!this.httpApi.defaultStage) throw new Error('The HTTP API has no default stage');
    this.stage = this.httpApi.defaultStage;
    const cfnStage = this.stage.node.defaultChild as CfnStage;
    cfnStage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      format: JSON.stringify({
        requestId: '$context.requestId',
        ip: '$context.identity.sourceIp',
        routeKey: '$context.routeKey',
        status: '$context.status',
        latencyMs: '$context.responseLatency',
        integrationError: '$context.integrationErrorMessage',
      }),
    };
    // One client cannot take the whole API down; per-client limits in the functions come on top.
    cfnStage.defaultRouteSettings = {
      throttlingRateLimit: config.apiRateLimit,
      throttlingBurstLimit: config.apiBurstLimit,
    };
    this.domainName = `${this.httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  }
}
