import { describe, expect, it } from 'vitest';
import { VIEW_IDS } from '../../../src/engine/schema.ts';
import { QUESTIONS, isAutoMarked } from '../../../src/lib/quiz/bank.ts';
import { TAG_LINKS, questionsForPreset, seeItHappen } from '../../../src/lib/quiz/links.ts';
import { isCorrect, scoreQuiz, type Response } from '../../../src/lib/quiz/score.ts';
import { presetById } from '../../../src/lib/scenario/presets.ts';

const byId = (id: string) => QUESTIONS.find((q) => q.id === id)!;

describe('the question bank', () => {
  it('holds the source’s 86 questions and 7 case questions, each in both languages', () => {
    expect(QUESTIONS.filter((q) => q.id.startsWith('Q'))).toHaveLength(86);
    expect(QUESTIONS.filter((q) => q.id.startsWith('P'))).toHaveLength(7);
    for (const q of QUESTIONS) {
      expect(q.zh.length, q.id).toBeGreaterThan(3);
      expect(q.en.length, q.id).toBeGreaterThan(3);
    }
  });

  it('gives every machine-marked question a key among its options', () => {
    for (const q of QUESTIONS.filter(isAutoMarked)) {
      if (q.kind === 'trueFalse') expect(typeof q.truth, q.id).toBe('boolean');
      else
        for (const key of q.keys ?? ['none'])
          expect(
            q.options?.map((o) => o.key),
            q.id,
          ).toContain(key);
    }
  });

  it('writes the Chinese with full-width punctuation between Chinese characters', () => {
    for (const q of QUESTIONS) expect(q.zh, q.id).not.toMatch(/[\u4e00-\u9fff][,:;?!]\s*[\u4e00-\u9fff]/);
  });

  it('links every concept either to a preset and a view or, deliberately, to nothing', () => {
    for (const q of QUESTIONS) expect(Object.keys(TAG_LINKS), `${q.id} tag ${q.tag}`).toContain(q.tag);
    for (const [tag, link] of Object.entries(TAG_LINKS)) {
      if (!link) continue;
      expect(presetById(link.preset), tag).toBeDefined();
      expect(VIEW_IDS, tag).toContain(link.view);
    }
    expect(seeItHappen(byId('P2'))?.preset).toBe('gotone-vip-tiers');
    expect(seeItHappen(byId('Q4'))).toBeNull();
  });

  it('finds a preset’s questions for #quiz=<preset>', () => {
    const questions = questionsForPreset(QUESTIONS, 'churn-early-warning');
    expect(questions.map((q) => q.id)).toContain('Q36');
    expect(questions.every((q) => seeItHappen(q)?.preset === 'churn-early-warning')).toBe(true);
  });
});

describe('marking', () => {
  it('marks choice, multiple choice and true/false against the key', () => {
    expect(isCorrect(byId('Q1'), { keys: ['D'] })).toBe(true);
    expect(isCorrect(byId('Q1'), { keys: ['A'] })).toBe(false);
    // Multiple choice: all keys, in any order, and nothing more.
    expect(isCorrect(byId('Q10'), { keys: ['E', 'D', 'B', 'A'] })).toBe(true);
    expect(isCorrect(byId('Q10'), { keys: ['A', 'B', 'D'] })).toBe(false);
    expect(isCorrect(byId('Q36'), { truth: true })).toBe(true);
    expect(isCorrect(byId('Q6'), { truth: true })).toBe(false);
  });

  it('takes the trainee’s own mark only for text questions', () => {
    expect(isCorrect(byId('Q2'), { selfMark: true })).toBe(true);
    expect(isCorrect(byId('Q2'), { selfMark: false })).toBe(false);
    expect(isCorrect(byId('Q1'), { selfMark: true })).toBe(false);
  });

  it('scores what was answered', () => {
    const responses = new Map<string, Response>([
      ['Q1', { keys: ['D'] }],
      ['Q36', { truth: false }],
      ['Q2', { selfMark: true }],
    ]);
    const questions = [byId('Q1'), byId('Q2'), byId('Q36'), byId('Q35')];
    expect(scoreQuiz(questions, responses)).toEqual({ answered: 3, correct: 2, total: 4, share: 2 / 3 });
    expect(scoreQuiz(questions, new Map()).share).toBe(0);
  });
});
