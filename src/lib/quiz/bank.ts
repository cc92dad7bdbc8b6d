/**
 * The course's question bank (seed 001, curated in shared/design/quiz-bank.md and converted once
 * by scripts/quiz-bank.py into bank.json). The Chinese is the source's own; the English is the
 * curator's gloss. Answers: option keys, true/false, or a model answer the trainee marks himself.
 */
import bank from './bank.json';

export type QuestionKind = 'single' | 'multiple' | 'trueFalse' | 'fill' | 'short' | 'definition' | 'case';

export interface QuizOption {
  key: string;
  zh: string;
  en: string;
}

export interface Question {
  /** Q1–Q86 from the source's exam banks; P1–P7 case questions built from its article. */
  id: string;
  /** Line(s) of seed 001 the question comes from. */
  line: string;
  kind: QuestionKind;
  /** One concept of the model (`80/20`, `churn drivers`, …) or `off-model`. */
  tag: string;
  zh: string;
  en: string;
  options?: QuizOption[];
  /** Correct option keys of a choice question. */
  keys?: string[];
  /** Answer of a true/false question. */
  truth?: boolean;
  /** Short answer of a text question (the source's words, often with a gloss). */
  answer?: string;
  /** The answer as the curated bank writes it (may explain or list steps). */
  answerText: string;
  /** The answer is the curator's proposal (the source gives none). */
  proposed: boolean;
}

export const QUESTIONS: readonly Question[] = bank as Question[];

/** Questions the machine can mark; the others the trainee marks after reading the model answer. */
export const isAutoMarked = (q: Question): boolean => q.kind === 'single' || q.kind === 'multiple' || q.kind === 'trueFalse';
