/**
 * The message format of NPR's Pym.js (v1), which host pages and CMS plugins already
 * understand: "pym" + id + type + value, joined by "xPYMx", posted as a string. A
 * child reports its height as `pymxPYMx<id>xPYMxheightxPYMx<pixels>`; the id is the
 * one the parent put in the iframe URL's `childId` parameter ("" when there is none).
 */

/** What Pym.js puts between the parts of a message. */
export const PYM_DELIMITER = 'xPYMx';

/** The query parameter through which a Pym.js parent tells the child its id. */
export const PYM_CHILD_ID_PARAM = 'childId';

/** The message type that carries the child's height in pixels. */
export const PYM_HEIGHT = 'height';

/** A Pym.js message string: `pymxPYMx<id>xPYMx<type>xPYMx<value>`. */
export function buildPymMessage(id: string, type: string, value: string): string {
  return ['pym', id, type, value].join(PYM_DELIMITER);
}

/** The height message a child sends for a document `pixels` tall, rounded up so nothing is cut off. */
export function buildHeightMessage(id: string, pixels: number): string {
  return buildPymMessage(id, PYM_HEIGHT, String(Math.ceil(pixels)));
}

/**
 * The pattern of a height message: group 1 the id, group 2 the pixels. Pym.js itself reads
 * `^pym<D><id><D>(\S+)<D>(.*)$` for an id it knows; this one takes any id without the delimiter.
 */
export const HEIGHT_MESSAGE_PATTERN = `^pym${PYM_DELIMITER}((?:(?!${PYM_DELIMITER}).)*)${PYM_DELIMITER}${PYM_HEIGHT}${PYM_DELIMITER}(\\d+)$`;

/** The id and height of a Pym.js height message, or undefined for anything else (other messages, other formats). */
export function readHeightMessage(data: unknown): { id: string; height: number } | undefined {
  if (typeof data !== 'string') return undefined;
  const match = new RegExp(HEIGHT_MESSAGE_PATTERN).exec(data);
  if (!match) return undefined;
  return { id: match[1] ?? '', height: Number(match[2]) };
}

/** The placeholder in src/scripts/embed-resizer.js that the build fills with HEIGHT_MESSAGE_PATTERN. */
const PATTERN_PLACEHOLDER = '__HEIGHT_MESSAGE_PATTERN__';

/** The host page's resizer script (embed/resize.js) with the height pattern filled in; throws when the template lost its placeholder. */
export function renderResizerScript(template: string): string {
  if (!template.includes(PATTERN_PLACEHOLDER)) throw new Error(`The resizer template has no ${PATTERN_PLACEHOLDER} placeholder.`);
  return template.replace(PATTERN_PLACEHOLDER, JSON.stringify(HEIGHT_MESSAGE_PATTERN));
}
