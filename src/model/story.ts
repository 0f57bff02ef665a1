import { render, type CollectionEntry } from 'astro:content';
import { SITE } from '../config';
import { editionUrls, type EditionUrls } from '../urls';
import { findClaimProblems, type CheckedSummary } from '../lib/claim-checks';
import { findContentProblems, formatContentProblems, type ContentProblem } from '../lib/content-checks';
import { eventPlace } from '../lib/change-places';
import { formatDisplayDate } from '../lib/dates';
import { readMdxFacts, type MdxFacts } from '../lib/mdx-facts';
import { findAnnotationProblems } from '../lib/mention-checks';
import { readingMinutes } from '../lib/reading-time';
import { sortSections } from '../lib/sections';
import { sortEvents, type TimelineEntry } from '../lib/timeline';
import { findUpdateProblems } from '../lib/update-checks';
import { isNotedKind } from '../lib/update-kind';
import { PAGE_TEXT_FILES, type PageTextFile } from '../page-kinds';
import { listPageAnchors, OPENING_ID } from '../routes';
import type { PageText } from '../schemas/page-text';
import { dictionaryFor, type Dictionary } from '../i18n/dictionary';
import { DEFAULT_LOCALE, LANGUAGE_TAGS, LOCALES, TRANSLATED_LOCALES, localeFromParam, localeParam, type Locale } from '../i18n/locales';
import { findStructureProblems } from '../lib/translation-checks';
import { partKey, recording, type Recorder } from '../lib/shown-files';
import { recordPublishedText } from './published-text';
import { getTranslatedEntries, getTranslatedFiles, loadEnglishEntries, type TranslatedEntries, type TranslatedFile } from './translation';

/** The rendered body of an MDX entry: what a page puts in its article. */
export type RenderedContent = Awaited<ReturnType<typeof render>>['Content'];

/** A section ready for pages, in story order. */
export interface StorySection {
  /** URL slug and anchor id, from the file name. */
  id: string;
  /** 1 for the first section in story order, whatever the `order` values are. */
  position: number;
  /** Validated frontmatter. */
  data: CollectionEntry<'sections'>['data'];
  /** The rendered body. */
  Content: RenderedContent;
  /** Slugs of the headings in the body. */
  headings: string[];
  /** Links, mentions, claims and word count from the body's syntax tree. */
  facts: MdxFacts;
  /** Minutes an unhurried reader needs for the section's text. */
  readingMinutes: number;
  /** The language of its words when they are not the edition's (a section not yet translated shows the English): a BCP 47 tag; else undefined. */
  lang: string | undefined;
  /** True when its body places the locator map, whose words (content/map.yaml) it then shows. */
  showsMap: boolean;
}

/** The fixed pages whose words live in content/pages/. */
/** The pages whose words are a file of content/pages/, from the registry of page kinds. */
export const FIXED_PAGES: readonly PageTextFile[] = PAGE_TEXT_FILES;
/** One of FIXED_PAGES. */
export type FixedPage = PageTextFile;

/** Who says a claim: a person of the who's-who or a source (an office, an outlet, unnamed reports). */
export interface Speaker {
  id: string;
  /** Full name ("Steve Witkoff") or who the source is ("The White House"). */
  name: string;
  /** Short label for the mark after the words ("Witkoff", "CBS"). */
  label: string;
  /** The words that carry the attribution in a summary. */
  attributedAs: string[];
  /** "person" links to the glossary; "source" says how the article attributes it. */
  kind: 'person' | 'source';
}

/** A claim with its id, its speaker looked up and where it stands. */
export interface StoryClaim {
  id: string;
  data: CollectionEntry<'claims'>['data'];
  speaker: Speaker;
}

