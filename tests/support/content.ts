// The story as the tests expect it, read from content/ with the site's own schemas, so
// expected counts, slugs and ids follow the content instead of being typed into tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ClaimSchema, type Claim } from '../../src/schemas/claim';
import { LocatorMapSchema, type LocatorMapText } from '../../src/schemas/map';
import { OpeningSchema, type Opening } from '../../src/schemas/opening';
import { PageTextSchema, type PageText } from '../../src/schemas/page-text';
import { PersonSchema } from '../../src/schemas/person';
import { SectionSchema, type Section } from '../../src/schemas/section';
import { SourceSchema } from '../../src/schemas/source';
import { TermSchema } from '../../src/schemas/term';
import { TimelineEventSchema, type TimelineEvent } from '../../src/schemas/timeline-event';
import { UpdateSchema, type Update } from '../../src/schemas/update';
import { TranslatedClaimSchema, TranslatedMapSchema, TranslatedOpeningSchema, TranslatedPageTextSchema, TranslatedSectionSchema, TranslatedUpdateSchema } from '../../src/schemas/translation';

/** The project root. */
const ROOT = new URL('../..', import.meta.url).pathname;
/** The content folder the tests read: the real one. */
export const CONTENT = join(ROOT, 'content');

/** The frontmatter of an MDX file and its body. */
export function readMdx(file: string): { data: unknown; body: string } {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter block.`);
  return { data: parse(match[1] ?? ''), body: match[2] ?? '' };
}

/** Every published entry of a data folder (files starting with "_" are drafts), by id. */
function readFolder<T>(folder: string, extension: string, read: (file: string) => T): { id: string; data: T }[] {
  return readdirSync(join(CONTENT, folder))
    .filter((name) => name.endsWith(extension) && !name.startsWith('_'))
    .sort()
    .map((name) => ({ id: name.slice(0, -extension.length), data: read(join(CONTENT, folder, name)) }));
}

const readYaml = (file: string): unknown => parse(readFileSync(file, 'utf8'));

/** A section as the tests expect it: slug, frontmatter and MDX body, in story order. */
export interface ContentSection {
  id: string;
  data: Section;
  body: string;
}

/** The sections in story order (by their `order`). */
export const SECTIONS: readonly ContentSection[] = readFolder('sections', '.mdx', readMdx)
  .map(({ id, data }) => ({ id, data: SectionSchema.parse(data.data), body: data.body }))
  .sort((a, b) => a.data.order - b.data.order);

/** The section slugs of the story, in order. */
export const SECTION_SLUGS: readonly string[] = SECTIONS.map((section) => section.id);

/** The opening's headline, standfirst and original headline. */
export const OPENING: Opening = OpeningSchema.parse(readMdx(join(CONTENT, 'opening.mdx')).data);

/** Timeline events with their ids, in file order. */
export const EVENTS: readonly (TimelineEvent & { id: string })[] = readFolder('timeline', '.yaml', readYaml).map(({ id, data }) => ({
  id,
  ...TimelineEventSchema.parse(data),
}));

/** Ids of the people, the terms and the sources. */
export const PEOPLE = readFolder('people', '.yaml', readYaml).map(({ id, data }) => ({ id, ...PersonSchema.parse(data) }));
export const TERMS = readFolder('terms', '.yaml', readYaml).map(({ id, data }) => ({ id, ...TermSchema.parse(data) }));
export const SOURCES = readFolder('sources', '.yaml', readYaml).map(({ id, data }) => ({ id, ...SourceSchema.parse(data) }));

/** Each fixed page's words, by file name (read, timeline, glossary, 404). */
export const PAGE_TEXT: Readonly<Record<string, PageText>> = Object.fromEntries(
  readFolder('pages', '.yaml', readYaml).map(({ id, data }) => [id, PageTextSchema.parse(data)]),
);

/** The locator map's words and places. */
export const MAP: LocatorMapText = LocatorMapSchema.parse(readYaml(join(CONTENT, 'map.yaml')));

/** Every claim with its id, in file order. */
export const CLAIMS: readonly (Claim & { id: string })[] = readFolder('claims', '.yaml', readYaml).map(({ id, data }) => ({
  id,
  ...ClaimSchema.parse(data),
}));

/** The updates log, oldest first (file names are dates). */
export const UPDATES: readonly Update[] = readFolder('updates', '.yaml', readYaml).map(({ data }) => UpdateSchema.parse(data));

/**
 * The day after the latest entry of content/updates/, ISO: the date of an entry a test adds to
 * log a change it makes to the text (the build refuses a change no entry names).
 */
export function nextLogDate(): string {
  const latest = UPDATES.map((entry) => entry.date).sort().at(-1);
  if (!latest) throw new Error('content/updates/ is empty.');
  const day = new Date(`${latest}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** A speaker's full name and short label, as the pages show them: a person's name and last name, or a source's who and label. */
export function speakerOf(id: string): { name: string; label: string } {
  const person = PEOPLE.find((p) => p.id === id);
  if (person) return { name: person.name, label: person.name.split(' ').at(-1) ?? person.name };
  const source = SOURCES.find((s) => s.id === id);
  if (source) return { name: source.who, label: source.label };
  throw new Error(`No person or source "${id}" in content/.`);
}

/** The Ukrainian edition's words: content/uk/ read with the translation schemas. */
export const UK_MAP = TranslatedMapSchema.parse(readYaml(join(CONTENT, 'uk/map.yaml')));
export const UK_PAGE_TEXT = Object.fromEntries(
  readFolder('uk/pages', '.yaml', readYaml).map(({ id, data }) => [id, TranslatedPageTextSchema.parse(data)]),
);
export const UK_SECTIONS = readFolder('uk/sections', '.mdx', readMdx).map(({ id, data }) => ({ id, data: TranslatedSectionSchema.parse(data.data), body: data.body }));
export const UK_OPENING = TranslatedOpeningSchema.parse(readMdx(join(CONTENT, 'uk/opening.mdx')).data);
export const UK_CLAIMS = Object.fromEntries(readFolder('uk/claims', '.yaml', readYaml).map(({ id, data }) => [id, TranslatedClaimSchema.parse(data)]));

/**
 * The words of the article's text in an edition, paragraph by paragraph: the opening's and every
 * section's MDX body without its components' tags and comments (what stands in quotation marks there
 * is what the article quotes).
 */
export function articleText(edition: 'en' | 'uk'): string[] {
  const folder = edition === 'en' ? CONTENT : join(CONTENT, 'uk');
  const bodies = [readMdx(join(folder, 'opening.mdx')).body, ...readFolder(edition === 'en' ? 'sections' : 'uk/sections', '.mdx', readMdx).map(({ data }) => data.body)];
  return bodies.flatMap((body) => body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/<[^>]+>/g, '').split(/\n\s*\n/)).map((p) => p.trim()).filter(Boolean);
}

/** Every file of content/uk/, relative to it ("sections/territory.mdx"). */
export function listTranslatedFiles(dir = join(CONTENT, 'uk')): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(mdx|yaml)$/.test(entry.name) && !entry.name.startsWith('_'))
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}
/** The Ukrainian notes of the updates log, by the English entry's file name (its date). */
export const UK_UPDATE_NOTES: Readonly<Record<string, string>> = Object.fromEntries(
  readFolder('uk/updates', '.yaml', readYaml).map(({ id, data }) => [id, TranslatedUpdateSchema.parse(data).note]),
);
