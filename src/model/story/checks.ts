import type { CollectionEntry } from 'astro:content';
import { SITE } from '../../config';
import { findClaimProblems, type CheckedSummary } from '../../lib/claim-checks';
import { findContentProblems, formatContentProblems, type ContentProblem } from '../../lib/content-checks';
import { eventPlace } from '../../lib/change-places';
import { formatDisplayDate } from '../../lib/dates';
import type { MdxFacts } from '../../lib/mdx-facts';
import { findAnnotationProblems } from '../../lib/mention-checks';
import { findUpdateProblems } from '../../lib/update-checks';
import { findStructureProblems } from '../../lib/translation-checks';
import type { Locale } from '../../i18n/locales';
import { OPENING_ID } from '../../routes';
import { recordPublishedText } from '../published-text';
import type { TranslatedEntries, TranslatedFile } from '../translation';
import { fileOf, type LoadedEdition } from './load';
import type { Speaker, Story, StorySection } from './types';

// The checks an edition's content must pass before any page is built: each problem names the
// file, the field and the fix, and all of them stop the build together.

/** A person and a source with the same id: claims could not tell them apart. */
export function checkSpeakerIds(people: readonly CollectionEntry<'people'>[], sources: readonly CollectionEntry<'sources'>[]): void {
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
}

/** The named text fields of one file, for checks that read texts by file and field; absent fields are left out. */
function fieldTexts(file: string, fields: Record<string, string | undefined>): { file: string; field: string; text: string }[] {
  return Object.entries(fields).flatMap(([field, text]) => (text === undefined ? [] : [{ file, field, text }]));
}

/** The file of a section, by slug. */
function sectionFileOf(edition: LoadedEdition, id: string): string {
  return fileOf(edition.entries.sections.find((entry) => entry.id === id) ?? { id }, 'sections/');
}

/** What the checks read besides the edition's entries. */
export interface CheckInputs {
  speakers: ReadonlyMap<string, Speaker>;
  /** Every page path with the anchors its template renders, for the links in the content. */
  pageAnchors: Map<string, Set<string>>;
  /** What reading content/pages/ found wrong. */
  pageTextProblems: readonly ContentProblem[];
}

/** Every problem of an edition's content: links, annotations, claims and summaries, and (in the original) the updates log. */
function findStoryProblems(edition: LoadedEdition, inputs: CheckInputs): ContentProblem[] {
  const { translated, opening, map, openingFacts, sections } = edition;
  const { pages, timeline: eventEntries, people, terms, sources, updates, claims: claimEntries } = edition.entries;
  const sectionFile = (id: string) => sectionFileOf(edition, id);
  return [
    ...inputs.pageTextProblems,
    ...findContentProblems({
      sections: sections.map((s) => ({ id: s.id, file: sectionFile(s.id), data: s.data, body: s.facts })),
      events: eventEntries.map((entry) => ({ id: entry.id, file: fileOf(entry, 'timeline/'), data: entry.data })),
      people,
      terms,
      otherBodies: [{ file: fileOf(opening, ''), body: openingFacts }],
      storyDate: SITE.storyDate,
      pages: inputs.pageAnchors,
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
      speakers: new Map([...inputs.speakers].map(([id, speaker]) => [id, speaker.attributedAs])),
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
}

/**
 * Checks a translated edition against the original: each body's structure (paragraphs, claims,
 * mentions, links). A file made from an older English text may differ from the new English, so
 * its divergences are warnings until it is translated again; a current file's are problems.
 */
function checkTranslation(
  translated: TranslatedEntries,
  bodies: { openingFacts: MdxFacts; sections: StorySection[] },
  original: Story,
): { files: TranslatedFile[]; problems: ContentProblem[]; warnings: ContentProblem[] } {
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

/**
 * Runs every check of an edition and throws the problems that stop the build; for a translated
 * edition (`original` is the English story), returns where its files stand and the warnings it prints.
 */
export function checkEdition(locale: Locale, edition: LoadedEdition, inputs: CheckInputs, original: Story | undefined): Story['translation'] {
  const { translated, opening, openingFacts, sections } = edition;
  const problems = findStoryProblems(edition, inputs);
  const checked = translated && original && checkTranslation(translated, { openingFacts, sections }, original);
  // In a translated edition, a file made from an older English text (or the English standing in
  // for a missing one) may no longer fit what the English says now: its problems are warnings
  // until it is translated again, so an English update never waits for its translation.
  const stale = new Set(checked?.files.filter((file) => file.state !== 'current').map((file) => file.file) ?? []);
  const fatal = [...problems, ...(checked?.problems ?? [])].filter((problem) => !stale.has(problem.file));
  if (fatal.length > 0) throw new Error(formatContentProblems(fatal));
  if (!translated) {
    // Once the content holds together, the text against the record of it as published: an edit
    // the log does not name stops the build; one it names is recorded (docs/updating.md).
    const unlogged = recordPublishedText(
      [
        { id: OPENING_ID, file: fileOf(opening, ''), paragraphs: openingFacts.paragraphs },
        ...sections.map((s) => ({ id: s.id, file: sectionFileOf(edition, s.id), paragraphs: s.facts.paragraphs })),
      ],
      edition.entries.updates.map((entry) => ({ file: fileOf(entry, 'updates/'), date: entry.data.date, kind: entry.data.kind, changes: entry.data.changes })),
    );
    if (unlogged.length > 0) throw new Error(formatContentProblems(unlogged));
  }
  if (!checked) return undefined;
  checked.warnings.push(...problems.filter((problem) => stale.has(problem.file)));
  reportTranslation(locale, checked);
  return { files: checked.files, warnings: checked.warnings };
}
