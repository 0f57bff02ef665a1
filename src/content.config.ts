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
import { translatedCollectionName, type CollectionPrefix, type TranslatedKind } from './model/translated-collections';

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
  ...translatedCollections(),
};

/** The collections of one translated edition, by kind; src/model/translated-collections.ts names them. */
function translatedKinds(locale: string) {
  const base = `${CONTENT_DIR}/${locale}`;
  return {
    Opening: defineCollection({ loader: glob({ base, pattern: 'opening.mdx' }), schema: TranslatedOpeningSchema }),
    Map: defineCollection({ loader: glob({ base, pattern: 'map.yaml' }), schema: TranslatedMapSchema }),
    Pages: defineCollection({ loader: glob({ base: `${base}/pages`, pattern: '[^_]*.yaml' }), schema: TranslatedPageTextSchema }),
    Sections: defineCollection({ loader: glob({ base: `${base}/sections`, pattern: '[^_]*.mdx' }), schema: TranslatedSectionSchema }),
    Timeline: defineCollection({ loader: glob({ base: `${base}/timeline`, pattern: '[^_]*.yaml' }), schema: TranslatedEventSchema }),
    People: defineCollection({ loader: glob({ base: `${base}/people`, pattern: '[^_]*.yaml' }), schema: TranslatedPersonSchema }),
    Terms: defineCollection({ loader: glob({ base: `${base}/terms`, pattern: '[^_]*.yaml' }), schema: TranslatedTermSchema }),
    Claims: defineCollection({ loader: glob({ base: `${base}/claims`, pattern: '[^_]*.yaml' }), schema: TranslatedClaimSchema }),
    Sources: defineCollection({ loader: glob({ base: `${base}/sources`, pattern: '[^_]*.yaml' }), schema: TranslatedSourceSchema }),
    Updates: defineCollection({ loader: glob({ base: `${base}/updates`, pattern: '[^_]*.yaml' }), schema: TranslatedUpdateSchema }),
  } satisfies Record<TranslatedKind, unknown>;
}

type Kinds = ReturnType<typeof translatedKinds>;

/** Every translated edition's collections, named as translatedCollectionName names them (ukOpening, ukSections…), typed by kind. */
type TranslatedCollections = { [K in keyof Kinds as `${CollectionPrefix<(typeof TRANSLATED_LOCALES)[number]>}${K}`]: Kinds[K] };

function translatedCollections(): TranslatedCollections {
  return Object.fromEntries(
    TRANSLATED_LOCALES.flatMap((locale) => Object.entries(translatedKinds(locale)).map(([kind, collection]) => [translatedCollectionName(locale, kind as TranslatedKind), collection])),
  ) as TranslatedCollections;
}
