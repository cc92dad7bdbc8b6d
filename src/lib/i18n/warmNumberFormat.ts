/**
 * A page's first Intl number formatter costs 15–30 ms in Chromium on this machine (the locale data
 * is loaded then); later ones, in either language and any style, cost a tenth of a millisecond.
 * main.ts pays it while the app's scripts are still loading, when the main thread would otherwise
 * wait, instead of in the first chart's drawing (its axis labels are the first numbers formatted).
 */
export function warmNumberFormat(): void {
  new Intl.NumberFormat('en').format(0);
}
