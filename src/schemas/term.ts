import { z } from 'astro/zod';

/** One glossary term in content/terms/<id>.yaml. */
export const TermSchema = z.strictObject({
  /** The term as the reader meets it. */
  term: z.string().min(1),
  /** What it means, from the article. */
  meaning: z.string().min(1),
  /** Context from the public record, shown as background; default none. */
  background: z.string().min(1).optional(),
});

/** A term after validation (without its id). */
export type Term = z.infer<typeof TermSchema>;
