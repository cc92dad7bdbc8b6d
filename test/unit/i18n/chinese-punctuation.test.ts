/**
 * The mechanical rules of Chinese text, checked on every zh-CN dictionary (the source, so that
 * both branches of a worded message are read) and on the presets' Chinese texts: full-width
 * punctuation between Chinese characters, no space before a percent sign, no ASCII full stop or
 * straight quotes in Chinese prose. Formulas keep ASCII brackets (ln(指数), (d + 离网率)).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const HAN = '\\u3400-\\u9fff';
const RULES: [string, RegExp][] = [
  ['ASCII , : ; ? ! ( ) next to a Chinese character', new RegExp(`[${HAN}][,:;?!()]|[,:;?!()][${HAN}]`)],
  ['a space before %', /\d\s+%/],
  ['an ASCII full stop after a Chinese character', new RegExp(`[${HAN}]\\.(?!\\d)`)],
  ['straight double quotes around Chinese', new RegExp(`"[^"\\n]*[${HAN}][^"\\n]*"`)],
];

/** Takes out the brackets of formulas: a function's argument, or a group holding an operator. */
function withoutFormulas(text: string): string {
  let previous;
  do {
    previous = text;
    text = text.replace(/([A-Za-z^])\([^()]*\)|\([^()]*[×÷+−=^/][^()]*\)/g, '$1F');
  } while (text !== previous);
  return text;
}

function problems(text: string): string[] {
  const plain = withoutFormulas(text);
  return RULES.filter(([, rule]) => rule.test(plain)).map(([name]) => name);
}

const areasDir = new URL('../../../src/lib/i18n/areas/', import.meta.url);
const scenariosDir = new URL('../../../scenarios/', import.meta.url);

function chineseOf(value: unknown, path: string, into: [string, string][]): [string, string][] {
  if (Array.isArray(value)) value.forEach((item, i) => chineseOf(item, `${path}[${i}]`, into));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      if (key === 'zh-CN' && typeof item === 'string') into.push([path, item]);
      else chineseOf(item, path ? `${path}.${key}` : key, into);
    }
  return into;
}

describe('Chinese punctuation', () => {
  it('the rules catch what they are for, and let formulas and numbers be', () => {
    expect(problems('客户数,月数')).toHaveLength(1);
    expect(problems('见下文:')).toHaveLength(1);
    expect(problems('(见下文)')).toHaveLength(1);
    expect(problems('约 20 %')).toEqual(['a space before %']);
    expect(problems('已完成.')).toEqual(['an ASCII full stop after a Chinese character']);
    expect(problems('点击"运行"')).toEqual(['straight double quotes around Chinese']);
    expect(problems('效用下降 4 × ln(指数)，生命周期 =（1 + d）÷ (d + 离网率)。约 0.3%，1:1000')).toEqual([]);
  });

  it.each(readdirSync(areasDir).filter((file) => file.endsWith('.zh-CN.ts')))('%s', (file) => {
    const lines = readFileSync(new URL(file, areasDir), 'utf8').split('\n');
    const found = lines.flatMap((line, i) => problems(line).map((problem) => `line ${i + 1}: ${problem}: ${line.trim()}`));
    expect(found).toEqual([]);
  });

  it.each(readdirSync(scenariosDir).filter((file) => file.endsWith('.json')))('scenarios/%s', (file) => {
    const texts = chineseOf(JSON.parse(readFileSync(new URL(file, scenariosDir), 'utf8')), '', []);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.flatMap(([path, text]) => problems(text).map((problem) => `${path}: ${problem}: ${text}`))).toEqual([]);
  });
});
