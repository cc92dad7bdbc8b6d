import type { Dictionary } from './dictionary.ts';

/**
 * English words of scenario validation problems (src/engine/validate.ts codes). They keep the
 * format of model.md §8, "expected a number ≥ 0.1, got -3"; values arrive already formatted.
 */
export const validationEn = {
  validationRequired: 'is required but missing',
  validationType: (expected: string, got: string) => `expected ${expected}, got ${got}`,
  validationTypeNumber: 'a number',
  validationTypeText: 'text',
  validationTypeBoolean: 'true or false',
  validationTypeObject: 'an object',
  validationTypeList: 'a list',
  validationTypeNumberOrPerSegment: 'a number or an object of numbers per segment id',
  validationFinite: (got: string) => `expected a finite number, got ${got}`,
  validationInteger: (got: string) => `expected an integer, got ${got}`,
  validationMin: (limit: string, got: string) => `expected a number ≥ ${limit}, got ${got}`,
  validationMax: (limit: string, got: string) => `expected a number ≤ ${limit}, got ${got}`,
  validationItemCount: (count: string, got: string) => `expected ${count} items, got ${got}`,
  validationMinItems: (limit: string, got: string) => `expected at least ${limit} items, got ${got}`,
  validationMaxItems: (limit: string, got: string) => `expected at most ${limit} items, got ${got}`,
  validationTextTooLong: (limit: string, length: string) => `expected text of at most ${limit} characters, got ${length}`,
  validationFormatId: (got: string) => `expected an id of lower-case letters, digits and "-" (max 32), got ${got}`,
  validationFormatColour: (got: string) => `expected a colour like #1f77b4, got ${got}`,
  validationFormatSeedFile: (got: string) => `expected a seed file number like "001", got ${got}`,
  validationIncreasing: (got: string) => `expected thresholds in increasing order, got ${got}`,
  validationOneOf: (allowed: string, got: string) => `expected one of ${allowed}, got ${got}`,
  validationDuplicateId: (id: string) => `duplicate id ${id}`,
  validationSegmentSharesSum: (whole: string, sum: string) => `expected segment shares adding up to ${whole}, got ${sum}`,
  validationNoArrivalShare: 'expected at least one segment with a positive arrival share for new customers to join',
  validationUnknownSegment: (id: string) => `unknown segment ${id}`,
  validationUnknownOperator: (id: string) => `unknown operator ${id}`,
  validationPatchNotAPath: 'not a field path (write it like operators[0].pricing.tariffIndex)',
  validationPatchNotInScenario: 'names a field that is not in the scenario',
  validationPatchNotChangeable: 'names a field a variant cannot change',
  validationUnknownField: 'unknown field (the scenario format has no field of this name)',
  validationUnknownFieldDidYouMean: (name: string) => `unknown field — did you mean ${name}?`,
  validationInitialShareSum: (segment: string, whole: string, sum: string) =>
    `expected starting shares of the operators present at month 0 adding up to ${whole} for segment ${segment}, got ${sum}`,
  validationMarketTooLarge: (customers: string, growth: string, months: string, peak: string, limit: string) =>
    `expected a market that stays manageable: ${customers} customers growing ${growth} a month for ${months} months could reach ${peak}, over the limit of ${limit}`,
  validationMoreThan: (n: string) => `more than ${n}`,
  validationQuote: (text: string) => JSON.stringify(text),
  validationListSeparator: ', ',
  validationIssueSeparator: '; ',
  validationGotNothing: 'nothing',
  validationGotList: (length: string) => `an array of ${length}`,
  validationGotObject: 'an object',
} satisfies Dictionary;
