/** Width of the map's viewBox, in its own units. */
export const MAP_WIDTH = 400;
/** Narrowest width the map is drawn at, in CSS pixels: a 320 px screen less the page's 16 px padding each side. */
export const NARROWEST_RENDER_WIDTH = 288;
/** Smallest rendered label size allowed at the narrowest width, in CSS pixels. */
export const MIN_LABEL_PX = 11;

/** The viewBox font size, in viewBox units, that renders as `px` CSS pixels when the map is `renderedWidth` pixels wide. */
export function fontSizeForRenderedPx(px: number, renderedWidth: number, viewBoxWidth = MAP_WIDTH): number {
  return (px * viewBoxWidth) / renderedWidth;
}

/** The rendered size, in CSS pixels, of a viewBox font size when the map is `renderedWidth` pixels wide. */
export function renderedPx(fontSize: number, renderedWidth: number, viewBoxWidth = MAP_WIDTH): number {
  return (fontSize * renderedWidth) / viewBoxWidth;
}

/** Font size of every label, in viewBox units: 11 px at 288 px wide, rounded up to a whole unit (16). */
export const LABEL_FONT_SIZE = Math.ceil(fontSizeForRenderedPx(MIN_LABEL_PX, NARROWEST_RENDER_WIDTH));

/** A label as placed on the map, in viewBox units. */
export interface PlacedLabel {
  /** Id of the place. */
  id: string;
  /** Lines of text, the name first. */
  lines: readonly string[];
  /** Horizontal anchor of every line. */
  x: number;
  /** Baseline of the first line. */
  y: number;
  /** text-anchor of the lines. */
  anchor: 'start' | 'middle' | 'end';
  /** Box the text occupies, estimated from character counts: left, top, right, bottom. */
  box: readonly [number, number, number, number];
}

/** Closest a label may come to the edge of the viewBox. */
const EDGE = 2;
/** Gap between a label's box and the start of its leader line. */
const LEADER_GAP = 2;
/** Widest average advance of a label character, as a share of the font size: DejaVu Sans Bold (Linux's usual system-ui) measured up to 0.68 in Chromium. */
const CHAR_WIDTH = 0.68;
/** Narrowest average advance assumed, below common bold system fonts, so a leader never starts beside empty space. */
const MIN_CHAR_WIDTH = 0.5;
/** Distance between label lines, as a share of the font size. */
export const LINE_HEIGHT = 1.15;
/** Estimated width of a line of text at a font size, in viewBox units; the widest fonts by default. */
export function estimateTextWidth(text: string, fontSize = LABEL_FONT_SIZE, charWidth = CHAR_WIDTH): number {
  return text.length * fontSize * charWidth;
}

/** Places a label with the middle of its first line at a projected point, slid back inside the viewBox if needed. */
export function placeLabel(
  id: string,
  lines: readonly string[],
  at: readonly [number, number],
  anchor: PlacedLabel['anchor'],
  width: number,
  fontSize = LABEL_FONT_SIZE,
): PlacedLabel {
  const textWidth = Math.max(...lines.map((line) => estimateTextWidth(line, fontSize)));
  // Cap height about 0.72 em above the baseline, descenders about 0.22 em below it.
  const ascent = fontSize * 0.72;
  const below = (lines.length - 1) * LINE_HEIGHT * fontSize + fontSize * 0.22;
  const y = at[1] + ascent / 2;
  const left = anchor === 'start' ? at[0] : anchor === 'end' ? at[0] - textWidth : at[0] - textWidth / 2;
  const shift = Math.max(EDGE - left, 0) + Math.min(width - EDGE - (left + textWidth), 0);
  return { id, lines, x: at[0] + shift, y, anchor, box: [left + shift, y - ascent, left + shift + textWidth, y + below] };
}

/**
 * Where a leader line leaves a label, a small gap outside it. Text width depends on the reader's font, so the
 * line leaves from what does not move: the anchored end when the target lies beyond it, else the top or bottom
 * edge above or below the part of the name that is text in any font.
 */
export function leaderStart(label: PlacedLabel, target: readonly [number, number]): [number, number] {
  const [left, top, right, bottom] = label.box;
  const y = Math.min(Math.max(target[1], top), bottom);
  if (label.anchor === 'end' && target[0] > label.x) return [label.x + LEADER_GAP, y];
  if (label.anchor === 'start' && target[0] < label.x) return [label.x - LEADER_GAP, y];
  const sureWidth = estimateTextWidth(label.lines[0] ?? '', LABEL_FONT_SIZE, MIN_CHAR_WIDTH);
  const [sureLeft, sureRight] =
    label.anchor === 'start' ? [label.x, label.x + sureWidth] : label.anchor === 'end' ? [label.x - sureWidth, label.x] : [label.x - sureWidth / 2, label.x + sureWidth / 2];
  const x = Math.min(Math.max(target[0], sureLeft), sureRight);
  if (target[1] < top) return [x, top - LEADER_GAP];
  if (target[1] > bottom) return [x, bottom + LEADER_GAP];
  // Beside the label on its free end: leave from the widest the text can be.
  return [target[0] < left ? left - LEADER_GAP : right + LEADER_GAP, y];
}

