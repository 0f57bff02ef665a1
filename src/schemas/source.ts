import { z } from 'astro/zod';

/** One source the article attributes claims to, in content/sources/<id>.yaml. */
export const SourceSchema = z.strictObject({
  /** Short mark shown after an attributed statement, such as "CNN". */
  label: z.string().min(1).max(12),
  /** Who makes the claim, as the article names them. */
  who: z.string().min(1),
  /** How the article attributes it, in its own terms ("told CNN", "according to CBS"). */
  how: z.string().min(1),
});

/** A source after validation (without its id). */
export type Source = z.infer<typeof SourceSchema>;
