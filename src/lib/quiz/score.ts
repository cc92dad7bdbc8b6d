/**
 * Marking a quiz. Choice and true/false questions are marked against the key; a text answer is
 * marked by the trainee after reading the model answer (the source's answers are phrases, not
 * strings a machine could match fairly).
 */
import { isAutoMarked, type Question } from './bank.ts';

export type Response = { keys: string[] } | { truth: boolean } | { selfMark: boolean };

export function isCorrect(question: Question, response: Response): boolean {
  if ('selfMark' in response) return !isAutoMarked(question) && response.selfMark;
  if ('truth' in response) return question.kind === 'trueFalse' && question.truth === response.truth;
  const expected = [...(question.keys ?? [])].sort().join();
  return (question.kind === 'single' || question.kind === 'multiple') && expected !== '' && [...response.keys].sort().join() === expected;
}

export interface QuizScore {
  answered: number;
  correct: number;
  total: number;
  /** correct ÷ answered, 0 before any answer. */
  share: number;
}

export function scoreQuiz(questions: readonly Question[], responses: ReadonlyMap<string, Response>): QuizScore {
  let answered = 0;
  let correct = 0;
  for (const question of questions) {
    const response = responses.get(question.id);
    if (!response) continue;
    answered++;
    if (isCorrect(question, response)) correct++;
  }
  return { answered, correct, total: questions.length, share: answered === 0 ? 0 : correct / answered };
}
