/**
 * Share links: the whole scenario in the URL hash as `#s=` + base64url(gzip(JSON)). The hash never
 * reaches a server, so a link works offline and from a static file server. Opening a link goes
 * through the same checks as a file (readScenarioText), plus limits on the link itself and on what
 * it decompresses to, so a crafted link cannot exhaust memory.
 */
import type { ScenarioInput } from '../../engine/schema.ts';
import { MAX_SCENARIO_BYTES, readScenarioText, type ImportResult } from './scenarioFile.ts';

export const SHARE_PARAM = 's';
/** gzip never makes JSON larger than this, base64 adds a third. */
const MAX_LINK_CHARS = Math.ceil((MAX_SCENARIO_BYTES * 4) / 3) + 16;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** null when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return null;
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Decompresses at most `limit` bytes: 'corrupt' when the data is not whole gzip, 'tooLarge' above the limit. */
async function gunzip(bytes: Uint8Array, limit: number): Promise<Uint8Array | 'corrupt' | 'tooLarge'> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => {});
        return 'tooLarge';
      }
      chunks.push(value);
    }
  } catch {
    return 'corrupt';
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The hash fragment (with `#`) that holds `input`. */
export async function shareHash(input: ScenarioInput): Promise<string> {
  return `#${SHARE_PARAM}=${toBase64Url(await gzip(JSON.stringify(input)))}`;
}

/** A full link to this page with the scenario in its hash. */
export async function shareUrl(input: ScenarioInput, base: string): Promise<string> {
  const url = new URL(base);
  url.hash = (await shareHash(input)).slice(1);
  return url.href;
}

/** The `s` value of a hash like `#s=…` (other hash parameters are left to others); null when absent. */
export function sharePayload(hash: string): string | null {
  if (!hash.startsWith('#')) return null;
  return new URLSearchParams(hash.slice(1)).get(SHARE_PARAM);
}

/** Opens the scenario of a share hash; null when the hash holds none. */
export async function readShareHash(hash: string): Promise<ImportResult | null> {
  const payload = sharePayload(hash);
  if (payload === null) return null;
  if (payload.length > MAX_LINK_CHARS) return { ok: false, problem: { kind: 'tooLarge', bytes: payload.length, limit: MAX_LINK_CHARS } };
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length === 0) return { ok: false, problem: { kind: 'linkEncoding' } };
  const json = await gunzip(bytes, MAX_SCENARIO_BYTES);
  if (json === 'tooLarge') return { ok: false, problem: { kind: 'tooLarge', limit: MAX_SCENARIO_BYTES } };
  if (json === 'corrupt') return { ok: false, problem: { kind: 'linkCorrupt' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch {
    return { ok: false, problem: { kind: 'linkCorrupt' } };
  }
  return readScenarioText(text);
}
