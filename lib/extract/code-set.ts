// A set of UTF-16 code units, for scans that test every character of a long
// text: one bit per code unit answers several times faster than a Set or Map
// lookup, and at 8 KB it is cheap enough to build once per extraction.
export class CodeSet {
  private readonly bits = new Uint32Array(0x10000 / 32);

  constructor(chars: Iterable<string> = []) {
    for (const c of chars) this.add(c.charCodeAt(0));
  }

  add(code: number): void {
    this.bits[code >>> 5]! |= 1 << (code & 31);
  }

  /** False for NaN, which charCodeAt returns past the end of a text. */
  has(code: number): boolean {
    return !Number.isNaN(code) && (this.bits[code >>> 5]! & (1 << (code & 31))) !== 0;
  }
}
