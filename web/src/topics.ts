import type { MessageKey, Translate } from '#shared/i18n/format.ts';
import { type Topic, topics } from '#shared/topics.ts';

export const topicKey = (topic: Topic): MessageKey => `topic.${topic}`;

/** Every topic as a choice, in the taxonomy's order. */
export const topicOptions = (t: Translate) =>
  topics.map((topic) => ({ value: topic, label: t(topicKey(topic)) }));

/** Topics as one line of text. */
export const topicList = (t: Translate, chosen: readonly Topic[]) =>
  chosen.map((topic) => t(topicKey(topic))).join(', ');
