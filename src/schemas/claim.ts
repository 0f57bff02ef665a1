import { z } from 'astro/zod';
import { IsoDateSchema } from './iso-date';

/** Where a claim stands: as the article reports it, or what became of it later. */
export const CLAIM_STATUSES = ['claimed', 'confirmed', 'denied', 'disputed', 'withdrawn'] as const;
/** One of CLAIM_STATUSES. */
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/**
 * What kind of words a claim holds: "quote", the speaker's own words, every one inside the
 * article's quotation marks; "partial", reported speech with a quoted word or phrase in it;
 * "reported", the article's own words for what the speaker said, with no quotation at all.
 * Only "quote" is ever shown as a quotation; the others are shown as the article reports them.
 */
export const CLAIM_FORMS = ['quote', 'partial', 'reported'] as const;
/** One of CLAIM_FORMS. */
export type ClaimForm = (typeof CLAIM_FORMS)[number];

/** The longest a claim's headline may be: it is its page's title, which search results cut at about 90 characters. */
export const CLAIM_HEADLINE_MAX = 90;

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
  /** Whether the article quotes the speaker ("quote"), quotes a word or phrase inside reported speech ("partial"), or only reports ("reported"). */
  form: z.enum(CLAIM_FORMS, { error: `form is required: one of ${CLAIM_FORMS.join(', ')} (quote: every word in the article's quotation marks; partial: reported speech with a quoted phrase; reported: no quotation)` }),
  /** How the article attributes it, in its own words: "told CNN", "reports indicate", "called". */
  attribution: z.string({ error: 'attribution is required: how the article attributes it, such as "told CNN"' }).min(1),
  /** A short headline for the claim's page and card, in reported speech: who, the article's verb, the gist; quotation marks only around words the article quotes. */
  headline: z
    .string({ error: 'headline is required: a short line in reported speech, such as "Zelensky called the offer “historic”"' })
    .min(1)
    .max(CLAIM_HEADLINE_MAX, `headline is at most ${CLAIM_HEADLINE_MAX} characters, as search results show a title; say less`),
  /** When the statement was made, where the article says so apart from when it was reported ("in February"); default none. */
  saidWhen: z.string().min(1).optional(),
  /** The claim's words exactly as they stand in the article, the text its <Claim> wraps. */
  words: z.string({ error: 'words is required: the exact words of the article that <Claim> wraps' }).min(1),
  /** Words a summary that cites the claim must carry besides the attribution (the article's hedges); default none. */
  hedges: z.array(z.string().min(1)).default([]),
  /** The claim's history, oldest first: "claimed" (as the article reports it) on the story's date, then any later status. */
  status: z.array(ClaimStatusEntrySchema).min(1, 'status needs at least one entry: { status: claimed, date: "2025-08-17" }'),
});

/** A claim after validation (without its id). */
export type Claim = z.infer<typeof ClaimSchema>;
