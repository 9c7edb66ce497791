import { randomUUID } from 'node:crypto';
import { routes } from '#shared/api/routes.ts';
import type { Caller } from '#shared/auth/access.ts';
import { getConsultation } from '#shared/consultations/consultation-store.ts';
import { Conflict, Forbidden, NotFound } from '#shared/errors.ts';
import { assertMember } from '#shared/membership/organisation.ts';
import { existingOrganisation } from '#shared/membership/organisation-store.ts';
import { contentHash } from '#shared/statements/content-hash.ts';
import {
  assertEditable,
  assertLead,
  assertOpenable,
  assertSignable,
  isVisibleTo,
  type Statement,
} from '#shared/statements/statement.ts';
import {
  createStatement,
  getStatement,
  listConsultationStatements,
  listSignatures,
  saveStatement,
  sign,
  withdrawSignature,
} from '#shared/statements/statement-store.ts';
import { store } from '#shared/store/client.ts';
import { handle, httpFunction } from '../lib/http.ts';

async function visible(id: string, caller: Caller | undefined) {
  const found = await getStatement(store(), id);
  // A draft is not acknowledged to exist for anyone outside its lead organisation.
  if (!found || !isVisibleTo(found, caller)) throw new NotFound('There is no such statement.');
  return found;
}

/** The organisation the caller acts for: one they represent, and still a member. */
async function actingFor(caller: Caller, organisationId: string, action: string) {
  if (!caller.organisations.includes(organisationId))
    throw new Forbidden('You do not represent this organisation.');
  const org = await existingOrganisation(store(), organisationId);
  assertMember(org, action);
  return org;
}

async function withSignatures(s: Statement) {
  const signatures = (await listSignatures(store(), s.id)).map((signed) => ({
    ...signed,
    current: signed.contentHash === s.contentHash,
  }));
  return { ...s, signatures, currentSignatureCount: signatures.filter((signed) => signed.current).length };
}

export const handler = httpFunction(
  handle(routes.listConsultationStatements, async ({ params, caller }) => ({
    items: (await listConsultationStatements(store(), params.id)).filter((s) => isVisibleTo(s, caller)),
  })),

  handle(routes.createStatement, async ({ params, body: input, caller, now }) => {
    const org = await actingFor(caller, input.organisationId, 'lead a statement');
    const consultation = await getConsultation(store(), params.id);
    if (!consultation || consultation.status === 'draft')
      throw new NotFound('There is no such consultation.');
    if (consultation.status !== 'published')
      throw new Conflict(
        `This consultation is ${consultation.status}; statements can no longer be started.`,
        'not_published',
      );
    const at = now.toISOString();
    const { organisationId: _lead, ...text } = input;
    const created: Statement = {
      ...text,
      id: randomUUID(),
      consultationId: consultation.id,
      bodyId: consultation.bodyId,
      leadOrganisationId: org.id,
      leadOrganisationName: org.name,
      status: 'draft',
      version: 1,
      contentHash: contentHash(text),
      signatureCount: 0,
      createdAt: at,
      updatedAt: at,
    };
    await createStatement(store(), created);
    return created;
  }),

  handle(routes.getStatement, async ({ params, caller }) => withSignatures(await visible(params.id, caller))),

  handle(routes.updateStatement, async ({ params, body: changes, caller, now }) => {
    const before = await visible(params.id, caller);
    assertLead(caller, before);
    assertEditable(before);
    const { translation, ...rest } = changes;
    const edited = {
      ...before,
      ...rest,
      translation: translation === null ? undefined : (translation ?? before.translation),
    };
    const hash = contentHash(edited);
    // Nothing in the text changed: no new version, and signatures stay current.
    if (hash === before.contentHash) return before;
    const after: Statement = {
      ...edited,
      version: before.version + 1,
      contentHash: hash,
      updatedAt: now.toISOString(),
    };
    await saveStatement(store(), before, after);
    return after;
  }),

  handle(routes.openStatement, async ({ params, body, caller, now }) => {
    const before = await visible(params.id, caller);
    assertLead(caller, before);
    const consultation = await getConsultation(store(), before.consultationId);
    if (consultation?.status !== 'published')
      throw new Conflict(
        `The consultation is ${consultation?.status ?? 'gone'}; the statement cannot be opened.`,
        'not_published',
      );
    assertOpenable(before, new Date(body.cosignDeadline), consultation.statementDeadline, now);
    const at = now.toISOString();
    const after: Statement = {
      ...before,
      status: 'open',
      cosignDeadline: body.cosignDeadline,
      openedAt: at,
      updatedAt: at,
    };
    await saveStatement(store(), before, after);
    return after;
  }),

  handle(routes.signStatement, async ({ params, body, caller, now }) => {
    const s = await visible(params.id, caller);
    const org = await actingFor(caller, body.organisationId, 'sign statements');
    assertSignable(s, body.version, now);
    await sign(
      store(),
      s,
      {
        statementId: s.id,
        organisationId: org.id,
        organisationName: org.name,
        personId: caller.personId,
        signedAt: now.toISOString(),
        mandate: body.mandate,
        version: s.version,
        contentHash: s.contentHash,
      },
      now,
    );
    return withSignatures((await getStatement(store(), s.id)) as Statement);
  }),

  handle(routes.withdrawSignature, async ({ params, caller }) => {
    const s = await visible(params.id, caller);
    if (!(await withdrawSignature(store(), s, params.organisationId)))
      throw new NotFound('This organisation has not signed the statement.');
    return undefined;
  }),
);
