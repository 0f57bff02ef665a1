import { z } from 'astro/zod';

/** One person in content/people/<id>.yaml, described as the article describes them. */
export const PersonSchema = z.strictObject({
  /** Full name as the article writes it. */
  name: z.string().min(1),
  /** Role in the story, from the article. */
  role: z.string().min(1),
  /** Names that carry the attribution in a summary of their claims (any one must appear); default the last word of the name. */
  attributedAs: z.array(z.string().min(1)).optional(),
  /** Context from the public record, shown as background; default none. */
  background: z.string().min(1).optional(),
});

/** A person after validation (without their id). */
export type Person = z.infer<typeof PersonSchema>;
