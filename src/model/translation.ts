import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ContentProblem } from '../lib/content-checks';
import { fingerprintText } from '../lib/fingerprint';
import type { Locale } from '../i18n/locales';
import type { Translation } from '../schemas/translation';
import { translatedCollectionName, type TranslatedKind } from './translated-collections';

/** The English entries a story is built from, by collection. */
export interface StoryEntries {
  opening: CollectionEntry<'opening'>[];
  pages: CollectionEntry<'pages'>[];
  map: CollectionEntry<'map'>[];
  sections: CollectionEntry<'sections'>[];
  timeline: CollectionEntry<'timeline'>[];
  people: CollectionEntry<'people'>[];
  terms: CollectionEntry<'terms'>[];
  sources: CollectionEntry<'sources'>[];
  updates: CollectionEntry<'updates'>[];
  claims: CollectionEntry<'claims'>[];
}

/** Where a translated file stands against the English file it was made from. */
export type TranslationState = 'current' | 'behind' | 'missing';

/** One translated file of an edition (or the English file an edition lacks a translation of). */
export interface TranslatedFile {
  /** Collection and id of the English entry ("sections/territory"). */
  key: string;
  /** The translated file, or the English one when it is missing. */
  file: string;
  englishFile: string;
  state: TranslationState;
  /** Its provenance; undefined when missing. */
  translation: Translation | undefined;
}

/** Everything an edition's story needs beyond the English: its entries with the words laid over, the bodies to render, each file's state. */
export interface TranslatedEntries {
  entries: StoryEntries;
  /** The entry whose body renders for the opening and for each section: the translation's, or the English when missing. */
  bodies: { opening: CollectionEntry<'opening'> | CollectionEntry<'ukOpening'>; sections: Map<string, CollectionEntry<'sections'> | CollectionEntry<'ukSections'>> };
  files: TranslatedFile[];
  problems: ContentProblem[];
  /** What a translation made from an older English text no longer matches (a status note added since): shown, not fatal. */
  warnings: ContentProblem[];
}

export async function loadEnglishEntries(): Promise<StoryEntries> {
  const [opening, pages, map, sections, timeline, people, terms, sources, updates, claims] = await Promise.all([
    getCollection('opening'),
    getCollection('pages'),
    getCollection('map'),
    getCollection('sections'),
    getCollection('timeline'),
    getCollection('people'),
    getCollection('terms'),
    getCollection('sources'),
    getCollection('updates'),
    getCollection('claims'),
  ]);
  return { opening, pages, map, sections, timeline, people, terms, sources, updates, claims };
}

type Entry = { id: string; filePath?: string | undefined; data: object };

function fileOf(entry: { id: string; filePath?: string | undefined }, folder: string): string {
  return entry.filePath ?? `content/${folder}${entry.id}`;
}

/** Fingerprint of an English file as it is on disk now. */
function fingerprintOf(file: string): string {
  return fingerprintText(readFileSync(file, 'utf8'));
}

/**
 * Lays an edition's words over the English entries: each English entry takes the translated
 * fields of the file with its id; an English entry without a translation keeps its English words
 * (and is reported as missing); a translation without an English entry is a problem.
 */
