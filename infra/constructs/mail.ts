import { Duration, type Stack } from 'aws-cdk-lib';
import {
  ConfigurationSet,
  type EmailIdentity,
  EmailSendingEvent,
  EventDestination,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { senderIdentity } from '../mail-identity.ts';
import type { StageConfig } from '../stage-config.ts';

export interface MailProps {
  config: StageConfig;
}

/** SES: the sender identity, the configuration set, and the way bounces and complaints come back. */
export class Mail {
  readonly configurationSet: ConfigurationSet;
  readonly identity: EmailIdentity;
  /** What a sending function may send through: the identity and the configuration set. */
  readonly sendResources: string[];
  /** Bounces and complaints, for the functions that suppress the addresses. */
  readonly events: Topic;
  /**
   * A bounce or complaint that never reached mail-events (SNS could not deliver it, or the function
   * failed it on every attempt) would leave the address unsuppressed: it waits here instead.
   */
  readonly eventFailures: Queue;

  constructor(stack: Stack, { config }: MailProps) {
    this.configurationSet = new ConfigurationSet(stack, 'MailConfiguration', {});
    this.events = new Topic(stack, 'MailEventTopic', { enforceSSL: true });
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.snsTopic(this.events),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    const sender = senderIdentity(stack, config, this.configurationSet);
    this.identity = sender.identity;
    this.sendResources = [
      stack.formatArn({ service: 'ses', resource: 'identity', resourceName: sender.identityName }),
      stack.formatArn({
        service: 'ses',
        resource: 'configuration-set',
        resourceName: this.configurationSet.configurationSetName,
      }),
    ];

    this.eventFailures = new Queue(stack, 'MailEventFailures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
  }
}
