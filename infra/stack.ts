import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { type CfnStage, HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginProtocolPolicy,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Alarm, ComparisonOperator, type IMetric, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { AttributeType, BillingMode, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { DynamoEventSource, SnsEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { FilterPattern, LogGroup, MetricFilter, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { ConfigurationSet, EmailSendingEvent, EventDestination } from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { catalog as defaultCatalog, type FunctionSpec, usesSessions } from '#functions/catalog.ts';
import { ORIGIN_SECRET_HEADER } from '#functions/lib/cloudfront-only.ts';
import { ENV } from '#shared/config.ts';
import { tableDefinition } from '#shared/store/table.ts';
import { webDist } from './build.ts';
import { senderIdentity } from './mail-identity.ts';
import { grantSendMail, ProjectFunction } from './project-function.ts';
import { contentSecurityPolicy, hstsMaxAgeSeconds } from './security-headers.ts';
import type { StageConfig } from './stage-config.ts';

export interface KaiutinStackProps extends StackProps {
  config: StageConfig;
  /** The built web app to deploy. */
  webRoot?: string;
  /** The bundled functions to deploy (infra/build.ts). */
  functionsRoot?: string;
  catalog?: FunctionSpec[];
}

/**
 * What retry-failed-mail logs at ERROR on every run while messages that used up their attempts
 * exist: `{ message: 'Mail exhausted', exhausted: N }` (functions/lib/logger.ts), which the Lambda
 * runtime's JSON log format wraps as the line's `message`.
 */
export const mailExhaustedLog = {
  function: 'retry-failed-mail',
  message: 'Mail exhausted',
  count: 'exhausted',
};

const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());

/** Rewrites app paths (no file extension) to the SPA's index.html; API paths never reach it. */
const spaRouting = `function handler(event) {
  var uri = event.request.uri;
  if (uri.indexOf('.') === -1) { event.request.uri = '/index.html'; }
  return event.request;
}`;

export class KaiutinStack extends Stack {
  readonly table: Table;
  readonly functions = new Map<string, ProjectFunction>();

  constructor(scope: Construct, id: string, props: KaiutinStackProps) {
    super(scope, id, props);
    const { config } = props;
    const catalog = props.catalog ?? defaultCatalog;
    const removalPolicy = config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.table = new Table(this, 'Table', {
      partitionKey: { name: tableDefinition.partitionKey, type: AttributeType.STRING },
      sortKey: { name: tableDefinition.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      stream: StreamViewType[tableDefinition.streamViewType],
      timeToLiveAttribute: tableDefinition.timeToLiveAttribute,
      deletionProtection: config.production,
      removalPolicy,
    });
    for (const index of tableDefinition.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }

    const sessionSecret = new Secret(this, 'SessionSigningKey', {
      description: 'Signs Kaiutin session tokens',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy,
    });

    // CloudFront sends it to the API with every request; the API refuses requests without it, so its
    // own public endpoint cannot be used to name another viewer address (cloudFrontOnly).
    const originSecret = new Secret(this, 'OriginSecret', {
      description: 'Proves to the Kaiutin API that a request came through CloudFront',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy,
    });

    const configurationSet = new ConfigurationSet(this, 'MailConfiguration', {});
    // Bounces and complaints come back through SNS, so the addresses are suppressed.
    const mailEvents = new Topic(this, 'MailEventTopic', { enforceSSL: true });
    configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.snsTopic(mailEvents),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    const sender = senderIdentity(this, config, configurationSet);
    const mailResources = [
      this.formatArn({ service: 'ses', resource: 'identity', resourceName: sender.identityName }),
      this.formatArn({
        service: 'ses',
        resource: 'configuration-set',
        resourceName: configurationSet.configurationSetName,
      }),
    ];

    const accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logging writes with ACLs.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy,
      autoDeleteObjects: !config.production,
    });
    const webBucket = new Bucket(this, 'Web', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'web-bucket/',
      removalPolicy,
      autoDeleteObjects: !config.production,
    });

    const apiAccessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy,
    });
    const api = new HttpApi(this, 'Api', { apiName: `kaiutin-${config.stage}`, createDefaultStage: true });
    (api.defaultStage?.node.defaultChild as CfnStage).accessLogSettings = {
      destinationArn: apiAccessLogs.logGroupArn,
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
    (api.defaultStage?.node.defaultChild as CfnStage).defaultRouteSettings = {
      throttlingRateLimit: config.apiRateLimit,
      throttlingBurstLimit: config.apiBurstLimit,
    };

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(hstsMaxAgeSeconds),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
    });
    // The API sees CloudFront's address as the source; the viewer's comes in CloudFront-Viewer-Address,
    // which per-client rate limits need (trusted as only CloudFront holds the origin secret). Host is
    // not forwarded: API Gateway needs its own.
    const apiOriginRequest = new OriginRequestPolicy(this, 'ApiOriginRequest', {
      headerBehavior: OriginRequestHeaderBehavior.allowList(
        'Accept',
        'Accept-Language',
        'Content-Type',
        'Origin',
        'Referer',
        'User-Agent',
        'CloudFront-Viewer-Address',
      ),
      cookieBehavior: OriginRequestCookieBehavior.all(),
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
    });
    const distribution = new Distribution(this, 'Cdn', {
      defaultRootObject: 'index.html',
      enableLogging: true,
      logBucket: accessLogs,
      logFilePrefix: 'cloudfront/',
      ...(config.domainName && config.certificateArn
        ? {
            domainNames: [config.domainName],
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
            certificate: Certificate.fromCertificateArn(this, 'Certificate', config.certificateArn),
          }
        : {}),
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(webBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: new CloudFrontFunction(this, 'SpaRouting', {
              code: FunctionCode.fromInline(spaRouting),
            }),
          },
        ],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(`${api.apiId}.execute-api.${this.region}.${this.urlSuffix}`, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            // A dynamic reference: CloudFormation puts in the value at deploy time, the template
            // holds only the secret's ARN.
            customHeaders: { [ORIGIN_SECRET_HEADER]: originSecret.secretValue.unsafeUnwrap() },
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: apiOriginRequest,
          responseHeadersPolicy: headers,
        },
      },
    });
    new BucketDeployment(this, 'WebContent', {
      sources: [Source.asset(props.webRoot ?? webDist)],
      destinationBucket: webBucket,
      distribution,
    });
    const publicBaseUrl = `https://${config.domainName ?? distribution.distributionDomainName}`;

    const alarmTopic = new Topic(this, 'Alarms', { enforceSSL: true });
    if (config.alarmEmail) alarmTopic.addSubscription(new EmailSubscription(config.alarmEmail));
    const alarmAction = new SnsAction(alarmTopic);
    /** An alarm on the topic as soon as the metric is above zero; no data is no trouble. */
    const alarmAboveZero = (id: string, alarmDescription: string, metric: IMetric) =>
      new Alarm(this, id, {
        alarmDescription,
        metric,
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(alarmAction);
    const streamFailures = new Queue(this, 'StreamFailures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    alarmAboveZero(
      'StreamFailuresAlarm',
      'A stream record failed all its attempts; its details are in the StreamFailures queue',
      streamFailures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    );
    // Handlers answer every error with a response, so a 500 shows here and not in Lambda's Errors.
    if (!api.defaultStage) throw new Error('The HTTP API has no default stage');
    alarmAboveZero(
      'ApiServerErrors',
      'The API answered with 5xx (an unexpected error, or the table unreachable)',
      api.defaultStage.metricServerError({ period: Duration.minutes(5) }),
    );
    // A bounce or complaint that never reached mail-events (SNS could not deliver it, or the function
    // failed it on every attempt) would leave the address unsuppressed: it waits here instead.
    const mailEventFailures = new Queue(this, 'MailEventFailures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    alarmAboveZero(
      'MailEventFailuresAlarm',
      'A bounce or complaint event was not handled; it is in the MailEventFailures queue',
      mailEventFailures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    );

    const environment = {
      [ENV.stage]: config.stage,
      [ENV.publicBaseUrl]: publicBaseUrl,
      [ENV.mailFrom]: `Kaiutin <${config.senderEmail}>`,
      [ENV.sesConfigurationSet]: configurationSet.configurationSetName,
      [ENV.sendRatePerSecond]: String(config.sendRatePerSecond),
      ...(config.firstCoordinatorEmail ? { [ENV.firstCoordinatorEmail]: config.firstCoordinatorEmail } : {}),
    };

    for (const spec of catalog) {
      const id = pascal(spec.name);
      const project = new ProjectFunction(this, id, {
        spec,
        functionName: `kaiutin-${config.stage}-${spec.name}`,
        environment,
        removalPolicy,
        functionsRoot: props.functionsRoot,
      });
      this.functions.set(spec.name, project);
      project.bindTable(this.table);
      if (spec.sendsMail) grantSendMail(project.fn, mailResources);
      if (usesSessions(spec)) {
        project.fn.addEnvironment(ENV.sessionSecretArn, sessionSecret.secretArn);
        sessionSecret.grantRead(project.fn);
      }
      project.fn.node.addDependency(sender.identity);

      const { trigger } = spec;
      if (trigger.kind === 'http') {
        project.fn.addEnvironment(ENV.originSecretArn, originSecret.secretArn);
        originSecret.grantRead(project.fn);
        const integration = new HttpLambdaIntegration(`${id}Integration`, project.fn);
        for (const route of trigger.routes) {
          api.addRoutes({ path: route.path, methods: [HttpMethod[route.method]], integration });
        }
      } else if (trigger.kind === 'stream') {
        project.fn.addEventSource(
          new DynamoEventSource(this.table, {
            startingPosition: StartingPosition.LATEST,
            batchSize: trigger.batchSize,
            retryAttempts: trigger.maxAttempts - 1,
            reportBatchItemFailures: true,
            onFailure: new SqsDlq(streamFailures),
            filters: trigger.filters.map((pattern) => FilterCriteria.filter(pattern)),
          }),
        );
      } else if (trigger.kind === 'mailEvents') {
        project.fn.addEventSource(new SnsEventSource(mailEvents, { deadLetterQueue: mailEventFailures }));
        project.fn.configureAsyncInvoke({ onFailure: new SqsDestination(mailEventFailures) });
      } else {
        new Schedule(this, `${id}Schedule`, {
          schedule: ScheduleExpression.rate(Duration.minutes(trigger.everyMinutes)),
          target: new LambdaInvoke(project.fn, { retryAttempts: 2 }),
          description: spec.description,
        });
      }

      alarmAboveZero(
        `${id}Errors`,
        `${spec.name} reported errors`,
        project.fn.metricErrors({ period: Duration.minutes(5) }),
      );
    }

    // After the loop: a function may invoke one declared later in the catalog.
    for (const spec of catalog) {
      for (const { function: name, variable } of spec.invokes ?? []) {
        const caller = this.functions.get(spec.name);
        const callee = this.functions.get(name);
        if (!caller || !callee) throw new Error(`${spec.name} invokes ${name}, which is not in the catalog`);
        // The unqualified function only (grantInvoke would add every version and alias, `:*`).
        caller.fn.addToRolePolicy(
          new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [callee.fn.functionArn] }),
        );
        caller.fn.addEnvironment(variable, callee.fn.functionName);
      }
    }

    this.alarmOnExhaustedMail(alarmAboveZero);

    new CfnOutput(this, 'WebUrl', { value: publicBaseUrl });
    new CfnOutput(this, 'ApiUrl', { value: api.apiEndpoint });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'SessionSecretArn', { value: sessionSecret.secretArn });
  }

  /** An alarm while the retry schedule reports exhausted mail, from a metric filter on its log group. */
  private alarmOnExhaustedMail(alarmAboveZero: (id: string, description: string, metric: IMetric) => void) {
    const retry = this.functions.get(mailExhaustedLog.function);
    if (retry?.spec.trigger.kind !== 'schedule') {
      throw new Error(`${mailExhaustedLog.function} is not a scheduled function of the catalog`);
    }
    const metricFilter = new MetricFilter(this, 'MailExhaustedFilter', {
      logGroup: retry.logGroup,
      filterPattern: FilterPattern.all(
        FilterPattern.stringValue('$.level', '=', 'ERROR'),
        FilterPattern.stringValue('$.message.message', '=', mailExhaustedLog.message),
      ),
      metricNamespace: 'Kaiutin',
      metricName: `MailExhausted-${this.stackName}`,
      metricValue: `$.message.${mailExhaustedLog.count}`,
    });
    // Two runs' worth of time: a window always holds a run, so the alarm stays up while any are left.
    alarmAboveZero(
      'MailExhaustedAlarm',
      'Emails used up their send attempts and wait for the coordinator (retry-failed-mail reports how many)',
      metricFilter.metric({
        statistic: Stats.MAXIMUM,
        period: Duration.minutes(2 * retry.spec.trigger.everyMinutes),
      }),
    );
  }
}
