/**
 * Words a scenario validation problem in the UI language from its language-free `code` and
 * `params` (src/engine/validate.ts). The engine's English `message` is shown only for a rule this
 * file does not know (`other`), so a new schema rule is never silent. Pure: the words and the
 * locale come in as arguments.
 */
import type { ExpectedType, Got, IssueCode, PatchPathProblem, TextFormat, ValidationIssue } from '../../engine/validate.ts';
import type { validationEn } from './areas/validation.en.ts';
import type { Locale } from './index.svelte.ts';

export type ValidationWords = typeof validationEn;

export interface IssueTextOptions {
  locale: Locale;
  /**
   * Formats a value of the field (a limit or the offending number). The editor passes its display
   * units (a share 0.95 as "95 %"); the default is the plain number in the locale.
   */
  value?: (x: number) => string;
}

/** Every code the wording below knows; `other` is the fallback, not a rule. */
export const WORDED_CODES = [
  'required',
  'type',
  'finite',
  'integer',
  'min',
  'max',
  'itemCount',
  'minItems',
  'maxItems',
  'textTooLong',
  'format',
  'increasing',
  'oneOf',
  'duplicateId',
  'segmentSharesSum',
  'noArrivalShare',
  'unknownSegment',
  'unknownOperator',
  'initialShareSum',
  'marketTooLarge',
  'patchPath',
  'unknownField',
] as const satisfies readonly Exclude<IssueCode, 'other'>[];

/**
 * A field's allowed range helps to fix this problem and the message does not state it (a min/max
 * message already names the limit; an unknown segment has nothing to do with the range).
 */
export function rangeHintHelps(issue: ValidationIssue): boolean {
  return issue.code === 'type' || issue.code === 'finite' || issue.code === 'integer' || issue.code === 'other';
}

const TYPE_WORDS = {
  number: 'validationTypeNumber',
  text: 'validationTypeText',
  boolean: 'validationTypeBoolean',
  object: 'validationTypeObject',
  list: 'validationTypeList',
  numberOrPerSegment: 'validationTypeNumberOrPerSegment',
} as const satisfies Record<ExpectedType, keyof ValidationWords>;

const FORMAT_WORDS = {
  id: 'validationFormatId',
  colour: 'validationFormatColour',
  seedFile: 'validationFormatSeedFile',
} as const satisfies Record<TextFormat, keyof ValidationWords>;

const PATCH_WORDS = {
  notAPath: 'validationPatchNotAPath',
  notInScenario: 'validationPatchNotInScenario',
  notChangeable: 'validationPatchNotChangeable',
} as const satisfies Record<PatchPathProblem, keyof ValidationWords>;

/** The problem in the words of `w`, without its path. */
export function issueText(issue: ValidationIssue, w: ValidationWords, options: IssueTextOptions): string {
  const plain = new Intl.NumberFormat(options.locale, { maximumFractionDigits: 4 });
  const count = (x: number) => plain.format(x);
  const value = options.value ?? count;
  const percent = (x: number) => new Intl.NumberFormat(options.locale, { style: 'percent', maximumFractionDigits: 1 }).format(x);
  const got = (g: Got): string => {
    switch (g.kind) {
      case 'missing':
        return w.validationGotNothing;
      case 'number':
        return value(g.value);
      case 'text':
        return w.validationQuote(g.value);
      case 'boolean':
        return String(g.value);
      case 'null':
        return 'null';
      case 'list':
        return w.validationGotList(count(g.length));
      case 'object':
        return w.validationGotObject;
    }
  };

  switch (issue.code) {
    case 'required':
      return w.validationRequired;
    case 'type':
      return w.validationType(w[TYPE_WORDS[issue.params.expected]], got(issue.params.got));
    case 'finite':
      return w.validationFinite(got(issue.params.got));
    case 'integer':
      return w.validationInteger(got(issue.params.got));
    case 'min':
      return w.validationMin(value(issue.params.limit), got(issue.params.got));
    case 'max':
      return w.validationMax(value(issue.params.limit), got(issue.params.got));
    case 'itemCount':
      return w.validationItemCount(count(issue.params.count), got(issue.params.got));
    case 'minItems':
      return w.validationMinItems(count(issue.params.limit), got(issue.params.got));
    case 'maxItems':
      return w.validationMaxItems(count(issue.params.limit), got(issue.params.got));
    case 'textTooLong':
      return w.validationTextTooLong(count(issue.params.limit), count(issue.params.length));
    case 'format':
      return w[FORMAT_WORDS[issue.params.format]](got(issue.params.got));
    case 'increasing':
      return w.validationIncreasing(got(issue.params.got));
    case 'oneOf':
      return w.validationOneOf(issue.params.allowed.join(w.validationListSeparator), got(issue.params.got));
    case 'duplicateId':
      return w.validationDuplicateId(w.validationQuote(issue.params.id));
    case 'segmentSharesSum':
      return w.validationSegmentSharesSum(percent(1), percent(issue.params.sum));
    case 'noArrivalShare':
      return w.validationNoArrivalShare;
    case 'unknownSegment':
      return w.validationUnknownSegment(w.validationQuote(issue.params.id));
    case 'unknownOperator':
      return w.validationUnknownOperator(w.validationQuote(issue.params.id));
    case 'initialShareSum':
      return w.validationInitialShareSum(w.validationQuote(issue.params.segment), percent(1), percent(issue.params.sum));
    case 'marketTooLarge': {
      const p = issue.params;
      const peak = p.peakAtLeast ? w.validationMoreThan(count(p.peak)) : count(p.peak);
      return w.validationMarketTooLarge(count(p.customers), percent(p.growthPercent / 100), count(p.months), peak, count(p.limit));
    }
    case 'unknownField':
      return issue.params.suggestion ? w.validationUnknownFieldDidYouMean(issue.params.suggestion) : w.validationUnknownField;
    case 'patchPath':
      return w[PATCH_WORDS[issue.params.reason]];
    case 'other':
      return issue.message;
  }
}

/** `path: problem`, as the issue lists show it (the path names the field in the file). */
export function issueLine(issue: ValidationIssue, w: ValidationWords, options: IssueTextOptions): string {
  const text = issueText(issue, w, options);
  return issue.path ? `${issue.path}: ${text}` : text;
}
