import { describe, expect, it } from 'vitest';
import { CHART_TERMS } from '../../../src/lib/glossary/chartTerms.ts';
import { TERMS, searchTerms, termById } from '../../../src/lib/glossary/terms.ts';
import { parseRoute, routeHash } from '../../../src/lib/routes/hashRoute.ts';

describe('the glossary', () => {
  it('has unique ids and both languages for every term', () => {
    expect(new Set(TERMS.map((t) => t.id)).size).toBe(TERMS.length);
    for (const term of TERMS) {
      expect(term.zh && term.en && term.definition.en && term.definition['zh-CN'], term.id).toBeTruthy();
      expect(term.definition['zh-CN'], term.id).not.toMatch(/[\u4e00-\u9fff][,:;]\s*[\u4e00-\u9fff]|\d %/);
    }
  });

  it('holds the course’s core terms', () => {
    for (const zh of ['离网率', '大客户', '集团客户', '携号转网', '积分', '客户经理', '每用户平均收入', '客户生命周期价值']) {
      expect(TERMS.map((t) => t.zh)).toContain(zh);
    }
  });

  it('finds terms in either language and by abbreviation', () => {
    expect(searchTerms('离网').map((t) => t.id)).toContain('churn');
    expect(searchTerms('clv').map((t) => t.id)).toEqual(['clv']);
    expect(searchTerms('终身价值').map((t) => t.id)).toEqual(['clv']);
    expect(searchTerms('  ')).toHaveLength(TERMS.length);
    expect(termById('portability')?.zh).toBe('携号转网');
  });
});

describe('page links', () => {
  it('reads #quiz, #quiz=<preset>, #glossary=<term> and leaves share links to the workbench', () => {
    expect(parseRoute('#quiz')).toEqual({ kind: 'quiz', preset: undefined });
    expect(parseRoute('#quiz=acquire-vs-retain')).toEqual({ kind: 'quiz', preset: 'acquire-vs-retain' });
    expect(parseRoute('#glossary=churn')).toEqual({ kind: 'glossary', term: 'churn' });
    expect(parseRoute('#s=H4sIAAAA')).toEqual({ kind: 'workbench' });
    expect(parseRoute('')).toEqual({ kind: 'workbench' });
    expect(parseRoute('#present=service-recovery')).toEqual({ kind: 'present', preset: 'service-recovery' });
    expect(parseRoute('#present=')).toEqual({ kind: 'present', preset: 'default' });
  });

  it('writes the links it reads', () => {
    for (const hash of ['#quiz', '#quiz=default', '#glossary', '#glossary=clv', '#present=acquire-vs-retain', '#game'])
      expect(routeHash(parseRoute(hash))).toBe(hash);
  });
});

describe('chart titles', () => {
  it('link to glossary terms that exist, under the same names', () => {
    for (const [chart, term] of Object.entries(CHART_TERMS)) {
      const entry = termById(term.id);
      expect(entry, chart).toBeDefined();
      expect([entry?.en, entry?.zh], chart).toEqual([term.en, term.zh]);
    }
  });
});
