/**
 * How long each field of a statement, a signature, an invitation and a body's answer may be: the
 * API's schemas and the web app's forms both read them here (this module has no dependencies, so
 * the web app can import it without the schema library).
 */
export const statementLimits = {
  title: 200,
  body: 20_000,
  invitationMessage: 1000,
  decidedBy: 200,
  diaryNumber: 64,
  explanation: 8000,
} as const;