/** The whole story of one edition, checked: every page model builds from this. */
export interface Story {
  /** The edition: "en", the original, or a translation of it. */
  locale: Locale;
  /** The edition's interface words. */
  t: Dictionary;
  /** URLs of the edition's pages and files. */
  url: EditionUrls;
  /** For a translated edition, the English story it translates (the updates log quotes its words). */
  original: Story | undefined;
  /** Where each translated edition's files stand, for every page's language switch and hreflang links. */
  editions: ReadonlyMap<Locale, readonly TranslatedFile[]>;
  /** For a translated edition: where each of its files stands against the English, and structure warnings for those behind. */
  translation: { files: TranslatedFile[]; warnings: ContentProblem[] } | undefined;
  /** Headline, standfirst and original headline, from content/opening.mdx. */
  opening: CollectionEntry<'opening'>['data'];
  /** The paragraphs before the first subhead. */
  OpeningContent: RenderedContent;
  /** Each fixed page's title and description. */
  pageText: Record<FixedPage, PageText>;
  /** The locator map's words and places. */
  map: CollectionEntry<'map'>['data'];
  sections: StorySection[];
  events: TimelineEntry[];
  /** People and terms, each sorted by name. */
  people: CollectionEntry<'people'>[];
  terms: CollectionEntry<'terms'>[];
  sources: CollectionEntry<'sources'>[];
  /** Every claim, in the order it stands in the story (opening, then sections). */
  claims: StoryClaim[];
  /** Every speaker of a claim, by id. */
  speakers: Map<string, Speaker>;
  /** Facts of the opening's body (its paragraphs and claims). */
  openingFacts: MdxFacts;
  /** True when the opening's body places the locator map. */
  openingShowsMap: boolean;
  /** The updates log, oldest first: each entry's kind, note, changes to the text and claims whose status changed. */
  updates: CollectionEntry<'updates'>['data'][];
  /** First publication and latest update, ISO dates, from the updates log (a typo fixed is no update). */
  published: string;
  modified: string;
}

function fileOf(entry: { id: string; filePath?: string | undefined }, folder: string): string {
  return entry.filePath ?? `content/${folder}${entry.id}`;
}

/** Whether an MDX body places the locator map (<LocatorMap>, which shows content/map.yaml's words). */
function placesMap(body: string | undefined): boolean {
  return /<LocatorMap\b/.test(body ?? '');
}

/** The named text fields of one file, for checks that read texts by file and field; absent fields are left out. */
function fieldTexts(file: string, fields: Record<string, string | undefined>): { file: string; field: string; text: string }[] {
  return Object.entries(fields).flatMap(([field, text]) => (text === undefined ? [] : [{ file, field, text }]));
}

/** The one entry of a single-file collection; a missing file stops the build as a content problem (no stack trace). */
function requireOne<T extends { id: string }>(entries: T[], file: string, holds: string): T {
  const [entry] = entries;
  if (!entry) throw new Error(formatContentProblems([{ file, field: '(the file)', problem: 'the file is missing', fix: `add it: it holds ${holds}` }]));
  return entry;
}

function readPageText(entries: CollectionEntry<'pages'>[]): { text: Partial<Record<FixedPage, PageText>>; problems: ContentProblem[] } {
  const text: Partial<Record<FixedPage, PageText>> = {};
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if ((FIXED_PAGES as readonly string[]).includes(entry.id)) text[entry.id as FixedPage] = entry.data;
    else {
      problems.push({
        file: fileOf(entry, 'pages/'),
        field: 'file name',
        problem: `"${entry.id}" is not a fixed page of the site`,
        fix: `name the file after one of: ${FIXED_PAGES.join(', ')}`,
      });
    }
  }
  for (const page of FIXED_PAGES) {
    if (!text[page]) {
      problems.push({
        file: `content/pages/${page}.yaml`,
        field: 'file',
        problem: `the ${page} page has no words`,
        fix: 'add the file with a title and a description',
      });
    }
  }
  return { text, problems };
}

