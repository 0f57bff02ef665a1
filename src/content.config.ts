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
  // The Ukrainian edition: content/uk/ mirrors content/, each file holding only the words and its
  // provenance (docs/translating.md); src/model/translation.ts lays them over the English.
  ukOpening: defineCollection({ loader: glob({ base: `${CONTENT_DIR}/uk`, pattern: 'opening.mdx' }), schema: TranslatedOpeningSchema }),
  ukMap: defineCollection({ loader: glob({ base: `${CONTENT_DIR}/uk`, pattern: 'map.yaml' }), schema: TranslatedMapSchema }),
  ukPages: defineCollection({ loader: glob({ base: `${CONTENT_DIR}/uk/pages`, pattern: '[^_]*.yaml' }), schema: TranslatedPageTextSchema }),
  ukSections: defineCollection({ loader: glob({ base: `${CONTENT_DIR}/uk/sections`, pattern: '[^_]*.mdx' }), schema: TranslatedSectionSchema }),
  ukTimeline: defineCollection({ loader: glob({ base: `${CONTENT_DIR}/uk/timeline`, pattern: '[^_]*.yaml' }), schema: TranslatedEventSchema }),
  ukPeople: defineCollection({ loader: glob({ base: `${CONTENT_DIR}/uk/people`, pattern: '[^_]*.yaml' }), schema: TranslatedPersonSchema }),
  ukTerms: defineCollection({ loader: glob({ base: `${CONTENT_DIR}/uk/terms`, pattern: '[^_]*.yaml' }), schema: TranslatedTermSchema }),
  ukClaims: defineCollection({ loader: glob({ base: `${CONTENT_DIR}/uk/claims`, pattern: '[^_]*.yaml' }), schema: TranslatedClaimSchema }),
  ukSources: defineCollection({ loader: glob({ base: `${CONTENT_DIR}/uk/sources`, pattern: '[^_]*.yaml' }), schema: TranslatedSourceSchema }),
  ukUpdates: defineCollection({ loader: glob({ base: `${CONTENT_DIR}/uk/updates`, pattern: '[^_]*.yaml' }), schema: TranslatedUpdateSchema }),
};
