// The templates `npm run new` writes: one new content file of each kind, with a one-line comment
// per field (what it is, an example) and placeholders that build as they are, so an editor can
// build at once and replace them in their own time. Pure: src/cli/new.ts reads and writes the
// files. tests/unit/new-content.test.ts parses every template with its schema and checks that
// each lists every field of the schema, so the two cannot drift apart.
// No imports but .ts files without dependencies: Node runs this file as it is.
import { RESERVED_SLUGS } from '../routes.ts';

/** The kinds of English file `npm run new` makes, and the folder of content/ each lives in. */
export const NEW_KINDS = {
  section: 'sections',
  claim: 'claims',
  update: 'updates',
  person: 'people',
  term: 'terms',
  source: 'sources',
  event: 'timeline',
} as const;
/** One of NEW_KINDS. */
export type NewKind = keyof typeof NEW_KINDS;

/** What a template needs to know of the story as it stands, read by the CLI from content/. */
export interface StoryFacts {
  /** Section slugs in story order. */
  sections: readonly string[];
  /** The highest `order` of the sections; a new one goes after it. */
  maxOrder: number;
  /** Ids of the people and of the sources. */
  people: readonly string[];
  sources: readonly string[];
  /** How a summary names each speaker: its attributedAs, or a person's last name. */
  speakers: Readonly<Record<string, { attributedAs: readonly string[] }>>;
  /** The story's date, ISO: the first entry of the updates log. */
  storyDate: string;
}

/** Options of the command line. */
export interface NewOptions {
  /** For a claim or an event: the section it belongs to; default the last section. */
  in?: string | undefined;
  /** For a claim: who says it (a person or a source); default the first source. */
  speaker?: string | undefined;
  /** For an update: the words as they stood and as they stand now, in `in` (a body or timeline/<event id>); either may be empty. */
  before?: string | undefined;
  after?: string | undefined;
  /** For an update: the claims whose status changed that day. */
  claims?: readonly string[] | undefined;
}

