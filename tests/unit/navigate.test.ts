import { describe, expect, it } from 'vitest';
import { directionOf, firstAtOrBelow, stepTo } from '../../lib/content/navigate';

const key = (code: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({
  altKey: true,
  shiftKey: true,
  ctrlKey: false,
  metaKey: false,
  code,
  ...mods,
});

describe('moving through the marks by keyboard', () => {
  it('reads Alt+Shift+N as next and Alt+Shift+P as previous, nothing else', () => {
    expect(directionOf(key('KeyN'))).toBe(1);
    expect(directionOf(key('KeyP'))).toBe(-1);
    expect(directionOf(key('KeyK'))).toBeNull();
    expect(directionOf(key('KeyN', { ctrlKey: true }))).toBeNull();
    expect(directionOf(key('KeyN', { shiftKey: false }))).toBeNull();
  });

  it('steps from the mark opened last, and stops at either end', () => {
    const never = () => {
      throw new Error('the screen is not read when a mark was opened');
    };
    expect(stepTo(5, 2, never, 1)).toBe(3);
    expect(stepTo(5, 2, never, -1)).toBe(1);
    expect(stepTo(5, 4, never, 1)).toBeNull();
    expect(stepTo(5, 0, never, -1)).toBeNull();
    expect(stepTo(0, null, never, 1)).toBeNull();
  });

  it('starts, before any mark was opened, from the first mark on screen', () => {
    expect(stepTo(5, null, () => 3, 1)).toBe(3);
    expect(stepTo(5, null, () => 3, -1)).toBe(2);
    // every mark above the screen: next has nowhere to go, previous takes the last
    expect(stepTo(5, null, () => 5, 1)).toBeNull();
    expect(stepTo(5, null, () => 5, -1)).toBe(4);
  });

  it('finds the first mark at or below the top of the screen by bisection', () => {
    const tops = [-900, -300, -20, 0, 150, 600];
    const read: number[] = [];
    const top = (i: number) => (read.push(i), tops[i]!);
    expect(firstAtOrBelow(tops.length, top)).toBe(3);
    expect(read.length).toBeLessThanOrEqual(3);
    expect(firstAtOrBelow(3, (i) => tops[i]!)).toBe(3);
    expect(firstAtOrBelow(0, () => 0)).toBe(0);
    const far = Array.from({ length: 10_000 }, (_, i) => i * 20 - 50_000);
    let reads = 0;
    expect(firstAtOrBelow(far.length, (i) => (reads++, far[i]!))).toBe(2500);
    expect(reads).toBeLessThanOrEqual(14);
  });
});
