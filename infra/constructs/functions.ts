import { Duration, type RemovalPolicy, type Stack } from 'aws-cdk-lib';
import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { DynamoEventSource, SnsEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { type FunctionSpec, usesSessions } from '#functions/catalog.ts';
import { ENV } from '#shared/config.ts';
import { grantSendMail, ProjectFunction } from '../project-function.ts';
import type { StageConfig } from '../stage-config.ts';
import type { Api } from './api.ts';
import type { Mail } from './mail.ts';

export interface FunctionsProps {
  config: StageConfig;
  catalog: FunctionSpec[];
  removalPolicy: RemovalPolicy;
  /** The bundled functions to deploy (infra/build.ts). */
  functionsRoot?: string;
  table: ITable;
  sessionSecret: ISecret;
  api: Api;
  mail: Mail;
  publicBaseUrl: string;
}

const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());

/**
 * Every function of the catalog, with exactly the access it declares, on its trigger: its API
 * routes, the table stream, the mail events, or a schedule.
 */
export class Functions {
  readonly byName = new Map<string, ProjectFunction>();
  /** The on-failure destination of the stream functions: a record that failed all its attempts. */
  readonly streamFailures: Queue;

  constructor(stack: Stack, props: FunctionsProps) {
    const { config, table, sessionSecret, api, mail } = props;
    this.streamFailures = new Queue(stack, 'StreamFailures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });

    const environment = {
      [ENV.stage]: config.stage,
      [ENV.publicBaseUrl]: props.publicBaseUrl,
      [ENV.mailFrom]: `Kaiutin <${config.senderEmail}>`,
      [ENV.sesConfigurationSet]: mail.configurationSet.configurationSetName,
      [ENV.sendRatePerSecond]: String(config.sendRatePerSecond),
      ...(config.firstCoordinatorEmail ? { [ENV.firstCoordinatorEmail]: config.firstCoordinatorEmail } : {}),
    };

    for (const spec of props.catalog) {
      const id = pascal(spec.name);
      const project = new ProjectFunction(stack, id, {
        spec,
        functionName: `kaiutin-${config.stage}-${spec.name}`,
        environment,
        removalPolicy: props.removalPolicy,
        functionsRoot: props.functionsRoot,
      });
      this.byName.set(spec.name, project);
      project.bindTable(table);
      if (spec.sendsMail) grantSendMail(project.fn, mail.sendResources);
      if (spec.translates && config.machineTranslation === 'on') project.useMachineTranslation();
      if (usesSessions(spec)) {
        project.fn.addEnvironment(ENV.sessionSecretArn, sessionSecret.secretArn);
        sessionSecret.grantRead(project.fn);
      }
      project.fn.node.addDependency(mail.identity);

      const { trigger } = spec;
      if (trigger.kind === 'http') {
        project.fn.addEnvironment(ENV.originSecretArn, api.originSecret.secretArn);
        api.originSecret.grantRead(project.fn);
        // One invoke permission per function for the whole API, not one per route: with a resource per
        // route as well, a permission each would pass CloudFormation's 500 resources per stack.
        const integration = new HttpLambdaIntegration(`${id}Integration`, project.fn, {
          scopePermissionToRoute: false,
        });
        for (const route of trigger.routes) {
          api.httpApi.addRoutes({ path: route.path, methods: [HttpMethod[route.method]], integration });
        }
      } else if (trigger.kind === 'stream') {
        project.fn.addEventSource(
          new DynamoEventSource(table, {
            startingPosition: StartingPosition.LATEST,
            batchSize: trigger.batchSize,
            retryAttempts: trigger.maxAttempts - 1,
            reportBatchItemFailures: true,
            onFailure: new SqsDlq(this.streamFailures),
            filters: trigger.filters.map((pattern) => FilterCriteria.filter(pattern)),
          }),
        );
      } else if (trigger.kind === 'mailEvents') {
        project.fn.addEventSource(new SnsEventSource(mail.events, { deadLetterQueue: mail.eventFailures }));
        project.fn.configureAsyncInvoke({ onFailure: new SqsDestination(mail.eventFailures) });
      } else {
        new Schedule(stack, `${id}Schedule`, {
          schedule: ScheduleExpression.rate(Duration.minutes(trigger.everyMinutes)),
          target: new LambdaInvoke(project.fn, { retryAttempts: 2 }),
          description: spec.description,
        });
      }
    }

    // After the loop: a function may invoke one declared later in the catalog.
    for (const spec of props.catalog) {
      for (const { function: name, variable } of spec.invokes ?? []) {
        const caller = this.byName.get(spec.name);
        const callee = this.byName.get(name);
        if (!caller || !callee) throw new Error(`${spec.name} invokes ${name}, which is not in the catalog`);
        // The unqualified function only (grantInvoke would add every version and alias, `:*`).
        caller.fn.addToRolePolicy(
          new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [callee.fn.functionArn] }),
        );
        caller.fn.addEnvironment(variable, callee.fn.functionName);
      }
    }
  }
}
