/**
 * Course sources: the cited passages of the seed documents (quote, gloss, section) and how a
 * citation finds them. Data for the Sources panel and for headless reports; no UI here.
 */
export { DOCUMENTS, PASSAGES, type Passage, type SeedDocument } from './passages.ts';
export { citationParts, citationsIn, documentOf, passagesFor, resolveCitation, type CitationPart } from './resolve.ts';
