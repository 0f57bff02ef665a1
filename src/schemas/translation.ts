import { z } from 'astro/zod';
import { FINGERPRINT_PATTERN } from '../lib/fingerprint';
import { CLAIM_HEADLINE_MAX } from './claim';
import { IsoDateSchema } from './iso-date';

/** How a translation was made. */
export const TRANSLATION_METHODS = ['machine-assisted', 'human'] as const;
export type TranslationMethod = (typeof TRANSLATION_METHODS)[number];

/** Who signed a translation off, and when; or "unreviewed" (the default: noindex, out of the sitemap). */
export const ReviewSchema = z.union([
  z.literal('unreviewed'),
  z.strictObject({ by: z.string().min(1), on: IsoDateSchema }),
], { error: 'review is required: unreviewed, or { by: "Name", on: "2026-12-01" } once an editor signs it off' });

/** The provenance every translated file records (docs/translating.md). */
export const TranslationSchema = z.strictObject({
  /** Fingerprint of the English file it was made from. */
  from: z.string().regex(FINGERPRINT_PATTERN, 'from must be the English file’s fingerprint; run npm run translations -- --stamp <this file>'),
  method: z.enum(TRANSLATION_METHODS, { error: `method is required: one of ${TRANSLATION_METHODS.join(', ')}` }),
  review: ReviewSchema,
}, { error: 'translation is required: { from, method, review }; see docs/translating.md' });
export type Translation = z.infer<typeof TranslationSchema>;

const text = z.string().min(1);
const withTranslation = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ ...shape, translation: TranslationSchema });

/** The words of a translated file, by what the English file is; everything structural comes from the English. */
export const TranslatedOpeningSchema = withTranslation({ headline: text, standfirst: text, provenance: text, originalHeadline: text });
export const TranslatedSectionSchema = withTranslation({
  title: text,
  navLabel: z.string().min(1).max(18),
  standfirst: text,
  inShort: z.array(text).default([]),
  openQuestions: z.array(text).default([]),
});
export const TranslatedClaimSchema = withTranslation({ attribution: text, headline: text.max(CLAIM_HEADLINE_MAX, `headline is at most ${CLAIM_HEADLINE_MAX} characters, as search results show a title; say less`), saidWhen: text.optional(), words: text, hedges: z.array(text).default([]), notes: z.array(text).default([]) });
export const TranslatedPersonSchema = withTranslation({ name: text, role: text, attributedAs: z.array(text).optional(), background: text.optional() });
export const TranslatedTermSchema = withTranslation({ term: text, meaning: text, background: text.optional() });
export const TranslatedSourceSchema = withTranslation({ label: z.string().min(1).max(12), who: text, how: text, attributedAs: z.array(text).min(1) });
export const TranslatedEventSchema = withTranslation({ title: text, summary: text, recordNote: text.optional() });
export const TranslatedMapSchema = withTranslation({
  title: text,
  legend: text,
  credit: text,
  alt: text,
  places: z.array(z.strictObject({ id: text, label: text, fullName: text, subLabel: z.array(text).optional(), note: text, background: text.optional() })).min(1),
});
export const TranslatedPageTextSchema = withTranslation({ title: text, description: text, heading: text.optional(), intro: text.optional() });
export const TranslatedUpdateSchema = withTranslation({ note: text });
