/**
 * Turns a chart's on-screen <svg> into a standalone SVG file and a 2× PNG. The on-screen SVG is
 * styled by CSS (variables, scoped classes) that a file would lose, so the clone gets the computed
 * values of the presentation properties inlined, and legend colours given as CSS variables get
 * their values. Parts marked `data-export="skip"` (hover layers) are left out.
 */
import { resolveColor, svgDocument, type LegendEntry } from './svgDocument.ts';

const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'paint-order',
] as const;

function inlineStyles(source: Element, clone: Element): void {
  const style = getComputedStyle(source);
  const declarations = PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
  clone.setAttribute('style', declarations);
  const from = source.children;
  const to = clone.children;
  for (let i = 0; i < from.length; i++) inlineStyles(from[i], to[i]);
}

export interface ChartExportInput {
  svg: SVGSVGElement;
  title: string;
  description?: string;
  legend?: LegendEntry[];
}

export function chartSvgText({ svg, title, description, legend }: ChartExportInput): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  for (const skip of clone.querySelectorAll('[data-export="skip"]')) skip.remove();
  const serializer = new XMLSerializer();
  const body = Array.from(clone.childNodes)
    .filter((node) => !(node instanceof Element && (node.localName === 'desc' || node.localName === 'title')))
    .map((node) => serializer.serializeToString(node))
    .join('');
  const box = svg.getBoundingClientRect();
  const style = getComputedStyle(svg);
  return svgDocument({
    body,
    width: box.width,
    height: box.height,
    title,
    description,
    legend: legend?.map((entry) => ({ ...entry, color: resolveColor(entry.color, (name) => style.getPropertyValue(name)) })),
    fontFamily: style.fontFamily,
  });
}

/** Draws the SVG text on a canvas at `scale`× and encodes it as PNG. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
