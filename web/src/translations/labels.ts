import type { MessageKey, Translate } from '#shared/i18n/format.ts';

const fieldLabels: Record<string, MessageKey> = {
  title: 'translations.field.title',
  summary: 'translations.field.summary',
  plainSummary: 'translations.field.plainSummary',
  body: 'translations.field.body',
  theme: 'translations.field.theme',
  name: 'translations.field.name',
  description: 'translations.field.description',
};

/** A text of the original by its field name (`decision.<id>` is one of the minutes' decisions). */
export function fieldLabel(t: Translate, name: string, index: number): string {
  const key = fieldLabels[name];
  if (key) return t(key);
  if (name.startsWith('decision.')) return t('translations.field.decision', { number: index + 1 });
  return name;
}

/** A control's name for a field of the original, the same id the API's field path `fields.<name>` maps to. */
export const controlName = (name: string) => `fields-${name.split('.').join('-')}`;
