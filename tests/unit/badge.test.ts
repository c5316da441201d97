import { describe, expect, it, vi } from 'vitest';
import { badgeText } from '../../lib/background/badge';
import type { CompactExtraction } from '../../lib/messages';

vi.mock('wxt/browser', () => ({ browser: {} }));

const person = (name: string, role: 'official' | 'citizen') => ({ name, role, titles: [] });
const extraction = (persons: ReturnType<typeof person>[]): CompactExtraction => ({ persons, amounts: [], slogans: [], entities: [], spans: [] });

describe('the toolbar badge', () => {
  it('counts the officials an extraction found on the tab', () => {
    expect(badgeText({ type: 'extract' }, extraction([person('曹炯芳', 'official'), person('张三', 'citizen'), person('沈晓明', 'official')]))).toBe('2');
    expect(badgeText({ type: 'extract' }, extraction(Array.from({ length: 1200 }, (_, i) => person(`官${i}`, 'official'))))).toBe('999+');
    // A page's reading carries the extraction of its article.
    expect(badgeText({ type: 'read-page' }, { enabled: true, extraction: extraction([person('曹炯芳', 'official')]) })).toBe('1');
  });

  it('is cleared when a page starts or is read, when no official is found, and when Tifa is off', () => {
    expect(badgeText({ type: 'page-start' }, { enabled: true })).toBe('');
    expect(badgeText({ type: 'read-page' }, { enabled: true })).toBe('');
    expect(badgeText({ type: 'extract' }, extraction([person('张三', 'citizen')]))).toBe('');
    expect(badgeText({ type: 'extract' }, { error: 'Tifa is off on this page' })).toBe('');
  });

  it('is left alone by other messages and by anything that is not a message', () => {
    expect(badgeText({ type: 'lookup' }, { error: 'x' })).toBeUndefined();
    expect(badgeText('extract', { error: 'x' })).toBeUndefined();
    expect(badgeText(null, { error: 'x' })).toBeUndefined();
  });
});
