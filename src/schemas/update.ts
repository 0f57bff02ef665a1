import { z } from 'astro/zod';
import { IsoDateSchema } from './iso-date';

/** One entry of the updates log in content/updates/<date>.yaml, the first being publication. */
export const UpdateSchema = z.strictObject({
  /** Day the change was published, quoted ISO date. */
  date: IsoDateSchema,
  /** What changed, in one sentence a reader understands. */
  note: z.string().min(1),
});

/** An update after validation. */
export type Update = z.infer<typeof UpdateSchema>;