async function loadStory(locale: Locale): Promise<Story> {
  const english = await loadEnglishEntries();
  const translated = locale === DEFAULT_LOCALE ? undefined : await getTranslatedEntries(locale);
  const {
    opening: openings,
    pages,
    map: maps,
    sections: sectionEntries,
    timeline: eventEntries,
    people,
    terms,
    sources,
    updates,
    claims: claimEntries,
  } = translated?.entries ?? english;
  const opening = requireOne(openings, 'content/opening.mdx', 'the headline, standfirst and the paragraphs before the first subhead');
  const map = requireOne(maps, 'content/map.yaml', 'the locator map’s places and notes');
  if (updates.length === 0) {
    throw new Error(
      formatContentProblems([{ file: 'content/updates/', field: '(the folder)', problem: 'the folder has no entry', fix: 'add an entry for the first publication (date and note)' }]),
    );
  }
  const renderedOpening = await render(translated?.bodies.opening ?? opening);
  const openingFacts = readMdxFacts(renderedOpening.remarkPluginFrontmatter, fileOf(opening, ''));

  const ordered = sortSections(sectionEntries.map((entry) => ({ id: entry.id, order: entry.data.order, entry })));
  const sections: StorySection[] = await Promise.all(
    ordered.map(async ({ entry }, index) => {
      const rendered = await render(translated?.bodies.sections.get(entry.id) ?? entry);
      const facts = readMdxFacts(rendered.remarkPluginFrontmatter, fileOf(entry, 'sections/'));
      return {
        id: entry.id,
        position: index + 1,
        data: entry.data,
        Content: rendered.Content,
        headings: rendered.headings.map((heading) => heading.slug),
        facts,
        readingMinutes: readingMinutes(facts.wordCount),
        lang: translated?.files.find((file) => file.key === `sections/${entry.id}`)?.state === 'missing' ? LANGUAGE_TAGS[DEFAULT_LOCALE].lang : undefined,
        showsMap: placesMap((translated?.bodies.sections.get(entry.id) ?? entry).body),
      };
    }),
  );
  const events = sortEvents(eventEntries.map((entry) => ({ id: entry.id, ...entry.data })));
  const sectionFile = (id: string) => fileOf(sectionEntries.find((entry) => entry.id === id) ?? { id }, 'sections/');

  const speakers = new Map<string, Speaker>([
    ...people.map((p): [string, Speaker] => {
      const last = p.data.name.split(' ').at(-1) ?? p.data.name;
      return [p.id, { id: p.id, name: p.data.name, label: last, attributedAs: p.data.attributedAs ?? [last], kind: 'person' }];
    }),
    ...sources.map((s): [string, Speaker] => [s.id, { id: s.id, name: s.data.who, label: s.data.label, attributedAs: s.data.attributedAs, kind: 'source' }]),
  ]);
  const clash = people.filter((p) => sources.some((s) => s.id === p.id));
  if (clash.length > 0) {
    throw new Error(
      formatContentProblems(
        clash.map((p) => ({
          file: `content/sources/${p.id}.yaml`,
          field: 'file name',
          problem: `a person in content/people/ has the same id, "${p.id}", so claims could not tell them apart`,
          fix: 'rename the source file (and the claims that name it as their speaker)',
        })),
      ),
    );
  }
  const bodyOrder = [OPENING_ID, ...sections.map((s) => s.id)];
  const claims: StoryClaim[] = claimEntries
    .map((entry) => ({ id: entry.id, data: entry.data, speaker: speakers.get(entry.data.speaker) }))
    .filter((claim): claim is StoryClaim => claim.speaker !== undefined)
    .sort((a, b) => {
      const marksOf = (id: string) => (id === OPENING_ID ? openingFacts : sections.find((s) => s.id === id)?.facts)?.claims.map((c) => c.id) ?? [];
      return bodyOrder.indexOf(a.data.in) - bodyOrder.indexOf(b.data.in) || marksOf(a.data.in).indexOf(a.id) - marksOf(b.data.in).indexOf(b.id);
    });
  const speakersOf = (bodyId: string) => [...new Set(claims.filter((c) => c.data.in === bodyId).map((c) => c.speaker.id))];

  const pageAnchors = listPageAnchors({
    sections: sections.map((s) => ({
      id: s.id,
      headings: s.headings,
      sources: speakersOf(s.id),
      claims: s.facts.claims.map((c) => c.id),
      paragraphCount: s.facts.paragraphs.length,
      hasOpenQuestions: s.data.openQuestions.length > 0,
      hasEvents: s.data.events.length > 0,
    })),
    opening: { claims: openingFacts.claims.map((c) => c.id), paragraphCount: openingFacts.paragraphs.length },
    speakers: [...new Set(claims.map((c) => c.speaker.id))],
    events,
    people: people.map((p) => p.id),
    terms: terms.map((t) => t.id),
    updates: updates.map((update) => update.data.date),
  });
  const pageText = readPageText(pages);
  const problems = [
    ...pageText.problems,
    ...findContentProblems({
      sections: sections.map((s) => ({ id: s.id, file: sectionFile(s.id), data: s.data, body: s.facts })),
      events: eventEntries.map((entry) => ({ id: entry.id, file: fileOf(entry, 'timeline/'), data: entry.data })),
      people,
      terms,
      otherBodies: [{ file: fileOf(opening, ''), body: openingFacts }],
      storyDate: SITE.storyDate,
      pages: pageAnchors,
    }),
    ...sections.flatMap((s) =>
      findAnnotationProblems({ file: sectionFile(s.id), mentions: s.facts.mentions, people: s.data.people, terms: s.data.terms }),
    ),
    ...findClaimProblems({
      claims: claimEntries.map((entry) => ({ id: entry.id, file: fileOf(entry, 'claims/'), data: entry.data })),
      bodies: [
        { id: OPENING_ID, file: fileOf(opening, ''), claims: openingFacts.claims, paragraphs: openingFacts.paragraphs },
        ...sections.map((s) => ({ id: s.id, file: sectionFile(s.id), claims: s.facts.claims, paragraphs: s.facts.paragraphs })),
      ],
      speakers: new Map([...speakers].map(([id, speaker]) => [id, speaker.attributedAs])),
      termNames: terms.map((t) => t.data.term),
      shownTexts: [
        ...people.flatMap((p) => fieldTexts(fileOf(p, 'people/'), { role: p.data.role, background: p.data.background })),
        ...terms.flatMap((t) => fieldTexts(fileOf(t, 'terms/'), { meaning: t.data.meaning, background: t.data.background })),
        ...sources.flatMap((s) => fieldTexts(fileOf(s, 'sources/'), { who: s.data.who, how: s.data.how })),
        ...eventEntries.flatMap((e) => fieldTexts(fileOf(e, 'timeline/'), { title: e.data.title, recordNote: e.data.recordNote })),
        ...pages.flatMap((p) => fieldTexts(fileOf(p, 'pages/'), { title: p.data.title, description: p.data.description, heading: p.data.heading, intro: p.data.intro })),
        ...fieldTexts(fileOf(map, ''), { title: map.data.title, legend: map.data.legend }),
        ...map.data.places.flatMap((place, index) => fieldTexts(fileOf(map, ''), { [`places[${index}].note`]: place.note, [`places[${index}].background`]: place.background })),
        ...fieldTexts(fileOf(opening, ''), { headline: opening.data.headline }),
      ],
      summaries: [
        { file: fileOf(opening, ''), field: 'standfirst', text: opening.data.standfirst, cites: opening.data.standfirstCites },
        ...sections.flatMap((s): CheckedSummary[] => [
          { file: sectionFile(s.id), field: 'standfirst', text: s.data.standfirst, cites: s.data.standfirstCites },
          ...s.data.inShort.map((point, index) => ({ file: sectionFile(s.id), field: `inShort[${index}]`, text: point.text, cites: point.cites })),
        ]),
        ...eventEntries.map((entry) => ({
          file: fileOf(entry, 'timeline/'),
          field: 'summary',
          text: entry.data.summary,
          cites: entry.data.cites,
          mustCite: entry.data.source === 'article',
        })),
      ],
    }),
    ...(translated ? [] : findUpdateProblems({
      updates: updates.map((entry) => ({ id: entry.id, file: fileOf(entry, 'updates/'), data: entry.data })),
      // What a change may name, with the text the site shows there now.
      places: [
        { id: OPENING_ID, file: fileOf(opening, ''), passages: [...openingFacts.paragraphs, opening.data.headline, opening.data.standfirst] },
        ...sections.map((s) => ({
          id: s.id,
          file: sectionFile(s.id),
          passages: [...s.facts.paragraphs, s.data.title, s.data.standfirst, ...s.data.inShort.map((point) => point.text)],
        })),
        ...eventEntries.map((entry) => ({
          id: eventPlace(entry.id),
          file: fileOf(entry, 'timeline/'),
          passages: [formatDisplayDate(entry.data.date), entry.data.date, entry.data.title, entry.data.summary, ...(entry.data.recordNote ? [entry.data.recordNote] : [])],
        })),
      ],
      claims: claimEntries.map((entry) => ({ id: entry.id, file: fileOf(entry, 'claims/'), status: entry.data.status })),
    })),
  ];
  const edition = translated && (await checkTranslation(translated, { openingFacts, sections }));
  // In a translated edition, a file made from an older English text (or the English standing in
  // for a missing one) may no longer fit what the English says now: its problems are warnings
  // until it is translated again, so an English update never waits for its translation.
  const stale = new Set(edition?.files.filter((file) => file.state !== 'current').map((file) => file.file) ?? []);
  const fatal = [...problems, ...(edition?.problems ?? [])].filter((problem) => !stale.has(problem.file));
  if (fatal.length > 0) throw new Error(formatContentProblems(fatal));
  if (!translated) {
    // Once the content holds together, the text against the record of it as published: an edit
    // the log does not name stops the build; one it names is recorded (docs/updating.md).
    const unlogged = recordPublishedText(
      [
        { id: OPENING_ID, file: fileOf(opening, ''), paragraphs: openingFacts.paragraphs },
        ...sections.map((s) => ({ id: s.id, file: sectionFile(s.id), paragraphs: s.facts.paragraphs })),
      ],
      updates.map((entry) => ({ file: fileOf(entry, 'updates/'), date: entry.data.date, kind: entry.data.kind, changes: entry.data.changes })),
    );
    if (unlogged.length > 0) throw new Error(formatContentProblems(unlogged));
  }
  if (edition) {
    edition.warnings.push(...problems.filter((problem) => stale.has(problem.file)));
    reportTranslation(locale, edition);
  }

  const log = updates.map((update) => update.data).sort((a, b) => a.date.localeCompare(b.date));
  return {
    locale,
    t: dictionaryFor(locale),
    url: editionUrls(locale),
    original: translated ? await getStory(DEFAULT_LOCALE) : undefined,
    editions: new Map(await Promise.all(TRANSLATED_LOCALES.map(async (edition) => [edition, await getTranslatedFiles(edition)] as const))),
    translation: edition && { files: edition.files, warnings: edition.warnings },
    opening: opening.data,
    OpeningContent: renderedOpening.Content,
    pageText: pageText.text as Record<FixedPage, PageText>,
    map: map.data,
    sections,
    events,
    people: [...people].sort((a, b) => a.data.name.localeCompare(b.data.name, locale)),
    terms: [...terms].sort((a, b) => a.data.term.localeCompare(b.data.term, locale)),
    sources,
    claims,
    speakers,
    openingFacts,
    openingShowsMap: placesMap((translated?.bodies.opening ?? opening).body),
    updates: log,
    published: log[0]?.date ?? SITE.storyDate,
    modified: log.filter((entry) => isNotedKind(entry.kind)).at(-1)?.date ?? SITE.storyDate,
  };
}

