import { SCHEMA_VERSION } from '../../../src/engine/schema.ts';
import { describe, expect, it } from 'vitest';
import { describeImportProblem } from '../../../src/lib/files/describe.ts';
import { fromBase64Url, readShareHash, shareHash, sharePayload, shareUrl, toBase64Url } from '../../../src/lib/files/shareLink.ts';
import { en } from '../../../src/lib/i18n/dictionaries.ts';
import { loadPresets } from '../../../src/lib/scenario/presets.ts';
import { readScenarioInput } from '../../helpers/scenarios.ts';

// Every preset's file (the app fetches all but the default when first opened).
const presets = await loadPresets();

async function gzipBytes(text: string): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
}

describe('share links', () => {
  it('every preset survives scenario → link → scenario exactly; link lengths are reported', async () => {
    const lengths: string[] = [];
    for (const preset of presets) {
      const hash = await shareHash(preset.input);
      expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
      const opened = await readShareHash(hash);
      expect(opened).toEqual({ ok: true, input: preset.input, migratedFrom: SCHEMA_VERSION });
      lengths.push(`${preset.file}: ${hash.length} (JSON ${JSON.stringify(preset.input).length})`);
    }
    const url = await shareUrl(readScenarioInput('default'), 'https://example.org/workbench/index.html?lang=en#old');
    lengths.push(`default full URL on https://example.org/workbench/index.html?lang=en: ${url.length}`);
    console.info(`share link lengths (hash characters):\n  ${lengths.join('\n  ')}`);
    expect(url.startsWith('https://example.org/workbench/index.html?lang=en#s=')).toBe(true);
  });

  it('a hash without a link is not an error; other hash parameters are left alone', async () => {
    expect(await readShareHash('')).toBeNull();
    expect(await readShareHash('#view=churn')).toBeNull();
    expect(sharePayload('#view=churn&s=abc')).toBe('abc');
  });

  it('base64url round-trips bytes of every value, and refuses other alphabets', () => {
    const bytes = Uint8Array.from({ length: 256 * 3 + 1 }, (_, i) => (i * 7) % 256);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(fromBase64Url('ab+/')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull(); // 5 characters cannot be base64
  });

  it('bad, truncated or hostile links give a message, not a crash', async () => {
    const hash = await shareHash(readScenarioInput('default'));
    const problem = async (h: string) => {
      const result = await readShareHash(h);
      if (!result || result.ok) throw new Error(`expected ${h.slice(0, 30)} to be refused`);
      return { kind: result.problem.kind, text: describeImportProblem(result.problem, en) };
    };
    expect((await problem(hash.slice(0, Math.floor(hash.length / 2)))).kind).toMatch(/linkCorrupt|linkEncoding/);
    expect(await problem('#s=%%%')).toMatchObject({ kind: 'linkEncoding', text: expect.stringMatching(/base64url/) });
    expect((await problem('#s=')).kind).toBe('linkEncoding');
    expect((await problem(`#s=${toBase64Url(new TextEncoder().encode('not gzip at all'))}`)).kind).toBe('linkCorrupt');
    // Valid gzip of something that is not a scenario: the file checks name the problem.
    expect((await problem(`#s=${toBase64Url(await gzipBytes('{"schemaVersion": 9}'))}`)).text).toMatch(/newer version/);
    expect((await problem(`#s=${toBase64Url(await gzipBytes('<html>'))}`)).kind).toBe('notJson');
    // Invalid UTF-8 inside valid gzip.
    const badUtf8 = new Uint8Array(
      await new Response(new Blob([new Uint8Array([0xff, 0xfe, 0x7b])]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer(),
    );
    expect((await problem(`#s=${toBase64Url(badUtf8)}`)).kind).toBe('linkCorrupt');
  });

  it('a gzip bomb (a few kB that unpack to many MB) is stopped at the size limit', async () => {
    const bomb = await gzipBytes(' '.repeat(20 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    const result = await readShareHash(`#s=${toBase64Url(bomb)}`);
    expect(result && !result.ok && result.problem.kind).toBe('tooLarge');
  });
});
