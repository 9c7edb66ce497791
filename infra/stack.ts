import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { catalog as defaultCatalog, type FunctionSpec } from '#functions/catalog.ts';
import { Alarms } from './constructs/alarms.ts';
import { Api } from './constructs/api.ts';
import { Data } from './constructs/data.ts';
import { Functions } from './constructs/functions.ts';
import { Mail } from './constructs/mail.ts';
import { Web } from './constructs/web.ts';
import type { ProjectFunction } from './project-function.ts';
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
 * One stage of Kaiutin, composed of its parts (infra/constructs). Each part creates its resources
 * with the stack as their scope, so a resource's logical ID is its own id, as when the stack was one
 * file: moving code between parts never replaces a deployed table, bucket or named function.
 */
export class KaiutinStack extends Stack {
  readonly table: Table;
  readonly functions: ReadonlyMap<string, ProjectFunction>;

  constructor(scope: Construct, id: string, props: KaiutinStackProps) {
    super(scope, id, props);
    const { config } = props;
    const removalPolicy = config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    const data = new Data(this, { removalPolicy, deletionProtection: config.production });
    const mail = new Mail(this, { config });
    const api = new Api(this, { config, removalPolicy });
    const web = new Web(this, { config, removalPolicy, webRoot: props.webRoot, api });
    const functions = new Functions(this, {
      config,
      catalog: props.catalog ?? defaultCatalog,
      removalPolicy,
      functionsRoot: props.functionsRoot,
      table: data.table,
      sessionSecret: data.sessionSecret,
      api,
      mail,
      publicBaseUrl: web.publicBaseUrl,
    });
    new Alarms(this, {
      config,
      functions: functions.byName,
      apiStage: api.stage,
      streamFailures: functions.streamFailures,
      mailEventFailures: mail.eventFailures,
    });
    this.table = data.table;
    this.functions = functions.byName;

    new CfnOutput(this, 'WebUrl', { value: web.publicBaseUrl });
    new CfnOutput(this, 'ApiUrl', { value: api.httpApi.apiEndpoint });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
    new CfnOutput(this, 'SessionSecretArn', { value: data.sessionSecret.secretArn });
  }
}
