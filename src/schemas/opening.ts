import { z } from 'astro/zod';

/** Frontmatter of content/opening.mdx: the story's own headline and standfirst, and the paragraphs before the first subhead. */
export const OpeningSchema = z.strictObject({
  /** The site's sober headline for the story, shown on the home page, /read/ and the home card. */
  headline: z.string({ error: 'headline is required: the site’s own headline for the story' }).min(1),
  /** One or two sentences under the headline, written from the article's own facts. */
  standfirst: z.string({ error: 'standfirst is required: one or two sentences from the article’s facts' }).min(1),
  /** The claims (ids) or paragraphs ("opening/1", "territory/3") the standfirst condenses. */
  standfirstCites: z.array(z.string().min(1)).default([]),
  /** What the site does with the article and what it adds, shown in every page's footer. */
  provenance: z.string({ error: 'provenance is required: one or two sentences on what is the article’s and what the site’s' }).min(1),
  /** The headline the original report was filed under, shown in the source note and JSON-LD. */
  originalHeadline: z.string({ error: 'originalHeadline is required: the headline the report was filed under' }).min(1),
});

/** The opening's frontmatter after validation. */
export type Opening = z.infer<typeof OpeningSchema>;
