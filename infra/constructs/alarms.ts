import { Duration, type Stack } from 'aws-cdk-lib';
import type { IHttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, type IMetric, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { ProjectFunction } from '../project-function.ts';
import type { StageConfig } from '../stage-config.ts';

/**
 * What retry-failed-mail logs at ERROR on every run while messages that used up their attempts
 * exist: `{ message: 'Mail exhausted', exhausted: N }` (functions/lib/logger.ts), which the Lambda
 * runtime's JSON log format wraps as the line's `message`.
 */
export const mailExhaustedLog = {
  function: 'retry-failed-mail',
  message: 'Mail exhausted',
  count: 'exhausted',
};

export interface AlarmsProps {
  config: StageConfig;
  functions: ReadonlyMap<string, ProjectFunction>;
  apiStage: IHttpStage;
  streamFailures: IQueue;
  mailEventFailures: IQueue;
}

/** The alarm topic (emailed to `alarmEmail`) and every alarm on it. */
export class Alarms {
  private readonly stack: Stack;
  private readonly action: SnsAction;

  constructor(stack: Stack, props: AlarmsProps) {
    this.stack = stack;
    const topic = new Topic(stack, 'Alarms', { enforceSSL: true });
    if (props.config.alarmEmail) topic.addSubscription(new EmailSubscription(props.config.alarmEmail));
    this.action = new SnsAction(topic);

    this.aboveZero(
      'StreamFailuresAlarm',
      'A stream record failed all its attempts; its details are in the StreamFailures queue',
      props.streamFailures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    );
    // Handlers answer every error with a response, so a 500 shows here and not in Lambda's Errors.
    this.aboveZero(
      'ApiServerErrors',
      'The API answered with 5xx (an unexpected error, or the table unreachable)',
      props.apiStage.metricServerError({ period: Duration.minutes(5) }),
    );
    this.aboveZero(
      'MailEventFailuresAlarm',
      'A bounce or complaint event was not handled; it is in the MailEventFailures queue',
      props.mailEventFailures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    );
    for (const [name, project] of props.functions) {
      this.aboveZero(
        `${project.node.id}Errors`,
        `${name} reported errors`,
        project.fn.metricErrors({ period: Duration.minutes(5) }),
      );
    }
    this.onExhaustedMail(props.functions.get(mailExhaustedLog.function));
  }

  /** An alarm on the topic as soon as the metric is above zero; no data is no trouble. */
  private aboveZero(id: string, alarmDescription: string, metric: IMetric) {
    new Alarm(this.stack, id, {
      alarmDescription,
      metric,
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(this.action);
  }

  /** An alarm while the retry schedule reports exhausted mail, from a metric filter on its log group. */
  private onExhaustedMail(retry: ProjectFunction | undefined) {
    if (retry?.spec.trigger.kind !== 'schedule') {
      throw new Error(`${mailExhaustedLog.function} is not a scheduled function of the catalog`);
    }
    const metricFilter = new MetricFilter(this.stack, 'MailExhaustedFilter', {
      logGroup: retry.logGroup,
      filterPattern: FilterPattern.all(
        FilterPattern.stringValue('$.level', '=', 'ERROR'),
        FilterPattern.stringValue('$.message.message', '=', mailExhaustedLog.message),
      ),
      metricNamespace: 'Kaiutin',
      metricName: `MailExhausted-${this.stack.stackName}`,
      metricValue: `$.message.${mailExhaustedLog.count}`,
    });
    // Two runs' worth of time: a window always holds a run, so the alarm stays up while any are left.
    this.aboveZero(
      'MailExhaustedAlarm',
      'Emails used up their send attempts and wait for the coordinator (retry-failed-mail reports how many)',
      metricFilter.metric({
        statistic: Stats.MAXIMUM,
        period: Duration.minutes(2 * retry.spec.trigger.everyMinutes),
      }),
    );
  }
}
