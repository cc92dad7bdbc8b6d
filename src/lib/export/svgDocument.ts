/**
 * Builds the text of a standalone SVG file from a chart's drawing: white background, the chart's
 * title and legend drawn in SVG (on screen they are HTML), then the chart itself. Pure string work
 * so it can be unit-tested; `svgExport.ts` does the DOM part (cloning, inlining computed styles).
 */

export interface LegendEntry {
  name: string;
  color: string;
  /** Drawn as a dashed line (reference lines, baseline ghost). */
  dashed?: boolean;
  /** Drawn as a filled square (bars, areas, cells) instead of a line. */
  square?: boolean;
}

export interface SvgDocumentInput {
  /** Serialised children of the chart's <svg>, styles already inlined. */
  body: string;
  width: number;
  height: number;
  title: string;
  /** Accessible description of the chart, kept as <desc>. */
  description?: string;
  legend?: LegendEntry[];
  fontFamily: string;
}

const TITLE_SIZE = 16;
const LEGEND_SIZE = 12;
const PAD = 12;
const LINE = 18;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

/** Rough text width for layout without a DOM: CJK glyphs are about twice as wide as Latin ones. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.58;
  return units * fontSize;
}

/**
 * A colour as a standalone file can hold it: `var(--name)` (or `var(--name, fallback)`) replaced by
 * the variable's value from `lookup` (the page's computed style), other colours as they are.
 */
export function resolveColor(color: string, lookup: (name: string) => string): string {
  const match = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+?)\s*)?\)$/.exec(color.trim());
  if (!match) return color;
  const value = lookup(match[1]).trim();
  return value || (match[2] !== undefined ? resolveColor(match[2], lookup) : color);
}

export interface PlacedEntry extends LegendEntry {
  x: number;
  row: number;
}

/** Flows legend entries left to right, wrapping to a new row when the width is used up. */
export function layoutLegend(entries: LegendEntry[], width: number, fontSize = LEGEND_SIZE): PlacedEntry[] {
  const placed: PlacedEntry[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const w = 24 + estimateTextWidth(entry.name, fontSize) + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    placed.push({ ...entry, x, row });
    x += w;
  }
  return placed;
}

export function svgDocument(input: SvgDocumentInput): string {
  const { body, width, height, title, description, legend = [], fontFamily } = input;
  const placed = layoutLegend(legend, width);
  const legendRows = placed.length ? placed[placed.length - 1].row + 1 : 0;
  const top = PAD + TITLE_SIZE + 6 + legendRows * LINE + (legendRows ? 6 : 0);
  const total = Math.ceil(top + height + PAD);
  // The card's padding is not part of the chart's <svg>: give the file the same margin on each side.
  const fullWidth = Math.ceil(width + 2 * PAD);
  const legendMarks = placed
    .map((e) => {
      const y = PAD + TITLE_SIZE + 6 + e.row * LINE + LINE / 2;
      const x = PAD + e.x;
      const dash = e.dashed ? ' stroke-dasharray="5 3"' : '';
      const mark = e.square
        ? `<rect x="${x + 4}" y="${y - 5}" width="10" height="10" rx="2" fill="${escapeXml(e.color)}"/>`
        : `<line x1="${x}" x2="${x + 18}" y1="${y}" y2="${y}" stroke="${escapeXml(e.color)}" stroke-width="3"${dash}/>`;
      return mark + `<text x="${x + 24}" y="${y}" dy="0.35em" font-size="${LEGEND_SIZE}" fill="#1b1f24">${escapeXml(e.name)}</text>`;
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fullWidth}" height="${total}" viewBox="0 0 ${fullWidth} ${total}" ` +
    `font-family="${escapeXml(fontFamily)}">` +
    `<title>${escapeXml(title)}</title>` +
    (description ? `<desc>${escapeXml(description)}</desc>` : '') +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="${PAD}" y="${PAD + TITLE_SIZE}" font-size="${TITLE_SIZE}" font-weight="600" fill="#1b1f24">${escapeXml(title)}</text>` +
    legendMarks +
    `<g transform="translate(${PAD},${top})">${body}</g>` +
    `</svg>\n`
  );
}
