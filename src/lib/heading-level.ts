/** Heading levels a nested component may be given. */
export const HEADING_LEVELS = [2, 3, 4] as const;
/** One of HEADING_LEVELS. */
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** The tag for a heading level; throws when a component is given a level it cannot render. */
export function headingTag(level: number): 'h2' | 'h3' | 'h4' {
  switch (level) {
    case 2:
      return 'h2';
    case 3:
      return 'h3';
    case 4:
      return 'h4';
    default:
      throw new Error(`Heading level must be one of ${HEADING_LEVELS.join(', ')}; received ${level}.`);
  }
}
