import type { SeedDocumentKey, SeedSource } from '../types';

/** Date on which every record of the seed dataset was checked against the seed documents. */
export const VERIFIED_ON = '2026-11-22';

/**
 * Titles and URLs of the six seed documents. A URL is given only when the document itself prints
 * one: the Tuto3-PAT brochures point readers to www.mentalnet.eu and the HelpEx newsletter to
 * www.help-ex.eu (both are project websites, not the address of the document itself). The MHE guide
 * prints no address for itself and no published address for it was found, so its URL is null (readers
 * see the title without a link). No address is guessed.
 */
const DOCUMENTS: Record<SeedDocumentKey, { title: string; url: string | null }> = {
  'tuto3-en': {
    title: 'Tuto3-PAT (Peer and Team Support) project brochure — English version',
    url: 'https://www.mentalnet.eu',
  },
  'tuto3-no': {
    title:
      'Tuto3-PAT (Peer and Team Support) prosjektbrosjyre — Norwegian version, with Result 1 (competency framework)',
    url: 'https://www.mentalnet.eu',
  },
  'tuto3-pt': {
    title:
      'Tuto3-PAT (Peer and Team Support) brochura — Portuguese version, with the competency framework and its comparison with social-work competencies',
    url: 'https://www.mentalnet.eu',
  },
  'tuto3-fr': {
    title: 'TUTO3 - PAT — résumé du projet (French project summary, ERASMUS 2021-1-BE01-KA220-VET-000034852)',
    url: 'https://www.mentalnet.eu',
  },
  'mhe-guide': {
    title: 'Mental Health Europe — Short Guide: Peer Support in Mental Health Care (Dec 2024)',
    url: null,
  },
  'helpex-3': {
    title:
      'HelpEx — European Qualification of Ex-Patients in the Helping Process of Rehabilitation and Recovery, Project Newsletter, Issue 3 (Spring 2022)',
    url: 'https://www.help-ex.eu',
  },
};

/** Build a SeedSource for one seed document, with an optional locator inside it. */
export function src(document: SeedDocumentKey, locator?: string): SeedSource {
  const d = DOCUMENTS[document];
  const s: SeedSource = { title: d.title, url: d.url, document };
  if (locator !== undefined) s.locator = locator;
  return s;
}

export const TUTO3_EN: SeedSource = src('tuto3-en');
export const TUTO3_NO: SeedSource = src('tuto3-no');
export const TUTO3_PT: SeedSource = src('tuto3-pt');
export const TUTO3_FR: SeedSource = src('tuto3-fr');
export const MHE_GUIDE: SeedSource = src('mhe-guide');
export const HELPEX_3: SeedSource = src('helpex-3');

/** All six seed documents, without locators. */
export const SEED_SOURCES: SeedSource[] = [TUTO3_EN, TUTO3_NO, TUTO3_PT, TUTO3_FR, MHE_GUIDE, HELPEX_3];
