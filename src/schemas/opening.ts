import { z } from 'astro/zod';

/** Frontmatter of content/opening.mdx, the paragraphs before the first subhead: none yet, and nothing unknown. */
export const OpeningSchema = z.strictObject({});

/** The opening's frontmatter after validation. */
export type Opening = z.infer<typeof OpeningSchema>;
