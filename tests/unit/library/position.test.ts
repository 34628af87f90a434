import { describe, expect, it } from 'vitest';
import { movedFrom, positionOf } from '../../../utils/library/position';

describe('positionOf', () => {
  it('gives the share scrolled and the first block still in view', () => {
    expect(positionOf(500, 2100, 100, [-300, -10, 40, 400])).toEqual({ fraction: 0.25, block: 2 });
  });
  it('is at the top before any scrolling and at the end past every block', () => {
    expect(positionOf(0, 2000, 1000, [100, 300])).toEqual({ fraction: 0, block: 0 });
    expect(positionOf(1000, 2000, 1000, [-500, -100])).toEqual({ fraction: 1, block: 1 });
  });
  it('counts an article shorter than the view as read to the end', () => {
    expect(positionOf(0, 500, 800, [100])).toEqual({ fraction: 1, block: 0 });
  });
});

describe('movedFrom', () => {
  it('is worth storing after a block or 1% of the article', () => {
    expect(movedFrom(null, { fraction: 0, block: 0 })).toBe(true);
    expect(movedFrom({ fraction: 0.2, block: 3 }, { fraction: 0.205, block: 3 })).toBe(false);
    expect(movedFrom({ fraction: 0.2, block: 3 }, { fraction: 0.21, block: 3 })).toBe(true);
    expect(movedFrom({ fraction: 0.2, block: 3 }, { fraction: 0.2, block: 4 })).toBe(true);
  });
});
