/**
 * The cividis colour scale, as d3-scale-chromatic's `interpolateCividis` (ISC licence, copyright
 * 2010-2026 Mike Bostock). Copied because importing it from that package bundled all its colour
 * schemes (its published build is one module whose schemes are made by calls the bundler cannot
 * drop): about 6 kB gzipped at start for this one function.
 */
export function interpolateCividis(t: number): string {
  t = Math.max(0, Math.min(1, t));
  const channel = (value: number) => Math.max(0, Math.min(255, Math.round(value)));
  return (
    'rgb(' +
    channel(-4.54 - t * (35.34 - t * (2381.73 - t * (6402.7 - t * (7024.72 - t * 2710.57))))) +
    ', ' +
    channel(32.49 + t * (170.73 + t * (52.82 - t * (131.46 - t * (176.58 - t * 67.37))))) +
    ', ' +
    channel(81.24 + t * (442.36 - t * (2482.43 - t * (6167.24 - t * (6614.94 - t * 2475.67))))) +
    ')'
  );
}
