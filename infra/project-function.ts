import { join } from 'node:path';
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { type IGrantable, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  Code,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { DEFAULT_TIMEOUT_SECONDS, type FunctionSpec } from '#functions/catalog.ts';
import { ENV } from '#shared/config.ts';
import { functionsDist } from './build.ts';

export interface ProjectFunctionProps {
  spec: FunctionSpec;
  functionName: string;
  environment: Record<string, string>;
  removalPolicy: RemovalPolicy;
  /** Where the functions were bundled (infra/build.ts); each has its own directory there. */
  functionsRoot?: string;
}

/**
 * Every Kaiutin Lambda: Node 22 on ARM64, its minified ESM bundle with source maps (built beforehand
 * by infra/build.ts, as `npm run bench` measures it), its own log group.
 */
export class ProjectFunction extends Construct {
  readonly fn: LambdaFunction;
  readonly spec: FunctionSpec;
  readonly logGroup: LogGroup;
  /** Makes machine drafts with Amazon Translate (`useMachineTranslation`). */
  translates = false;

  constructor(scope: Construct, id: string, props: ProjectFunctionProps) {
    super(scope, id);
    this.spec = props.spec;
    const logGroup = new LogGroup(this, 'Logs', {
      logGroupName: `/aws/lambda/${props.functionName}`,
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: props.removalPolicy,
    });
    this.logGroup = logGroup;
    // Our own role instead of the AWS-managed basic execution policy: it may write only its log group.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);
    this.fn = new LambdaFunction(this, 'Function', {
      role,
      functionName: props.functionName,
      description: props.spec.description,
      code: Code.fromAsset(join(props.functionsRoot ?? functionsDist, props.spec.name)),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(props.spec.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS),
      logGroup,
      // The runtime writes each console line as JSON with its time, level and request id (functions/lib/logger.ts).
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
    });
  }

  /** Sets the table's name in the environment and grants exactly the access the catalog asks for. */
  bindTable(table: ITable) {
    const access = this.spec.table;
    if (access === 'none') return;
    this.fn.addEnvironment(ENV.tableName, table.tableName);
    if (access === 'read') table.grantReadData(this.fn);
    else table.grantReadWriteData(this.fn);
  }

  /**
   * Turns its machine drafts on: translate:TranslateText, which names no resource of its own (only
   * the custom terminologies and parallel data a request may use, and Kaiutin uses none).
   */
  useMachineTranslation() {
    this.fn.addToRolePolicy(new PolicyStatement({ actions: ['translate:TranslateText'], resources: ['*'] }));
    this.fn.addEnvironment(ENV.machineTranslation, 'on');
    this.translates = true;
  }
}

/** Allows sending through SES, only from the sender identity and through the configuration set. */
export function grantSendMail(grantee: IGrantable, resources: string[]) {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources }),
  );
  // Senders keep under the account's maximum send rate, which only GetSendQuota tells.
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions: ['ses:GetSendQuota'], resources: ['*'] }),
  );
}
