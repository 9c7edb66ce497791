import { Token, Validations } from 'aws-cdk-lib';
import { CfnRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import type { IConstruct } from 'constructs';
import type { KaiutinStack } from './stack.ts';

const acknowledge = (scope: IConstruct, rule: string, reason: string) =>
  Validations.of(scope).acknowledge({ id: `AwsSolutions::AwsSolutions-${rule}`, reason });

/**
 * The cdk-nag AwsSolutions findings Kaiutin accepts, each with its reason. Everything else the
 * pack reports fails the synth.
 */
export function acknowledgeNagFindings(stack: KaiutinStack) {
  const tableIndexes = `IAM5[Resource::<${stack.getLogicalId(stack.table.node.defaultChild as never)}.Arn>/index/*]`;
  for (const [name, project] of stack.functions) {
    acknowledge(
      project.fn,
      'L1',
      'Kaiutin runs on Node.js 22 LTS by design; the runtime is set once, in ProjectFunction.',
    );
    if (project.spec.table !== 'none') {
      acknowledge(
        project,
        tableIndexes,
        `${name} queries the table's global secondary indexes; the grant covers only this table's indexes.`,
      );
    }
    const anyResource = [
      project.spec.trigger.kind === 'stream' &&
        'Lambda event source mappings need dynamodb:ListStreams, which has no resource-level permission.',
      project.spec.sendsMail &&
        'ses:GetSendQuota (the account maximum send rate) has no resource-level permission.',
      project.translates &&
        'translate:TranslateText names no resource of its own (only terminologies and parallel data, which Kaiutin does not use).',
    ].filter((reason): reason is string => Boolean(reason));
    if (anyResource.length > 0) acknowledge(project, 'IAM5[Resource::*]', anyResource.join(' '));
    if (project.spec.trigger.kind === 'schedule') {
      const functionArn = `IAM5[Resource::<${stack.getLogicalId(project.fn.node.defaultChild as never)}.Arn>:*]`;
      for (const role of stack.node.findAll().filter((c) => c.node.id.startsWith('SchedulerRoleForTarget'))) {
        acknowledge(
          role,
          functionArn,
          'EventBridge Scheduler may invoke the versions of this one function only.',
        );
      }
    }
  }

  for (const route of stack.node.findAll().filter((c): c is CfnRoute => c instanceof CfnRoute)) {
    acknowledge(
      route,
      'APIG4',
      "Authorization is enforced by the shared HTTP plumbing from the route's declared access in the function catalog; public routes are public by design.",
    );
  }

  const cdn = stack.node.findChild('Cdn');
  acknowledge(cdn, 'CFR1', 'A public service for residents and associations; no country is to be excluded.');
  acknowledge(
    cdn,
    'CFR2',
    'Input is validated and rate-limited in the API; a WAF web ACL can be attached per stage when needed.',
  );
  if (!stack.node.tryGetContext('domainName')) {
    acknowledge(
      cdn,
      'CFR4',
      'Without a custom domain CloudFront uses its default certificate; stages with domainName enforce TLS 1.2.',
    );
    Validations.of(cdn).acknowledge({
      id: 'Annotation::@aws-cdk/aws-cloudfront:minimumProtocolVersionWithoutCertificate',
      reason: 'The minimum protocol version applies only with a custom certificate (domainName).',
    });
  }

  acknowledge(
    stack.node.findChild('SessionSigningKey'),
    'SMG4',
    'Rotating the session signing key signs every user out; it is rotated by hand (README, Deploying).',
  );
  acknowledge(
    stack.node.findChild('OriginSecret'),
    'SMG4',
    "CloudFront takes the origin secret's value only when a deployment updates the distribution, so an automatic rotation would lock CloudFront out of the API; it is rotated by hand, with a deployment.",
  );
  acknowledge(
    stack.node.findChild('StreamFailures'),
    'SQS3',
    'This queue is itself the dead-letter (on-failure) destination of the stream functions.',
  );
  acknowledge(
    stack.node.findChild('MailEventFailures'),
    'SQS3',
    'This queue is itself the dead-letter queue of the mail-events SNS subscription and the on-failure destination of the function.',
  );

  const deployment = stack.node.findAll().find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
  if (deployment) {
    // cdk-nag names the region as deployed to, or as a placeholder in an environment-agnostic stack.
    const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
    const reason =
      "CDK's own BucketDeployment custom resource, which copies the web app to its bucket at deploy time.";
    for (const rule of [
      'L1',
      'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'IAM5[Action::s3:Abort*]',
      'IAM5[Action::s3:DeleteObject*]',
      'IAM5[Action::s3:GetBucket*]',
      'IAM5[Action::s3:GetObject*]',
      'IAM5[Action::s3:List*]',
      'IAM5[Resource::*]',
      `IAM5[Resource::<${stack.getLogicalId(stack.node.findChild('Web').node.defaultChild as never)}.Arn>/*]`,
      `IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${region}/*]`,
    ]) {
      acknowledge(deployment, rule, reason);
    }
  }
}
