import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { catalog, usesSessions } from '#functions/catalog.ts';
import { ORIGIN_SECRET_HEADER } from '#functions/lib/cloudfront-only.ts';
import { logger } from '#functions/lib/logger.ts';
import { buildApp } from '#infra/app.ts';
import { buildFunctions, buildWeb } from '#infra/build.ts';
import { mailExhaustedLog } from '#infra/constructs/alarms.ts';
import { CACHED_ERROR_STATUSES } from '#infra/constructs/web.ts';
import { contentSecurityPolicy } from '#infra/security-headers.ts';
import { sessionCookieName } from '#shared/auth/session-token.ts';
import { tableDefinition } from '#shared/store/table.ts';

const workDir = mkdtempSync(join(tmpdir(), 'kaiutin-infra-'));
const webRoot = join(workDir, 'web');
const functionsRoot = join(workDir, 'functions');
const baseContext = { stage: 'test', senderEmail: 'noreply@example.org' };

function synth(context: Record<string, string>, name: string) {
  const app = new App({ outdir: join(workDir, name), context: { ...baseContext, ...context } });
  const { stack } = buildApp(app, { webRoot, functionsRoot });
  return { app, stack };
}

let template: Template;

beforeAll(async () => {
  await Promise.all([buildWeb({ outDir: webRoot }), buildFunctions({ outDir: functionsRoot })]);
  const { app, stack } = synth({}, 'test');
  app.synth();
  template = Template.fromStack(stack);
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

type Resource = { Type: string; Properties: Record<string, unknown> };
const resources = (type: string) =>
  Object.entries(template.toJSON().Resources as Record<string, Resource>).filter(([, r]) => r.Type === type);
const resourcesOf = (of: Template, type: string) =>
  Object.values(of.toJSON().Resources as Record<string, Resource>).filter((r) => r.Type === type);

function functionLogicalId(name: string): string {
  const [id] =
    resources('AWS::Lambda::Function').find(
      ([, r]) => r.Properties.FunctionName === `kaiutin-test-${name}`,
    ) ?? [];
  if (!id) throw new Error(`no function ${name}`);
  return id;
}

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

/** Every IAM statement granted to the role of a catalog function. */
function statementsOf(name: string): Statement[] {
  const fn = template.toJSON().Resources[functionLogicalId(name)] as Resource;
  const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
  return resources('AWS::IAM::Policy')
    .filter(([, p]) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
    .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
}

/** Every IAM action granted to the role of a catalog function. */
const actionsOf = (name: string): string[] =>
  statementsOf(name).flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));

/** The logical ids of the secrets a catalog function may read. */
const secretsReadBy = (name: string): string[] =>
  statementsOf(name)
    .filter((s) => [s.Action].flat().includes('secretsmanager:GetSecretValue'))
    .map((s) => (s.Resource as { Ref: string }).Ref);

function secretLogicalId(description: string): string {
  const [id] =
    resources('AWS::SecretsManager::Secret').find(([, r]) => r.Properties.Description === description) ?? [];
  if (!id) throw new Error(`no secret "${description}"`);
  return id;
}

const environmentOf = (name: string, of = template) =>
  (
    (of.toJSON().Resources[functionLogicalId(name)] as Resource).Properties.Environment as {
      Variables: Record<string, unknown>;
    }
  ).Variables;

/** Synthesizes a variant of the stage (cdk-nag runs on it) and returns its template and nag verdict. */
function synthVariant(context: Record<string, string>, name: string) {
  const { app, stack } = synth(context, name);
  app.synth();
  const report = JSON.parse(readFileSync(join(workDir, name, 'validation-report.json'), 'utf8')) as {
    pluginReports: { conclusion: string; violations: unknown[] }[];
  };
  return { template: Template.fromStack(stack), nag: report.pluginReports[0] };
}

/** The logical id of the one resource of a type whose properties match. */
function logicalIdOf(type: string, properties: Record<string, unknown>, of = template): string {
  const ids = Object.keys(of.findResources(type, { Properties: Match.objectLike(properties) }));
  expect(ids, type).toHaveLength(1);
  return ids[0] as string;
}

/** The logical id of the resource of a type that the stack made from the construct with this id. */
function idOf(type: string, constructId: string): string {
  const [id, ...others] = Object.keys(template.findResources(type)).filter((logicalId) =>
    logicalId.startsWith(constructId),
  );
  if (!id || others.length > 0) throw new Error(`not one ${type} ${constructId}`);
  return id;
}

/** Asserts an alarm on the metric, raised above zero, that notifies the alarm topic. */
function expectAlarmOn(metric: Record<string, unknown>) {
  const alarmTopic = idOf('AWS::SNS::Topic', 'Alarms');
  template.hasResourceProperties('AWS::CloudWatch::Alarm', {
    ...metric,
    ComparisonOperator: 'GreaterThanThreshold',
    Threshold: 0,
    AlarmActions: [{ Ref: alarmTopic }],
  });
}

describe('the CDK stack built from the catalog', () => {
  it('has every catalog function on Node 22, ARM64, with its own log group of JSON lines from INFO up', () => {
    for (const spec of catalog) {
      template.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: `kaiutin-test-${spec.name}`,
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        LoggingConfig: {
          LogGroup: Match.anyValue(),
          LogFormat: 'JSON',
          ApplicationLogLevel: 'INFO',
          SystemLogLevel: 'WARN',
        },
      });
    }
    expect(
      resources('AWS::Lambda::Function').filter(([, r]) =>
        String(r.Properties.FunctionName).startsWith('kaiutin-'),
      ),
    ).toHaveLength(catalog.length);
  });

  it('routes every HTTP route of the catalog, and no other', () => {
    const expected = catalog.flatMap((s) =>
      s.trigger.kind === 'http' ? s.trigger.routes.map((r) => `${r.method} ${r.path}`) : [],
    );
    const routes = resources('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties.RouteKey);
    expect(routes.sort()).toEqual(expected.sort());
  });

  it('subscribes stream functions with their filters, batch size, partial batch responses and an on-failure queue', () => {
    for (const spec of catalog) {
      if (spec.trigger.kind !== 'stream') continue;
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: functionLogicalId(spec.name) },
        BatchSize: spec.trigger.batchSize,
        MaximumRetryAttempts: spec.trigger.maxAttempts - 1,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        FilterCriteria: {
          Filters: spec.trigger.filters.map((pattern) => ({ Pattern: JSON.stringify(pattern) })),
        },
        DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      });
    }
  });

  it('reads the table stream through at most two event source mappings (AWS advises at most two readers a shard)', () => {
    const table = resources('AWS::DynamoDB::Table')[0]?.[0];
    const onStream = resources('AWS::Lambda::EventSourceMapping').filter(
      ([, r]) =>
        JSON.stringify(r.Properties.EventSourceArn) ===
        JSON.stringify({ 'Fn::GetAtt': [table, 'StreamArn'] }),
    );
    expect(onStream.length).toBeGreaterThan(0);
    expect(onStream.length).toBeLessThanOrEqual(2);
    expect(
      resources('AWS::Lambda::EventSourceMapping').filter(([, r]) => r.Properties.BatchSize !== undefined),
    ).toHaveLength(onStream.length);
  });

  it('schedules scheduled functions at their rate', () => {
    for (const spec of catalog) {
      if (spec.trigger.kind !== 'schedule') continue;
      template.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: ScheduleExpression.rate(Duration.minutes(spec.trigger.everyMinutes))
          .expressionString,
        Target: { Arn: { 'Fn::GetAtt': [functionLogicalId(spec.name), 'Arn'] } },
      });
    }
  });

  it('sends SES bounce and complaint events through SNS to the mail-events functions', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        SnsDestination: { TopicARN: Match.anyValue() },
      },
    });
    for (const spec of catalog) {
      if (spec.trigger.kind !== 'mailEvents') continue;
      template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'lambda',
        Endpoint: { 'Fn::GetAtt': [functionLogicalId(spec.name), 'Arn'] },
      });
    }
  });

  it('grants each function only the table and mail access the catalog asks for', () => {
    const writes = [
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
      'dynamodb:BatchWriteItem',
    ];
    for (const spec of catalog) {
      const actions = actionsOf(spec.name);
      const dynamodb = actions.filter((a) => a.startsWith('dynamodb:') && !a.includes('Stream'));
      if (spec.table === 'none') expect(dynamodb, spec.name).toEqual([]);
      if (spec.table === 'read') {
        expect(dynamodb, spec.name).toContain('dynamodb:GetItem');
        expect(
          dynamodb.filter((a) => writes.includes(a)),
          spec.name,
        ).toEqual([]);
      }
      if (spec.table === 'readWrite') expect(dynamodb, spec.name).toEqual(expect.arrayContaining(writes));
      expect(
        actions.some((a) => a.startsWith('ses:')),
        spec.name,
      ).toBe(spec.sendsMail);
    }
  });

  it('lets a function invoke only the functions the catalog says it invokes, and tells it their names', () => {
    expect(catalog.filter((spec) => spec.invokes?.length).map((spec) => spec.name)).toEqual(['sources']);
    for (const spec of catalog) {
      const invoking = statementsOf(spec.name).filter((s) =>
        [s.Action].flat().includes('lambda:InvokeFunction'),
      );
      const invoked = (spec.invokes ?? []).map((callee) => functionLogicalId(callee.function));
      const targets = invoking.map((s) => (s.Resource as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt']);
      expect(targets, spec.name).toEqual(invoked.map((id) => [id, 'Arn']));
    }
    expect(environmentOf('sources').POLL_SOURCES_FUNCTION).toEqual({
      Ref: functionLogicalId('poll-sources'),
    });
    expect(environmentOf('poll-sources').POLL_SOURCES_FUNCTION).toBeUndefined();
  });

  it('gives the session signing key only to functions that serve signed-in routes or sign links', () => {
    const sessionSecret = secretLogicalId('Signs Kaiutin session tokens');
    for (const spec of catalog) {
      expect(environmentOf(spec.name).SESSION_SECRET_ARN, spec.name).toEqual(
        usesSessions(spec) ? { Ref: sessionSecret } : undefined,
      );
      expect(secretsReadBy(spec.name).includes(sessionSecret), spec.name).toBe(usesSessions(spec));
    }
    expect(catalog.filter(usesSessions).map((s) => s.name)).toEqual([
      'auth',
      'applications',
      'organisations',
      'subscriptions',
      'bodies',
      'consultations',
      'statements',
      'submissions',
      'sources',
      'mail',
      'send-mail',
      // Its meeting reminders and closed minutes carry registrations' signed links.
      'send-reminders',
      'minutes',
      'feedback',
      'send-meeting-feedback',
      'desk',
      'meetings',
      'peer-leaders',
      'registrations',
      // Its coverage picture shows signed-in representatives and the coordinator the peer-leader gaps.
      'tray',
      'materials',
      'activities',
      'peer-requests',
      'translators',
      'translation-requests',
    ]);
  });

  it('lets the API be called only through CloudFront: its origin sends the secret every HTTP function reads', () => {
    const originSecret = secretLogicalId('Proves to the Kaiutin API that a request came through CloudFront');
    const [, distribution] = resources('AWS::CloudFront::Distribution')[0] ?? [];
    const config = distribution?.Properties.DistributionConfig as {
      CacheBehaviors: { PathPattern: string; TargetOriginId: string }[];
      Origins: { Id: string; OriginCustomHeaders?: unknown }[];
    };
    const api = config.CacheBehaviors.find((b) => b.PathPattern === '/api/*');
    const apiOrigin = config.Origins.find((o) => o.Id === api?.TargetOriginId);
    // A dynamic reference, resolved by CloudFormation at deploy time: the value is never in the template.
    expect(apiOrigin?.OriginCustomHeaders).toEqual([
      {
        HeaderName: ORIGIN_SECRET_HEADER,
        HeaderValue: {
          'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: originSecret }, ':SecretString:::}}']],
        },
      },
    ]);
    for (const spec of catalog) {
      const http = spec.trigger.kind === 'http';
      expect(environmentOf(spec.name).ORIGIN_SECRET_ARN, spec.name).toEqual(
        http ? { Ref: originSecret } : undefined,
      );
      expect(secretsReadBy(spec.name).includes(originSecret), spec.name).toBe(http);
    }
  });

  it('keeps the logical IDs of the deployed resources, so reorganising the stack replaces none of them', () => {
    // CloudFormation replaces a resource whose logical ID changes: the table with its data, a bucket,
    // the distribution, a secret's value, and a named function or log group fails to be created twice.
    const kept: Record<string, string[]> = {
      'AWS::DynamoDB::Table': ['TableCD117FA1'],
      'AWS::S3::Bucket': ['AccessLogs8B620ECA', 'Web3C8945DB'],
      'AWS::CloudFront::Distribution': ['Cdn9963B1AD'],
      'AWS::SES::EmailIdentity': ['SenderIdentity5AECAF6F'],
      'AWS::SES::ConfigurationSet': ['MailConfiguration5CD4B050'],
      'AWS::SecretsManager::Secret': ['OriginSecret5DDC59F1', 'SessionSigningKeyD9F3A312'],
      'AWS::ApiGatewayV2::Api': ['ApiF70053CD'],
    };
    for (const [type, ids] of Object.entries(kept)) {
      expect(Object.keys(template.findResources(type)).sort(), type).toEqual(ids);
    }
    for (const spec of catalog) {
      const id = spec.name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
      expect(functionLogicalId(spec.name)).toMatch(new RegExp(`^${id}Function[0-9A-F]{8}$`));
      expect(
        logicalIdOf('AWS::Logs::LogGroup', { LogGroupName: `/aws/lambda/kaiutin-test-${spec.name}` }),
      ).toMatch(new RegExp(`^${id}Logs[0-9A-F]{8}$`));
    }
  });

  it('has one table from the shared definition: on-demand, PITR, encryption, stream and TTL', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      StreamSpecification: { StreamViewType: tableDefinition.streamViewType },
      TimeToLiveSpecification: { AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true },
      GlobalSecondaryIndexes: tableDefinition.globalSecondaryIndexes.map((i) =>
        Match.objectLike({
          IndexName: i.name,
          KeySchema: [
            { AttributeName: i.partitionKey, KeyType: 'HASH' },
            { AttributeName: i.sortKey, KeyType: 'RANGE' },
          ],
        }),
      ),
    });
  });

  it('keeps an API answer only as the origin says, keyed by the session cookie and every query string', () => {
    const [, distribution] = resources('AWS::CloudFront::Distribution')[0] ?? [];
    const behaviour = (
      distribution?.Properties.DistributionConfig as {
        CacheBehaviors: {
          PathPattern: string;
          AllowedMethods: string[];
          CachedMethods?: string[];
          CachePolicyId: { Ref: string };
          OriginRequestPolicyId: { Ref: string };
        }[];
      }
    ).CacheBehaviors.find((b) => b.PathPattern === '/api/*');
    if (!behaviour) throw new Error('no /api/* behaviour');
    const policy = (id: { Ref: string }) => (template.toJSON().Resources[id.Ref] as Resource).Properties;

    // No Cache-Control, nothing kept; `private, no-store` is never kept; the origin's s-maxage is
    // honoured up to five minutes.
    const cacheKey = sessionCookieName('https://kaiutin.example.org');
    expect(policy(behaviour.CachePolicyId).CachePolicyConfig).toMatchObject({
      MinTTL: 0,
      DefaultTTL: 0,
      MaxTTL: 300,
      ParametersInCacheKeyAndForwardedToOrigin: {
        CookiesConfig: { CookieBehavior: 'whitelist', Cookies: [cacheKey] },
        QueryStringsConfig: { QueryStringBehavior: 'all' },
        HeadersConfig: { HeaderBehavior: 'none' },
      },
    });
    // The functions read the cookie named for their public base URL, CloudFront's https address.
    const publicBaseUrl = environmentOf('auth').PUBLIC_BASE_URL as { 'Fn::Join': [string, unknown[]] };
    expect(publicBaseUrl['Fn::Join'][1][0]).toBe('https://');

    // No error is kept, whatever its Cache-Control: CloudFront would keep some for 10 s.
    const errors = (
      distribution?.Properties.DistributionConfig as {
        CustomErrorResponses: { ErrorCode: number; ErrorCachingMinTTL: number }[];
      }
    ).CustomErrorResponses;
    expect(errors.map((e) => e.ErrorCode).sort()).toEqual([...CACHED_ERROR_STATUSES].sort());
    expect(errors.every((e) => e.ErrorCachingMinTTL === 0)).toBe(true);

    // Still forwarded without being keyed: every cookie and the headers the API reads (the viewer's
    // address for per-client limits, Origin for the cross-site check, the body's type); and every
    // method still reaches the API.
    expect(policy(behaviour.OriginRequestPolicyId).OriginRequestPolicyConfig).toMatchObject({
      HeadersConfig: {
        HeaderBehavior: 'whitelist',
        Headers: expect.arrayContaining(['CloudFront-Viewer-Address', 'Origin', 'Content-Type', 'Accept']),
      },
      CookiesConfig: { CookieBehavior: 'all' },
      QueryStringsConfig: { QueryStringBehavior: 'all' },
    });
    expect(behaviour.AllowedMethods).toEqual(
      expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
    );
    // CloudFront's default, GET and HEAD only: it never keeps the answer to a POST.
    expect(behaviour.CachedMethods).toBeUndefined();
  });

  it('serves the web app through CloudFront with the same security headers as the local gateway', () => {
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: { ContentSecurityPolicy: contentSecurityPolicy, Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          StrictTransportSecurity: Match.objectLike({ IncludeSubdomains: true }),
          ContentTypeOptions: { Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
        }),
      },
    });
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: [Match.objectLike({ PathPattern: '/api/*', ViewerProtocolPolicy: 'https-only' })],
      }),
    });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::CloudFront::OriginRequestPolicy', {
      OriginRequestPolicyConfig: Match.objectLike({
        HeadersConfig: {
          HeaderBehavior: 'whitelist',
          Headers: Match.arrayWith(['Content-Type', 'Origin', 'CloudFront-Viewer-Address']),
        },
        CookiesConfig: { CookieBehavior: 'all' },
      }),
    });
  });

  it('has the session signing and origin secrets, the SES configuration set and sender identity, and alarms', () => {
    template.resourceCountIs('AWS::SecretsManager::Secret', 2);
    template.resourceCountIs('AWS::SES::ConfigurationSet', 1);
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'noreply@example.org' });
    // One per function, and the stream failures, API 5xx, mail event failures and exhausted mail.
    expect(resources('AWS::CloudWatch::Alarm').length).toBe(catalog.length + 4);
  });

  it('alarms on API 5xx, which Lambda Errors never sees as handlers answer every error', () => {
    const api = logicalIdOf('AWS::ApiGatewayV2::Api', {});
    expectAlarmOn({
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      Dimensions: Match.arrayWith([
        { Name: 'ApiId', Value: { Ref: api } },
        { Name: 'Stage', Value: '$default' },
      ]),
      Statistic: 'Sum',
    });
  });

  it('throttles the API stage, by default and as the context says', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
    });
    const tuned = synthVariant({ apiRateLimit: '20', apiBurstLimit: '40' }, 'throttled');
    tuned.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
    });
    expect(() => synth({ apiRateLimit: '0' }, 'bad-rate')).toThrow(/apiRateLimit/);
  });

  it('keeps mail events that could not be handled in an encrypted queue, with an alarm', () => {
    const queue = idOf('AWS::SQS::Queue', 'MailEventFailures');
    expect(template.toJSON().Resources[queue].Properties).toMatchObject({ SqsManagedSseEnabled: true });
    for (const spec of catalog) {
      if (spec.trigger.kind !== 'mailEvents') continue;
      template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'lambda',
        Endpoint: { 'Fn::GetAtt': [functionLogicalId(spec.name), 'Arn'] },
        RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [queue, 'Arn'] } },
      });
      // SNS invokes asynchronously: an event the function fails on every try goes to the same queue.
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: functionLogicalId(spec.name) },
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } } },
      });
    }
    // enforceSSL: the queue's policy refuses requests without TLS; SNS may send to it.
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queue }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' } }),
        ]),
      },
    });
    expectAlarmOn({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }],
    });
  });

  it('alarms while retry-failed-mail reports exhausted mail, read from its JSON log lines', () => {
    const retry = catalog.find((spec) => spec.name === mailExhaustedLog.function);
    if (retry?.trigger.kind !== 'schedule') throw new Error('retry-failed-mail is not scheduled');
    const logGroup = Object.keys(
      template.findResources('AWS::Logs::LogGroup', {
        Properties: { LogGroupName: `/aws/lambda/kaiutin-test-${mailExhaustedLog.function}` },
      }),
    );
    expect(logGroup).toHaveLength(1);
    const filters = template.findResources('AWS::Logs::MetricFilter', {
      Properties: Match.objectLike({ LogGroupName: { Ref: logGroup[0] } }),
    });
    const [filter] = Object.values(filters) as unknown as Resource[];
    expect(Object.keys(filters)).toHaveLength(1);
    const pattern = String(filter?.Properties.FilterPattern);
    const [transformation] = filter?.Properties.MetricTransformations as {
      MetricNamespace: string;
      MetricName: string;
      MetricValue: string;
    }[];

    // The line as the Lambda runtime writes what the function logs (JSON log format: the logged
    // object becomes `message`): the filter's conditions hold on it and its value is the count.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    logger.error(mailExhaustedLog.message, { [mailExhaustedLog.count]: 150 });
    const line = {
      timestamp: '2025-01-01T00:00:00Z',
      level: 'ERROR',
      requestId: 'r',
      message: logged.mock.calls[0]?.[0],
    };
    logged.mockRestore();
    const at = (path: string) =>
      path
        .replace(/^\$\./, '')
        .split('.')
        .reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], line);
    const conditions = [...pattern.matchAll(/\$\.([\w.]+) = "([^"]*)"/g)];
    expect(conditions.map(([, path]) => path).sort()).toEqual(['level', 'message.message']);
    for (const [, path, value] of conditions) expect(at(`$.${path}`), path).toBe(value);
    expect(at(transformation?.MetricValue ?? '')).toBe(150);

    expectAlarmOn({
      Namespace: transformation?.MetricNamespace,
      MetricName: transformation?.MetricName,
      Statistic: 'Maximum',
      // A window of two runs always holds one, so the alarm does not drop between runs.
      Period: 2 * retry.trigger.everyMinutes * 60,
    });
  });

  it('sends from a domain identity with Easy DKIM and a MAIL FROM domain, its records made in the hosted zone', () => {
    const { template: zoned, nag } = synthVariant(
      {
        senderEmail: 'kaiutin@mail.example.fi',
        mailDomain: 'mail.example.fi',
        hostedZoneId: 'Z0123456789ABCDEFGHIJ',
        hostedZoneName: 'example.fi',
      },
      'mail-zone',
    );
    expect(nag).toMatchObject({ conclusion: 'success', violations: [] });
    zoned.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'mail.example.fi',
      DkimAttributes: { SigningEnabled: true },
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
      MailFromAttributes: { MailFromDomain: 'bounce.mail.example.fi' },
    });
    const records = Object.values(zoned.findResources('AWS::Route53::RecordSet')) as unknown as Resource[];
    const inZone = records.filter((r) => r.Properties.HostedZoneId === 'Z0123456789ABCDEFGHIJ');
    expect(inZone).toHaveLength(records.length);
    expect(inZone.filter((r) => r.Properties.Type === 'CNAME')).toHaveLength(3);
    expect(
      inZone.filter((r) => r.Properties.Type !== 'CNAME').map((r) => [r.Properties.Type, r.Properties.Name]),
    ).toEqual(
      expect.arrayContaining([
        ['MX', 'bounce.mail.example.fi.'],
        ['TXT', 'bounce.mail.example.fi.'],
      ]),
    );
    expect(Object.keys(zoned.findOutputs('*')).filter((name) => /Dkim|MailFrom/.test(name))).toEqual([]);
    // Sending is granted on the domain identity; the From address is at that domain.
    const sendStatement = resourcesOf(zoned, 'AWS::IAM::Policy')
      .flatMap((p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement)
      .find((st) => [st.Action].flat().includes('ses:SendRawEmail'));
    expect(JSON.stringify(sendStatement?.Resource)).toContain(':identity/mail.example.fi');
    expect(environmentOf('send-mail', zoned).MAIL_FROM).toBe('Kaiutin <kaiutin@mail.example.fi>');
  });

  it('lists the DKIM and MAIL FROM records to create by hand when there is no hosted zone', () => {
    const { template: manual, nag } = synthVariant(
      { senderEmail: 'kaiutin@example.fi', mailDomain: 'example.fi', mailFromDomain: 'mx.example.fi' },
      'mail-manual',
    );
    expect(nag).toMatchObject({ conclusion: 'success', violations: [] });
    manual.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'example.fi',
      MailFromAttributes: { MailFromDomain: 'mx.example.fi' },
    });
    manual.resourceCountIs('AWS::Route53::RecordSet', 0);
    const outputs = manual.findOutputs('*');
    expect(
      Object.keys(outputs)
        .filter((name) => /Dkim|MailFrom/.test(name))
        .sort(),
    ).toEqual(['DkimRecord1', 'DkimRecord2', 'DkimRecord3', 'MailFromMxRecord', 'MailFromTxtRecord']);
    expect(JSON.stringify(outputs.DkimRecord1?.Value)).toContain('DkimDNSTokenName1');
    expect(JSON.stringify(outputs.DkimRecord1?.Value)).toContain('CNAME');
    expect(JSON.stringify(outputs.MailFromMxRecord?.Value)).toMatch(/mx\.example\.fi MX 10 feedback-smtp\./);
    expect(outputs.MailFromTxtRecord?.Value).toBe('mx.example.fi TXT "v=spf1 include:amazonses.com ~all"');
    // The default stage keeps the single address identity, and lists no records.
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'noreply@example.org' });
    expect(Object.keys(template.findOutputs('*')).filter((name) => /Dkim|MailFrom/.test(name))).toEqual([]);
    expect(() => synth({ mailDomain: 'example.fi' }, 'bad-mail')).toThrow(/senderEmail/);
    expect(() =>
      synth({ senderEmail: 'a@example.fi', mailDomain: 'example.fi', hostedZoneId: 'Z1' }, 'bad-zone'),
    ).toThrow(/hostedZoneName/);
  });

  it("gives the functions that send mail the context's send rate", () => {
    const tuned = synthVariant({ sendRatePerSecond: '42' }, 'send-rate');
    const senders = catalog.filter((spec) => spec.sendsMail);
    expect(senders.map((spec) => spec.name)).toContain('send-mail');
    for (const spec of senders) {
      expect(environmentOf(spec.name, tuned.template).SEND_RATE_PER_SECOND, spec.name).toBe('42');
      expect(environmentOf(spec.name).SEND_RATE_PER_SECOND, spec.name).toBe('14');
    }
    expect(() => synth({ sendRatePerSecond: 'fast' }, 'bad-send-rate')).toThrow(/sendRatePerSecond/);
  });

  it('grants translate:TranslateText to the one function that makes machine drafts, unless the context turns it off', () => {
    /** The catalog functions whose role may call Amazon Translate, and what their environment says. */
    const translators = (of: Template) => {
      const json = of.toJSON().Resources as Record<string, Resource>;
      const rolesTranslating = Object.values(json)
        .filter((r) => r.Type === 'AWS::IAM::Policy')
        .filter((p) =>
          (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement.some((statement) =>
            [statement.Action].flat().some((action) => action.startsWith('translate:')),
          ),
        )
        .flatMap((p) => (p.Properties.Roles as { Ref: string }[]).map((role) => role.Ref));
      const functions = Object.values(json).filter((r) => r.Type === 'AWS::Lambda::Function');
      const named = (predicate: (fn: Resource) => boolean) =>
        functions
          .filter(predicate)
          .map((fn) => String(fn.Properties.FunctionName).replace('kaiutin-test-', ''));
      return {
        granted: named((fn) =>
          rolesTranslating.includes((fn.Properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0]),
        ),
        turnedOn: named(
          (fn) =>
            (fn.Properties.Environment as { Variables: Record<string, unknown> } | undefined)?.Variables
              .MACHINE_TRANSLATION === 'on',
        ),
      };
    };
    expect(catalog.filter((spec) => spec.translates).map((spec) => spec.name)).toEqual(['fan-out-alerts']);
    expect(translators(template)).toEqual({ granted: ['fan-out-alerts'], turnedOn: ['fan-out-alerts'] });
    expect(statementsOf('fan-out-alerts')).toContainEqual(
      expect.objectContaining({ Action: 'translate:TranslateText', Resource: '*' }),
    );
    const off = synthVariant({ machineTranslation: 'off' }, 'no-machine-translation');
    expect(translators(off.template)).toEqual({ granted: [], turnedOn: [] });
    expect(off.nag).toMatchObject({ conclusion: 'success', violations: [] });
    expect(() => synth({ machineTranslation: 'sometimes' }, 'bad-machine-translation')).toThrow(
      /machineTranslation/,
    );
  });

  it('keeps data and turns on deletion protection only in production stages', () => {
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete' });
    const prod = synth(
      {
        stage: 'prod',
        domainName: 'kaiutin.example.org',
        certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
      },
      'prod',
    );
    prod.app.synth();
    const prodTemplate = Template.fromStack(prod.stack);
    prodTemplate.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
    prodTemplate.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['kaiutin.example.org'],
        ViewerCertificate: Match.objectLike({ MinimumProtocolVersion: 'TLSv1.2_2021' }),
      }),
    });
  });

  it('refuses invalid context with a message naming the key', () => {
    expect(() => synth({ senderEmail: 'not an email' }, 'bad')).toThrow(/senderEmail/);
    expect(() => synth({ domainName: 'kaiutin.example.org' }, 'bad2')).toThrow(/certificateArn/);
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('accepts the stack: every finding is fixed or acknowledged with a reason', () => {
    const report = JSON.parse(readFileSync(join(workDir, 'test', 'validation-report.json'), 'utf8')) as {
      pluginReports: {
        pluginName: string;
        conclusion: string;
        violations: unknown[];
        suppressedViolations: { ruleName: string; reason?: string }[];
      }[];
    };
    const [nag] = report.pluginReports;
    expect(nag).toMatchObject({ pluginName: 'AwsSolutions', conclusion: 'success', violations: [] });
    for (const acknowledged of nag?.suppressedViolations ?? []) {
      expect(acknowledged.reason?.length, acknowledged.ruleName).toBeGreaterThan(20);
    }
  });

  it('fails the synth for an unacknowledged finding', () => {
    const { app, stack } = synth({}, 'insecure');
    new Bucket(stack, 'PlainBucket');
    expect(() => app.synth()).toThrow(/AwsSolutions-S10/);
    const report = readFileSync(join(workDir, 'insecure', 'validation-report.json'), 'utf8');
    expect(report).toContain('AwsSolutions-S10');
  });
});
