import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { buildWeb } from './build.ts';
import { acknowledgeNagFindings } from './nag.ts';
import { KaiutinStack } from './stack.ts';
import { stageConfig } from './stage-config.ts';

/** Builds the app for a stage; cdk-nag's AwsSolutions pack checks it during synth. */
export function buildApp(app = new App(), options: { webRoot?: string } = {}) {
  const config = stageConfig((key) => app.node.tryGetContext(key));
  const stack = new KaiutinStack(app, `Kaiutin-${config.stage}`, {
    config,
    webRoot: options.webRoot,
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  Tags.of(app).add('project', 'kaiutin');
  Tags.of(app).add('stage', config.stage);
  acknowledgeNagFindings(stack);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // The stack deploys the built web app, so `cdk synth` builds it first (it takes a moment).
  await buildWeb();
  buildApp().app.synth();
}