/**
 * Checks a translated edition against the original: each body's structure (paragraphs, claims,
 * mentions, links). A file made from an older English text may differ from the new English, so
 * its divergences are warnings until it is translated again; a current file's are problems.
 */
async function checkTranslation(
  translated: TranslatedEntries,
  bodies: { openingFacts: MdxFacts; sections: StorySection[] },
): Promise<{ files: TranslatedFile[]; problems: ContentProblem[]; warnings: ContentProblem[] }> {
  const original = await getStory(DEFAULT_LOCALE);
  const fileFor = (key: string) => translated.files.find((file) => file.key === key);
  const pairs = [
    { key: OPENING_ID, original: original.openingFacts, translated: bodies.openingFacts },
    ...bodies.sections.map((s) => ({ key: `sections/${s.id}`, original: original.sections.find((o) => o.id === s.id)?.facts, translated: s.facts })),
  ];
  const problems: ContentProblem[] = [...translated.problems];
  const warnings: ContentProblem[] = [...translated.warnings];
  for (const pair of pairs) {
    const file = fileFor(pair.key);
    if (!file || !pair.original || file.state === 'missing') continue;
    const found = findStructureProblems([{ file: file.file, englishFile: file.englishFile, original: pair.original, translated: pair.translated }]);
    (file.state === 'current' ? problems : warnings).push(...found);
  }
  return { files: translated.files, problems, warnings };
}

