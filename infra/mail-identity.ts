import { CfnOutput, Fn, Stack } from 'aws-cdk-lib';
import { PublicHostedZone } from 'aws-cdk-lib/aws-route53';
import {
  type ConfigurationSet,
  DkimIdentity,
  EasyDkimSigningKeyLength,
  EmailIdentity,
  Identity,
} from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';
import type { StageConfig } from './stage-config.ts';

/** The SPF record SES's custom MAIL FROM domain needs (as CDK writes it into a hosted zone). */
const mailFromSpf = 'v=spf1 include:amazonses.com ~all';

/**
 * The SES identity mail is sent from. With `mailDomain`: a domain identity with Easy DKIM and a
 * custom MAIL FROM domain, so mail is DKIM-signed for the From domain and its bounces come back to
 * a subdomain of it (SPF aligned); the DNS records are created in the hosted zone when one is given,
 * otherwise they are stack outputs to create by hand. Without it: the single address identity
 * (`senderEmail`), for a first test stage. Returns the identity's name, which IAM names in grants.
 */
export function senderIdentity(
  scope: Construct,
  config: StageConfig,
  configurationSet: ConfigurationSet,
): { identity: EmailIdentity; identityName: string } {
  const { mailDomain, mailFromDomain } = config;
  if (!mailDomain || !mailFromDomain) {
    const identity = new EmailIdentity(scope, 'SenderIdentity', {
      identity: Identity.email(config.senderEmail),
      configurationSet,
    });
    return { identity, identityName: config.senderEmail };
  }

  const hostedZone =
    config.hostedZoneId && config.hostedZoneName
      ? PublicHostedZone.fromPublicHostedZoneAttributes(scope, 'MailZone', {
          hostedZoneId: config.hostedZoneId,
          zoneName: config.hostedZoneName,
        })
      : undefined;
  // Identity.publicHostedZone names the identity after the zone; mailDomain may be a subdomain of it.
  const identity = new EmailIdentity(scope, 'SenderIdentity', {
    identity: hostedZone ? { value: mailDomain, hostedZone } : Identity.domain(mailDomain),
    configurationSet,
    dkimSigning: true,
    dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
    mailFromDomain,
  });
  if (!hostedZone) {
    identity.dkimRecords.forEach((record, i) => {
      new CfnOutput(scope, `DkimRecord${i + 1}`, {
        description: 'Easy DKIM: create this CNAME record in the DNS of the mail domain',
        value: Fn.join(' ', [record.name, 'CNAME', record.value]),
      });
    });
    new CfnOutput(scope, 'MailFromMxRecord', {
      description: 'Custom MAIL FROM domain: create this MX record',
      value: `${mailFromDomain} MX 10 feedback-smtp.${Stack.of(scope).region}.amazonses.com`,
    });
    new CfnOutput(scope, 'MailFromTxtRecord', {
      description: 'Custom MAIL FROM domain: create this TXT (SPF) record',
      value: `${mailFromDomain} TXT "${mailFromSpf}"`,
    });
  }
  return { identity, identityName: mailDomain };
}
