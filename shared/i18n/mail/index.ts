import { ar as arCommon } from '../common/ar.ts';
import { en as enCommon } from '../common/en.ts';
import { fa as faCommon } from '../common/fa.ts';
import { fi as fiCommon } from '../common/fi.ts';
import { ru as ruCommon } from '../common/ru.ts';
import { so as soCommon } from '../common/so.ts';
import { sv as svCommon } from '../common/sv.ts';
import { uk as ukCommon } from '../common/uk.ts';
import * as ar from './ar.ts';
import * as en from './en.ts';
import * as fa from './fa.ts';
import * as fi from './fi.ts';
import * as ru from './ru.ts';
import * as so from './so.ts';
import * as sv from './sv.ts';
import * as uk from './uk.ts';

/*
 * Each group of the emails' messages, in every language. A group is its own export here and in each
 * language's file, so a bundle keeps the groups its emails use and leaves out the rest.
 */
export const layout = {
  fi: fi.layout,
  sv: sv.layout,
  en: en.layout,
  ru: ru.layout,
  uk: uk.layout,
  ar: ar.layout,
  so: so.layout,
  fa: fa.layout,
};
export const signIn = {
  fi: fi.signIn,
  sv: sv.signIn,
  en: en.signIn,
  ru: ru.signIn,
  uk: uk.signIn,
  ar: ar.signIn,
  so: so.signIn,
  fa: fa.signIn,
};
export const notices = {
  fi: fi.notices,
  sv: sv.notices,
  en: en.notices,
  ru: ru.notices,
  uk: uk.notices,
  ar: ar.notices,
  so: so.notices,
  fa: fa.notices,
};
export const submission = {
  fi: fi.submission,
  sv: sv.submission,
  en: en.submission,
  ru: ru.submission,
  uk: uk.submission,
  ar: ar.submission,
  so: so.submission,
  fa: fa.submission,
};
export const alerts = {
  fi: fi.alerts,
  sv: sv.alerts,
  en: en.alerts,
  ru: ru.alerts,
  uk: uk.alerts,
  ar: ar.alerts,
  so: so.alerts,
  fa: fa.alerts,
};
export const digest = {
  fi: fi.digest,
  sv: sv.digest,
  en: en.digest,
  ru: ru.digest,
  uk: uk.digest,
  ar: ar.digest,
  so: so.digest,
  fa: fa.digest,
};

/** The names of codes that the web app shows too; notices name a removal's ground and outcome, and an answer. */
export const common = {
  fi: fiCommon,
  sv: svCommon,
  en: enCommon,
  ru: ruCommon,
  uk: ukCommon,
  ar: arCommon,
  so: soCommon,
  fa: faCommon,
};
export const meetingAgenda = {
  fi: fi.meetingAgenda,
  sv: sv.meetingAgenda,
  en: en.meetingAgenda,
  ru: ru.meetingAgenda,
  uk: uk.meetingAgenda,
  ar: ar.meetingAgenda,
  so: so.meetingAgenda,
  fa: fa.meetingAgenda,
};