/** Prints which translations are behind or missing, so the editor sees it in every build. */
function reportTranslation(locale: Locale, edition: { files: TranslatedFile[]; warnings: ContentProblem[] }): void {
  const stale = edition.files.filter((file) => file.state !== 'current');
  if (stale.length === 0) return;
  const lines = stale.map((file) => `  ${file.state === 'behind' ? `${file.file} is behind ${file.englishFile}` : `${file.englishFile} has no translation yet`}`);
  const warnings = edition.warnings.map((problem) => `  ${problem.file} (${problem.field}): ${problem.problem}`);
  console.warn(
    [`[translations] ${stale.length} of the "${locale}" edition's files need translating again (npm run translations; docs/translating.md):`, ...lines, ...warnings].join('\n'),
  );
}

const storyPromises = new Map<Locale, Promise<Story>>();

/** Loads and checks an edition's story once per build; throws a message naming file, field and fix on bad content. Pages call it; components never do. */
export function getStory(locale: Locale = DEFAULT_LOCALE): Promise<Story> {
  let story = storyPromises.get(locale);
  if (!story) {
    story = loadStory(locale);
    storyPromises.set(locale, story);
  }
  return story;
}

/** The story of the edition a `[...lang]` route parameter names (undefined is the original). */
export function getEditionStory(langParam: string | undefined): Promise<Story> {
  return getStory(localeFromParam(langParam));
}

