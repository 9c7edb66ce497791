import type { Messages } from './fi.ts';

export const sv: Partial<Messages> = {
  'app.tagline': 'Föreningarnas gemensamma röst till kommunerna',
  'nav.label': 'Huvudmeny',
  'nav.home': 'Startsida',
  'nav.status': 'Tjänstens status',
  'nav.skipToContent': 'Hoppa till innehållet',
  'language.label': 'Språk',
  'home.title': 'Påverka i tid',
  'status.title': 'Tjänstens status',
  'status.checking': 'Kontrollerar…',
  'status.ok': 'Tjänsten fungerar. Databasen svarar.',
  'status.recheck': 'Kontrollera igen',
  'notFound.title': 'Sidan hittades inte',
};
