import { z } from 'astro/zod';

/**
 * The words of one fixed page (not a section) in content/pages/<route>.yaml: its
 * title and description, used by the page, its meta tags and its social card alike.
 * `{name}` placeholders are filled from the story (counts, lists), so the text never goes stale.
 */
export const PageTextSchema = z.strictObject({
  /** The page title: the h1, the document title (before the site name) and the card title. */
  title: z.string({ error: 'title is required: the page’s heading' }).min(1),
  /** One or two sentences: the standfirst, the meta description and the card's text. */
  description: z.string({ error: 'description is required: one or two sentences about the page' }).min(1),
  /** Heading shown on the page when it differs from the title; default the title. */
  heading: z.string().min(1).optional(),
  /** A sentence under the heading, before the page's own content; default none. */
  intro: z.string().min(1).optional(),
});

/** A fixed page's text after validation. */
export type PageText = z.infer<typeof PageTextSchema>;
