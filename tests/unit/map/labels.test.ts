import { describe, expect, it } from 'vitest';
import {
  LABEL_FONT_SIZE,
  LINE_HEIGHT,
  MAP_WIDTH,
  MIN_LABEL_PX,
  NARROWEST_RENDER_WIDTH,
  estimateTextWidth,
  fontSizeForRenderedPx,
  leaderStart,
  placeLabel,
  renderedPx,
} from '../../../src/lib/map/labels';

describe('label size', () => {
  it('converts between viewBox units and rendered pixels', () => {
    expect(fontSizeForRenderedPx(11, 288, 400)).toBeCloseTo(15.28, 2);
    expect(renderedPx(16, 288, 400)).toBeCloseTo(11.52, 2);
    expect(renderedPx(fontSizeForRenderedPx(13, 500, 321), 500, 321)).toBeCloseTo(13, 10);
  });

  it('measures against the map’s own width by default', () => {
    expect(renderedPx(MAP_WIDTH / 10, 300)).toBeCloseTo(30, 10);
    expect(fontSizeForRenderedPx(30, 300)).toBeCloseTo(MAP_WIDTH / 10, 10);
  });

  it('renders labels at 11 px or more when the map is 288 px wide (a 320 px screen less padding)', () => {
    expect(renderedPx(LABEL_FONT_SIZE, NARROWEST_RENDER_WIDTH)).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(MIN_LABEL_PX).toBeGreaterThanOrEqual(11);
    expect(NARROWEST_RENDER_WIDTH).toBeLessThanOrEqual(320 - 2 * 16);
  });

  it('uses a whole number of viewBox units, no larger than one unit above the minimum', () => {
    expect(Number.isInteger(LABEL_FONT_SIZE)).toBe(true);
    expect(LABEL_FONT_SIZE - fontSizeForRenderedPx(MIN_LABEL_PX, NARROWEST_RENDER_WIDTH)).toBeLessThan(1);
  });
});

describe('estimateTextWidth', () => {
  it('grows with the number of characters and the font size', () => {
    expect(estimateTextWidth('Kyiv')).toBeCloseTo(2 * estimateTextWidth('Ky'), 10);
    expect(estimateTextWidth('Kyiv', 2 * LABEL_FONT_SIZE)).toBeCloseTo(2 * estimateTextWidth('Kyiv'), 10);
    expect(estimateTextWidth('')).toBe(0);
  });

  it('allows for wide bold fonts by default (more than half an em a character)', () => {
    expect(estimateTextWidth('Donetsk')).toBeGreaterThan(7 * LABEL_FONT_SIZE * 0.5);
  });
});

describe('placing labels', () => {
  it('anchors a label at its point and slides it back inside the viewBox at the edges', () => {
    const width = estimateTextWidth('Luhansk');
    const inside = placeLabel('a', ['Luhansk'], [100, 50], 'start', 400);
    expect(inside.box[0]).toBe(100);
    expect(inside.box[2]).toBeCloseTo(100 + width, 6);
    const offRight = placeLabel('b', ['Luhansk'], [390, 50], 'start', 400);
    expect(offRight.box[2]).toBeLessThanOrEqual(400);
    expect(offRight.x).toBe(offRight.box[0]);
    const offLeft = placeLabel('c', ['Luhansk'], [10, 50], 'end', 400);
    expect(offLeft.box[0]).toBeGreaterThanOrEqual(0);
    expect(offLeft.x).toBeCloseTo(offLeft.box[2], 6);
  });

  it('centres a middle-anchored label on its point', () => {
    const label = placeLabel('a', ['Crimea'], [200, 200], 'middle', 400);
    expect((label.box[0] + label.box[2]) / 2).toBeCloseTo(200, 6);
    expect(label.x).toBe(200);
  });

  it('puts the middle of the first line’s capitals on the point', () => {
    const label = placeLabel('a', ['Kyiv'], [100, 80], 'end', 400);
    expect(label.y).toBeGreaterThan(80);
    expect(label.box[1]).toBeLessThan(80);
    expect((label.box[1] + label.y) / 2).toBeCloseTo(80, 6);
  });

  it('makes a label with more lines taller, below its first line', () => {
    const one = placeLabel('a', ['Crimea'], [200, 200], 'middle', 400);
    const three = placeLabel('a', ['Crimea', 'Illegally annexed', 'by Russia in 2014'], [200, 200], 'middle', 400);
    expect(three.box[1]).toBe(one.box[1]);
    expect(three.box[3]).toBeCloseTo(one.box[3] + 2 * LINE_HEIGHT * LABEL_FONT_SIZE, 6);
    expect(three.box[3]).toBeGreaterThan(one.box[3] + LABEL_FONT_SIZE * 2);
    expect(three.box[2] - three.box[0]).toBeCloseTo(estimateTextWidth('by Russia in 2014'), 6);
  });
});

describe('leader lines', () => {
  const label = placeLabel('a', ['Donetsk'], [300, 100], 'end', 400);
  const [left, top, right, bottom] = label.box;

  it('leave from the anchored end when the place lies beyond it, whatever the font', () => {
    expect(leaderStart(label, [350, 104])).toEqual([label.x + 2, 104]);
    const start = placeLabel('b', ['Donetsk'], [100, 100], 'start', 400);
    expect(leaderStart(start, [50, 90])[0]).toBe(start.x - 2);
  });

  it('leave from the top or bottom edge, over text in any font, when the place is above or below', () => {
    const [x, y] = leaderStart(label, [100, 20]);
    expect(y).toBeLessThan(top);
    expect(x).toBeGreaterThan(left);
    expect(x).toBeLessThan(right);
    const [, below] = leaderStart(label, [290, 300]);
    expect(below).toBeGreaterThan(bottom);
  });

  it('leave from the free end when the place is level with the label', () => {
    expect(leaderStart(label, [100, 100])).toEqual([left - 2, 100]);
  });

  it('never start inside the label, wherever the place is', () => {
    for (const target of [[0, 0], [400, 0], [0, 400], [400, 400], [250, 60], [310, 95], [150, 150]] as const) {
      const [x, y] = leaderStart(label, target);
      expect(x < left || x > right || y < top || y > bottom, JSON.stringify(target)).toBe(true);
    }
  });
});
