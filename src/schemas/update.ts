import { z } from 'astro/zod';
import { IsoDateSchema } from './iso-date';

/**
 * What an entry of the log is: new facts (update), a fix of an error (correction), clearer words
 * for the same facts (clarification), or a typo fixed that needs no note for readers (typo: listed
 * on /changes/ with its diff, but no note at the top of pages and no mark beside the passage).
 */
export const UPDATE_KINDS = ['update', 'correction', 'clarification', 'typo'] as const;
/** One of UPDATE_KINDS. */
export type UpdateKind = (typeof UPDATE_KINDS)[number];

/**
 * One change an entry made to the text: where, the words before and the words after.
 * The build checks it against the text: the "after" words must be there, the "before" words gone.
 */
export const TextChangeSchema = z.strictObject({
  /** Where: "opening", a section's slug, or "timeline/<event id>" for a timeline event. */
  in: z.string({ error: 'in is required: "opening", a section’s slug, or "timeline/<event id>"' }).min(1),
  /** The words as they stood, copied exactly; "" (the default) for words or a paragraph added. */
  before: z.string().default(''),
  /** The words as they stand now, copied exactly from one paragraph; "" (the default) for words or a paragraph removed. */
  after: z.string().default(''),
});

/** One entry of the updates log in content/updates/<date>.yaml, the first being publication. */
export const UpdateSchema = z.strictObject({
  /** Day the change was published, quoted ISO date; also the file's name. */
  date: IsoDateSchema,
  /** update, correction, clarification or typo. */
  kind: z.enum(UPDATE_KINDS, { error: `kind is required: one of ${UPDATE_KINDS.join(', ')}` }),
  /** What changed, in one sentence a reader understands. */
  note: z.string().min(1),
  /** The changes it made to the text; default none (the first publication has none). */
  changes: z.array(TextChangeSchema).default([]),
  /** Ids of the claims (content/claims/) whose status changed on this date; default none. */
  claims: z.array(z.string().min(1)).default([]),
});

/** An update after validation. */
export type Update = z.infer<typeof UpdateSchema>;
