/** File names of exports: `<scenario>-<chart>-<seed>.<ext>`, safe on every file system. */
function slug(text: string): string {
  const cleaned = text
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\s]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return cleaned || 'chart';
}

export function exportFileName(scenarioId: string, chartId: string, seed: number, ext: 'csv' | 'svg' | 'png'): string {
  return `${slug(scenarioId)}-${slug(chartId)}-${Number.isFinite(seed) ? seed : 0}.${ext}`;
}
