import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog, usesSessions } from '#functions/catalog.ts';
import { ORIGIN_SECRET_HEADER } from '#functions/lib/cloudfront-only.ts';
import { buildApp } from '#infra/app.ts';
import { buildFunctions, buildWeb } from '#infra/build.ts';
import { contentSecurityPolicy } from '#infra/security-headers.ts';
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

const environmentOf = (name: string) =>
  (
    (template.toJSON().Resources[functionLogicalId(name)] as Resource).Properties.Environment as {
      Variables: Record<string, unknown>;
    }
  ).Variables;

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
    expect(resources('AWS::CloudWatch::Alarm').length).toBe(catalog.length + 1);
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
