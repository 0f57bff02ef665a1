import { z } from 'astro/zod';

/** Frontmatter of one article section in content/sections/<slug>.mdx. */
export const SectionSchema = z.strictObject({
  /** The section's subhead, exactly as in the article. */
  title: z.string({ error: 'title is required: the section’s subhead from the article' }).min(1),
  /** One or two words for the section navigation, which must fit a 320 px screen. */
  navLabel: z.string({ error: 'navLabel is required: one or two words for the navigation' }).min(1).max(16),
  /** Position in the story, 1 for the first section; unique. */
  order: z.int({ error: 'order is required: a whole number, 1 for the first section' }).positive(),
  /** One sentence written for the site from the section’s own facts. */
  standfirst: z.string({ error: 'standfirst is required: one sentence from the section’s facts' }).min(1),
  /** The claims (ids) or paragraphs ("territory/3") the standfirst condenses. */
  standfirstCites: z.array(z.string().min(1)).default([]),
  /** Two to four points restating only facts of this section ("In short"), each with what it condenses. */
  inShort: z
    .array(
      z.strictObject({
        /** The point, in one sentence. */
        text: z.string().min(1),
        /** The claims (ids) or paragraphs ("territory/3") it condenses. */
        cites: z.array(z.string().min(1)).default([]),
      }),
    )
    .min(2)
    .max(4),
  /** Ids of timeline events (content/timeline/<id>.yaml) this section concerns; default none. */
  events: z.array(z.string()).default([]),
  /** Ids of people (content/people/<id>.yaml) the section mentions; default none. */
  people: z.array(z.string()).default([]),
  /** Ids of terms (content/terms/<id>.yaml) the section uses; default none. */
  terms: z.array(z.string()).default([]),
  /** Questions the story leaves open, each pointing at the section that covers it; default none. */
  openQuestions: z
    .array(
      z.strictObject({
        /** The open question, phrased from the article. */
        question: z.string().min(1),
        /** Slug of the section it belongs to. */
        section: z.string().min(1),
      }),
    )
    .default([]),
});

/** A section's frontmatter after validation. */
export type Section = z.infer<typeof SectionSchema>;
