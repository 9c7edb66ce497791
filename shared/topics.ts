/** The fixed taxonomy of topics that consultations, subscriptions and organisations share. */
export const topics = [
  'employment',
  'education',
  'early-childhood',
  'housing',
  'health-social',
  'integration-services',
  'culture-leisure',
  'safety',
  'transport',
  'environment',
  'democracy',
  'other',
] as const;

export type Topic = (typeof topics)[number];