export async function translateEntries(locale: Locale, english: StoryEntries): Promise<TranslatedEntries> {
  // Every translated edition has the same collections (src/content.config.ts), so each is read with the Ukrainian one's type.
  const read = <K extends TranslatedKind>(kind: K) => getCollection(translatedCollectionName(locale, kind) as `uk${K}`);
  const [opening, pages, map, sections, timeline, people, terms, sources, updates, claims] = await Promise.all([
    read('Opening'),
    read('Pages'),
    read('Map'),
    read('Sections'),
    read('Timeline'),
    read('People'),
    read('Terms'),
    read('Sources'),
    read('Updates'),
    read('Claims'),
  ]);
  const files: TranslatedFile[] = [];
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  /** Where the words of the file being merged report a mismatch: a problem, or a warning when the file is behind. */
  let report: ContentProblem[] = problems;

  /** Merges one collection: `words` turns a translation into the fields it replaces in the English data. */
  function overlay<E extends Entry, T extends Entry & { data: { translation: Translation } }>(
    folder: string,
    englishEntries: E[],
    translated: T[],
    words: (englishData: E['data'], translatedData: T['data'], file: string) => Partial<E['data']>,
  ): E[] {
    for (const entry of translated) {
      if (!englishEntries.some((candidate) => candidate.id === entry.id)) {
        problems.push({
          file: fileOf(entry, `${locale}/${folder}`),
          field: 'file name',
          problem: `there is no English content/${folder}${entry.id} for it to translate`,
          fix: `name it after an English file in content/${folder}, or delete it`,
        });
      }
    }
    return englishEntries.map((entry) => {
      const englishFile = fileOf(entry, folder);
      const translation = translated.find((candidate) => candidate.id === entry.id);
      const key = `${folder}${entry.id}`;
      if (!translation) {
        files.push({ key, file: englishFile, englishFile, state: 'missing', translation: undefined });
        return entry;
      }
      const file = fileOf(translation, `${locale}/${folder}`);
      const state = translation.data.translation.from === fingerprintOf(englishFile) ? 'current' : 'behind';
      files.push({ key, file, englishFile, state, translation: translation.data.translation });
      // A translation of an older English text may miss what was added since: the English words stand in, with a warning.
      report = state === 'current' ? problems : warnings;
      return { ...entry, filePath: file, data: { ...entry.data, ...words(entry.data, translation.data, file) } };
    });
  }

  /** The n-th translated string of a list that must match the English one by position. */
  function sameLength(file: string, field: string, english: number, translated: readonly string[]): void {
    if (english !== translated.length) {
      report.push({ file, field, problem: `it has ${translated.length} entries where the English has ${english}`, fix: `give one translation per English entry, in the English order` });
    }
  }

  const merged: StoryEntries = {
    opening: overlay('', english.opening, opening, (_, t) => ({ headline: t.headline, standfirst: t.standfirst, provenance: t.provenance, originalHeadline: t.originalHeadline })),
    pages: overlay('pages/', english.pages, pages, (_, t) => ({ title: t.title, description: t.description, heading: t.heading, intro: t.intro })),
    map: overlay('', english.map, map, (e, t, file) => {
      sameLength(file, 'places', e.places.length, t.places.map((p) => p.id));
      return {
        title: t.title,
        legend: t.legend,
        credit: t.credit,
        alt: t.alt,
        places: e.places.map((place, index) => {
          const words = t.places.find((candidate) => candidate.id === place.id);
          if (!words) {
            report.push({ file, field: `places[${index}]`, problem: `no place with id "${place.id}"`, fix: 'translate every English place under its id' });
            return place;
          }
          return { ...place, label: words.label, fullName: words.fullName, subLabel: words.subLabel ?? place.subLabel, note: words.note, background: words.background };
        }),
      };
    }),
    sections: overlay('sections/', english.sections, sections, (e, t, file) => {
      sameLength(file, 'inShort', e.inShort.length, t.inShort);
      sameLength(file, 'openQuestions', e.openQuestions.length, t.openQuestions);
      return {
        title: t.title,
        navLabel: t.navLabel,
        standfirst: t.standfirst,
        inShort: e.inShort.map((point, index) => ({ ...point, text: t.inShort[index] ?? point.text })),
        openQuestions: e.openQuestions.map((item, index) => ({ ...item, question: t.openQuestions[index] ?? item.question })),
      };
    }),
    timeline: overlay('timeline/', english.timeline, timeline, (_, t) => ({ title: t.title, summary: t.summary, recordNote: t.recordNote })),
    people: overlay('people/', english.people, people, (_, t) => ({
      name: t.name,
      role: t.role,
      // Words decline: the summaries' forms of a name are listed, or the last word of it stands.
      attributedAs: t.attributedAs ?? [t.name.split(' ').at(-1) ?? t.name],
      background: t.background,
    })),
    terms: overlay('terms/', english.terms, terms, (_, t) => ({ term: t.term, meaning: t.meaning, background: t.background })),
    sources: overlay('sources/', english.sources, sources, (_, t) => ({ label: t.label, who: t.who, how: t.how, attributedAs: t.attributedAs })),
    updates: overlay('updates/', english.updates, updates, (_, t) => ({ note: t.note })),
    claims: overlay('claims/', english.claims, claims, (e, t, file) => {
      const withNotes = e.status.filter((entry) => entry.note !== undefined).length;
      sameLength(file, 'notes', withNotes, t.notes);
      let noteIndex = 0;
      if (e.saidWhen !== undefined && t.saidWhen === undefined) {
        report.push({ file, field: 'saidWhen', problem: `the English says when it was said ("${e.saidWhen}") and this file does not`, fix: 'translate saidWhen as well' });
      }
      return {
        attribution: t.attribution,
        headline: t.headline,
        saidWhen: e.saidWhen === undefined ? undefined : (t.saidWhen ?? e.saidWhen),
        words: t.words,
        hedges: t.hedges,
        status: e.status.map((entry) => (entry.note === undefined ? entry : { ...entry, note: t.notes[noteIndex++] ?? entry.note })),
      };
    }),
  };
  const bodies: TranslatedEntries['bodies'] = {
    opening: opening[0] ?? english.opening[0]!,
    sections: new Map(english.sections.map((entry) => [entry.id, sections.find((candidate) => candidate.id === entry.id) ?? entry])),
  };
  return { entries: merged, bodies, files, problems, warnings };
}

const translatedPromises = new Map<Locale, Promise<TranslatedEntries>>();

/** An edition's entries with its words laid over the English, read and fingerprinted once per build. */
export function getTranslatedEntries(locale: Locale): Promise<TranslatedEntries> {
  let translated = translatedPromises.get(locale);
  if (!translated) {
    translated = loadEnglishEntries().then((english) => translateEntries(locale, english));
    translatedPromises.set(locale, translated);
  }
  return translated;
}

/** Where each file of a translated edition stands, without rendering it: what the original's pages need for their hreflang links. */
export async function getTranslatedFiles(locale: Locale): Promise<TranslatedFile[]> {
  return (await getTranslatedEntries(locale)).files;
}
