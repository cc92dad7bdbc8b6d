/** Words a file, link or storage problem in the UI language; names the field where there is one. */
import type { storageEn } from '../i18n/areas/storage.en.ts';
import type { Locale } from '../i18n/index.svelte.ts';
import { issueLine, type ValidationWords } from '../i18n/issueText.ts';
import type { ImportProblem } from './scenarioFile.ts';
import { jsonProblemText, type JsonWords } from '../editor/jsonProblemText.ts';

export type ProblemWords = typeof storageEn & ValidationWords & JsonWords;

/** How many field problems a message lists before "and N more". */
const LISTED_ISSUES = 4;

/** `locale` formats the numbers in field problems (the words come from `w`). */
export function describeImportProblem(p: ImportProblem, w: ProblemWords, locale: Locale = 'en'): string {
  switch (p.kind) {
    case 'tooLarge':
      return w.storageProblemTooLarge(p.bytes, p.limit);
    case 'empty':
      return w.storageProblemEmpty;
    case 'tooDeep':
      return w.storageProblemTooDeep(p.limit);
    case 'notJson':
      return w.storageProblemNotJson(p.line, p.column, jsonProblemText(w, p.problem, p.found));
    case 'unreadable':
      return w.storageProblemUnreadable(p.detail);
    case 'linkEncoding':
      return w.storageProblemLinkEncoding;
    case 'linkCorrupt':
      return w.storageProblemLinkCorrupt;
    case 'invalid': {
      const listed = p.issues
        .slice(0, LISTED_ISSUES)
        .map((issue) => issueLine(issue, w, { locale }))
        .join(w.validationIssueSeparator);
      return w.storageProblemInvalid(p.issues.length, listed, Math.max(0, p.issues.length - LISTED_ISSUES));
    }
    case 'version': {
      const v = p.problem;
      switch (v.kind) {
        case 'notObject':
          return w.storageProblemNotObject;
        case 'missingVersion':
          return w.storageProblemMissingVersion;
        case 'badVersion':
          return w.storageProblemBadVersion(v.value);
        case 'futureVersion':
          return w.storageProblemFutureVersion(v.version, v.current);
        case 'unsupportedVersion':
          return w.storageProblemOldVersion(v.version, v.current);
      }
    }
  }
}
