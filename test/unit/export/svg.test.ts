import { describe, expect, it } from 'vitest';
import { escapeXml, estimateTextWidth, layoutLegend, resolveColor, svgDocument } from '../../../src/lib/export/svgDocument.ts';

const base = { body: '<g><path d="M0,0L10,10" style="stroke:#0072b2"/></g>', width: 400, height: 300, fontFamily: 'Noto Sans, "Noto Sans CJK SC"' };

describe('standalone SVG document', () => {
  it('escapes text for XML', () => {
    expect(escapeXml(`a<b & "c" 'd'>`)).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;');
  });

  it('has the SVG namespace, a white background, the title as text and as <title>, and the chart body', () => {
    const svg = svgDocument({ ...base, title: 'Churn < 3 % & falling', description: 'A chart' });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(svg).toContain('<title>Churn &lt; 3 % &amp; falling</title>');
    expect(svg).toMatch(/<text [^>]*font-weight="600"[^>]*>Churn &lt; 3 % &amp; falling<\/text>/);
    expect(svg).toContain('<desc>A chart</desc>');
    expect(svg).toContain(base.body);
    expect(svg).toContain('font-family="Noto Sans, &quot;Noto Sans CJK SC&quot;"');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('grows the height by the header and moves the chart below it', () => {
    const bare = svgDocument({ ...base, title: 'T' });
    const withLegend = svgDocument({ ...base, title: 'T', legend: [{ name: 'China Mobile', color: '#0072B2' }] });
    const height = (svg: string) => Number(/height="(\d+)" viewBox/.exec(svg)?.[1]);
    const offset = (svg: string) => Number(/<g transform="translate\(\d+,(\d+)\)">/.exec(svg)?.[1]);
    expect(height(bare)).toBeGreaterThan(300);
    const width = Number(/ width="(\d+)" height/.exec(bare)?.[1]);
    expect(width).toBeGreaterThan(400); // a margin on each side of the chart
    expect(height(withLegend) - height(bare)).toBe(offset(withLegend) - offset(bare));
    expect(offset(withLegend)).toBeGreaterThan(offset(bare));
    expect(withLegend).toContain('>China Mobile</text>');
    expect(withLegend).toContain('stroke="#0072B2"');
  });

  it('draws dashed legend entries dashed', () => {
    const svg = svgDocument({ ...base, title: 'T', legend: [{ name: '80 %', color: '#4f5863', dashed: true }] });
    expect(svg).toMatch(/<line [^>]*stroke="#4f5863"[^>]*stroke-dasharray="5 3"/);
  });

  it('draws square legend entries (bars, areas) as filled squares', () => {
    const svg = svgDocument({ ...base, title: 'T', legend: [{ name: 'Revenue', color: '#0072B2', square: true }] });
    expect(svg).toMatch(/<rect [^>]*width="10" height="10"[^>]*fill="#0072B2"/);
    expect(svg).not.toMatch(/<line [^>]*stroke="#0072B2"/);
  });

  it('wraps the legend to new rows when the width is used up, never overlapping entries in a row', () => {
    const entries = Array.from({ length: 8 }, (_, i) => ({ name: `Operator number ${i}`, color: '#000000' }));
    const placed = layoutLegend(entries, 300);
    expect(placed.at(-1)!.row).toBeGreaterThan(0);
    for (let i = 1; i < placed.length; i++) {
      const [a, b] = [placed[i - 1], placed[i]];
      if (a.row === b.row) expect(b.x).toBeGreaterThanOrEqual(a.x + estimateTextWidth(a.name, 12));
      else expect(b.x).toBe(0);
    }
  });

  it('gives legend colours named by CSS variables their values, so the file stands alone', () => {
    const page: Record<string, string> = { '--chart-baseline': ' #4f5863' };
    const lookup = (name: string) => page[name] ?? '';
    expect(resolveColor('var(--chart-baseline)', lookup)).toBe('#4f5863');
    expect(resolveColor('var(--missing, #8a939d)', lookup)).toBe('#8a939d');
    expect(resolveColor('var(--missing, var(--chart-baseline))', lookup)).toBe('#4f5863');
    expect(resolveColor('#0072B2', lookup)).toBe('#0072B2');
  });

  it('counts Chinese characters wider than Latin ones', () => {
    expect(estimateTextWidth('中国移动', 12)).toBeGreaterThan(estimateTextWidth('abcd', 12));
  });
});
