/** Words a JSON syntax problem of the raw JSON view in the current language. */
import type { editorEn } from '../i18n/areas/editor.en.ts';
import type { JsonProblem } from './jsonError.ts';

/** The words it needs (the whole dictionary will do). */
export type JsonWords = Pick<
  typeof editorEn,
  | 'editorJsonEnd'
  | 'editorJsonValue'
  | 'editorJsonPropertyName'
  | 'editorJsonColon'
  | 'editorJsonCommaOrBrace'
  | 'editorJsonCommaOrBracket'
  | 'editorJsonHexEscape'
  | 'editorJsonEscape'
  | 'editorJsonControlCharacter'
  | 'editorJsonUnterminatedString'
  | 'editorJsonNumber'
  | 'editorJsonTrailing'
>;

export function jsonProblemText(m: JsonWords, problem: JsonProblem, found: string): string {
  switch (problem) {
    case 'end':
      return m.editorJsonEnd;
    case 'value':
      return m.editorJsonValue(found);
    case 'propertyName':
      return m.editorJsonPropertyName(found);
    case 'colon':
      return m.editorJsonColon(found);
    case 'commaOrBrace':
      return m.editorJsonCommaOrBrace(found);
    case 'commaOrBracket':
      return m.editorJsonCommaOrBracket(found);
    case 'hexEscape':
      return m.editorJsonHexEscape;
    case 'escape':
      return m.editorJsonEscape(found);
    case 'controlCharacter':
      return m.editorJsonControlCharacter;
    case 'unterminatedString':
      return m.editorJsonUnterminatedString;
    case 'number':
      return m.editorJsonNumber(found);
    case 'trailing':
      return m.editorJsonTrailing(found);
  }
}
