import { describe, expect, it } from 'vitest';
import { placeCard } from '../../components/card/model';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };

describe('placeCard', () => {
  it('puts the card just below the mention when it fits there', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 200 }, card, viewport)).toEqual({ top: 126, left: 200, maxHeight: 666 });
  });

  it('puts it above a mention near the bottom of the window', () => {
    expect(placeCard({ top: 700, bottom: 720, left: 200 }, card, viewport)).toEqual({ top: 394, left: 200, maxHeight: 686 });
  });

  it('keeps it inside the window at the right edge', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 900 }, card, viewport).left).toBe(1000 - 360 - 8);
  });

  it('takes the larger side and lets the card scroll when it fits on neither', () => {
    expect(placeCard({ top: 300, bottom: 320, left: 0 }, { width: 360, height: 900 }, viewport)).toEqual({ top: 326, left: 8, maxHeight: 466 });
  });
});
