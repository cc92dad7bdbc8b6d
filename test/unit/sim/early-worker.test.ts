import { afterEach, describe, expect, it, vi } from 'vitest';
import { hintAsName, hintFromName, startHint } from '../../../src/lib/sim/earlyWorker.ts';
import { AUTOSAVE_KEY } from '../../../src/lib/storage/autosave.ts';

describe('the start hint of the worker started at load (earlyWorker.ts)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    { hash: '', stored: null, denied: false, expected: { shareLink: false, autosave: null } },
    { hash: '#s=H4sIAAAA', stored: null, denied: false, expected: { shareLink: true, autosave: null } },
    { hash: '#', stored: '{"format":1}', denied: false, expected: { shareLink: false, autosave: '{"format":1}' } },
    { hash: '', stored: 'x', denied: true, expected: { shareLink: false, autosave: null } },
  ])('reads the page: %o', ({ hash, stored, denied, expected }) => {
    vi.stubGlobal('location', { hash });
    vi.stubGlobal('localStorage', {
      getItem(key: string) {
        if (denied) throw new Error('SecurityError');
        return key === AUTOSAVE_KEY ? stored : null;
      },
    });
    expect(startHint()).toEqual(expected);
  });

  it('reads back the hint from the worker name, and nothing from other names', () => {
    const hint = { shareLink: false, autosave: '{"format":1}' };
    expect(hintFromName(hintAsName(hint))).toEqual(hint);
    expect(hintFromName('')).toBeNull();
    expect(hintFromName('sim')).toBeNull();
    expect(hintFromName('{"shareLink":"no","autosave":null}')).toBeNull();
    expect(hintFromName('{"shareLink":false,"autosave":5}')).toBeNull();
  });
});
