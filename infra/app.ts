import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { buildFunctions, buildWeb } from './build.ts';
import { acknowledgeNagFindings } from './nag.ts';
import { KaiutinStack } from './stack.ts';
import { stageConfig } from './stage-config.ts';

/** Builds the app for a stage; cdk-nag's AwsSolutions pack checks it during synth. */
export function buildApp(app = new App(), options: { webRoot?: string; functionsRoot?: string } = {}) {
  const config = stageConfig((key) => app.node.tryGetContext(key));
  const stack = new KaiutinStack(app, `Kaiutin-${config.stage}`, {
    config,
    webRoot: options.webRoot,
    functionsRoot: options.functionsRoot,
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  Tags.of(app).add('project', 'kaiutin');
  Tags.of(app).add('stage', config.stage);
  acknowledgeNagFindings(stack);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // The stack deploys the built web app and function bundles, so `cdk synth` builds them first.
  await Promise.all([buildWeb(), buildFunctions()]);
  buildApp().app.synth();
}
