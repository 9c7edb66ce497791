/**
 * Stands in for nodemailer's table of file types in the Lambda bundles (see infra/bundling.ts):
 * the types Kaiutin sends, with nodemailer's own fallbacks for anything else.
 */
const byExtension = new Map([
  ['txt', 'text/plain'],
  ['html', 'text/html'],
  ['ics', 'text/calendar'],
]);

export function detectMimeType(filename?: string | false): string {
  const extension = (filename || '').split('?')[0]?.split('.').pop()?.trim().toLowerCase() ?? '';
  return byExtension.get(extension) ?? 'application/octet-stream';
}

export function detectExtension(mimeType?: string | false): string {
  const type = (mimeType || '').split(';')[0]?.trim().toLowerCase() ?? '';
  for (const [extension, known] of byExtension) if (known === type) return extension;
  return type.startsWith('text/') ? 'txt' : 'bin';
}
