import * as z from 'zod/mini';
import { topics } from '#shared/topics.ts';
import { material, materialChanges, materialInput } from '#shared/tray/activity.ts';
import { defineRoute } from '../contract.ts';
import { cursorQuery, idParams, page } from './common.ts';

/** A material with the name of the organisation that shares it, as lists show it. */
export const materialView = z.extend(material, { organisationName: z.optional(z.string()) });

export const materialsQuery = z.extend(cursorQuery, {
  /** An ISO 639 code the material is in. */
  language: z.optional(z.string().check(z.trim(), z.toLowerCase(), z.minLength(2), z.maxLength(3))),
  topic: z.optional(z.enum(topics)),
  /** Words that must all occur in the title or the description. */
  q: z.optional(z.string().check(z.trim(), z.maxLength(200))),
});

export const materialsRoutes = {
  listMaterials: defineRoute({
    method: 'GET',
    path: '/api/materials',
    access: 'public',
    summary:
      "The material bank, newest first: links the tray's organisations share, by language, topic and words.",
    tags: ['materials'],
    query: materialsQuery,
    response: page(materialView),
  }),
  listOrganisationMaterials: defineRoute({
    method: 'GET',
    path: '/api/organisations/{id}/materials',
    access: 'public',
    summary: "An organisation's materials, newest first.",
    tags: ['materials'],
    params: idParams,
    query: cursorQuery,
    response: page(materialView),
  }),
  shareMaterial: defineRoute({
    method: 'POST',
    path: '/api/materials',
    access: 'signedIn',
    summary:
      'Shares a link in the material bank for a member organisation or tray partner (its representatives or the coordinator).',
    tags: ['materials'],
    body: materialInput,
    response: material,
    successStatus: 201,
  }),
  updateMaterial: defineRoute({
    method: 'PATCH',
    path: '/api/materials/{id}',
    access: 'signedIn',
    summary: "Changes a material (its organisation's representatives or the coordinator).",
    tags: ['materials'],
    params: idParams,
    body: materialChanges,
    response: material,
  }),
  removeMaterial: defineRoute({
    method: 'DELETE',
    path: '/api/materials/{id}',
    access: 'signedIn',
    summary: "Takes a material out of the bank (its organisation's representatives or the coordinator).",
    tags: ['materials'],
    params: idParams,
    response: null,
    successStatus: 204,
  }),
};