/** Static paths of a `[...lang]` route in every edition: `paramsOf` lists the route's other parameters in one edition's story. */
export async function editionStaticPaths<Params extends Record<string, string>>(
  paramsOf: (story: Story) => Params[] = () => [{} as Params],
): Promise<{ params: Params & { lang: string | undefined } }[]> {
  const perEdition = await Promise.all(
    LOCALES.map(async (locale) => paramsOf(await getStory(locale)).map((params) => ({ params: { ...params, lang: localeParam(locale) } }))),
  );
  return perEdition.flat();
}

/** The part of a body file that is its paragraphs. */
const TEXT_PART = 'text';

/** The key of a body's paragraphs in a page's record: what the updates log changes. */
export function bodyTextKey(bodyId: string): string {
  return partKey(bodyId === OPENING_ID ? OPENING_ID : `sections/${bodyId}`, TEXT_PART);
}

/** True for the key of a body's paragraphs. */
export function isBodyTextKey(key: string): boolean {
  return key.endsWith(partKey('', TEXT_PART));
}

/**
 * The story as one page reads it: every word it takes from a content file notes that file
 * ("sections/territory", "people/donald-trump") in `recorder`, keyed as the translated files are
 * (TranslatedFile.key). Ids, dates and the lists that find and order things are read without noting:
 * only words shown count. A page's record is then a by-product of building its model.
 */
export function recordingStory(story: Story, recorder: Recorder): Story {
  const entry = <E extends { id: string }>(folder: string) => (value: E) => recording(value, recorder, `${folder}${value.id}`, { quiet: ['id', 'collection', 'filePath'] });
  const speaker = (value: Speaker) => recording(value, recorder, `${value.kind === 'person' ? 'people' : 'sources'}/${value.id}`, { quiet: ['id', 'kind'] });
  const section = (value: StorySection) => {
    const key = `sections/${value.id}`;
    return recording(value, recorder, key, {
      quiet: ['id', 'position', 'lang', 'headings', 'readingMinutes', 'showsMap'],
      also: { Content: [bodyTextKey(value.id)] },
      // A section's lists of events, people and terms say what it concerns; its words are the rest.
      wrap: { data: (data: StorySection['data']) => recording(data, recorder, key, { quiet: ['order', 'events', 'people', 'terms', 'standfirstCites'] }) },
    });
  };
  const claim = (value: StoryClaim) => {
    const key = `claims/${value.id}`;
    return recording(value, recorder, key, {
      quiet: ['id'],
      wrap: { data: (data: StoryClaim['data']) => recording(data, recorder, key, { quiet: ['in', 'speaker', 'form'] }), speaker },
    });
  };
  return recording(story, recorder, OPENING_ID, {
    quiet: ['locale', 't', 'url', 'original', 'editions', 'translation', 'published', 'modified', 'openingShowsMap'],
    also: { OpeningContent: [bodyTextKey(OPENING_ID)] },
    wrap: {
      opening: (opening: Story['opening']) => recording(opening, recorder, OPENING_ID, { quiet: ['standfirstCites'] }),
      pageText: (text: Story['pageText']) =>
        Object.fromEntries(Object.entries(text).map(([page, words]) => [page, recording(words, recorder, `pages/${page}`)])) as Story['pageText'],
      map: (map: Story['map']) => recording(map, recorder, 'map'),
      sections: (sections: StorySection[]) => sections.map(section),
      events: (events: TimelineEntry[]) =>
        events.map((event) => recording(event, recorder, `timeline/${event.id}`, { quiet: ['id', 'date', 'section', 'status', 'source', 'cites'] })),
      people: (people: Story['people']) => people.map(entry('people/')),
      terms: (terms: Story['terms']) => terms.map(entry('terms/')),
      sources: (sources: Story['sources']) => sources.map(entry('sources/')),
      claims: (claims: StoryClaim[]) => claims.map(claim),
      speakers: (speakers: Story['speakers']) => new Map([...speakers].map(([id, value]) => [id, speaker(value)])),
      // An entry of the log is its file, named after its date.
      updates: (updates: Story['updates']) => updates.map((update) => recording(update, recorder, `updates/${update.date}`, { quiet: ['date', 'kind', 'claims'] })),
    },
  });
}
