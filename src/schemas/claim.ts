import { z } from 'astro/zod';
import { IsoDateSchema } from './iso-date';

/** Where a claim stands: as the article reports it, or what became of it later. */
export const CLAIM_STATUSES = ['claimed', 'confirmed', 'denied', 'disputed', 'withdrawn'] as const;
/** One of CLAIM_STATUSES. */
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** One dated step of a claim's history. */
export const ClaimStatusEntrySchema = z.strictObject({
  /** What the claim's standing became. */
  status: z.enum(CLAIM_STATUSES),
  /** When, quoted ISO date. */
  date: IsoDateSchema,
  /** What happened, in one sentence; default none (the first entry needs none). */
  note: z.string().min(1).optional(),
});

/**
 * One statement the article attributes to someone, or quotes, in content/claims/<id>.yaml;
 * the file name is its stable id and its anchor (claim-<id>).
 */
export const ClaimSchema = z.strictObject({
  /** Where it stands: "opening" or a section's slug. */
  in: z.string({ error: 'in is required: "opening" or the slug of the section the words are in' }).min(1),
  /** Who says it: a person (content/people/) or a source (content/sources/: an office, an outlet, unnamed reports). */
  speaker: z.string({ error: 'speaker is required: the id of a person or a source who says it' }).min(1),
  /** How the article attributes it, in its own words: "told CNN", "reports indicate", "called". */
  attribution: z.string({ error: 'attribution is required: how the article attributes it, such as "told CNN"' }).min(1),
  /** The claim's words exactly as they stand in the article, the text its <Claim> wraps. */
  words: z.string({ error: 'words is required: the exact words of the article that <Claim> wraps' }).min(1),
  /** Words a summary that cites the claim must carry besides the attribution (the article's hedges); default none. */
  hedges: z.array(z.string().min(1)).default([]),
  /** The claim's history, oldest first: "claimed" on the story's date, then any later status. */
  status: z.array(ClaimStatusEntrySchema).min(1, 'status needs at least one entry: { status: claimed, date: "2025-08-17" }'),
});

/** A claim after validation (without its id). */
export type Claim = z.infer<typeof ClaimSchema>;
