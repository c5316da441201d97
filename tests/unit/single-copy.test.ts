import { describe, expect, it } from 'vitest';
import { claimPage } from '../../lib/content/single-copy';

describe('claimPage', () => {
  it('lets the first copy run and refuses a second while the first is alive', () => {
    const world: Record<string, unknown> = {};
    expect(claimPage(() => true, world)).toBe(true);
    expect(claimPage(() => true, world)).toBe(false);
  });

  it('lets a new copy take over from one whose context is gone (Tifa updated under the page)', () => {
    const world: Record<string, unknown> = {};
    let firstAlive = true;
    expect(claimPage(() => firstAlive, world)).toBe(true);
    firstAlive = false;
    expect(claimPage(() => true, world)).toBe(true);
    // The newer copy now answers: a third is refused.
    expect(claimPage(() => true, world)).toBe(false);
  });

  it('is not fooled by something else under its key that is not a live copy', () => {
    const world: Record<string, unknown> = { __tifaContentScriptAlive: 'yes' };
    expect(claimPage(() => true, world)).toBe(true);
    const notALiveCopy: Record<string, unknown> = { __tifaContentScriptAlive: () => 'true' };
    expect(claimPage(() => true, notALiveCopy)).toBe(true);
  });
});
