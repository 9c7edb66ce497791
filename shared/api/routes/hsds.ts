import * as z from 'zod/mini';
import { languageCodes } from '#shared/i18n/languages.ts';
import { hsdsOrganization, hsdsPageOf, hsdsService } from '#shared/tray/hsds.ts';
import { defineRoute } from '../contract.ts';
import { idParams } from './common.ts';

/** The most items one page of the export holds. */
export const HSDS_MAX_PER_PAGE = 100;

/** HSDS's paging: `page` from 1, `per_page` items a page (50 unless asked). */
export const hsdsPageQuery = z.object({
  page: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100_000)), 1),
  per_page: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(HSDS_MAX_PER_PAGE)), 50),
});

/** The language the services' names and descriptions are chosen in, where an activity has it. */
const languageQuery = z.object({ lang: z._default(z.enum(languageCodes), 'fi') });

export const hsdsRoutes = {
  hsdsServices: defineRoute({
    method: 'GET',
    path: '/api/hsds/services',
    access: 'public',
    summary:
      "The tray's activities as Open Referral HSDS 3.0 services, paged as HSDS lists; ended ones as `defunct`.",
    tags: ['hsds'],
    query: z.extend(hsdsPageQuery, languageQuery.shape),
    response: hsdsPageOf(hsdsService),
  }),
  hsdsService: defineRoute({
    method: 'GET',
    path: '/api/hsds/services/{id}',
    access: 'public',
    summary: 'One activity as an HSDS 3.0 service, with its organization.',
    tags: ['hsds'],
    params: idParams,
    query: languageQuery,
    response: hsdsService,
  }),
  hsdsOrganizations: defineRoute({
    method: 'GET',
    path: '/api/hsds/organizations',
    access: 'public',
    summary:
      "The tray's organisations (members and tray partners) as HSDS 3.0 organizations, paged as HSDS lists.",
    tags: ['hsds'],
    query: hsdsPageQuery,
    response: hsdsPageOf(hsdsOrganization),
  }),
  hsdsOrganization: defineRoute({
    method: 'GET',
    path: '/api/hsds/organizations/{id}',
    access: 'public',
    summary: 'One organisation as an HSDS 3.0 organization.',
    tags: ['hsds'],
    params: idParams,
    response: hsdsOrganization,
  }),
};