/** One field of a template: its name, a comment and its YAML value; `optional` fields are written commented out. */
interface Field {
  key: string;
  /** What it is, then "Example: …". */
  comment: string;
  /** The value as YAML: one line after the key, or a block of lines each indented by two spaces. */
  value: string;
  optional?: boolean;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A double-quoted YAML string (JSON's quoting is valid YAML). */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** A YAML flow list of ids or strings: [a, b] (ids) or ["…", "…"] (anything else). */
function yamlList(items: readonly string[]): string {
  return `[${items.map((item) => (SLUG.test(item) || /^[a-z0-9-]+\/\d+$/.test(item) ? item : yamlString(item))).join(', ')}]`;
}

/** The YAML of a list of fields, each after its comment; optional ones commented out. */
function renderFields(fields: readonly Field[]): string {
  return fields
    .map((field) => {
      const line = field.value.startsWith('  ') ? `${field.key}:\n${field.value}` : `${field.key}: ${field.value}`;
      const body = field.optional ? line.split('\n').map((l) => `# ${l}`).join('\n') : line;
      return `# ${field.comment}\n${body}`;
    })
    .join('\n');
}

/** Why an id cannot name a new file of this kind, or undefined when it can. */
export function idProblem(kind: NewKind, id: string): string | undefined {
  if (kind === 'update') {
    if (!ISO_DATE.test(id) || Number.isNaN(Date.parse(`${id}T00:00:00Z`)) || new Date(`${id}T00:00:00Z`).toISOString().slice(0, 10) !== id) {
      return `"${id}" is not a date: an update is named after the day it is published, such as 2025-08-20`;
    }
    return undefined;
  }
  if (!SLUG.test(id)) {
    return `"${id}" is not a slug: use lower-case letters, digits and single hyphens, such as ceasefire-talks (it is the file name, the link and the anchor, and is never renamed)`;
  }
  if (kind === 'section' && RESERVED_SLUGS.includes(id)) {
    return `"${id}" is a route the site uses or has reserved (src/routes.ts): a section's slug is its URL, so choose another, such as ${id}-section`;
  }
  return undefined;
}

/** The file of content/ a new entry of this kind is written to, relative to content/. */
export function newFilePath(kind: NewKind, id: string): string {
  return `${NEW_KINDS[kind]}/${id}.${kind === 'section' ? 'mdx' : 'yaml'}`;
}

/** The fields of each kind's template, in the schema's order. Exported for the drift test. */
export function templateFields(kind: NewKind, id: string, facts: StoryFacts, options: NewOptions = {}): Field[] {
  const section = options.in ?? facts.sections.at(-1) ?? 'opening';
  switch (kind) {
    case 'section':
      return [
        { key: 'title', comment: 'The section’s subhead, exactly as in the article. Example: "Territorial Tensions: A Focus on Donbas"', value: yamlString('Replace with the subhead of the section') },
        { key: 'navLabel', comment: 'One or two words for the navigation, at most 16 characters. Example: "Territory"', value: yamlString('New section') },
        { key: 'order', comment: 'Its place in the story: a whole number, unique; sections are numbered by it. Example: 3', value: String(facts.maxOrder + 1) },
        { key: 'standfirst', comment: 'One sentence under the title, written from the section’s own facts. Example: "Reports indicate that Putin asked for the Donetsk region."', value: yamlString('Replace with one sentence from the facts of this section.') },
        { key: 'standfirstCites', comment: `What the standfirst condenses: claim ids, or paragraphs (${id}/1 is this section's first). Example: [reports-peace-offer, territory/3]`, value: yamlList([`${id}/1`]) },
        {
          key: 'inShort',
          comment: 'Two to four "In short" points, each one sentence from this section with what it condenses (a claim keeps its attribution). Example: - text: "Witkoff said Russia agreed to …" cites: [witkoff-article-5]',
          value: [`  - text: ${yamlString('Replace with the first point.')}`, `    cites: ${yamlList([`${id}/1`])}`, `  - text: ${yamlString('Replace with the second point.')}`, `    cites: ${yamlList([`${id}/1`])}`].join('\n'),
        },
        { key: 'events', comment: 'Ids of the timeline events (content/timeline/) this section concerns. Example: [alaska-summit, white-house-meeting]', value: '[]' },
        { key: 'people', comment: 'Ids of the people (content/people/) it mentions; mark the first mention of each in the text with <Mention id="…">. Example: [steve-witkoff]', value: '[]' },
        { key: 'terms', comment: 'Ids of the terms (content/terms/) it uses; mark the first use of each with <Mention id="…">. Example: [article-5]', value: '[]' },
        {
          key: 'openQuestions',
          comment: 'Questions the story leaves open, each with the slug of the section that covers it; [] for none. Example: - question: "Will Ukraine be asked to cede territory?" section: territory',
          value: '[]',
        },
      ];
    case 'claim': {
      const speaker = options.speaker ?? facts.sources[0] ?? facts.people[0] ?? 'reports';
      const names = facts.speakers[speaker];
      return [
        { key: 'in', comment: `Where its words stand: "opening" or a section's slug. Example: territory`, value: section },
        { key: 'speaker', comment: 'Who says it: the id of a person (content/people/) or a source (content/sources/). Example: steve-witkoff', value: speaker },
        { key: 'form', comment: 'quote (every word in the article’s quotation marks), partial (reported speech with a quoted phrase) or reported (no quotation). Example: quote', value: 'reported' },
        { key: 'attribution', comment: 'How the article attributes it, in its own words. Example: "told CNN"', value: yamlString('said') },
        {
          key: 'headline',
          comment: 'Its page’s title, at most 90 characters: who (as summaries name them), the article’s verb, the gist; quotation marks only where the article quotes. Example: "Witkoff said Russia agreed to Article 5-like protection"',
          value: yamlString(`${names?.attributedAs[0] ?? speaker}: replace with what was said`),
        },
        { key: 'saidWhen', comment: 'When it was said, if the article says so apart from the report’s date; optional. Example: "in February"', value: yamlString('in February'), optional: true },
        { key: 'words', comment: `The exact words of the article that <Claim id="${id}"> wraps in the text. Example: "Witkoff said Russia agreed to robust security guarantees"`, value: yamlString('Replace with the exact words of the article') },
        { key: 'hedges', comment: 'Words a summary citing it must keep besides the attribution (the article’s hedges); [] for none. Example: [reportedly]', value: '[]' },
        {
          key: 'status',
          comment: 'Its history, oldest first: claimed on the story’s date, then any later step (with an entry of content/updates/ that day). Example: - { status: denied, date: "2025-08-20", note: "The Kremlin said no such offer was made." }',
          value: `  - { status: claimed, date: ${yamlString(facts.storyDate)} }`,
        },
      ];
    }
    case 'update':
      return [
        { key: 'date', comment: 'The day it is published, quoted; the same as the file’s name. Example: "2025-08-20"', value: yamlString(id) },
        { key: 'kind', comment: 'update (new facts), correction (an error fixed) or clarification (clearer words, same facts). Example: correction', value: 'update' },
        { key: 'note', comment: 'One or two sentences for readers, shown on every page it touched, on /changes/ and in the feed. Example: "The Vatican meeting was on 25 April, not 26 April."', value: yamlString('Replace with one or two sentences for readers on what changed.') },
        {
          key: 'changes',
          comment: 'Each change to the text: where (opening, a section’s slug or timeline/<event id>), the words before and after, copied exactly; at least one change or claim. Example: - { in: relationships, before: "in February", after: "on 28 February" }',
          value:
            options.in !== undefined && (options.before || options.after)
              ? [`  - in: ${options.in}`, ...(options.before ? [`    before: ${yamlString(options.before)}`] : []), ...(options.after ? [`    after: ${yamlString(options.after)}`] : [])].join('\n')
              : '[]',
        },
        { key: 'claims', comment: 'Ids of the claims whose status changed on this date (add the step to each claim’s status too); [] for none. Example: [reports-peace-offer]', value: yamlList(options.claims ?? []) },
      ];
    case 'person':
      return [
        { key: 'name', comment: 'Full name, as the article writes it. Example: "Steve Witkoff"', value: yamlString('Replace With Full Name') },
        { key: 'role', comment: 'Their role in the story, from the article. Example: "U.S. special envoy"', value: yamlString('Replace with their role, from the article') },
        { key: 'attributedAs', comment: 'Names a summary of their claims may use (any one must appear); optional, default the last word of the name. Example: [Witkoff, envoy]', value: '[Name]', optional: true },
        { key: 'background', comment: 'Context from the public record, shown as "Background"; optional. Example: "A real-estate developer appointed envoy in 2025."', value: yamlString('Context from the public record'), optional: true },
      ];
    case 'term':
      return [
        { key: 'term', comment: 'The term as the reader meets it. Example: "Article 5"', value: yamlString('Replace with the term') },
        { key: 'meaning', comment: 'What it means, from the article. Example: "NATO’s collective defence clause: an attack on one is an attack on all."', value: yamlString('Replace with what it means, from the article') },
        { key: 'background', comment: 'Context from the public record, shown as "Background"; optional. Example: "Invoked once, after 11 September 2001."', value: yamlString('Context from the public record'), optional: true },
      ];
    case 'source':
      return [
        { key: 'label', comment: 'The short mark after its statements, at most 12 characters. Example: "CBS"', value: yamlString('New source') },
        { key: 'who', comment: 'Who makes the claims, as the article names them. Example: "European officials"', value: yamlString('Replace with who, as the article names them') },
        { key: 'how', comment: 'How the article attributes them. Example: "according to CBS"', value: yamlString('according to the source') },
        { key: 'attributedAs', comment: 'Words a summary citing its claims must use (any one). Example: [CBS, "European officials"]', value: yamlList(['Replace']) },
      ];
    case 'event':
      return [
        { key: 'date', comment: 'The day of the event, quoted ISO date. Example: "2025-08-15"', value: yamlString(facts.storyDate) },
        { key: 'title', comment: 'A short title, as the timeline shows it. Example: "Trump and Putin meet in Alaska"', value: yamlString('Replace with a short title') },
        { key: 'summary', comment: 'One line on what happened (a claim cited keeps its attribution). Example: "Trump and Putin meet in Anchorage, Alaska."', value: yamlString('Replace with one line on what happened.') },
        { key: 'section', comment: 'The slug of the section it belongs to. Example: relationships', value: section },
        { key: 'source', comment: 'article (the article states it) or record (public record, shown as Background). Example: article', value: 'article' },
        { key: 'recordNote', comment: 'For an article event: what part of it comes from the record (such as the exact day); optional. Example: "The day is from the public record."', value: yamlString('The day is from the public record.'), optional: true },
        { key: 'status', comment: 'happened (by the story’s date) or scheduled (after it). Example: happened', value: 'happened' },
        { key: 'cites', comment: 'What the summary condenses: claim ids or paragraphs; required for article events. Example: [relationships/3]', value: yamlList([`${section}/1`]) },
        { key: 'people', comment: 'Ids of the people involved; [] for none. Example: [donald-trump, vladimir-putin]', value: '[]' },
        { key: 'terms', comment: 'Ids of the terms involved; [] for none. Example: [article-5]', value: '[]' },
      ];
  }
}

/** The text of a new English file of this kind. */
export function newFileText(kind: NewKind, id: string, facts: StoryFacts, options: NewOptions = {}): string {
  const head = `# content/${newFilePath(kind, id)}: made by npm run new; replace every "Replace" before publishing (README.md, "Editing the story").`;
  const yaml = renderFields(templateFields(kind, id, facts, options));
  if (kind !== 'section') return `${head}\n${yaml}\n`;
  return [
    '---',
    head,
    yaml,
    '---',
    '',
    '{/* The section’s text, copied exactly from the article, a blank line between paragraphs. Mark the first mention of each person and term listed above with <Mention id="…">…</Mention>, and the exact words of each claim with <Claim id="…">…</Claim>. Delete this comment. */}',
    '',
    'Replace this paragraph with the text of the section from the article.',
    '',
  ].join('\n');
}

/** What to do next, printed after the file is made. */
export function nextSteps(kind: NewKind, id: string, file: string, options: { in: string; named?: boolean }): string[] {
  switch (kind) {
    case 'section':
      return [
        `Replace the placeholders in ${file}: its title, standfirst, "In short" points and text.`,
        `It builds as it is, at /${id}/, and in the Ukrainian edition with its English words until it is translated (npm run new -- translation ${file}).`,
      ];
    case 'claim': {
      const where = options.in === 'opening' ? 'content/opening.mdx' : `content/sections/${options.in}.mdx`;
      return [
        `Next: wrap these exact words in ${where}: <Claim id="${id}">…</Claim>`,
        `and copy the same words into words: in ${file}. The build stops until the two match.`,
      ];
    }
    case 'update':
      return [
        `Write the note for readers in ${file}.`,
        options.named
          ? 'It names what changed, so it builds once the text says so; list any other change the same way (docs/updating.md).'
          : 'Then list what changed under changes: (in, before, after, copied exactly) or claims:; the build stops until it names one (docs/updating.md). Next time: npm run new -- update <date> --in <section> --before "old words" --after "new words".',
      ];
    case 'person':
    case 'term':
      return [`List its id in the people: or terms: of the sections that mention it, and mark the first mention with <Mention id="${id}">…</Mention>.`];
    case 'source':
      return [`Use its id as the speaker: of the claims it makes.`];
    case 'event':
      return [`List its id in the events: of the section it concerns; it shows on /timeline/ at once.`];
  }
}

/** The kinds of English file a translation can be made of, by their path below content/ ("sections/territory.mdx" is "sections"). */
export function translatableKind(pathInContent: string): string | undefined {
  if (pathInContent === 'opening.mdx') return 'opening';
  if (pathInContent === 'map.yaml') return 'map';
  const [folder, file, ...rest] = pathInContent.split('/');
  if (rest.length > 0 || !file || file.startsWith('_')) return undefined;
  const extension = folder === 'sections' ? '.mdx' : '.yaml';
  if (!file.endsWith(extension)) return undefined;
  return ['sections', 'claims', 'people', 'terms', 'sources', 'timeline', 'updates', 'pages'].includes(folder ?? '') ? folder : undefined;
}

type Data = Record<string, unknown>;
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** A field of a translated file: its English words, to be translated; undefined values and empty lists are left out. */
function words(key: string, comment: string, value: string | readonly string[] | undefined): Field[] {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return [];
  const yaml = typeof value === 'string' ? yamlString(value) : value.map((item) => `  - ${yamlString(item)}`).join('\n');
  return [{ key, comment, value: yaml }];
}

/** The translated fields of an English file's data, with what each is (docs/translating.md lists them). */
function translatedFields(kind: string, data: Data): Field[] {
  switch (kind) {
    case 'opening':
      return [
        ...words('headline', 'The site’s headline for the story.', str(data['headline'])),
        ...words('standfirst', 'One or two sentences under the headline; keep who says it and every hedge.', str(data['standfirst'])),
        ...words('provenance', 'What the site does with the article, shown in every footer.', str(data['provenance'])),
        ...words('originalHeadline', 'The headline the report was filed under, translated.', str(data['originalHeadline'])),
      ];
    case 'sections':
      return [
        ...words('title', 'The section’s subhead.', str(data['title'])),
        ...words('navLabel', 'One or two words for the navigation, at most 18 characters.', str(data['navLabel'])),
        ...words('standfirst', 'One sentence under the title; keep who says it and every hedge.', str(data['standfirst'])),
        ...words('inShort', 'The "In short" points, one per English point, in the English order.', Array.isArray(data['inShort']) ? data['inShort'].map((point) => str((point as Data)['text']) ?? '') : []),
        ...words('openQuestions', 'The open questions, one per English question, in the English order.', Array.isArray(data['openQuestions']) ? data['openQuestions'].map((item) => str((item as Data)['question']) ?? '') : []),
      ];
    case 'claims':
      return [
        ...words('attribution', 'How the article attributes it ("told CNN": «заявив CNN»).', str(data['attribution'])),
        ...words('headline', 'Its page’s title, at most 90 characters; «…» only where the text quotes.', str(data['headline'])),
        ...words('saidWhen', 'When it was said ("in February").', str(data['saidWhen'])),
        ...words('words', 'Exactly the words the translated text wraps in <Claim id>.', str(data['words'])),
        ...words('hedges', 'The translated forms of the English hedges, in order.', strings(data['hedges'])),
        ...words('notes', 'One per status entry with a note, in order.', Array.isArray(data['status']) ? data['status'].flatMap((entry) => strings([(entry as Data)['note']])) : []),
      ];
    case 'people':
      return [
        ...words('name', 'The full name, in the standard spelling.', str(data['name'])),
        ...words('role', 'Their role in the story.', str(data['role'])),
        ...words('attributedAs', 'Every form of the name the summaries use (nouns decline).', strings(data['attributedAs'])),
        ...words('background', 'Context from the public record.', str(data['background'])),
      ];
    case 'terms':
      return [
        ...words('term', 'The term as the reader meets it.', str(data['term'])),
        ...words('meaning', 'What it means, from the article.', str(data['meaning'])),
        ...words('background', 'Context from the public record.', str(data['background'])),
      ];
    case 'sources':
      return [
        ...words('label', 'The short mark after its statements, at most 12 characters.', str(data['label'])),
        ...words('who', 'Who makes the claims.', str(data['who'])),
        ...words('how', 'How the article attributes them.', str(data['how'])),
        ...words('attributedAs', 'Words a summary citing its claims must use (any one).', strings(data['attributedAs'])),
      ];
    case 'timeline':
      return [
        ...words('title', 'The event’s short title.', str(data['title'])),
        ...words('summary', 'One line on what happened; keep who says it and every hedge.', str(data['summary'])),
        ...words('recordNote', 'What part of it comes from the public record.', str(data['recordNote'])),
      ];
    case 'updates':
      return words('note', 'The note for readers.', str(data['note']));
    case 'pages':
      return [
        ...words('title', 'The page title; keep {placeholders} as they are.', str(data['title'])),
        ...words('description', 'One or two sentences about the page.', str(data['description'])),
        ...words('heading', 'The heading, where it differs from the title.', str(data['heading'])),
        ...words('intro', 'A sentence under the heading.', str(data['intro'])),
      ];
    case 'map': {
      const places = Array.isArray(data['places']) ? (data['places'] as Data[]) : [];
      const place = (p: Data): string =>
        [
          `  - id: ${str(p['id']) ?? ''}`,
          `    label: ${yamlString(str(p['label']) ?? '')}`,
          `    fullName: ${yamlString(str(p['fullName']) ?? '')}`,
          ...(strings(p['subLabel']).length > 0 ? [`    subLabel: [${strings(p['subLabel']).map(yamlString).join(', ')}]`] : []),
          `    note: ${yamlString(str(p['note']) ?? '')}`,
          ...(str(p['background']) ? [`    background: ${yamlString(str(p['background']) ?? '')}`] : []),
        ].join('\n');
      return [
        ...words('title', 'The caption’s first line.', str(data['title'])),
        ...words('legend', 'What the shading and marks mean.', str(data['legend'])),
        ...words('credit', 'Where the boundaries come from.', str(data['credit'])),
        ...words('alt', 'The map’s text alternative, naming every place.', str(data['alt'])),
        { key: 'places', comment: 'Every English place under its English id, in the English order.', value: places.map(place).join('\n') },
      ];
    }
    default:
      return [];
  }
}

/**
 * The text of a new translated file: the English words to translate, each under a comment, and
 * the provenance stamped with the English file's fingerprint (`from`), machine-assisted and unreviewed
 * until an editor changes them. A section or the opening keeps the English body, to translate paragraph by paragraph.
 */
export function translationFileText(kind: string, pathInContent: string, english: { data: Data; body?: string | undefined }, from: string): string {
  const head = `# Translation of content/${pathInContent}: replace the English words below (and the text) with the translation; docs/translating.md says how.`;
  const fields: Field[] = [
    ...translatedFields(kind, english.data),
    {
      key: 'translation',
      comment: 'What it was made from (npm run translations -- --stamp after translating again), how, and who signed it off: review: { by: "Name", on: "2026-12-01" }.',
      value: [`  from: ${yamlString(from)}`, '  method: machine-assisted', '  review: unreviewed'].join('\n'),
    },
  ];
  const yaml = renderFields(fields);
  if (english.body === undefined) return `${head}\n${yaml}\n`;
  return `---\n${head}\n${yaml}\n---\n${english.body.startsWith('\n') ? '' : '\n'}${english.body}`;
}
