import type { TranslationFields } from './translation.ts';

/**
 * Makes a machine draft of a subject's texts (the port; `amazon-translate.ts` is its adapter).
 * Languages are the ISO 639 codes Kaiutin stores (`so`, `prs`); the adapter maps them to its
 * service's. A pair the service cannot translate answers nothing: that request starts empty.
 * A service that is busy or out of reach throws, so the stream record is tried again.
 */
export interface MachineTranslator {
  translate(fields: TranslationFields, from: string, to: string): Promise<TranslationFields | undefined>;
}
