/**
 * The built page's Content-Security-Policy: scripts and workers only from the app's own files (no
 * eval, no inline script), no network beyond the app's origin, and no plugins, frames or form
 * posts. Inline style attributes stay allowed: Svelte sets chart positions and colours with them.
 * Images may be data: and blob: URLs (a chart's PNG export draws its SVG through one).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
