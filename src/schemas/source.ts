import { z } from 'astro/zod';

/** One speaker that is not a person of the who's-who (an office, an outlet, unnamed reports), in content/sources/<id>.yaml. */
export const SourceSchema = z.strictObject({
  /** Short mark shown after an attributed statement, such as "CNN". */
  label: z.string().min(1).max(12),
  /** Who makes the claim, as the article names them. */
  who: z.string().min(1),
  /** How the article attributes it, in its own terms ("told CNN", "according to CBS"). */
  how: z.string().min(1),
  /** The words that carry the attribution in a summary: any one of them must appear in a summary that cites it. */
  attributedAs: z.array(z.string().min(1)).min(1, 'attributedAs needs at least one name or hedge that a summary must use'),
});

/** A source after validation (without its id). */
export type Source = z.infer<typeof SourceSchema>;
