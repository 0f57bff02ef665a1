import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ClaimSchema } from './schemas/claim';
import { LocatorMapSchema } from './schemas/map';
import { OpeningSchema } from './schemas/opening';
import { PageTextSchema } from './schemas/page-text';
import { PersonSchema } from './schemas/person';
import { SectionSchema } from './schemas/section';
import { SourceSchema } from './schemas/source';
import { TermSchema } from './schemas/term';
import { TimelineEventSchema } from './schemas/timeline-event';
import {
  TranslatedClaimSchema,
  TranslatedEventSchema,
  TranslatedMapSchema,
  TranslatedOpeningSchema,
  TranslatedPageTextSchema,
  TranslatedPersonSchema,
  TranslatedSectionSchema,
  TranslatedSourceSchema,
  TranslatedTermSchema,
  TranslatedUpdateSchema,
} from './schemas/translation';
import { UpdateSchema } from './schemas/update';
import { TRANSLATED_LOCALES } from './i18n/locales';
import { translatedCollectionName } from './model/translated-collections';

// CONTENT_DIR lets the bad-content tests build a copy of content/ without touching the real one.
const CONTENT_DIR = process.env['CONTENT_DIR'] ?? './content';

// Files starting with "_" are drafts and stay out of the site.
export const collections = {
  opening: defineCollection({
    loader: glob({ base: CONTENT_DIR, pattern: 'opening.mdx' }),
    schema: OpeningSchema,
  }),
  map: defineCollection({
    loader: glob({ base: CONTENT_DIR, pattern: 'map.yaml' }),
    schema: LocatorMapSchema,
  }),
  pages: defineCollection({
    loader: glob({ base: `${CONTENT_DIR}/pages`, pattern: '[^_]*.yaml' }),
    schema: PageTextSchema,
  }),
  sections: defineCollection({
    loader: glob({ base: `${CONTENT_DIR}/sections`, pattern: '[^_]*.mdx' }),
    schema: SectionSchema,
  }),
  timeline: defineCollection({
    loader: glob({ base: `${CONTENT_DIR}/timeline`, pattern: '[^_]*.yaml' }),
    schema: TimelineEventSchema,
  }),
  people: defineCollection({
    loader: glob({ base: `${CONTENT_DIR}/people`, pattern: '[^_]*.yaml' }),
    schema: PersonSchema,
  }),
  terms: defineCollection({
    loader: glob({ base: `${CONTENT_DIR}/terms`, pattern: '[^_]*.yaml' }),
    schema: TermSchema,
  }),
  claims: defineCollection({
    loader: glob({ base: `${CONTENT_DIR}/claims`, pattern: '[^_]*.yaml' }),
    schema: ClaimSchema,
  }),
  sources: defineCollection({
    loader: glob({ base: `${CONTENT_DIR}/sources`, pattern: '[^_]*.yaml' }),
    schema: SourceSchema,
  }),
  updates: defineCollection({
    loader: glob({ base: `${CONTENT_DIR}/updates`, pattern: '[^_]*.yaml' }),
    schema: UpdateSchema,
  }),
  // Each translated edition (src/i18n/locales.ts): content/<locale>/ mirrors content/, each file holding only
  // the words and its provenance (docs/translating.md); src/model/translation.ts lays them over the English.
  ...Object.fromEntries(TRANSLATED_LOCALES.flatMap((locale) => translatedCollections(locale))),
};

/** The collections of one translated edition, named by translatedCollectionName (ukOpening, ukSections…). */
function translatedCollections(locale: string) {
  const base = `${CONTENT_DIR}/${locale}`;
  const name = (kind: Parameters<typeof translatedCollectionName>[1]) => translatedCollectionName(locale, kind);
  return [
    [name('Opening'), defineCollection({ loader: glob({ base, pattern: 'opening.mdx' }), schema: TranslatedOpeningSchema })],
    [name('Map'), defineCollection({ loader: glob({ base, pattern: 'map.yaml' }), schema: TranslatedMapSchema })],
    [name('Pages'), defineCollection({ loader: glob({ base: `${base}/pages`, pattern: '[^_]*.yaml' }), schema: TranslatedPageTextSchema })],
    [name('Sections'), defineCollection({ loader: glob({ base: `${base}/sections`, pattern: '[^_]*.mdx' }), schema: TranslatedSectionSchema })],
    [name('Timeline'), defineCollection({ loader: glob({ base: `${base}/timeline`, pattern: '[^_]*.yaml' }), schema: TranslatedEventSchema })],
    [name('People'), defineCollection({ loader: glob({ base: `${base}/people`, pattern: '[^_]*.yaml' }), schema: TranslatedPersonSchema })],
    [name('Terms'), defineCollection({ loader: glob({ base: `${base}/terms`, pattern: '[^_]*.yaml' }), schema: TranslatedTermSchema })],
    [name('Claims'), defineCollection({ loader: glob({ base: `${base}/claims`, pattern: '[^_]*.yaml' }), schema: TranslatedClaimSchema })],
    [name('Sources'), defineCollection({ loader: glob({ base: `${base}/sources`, pattern: '[^_]*.yaml' }), schema: TranslatedSourceSchema })],
    [name('Updates'), defineCollection({ loader: glob({ base: `${base}/updates`, pattern: '[^_]*.yaml' }), schema: TranslatedUpdateSchema })],
  ] as const;
}
