import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../src/i18n/dictionary';
import { LANGUAGE_TAGS } from '../../src/i18n/locales';
import { ANCHORS } from '../../src/routes';
import { SectionSchema } from '../../src/schemas/section';
import { FIXTURES, buildContentVariant, type ContentBuildResult } from '../support/content-build';
import { EVENTS, PEOPLE, SECTION_SLUGS, SOURCES, readMdx } from '../support/content';
import { requireDist } from '../support/dist';
import { hashFiles } from '../support/variant-build';

// Each fixture in tests/fixtures/bad/ is content/ with one thing broken. The build must stop
// and say which file, which field, and what to do. The builds run one after another (a few
// seconds each) into temporary folders; dist/ and content/ are never touched. Each runs the
// build an editor runs (npm run build: src/cli/build.ts), so the tests read what an editor reads.

/** What the build output must say for one broken fixture. */
interface Expectation {
  /** The file at fault, as the tail of its path ("timeline/x.yaml"). */
  file: string;
  /** How the output names the field. */
  field: string | RegExp;
  /** The problem and the fix, as printed. */
  says: (string | RegExp)[];
}

/** A schema (zod) error, as Astro prints it: "<field>: <message>" under "<collection> → <id> data does not match". */
function schemaError(collection: string, id: string, field: string, message: string): Expectation {
  const folder = collection === 'sections' ? 'sections' : collection;
  const extension = collection === 'sections' ? 'mdx' : 'yaml';
  return {
    file: `content/${folder}/${id}.${extension}`,
    field: `${field}: ${message}`,
    says: [`${collection} → ${id} data does not match collection schema`],
  };
}

/** A cross-file problem, as src/lib/content-checks.ts formats it. */
function contentProblem(file: string, field: string, problem: string, fix: string | RegExp): Expectation {
  return {
    file: `content/${file}`,
    field: `field:   ${field}`,
    says: ['The content has 1 problem:', `problem: ${problem}`, typeof fix === 'string' ? `fix:     ${fix}` : fix],
  };
}

const DATE_MESSAGE = 'expected a quoted ISO date that exists, like "2025-08-15" (unquoted YAML dates roll over silently)';

// One real build per kind of problem that only a build can show: a schema error (Astro's own
// YAML and zod path), a cross-file reference, a dead link against the pages the templates
// render, the claim checks against the text and summaries, and the updates log against the text
// and the claims. Every other message of the checks is tested at unit level
// (tests/unit/content-checks.test.ts, claim-checks.test.ts, update-checks.test.ts).
const CASES: Record<string, Expectation> = {
  'section-missing-title': schemaError('sections', 'ceasefire', 'title', 'title is required: the section’s subhead from the article'),
  'date-unquoted-rollover': schemaError('timeline', 'ceasefire-talks', 'date', DATE_MESSAGE),
  'section-unknown-person': contentProblem(
    'sections/ceasefire.mdx',
    'people[0]',
    'unknown person "jd-vance"',
    new RegExp(`fix: {5}use the file name of an entry in content/people/: ${PEOPLE.map((p) => p.id).sort().join(', ')}`),
  ),
  'dead-link-anchor': contentProblem(
    'sections/ceasefire.mdx',
    'body link',
    'links to "/timeline/#event-white-house-talks", but /timeline/ has no element with id "event-white-house-talks"',
    new RegExp(`fix: {5}use one of the anchors on /timeline/: .*event-${EVENTS[0]?.id}`),
  ),
  'summary-drops-attribution': contentProblem(
    'sections/ceasefire.mdx',
    'inShort[0]',
    'it cites ceasefire-statement but drops its attribution',
    new RegExp(`fix: {5}say who says it: use one of ${SOURCES.find((s) => s.id === 'reports')?.attributedAs.map((word) => `"${word}"`).join(', ')} in the summary`),
  ),
  'claim-words-not-in-section': contentProblem(
    'sections/ceasefire.mdx',
    'body <Claim id="ceasefire-statement">',
    'the words it wraps ("Reports indicate that the talks ended without a joint statement.") are not the claim\'s words ("Reports indicate that the talks ended without any statement.")',
    /fix: {5}wrap exactly the words of \S*content\/claims\/ceasefire-statement\.yaml, or correct its words to the article's/,
  ),
  // The updates log against the text (src/lib/update-checks.ts): the section file is named by its path in the copy.
  'update-after-not-in-text': {
    file: 'content/updates/2025-08-20.yaml',
    field: 'field:   changes[0].after',
    says: [
      'The content has 1 problem:',
      /problem: the words "might redefine Ukraine’s path toward peace and its place" are not in outlook \(\S*content\/sections\/outlook\.mdx\); the words that differ from its text are "might"$/m,
      /fix: {5}copy them exactly as they now stand in one paragraph of \S*content\/sections\/outlook\.mdx, or make the change there/,
    ],
  },
  'update-before-still-in-text': {
    file: 'content/updates/2025-08-20.yaml',
    field: 'field:   changes[0].before',
    says: [
      'The content has 1 problem:',
      /problem: the words "could redefine Ukraine’s path toward peace and its place" are still in outlook \(\S*content\/sections\/outlook\.mdx\)/,
      /fix: {5}make the change in \S*content\/sections\/outlook\.mdx, or quote more of the old words, so that they are found only where they were changed/,
    ],
  },
  // The text against the record of it as published (content/published-text.lock.json, carried by
  // the copy): a paragraph changed with no entry of the log naming it stops the build.
  'silent-edit': {
    file: 'content/sections/territory.mdx',
    field: 'field:   paragraph 5 (territory-p5)',
    says: [
      'The content has 1 problem:',
      /problem: its words are not as published \(\S*content\/published-text\.lock\.json\), and no entry of content\/updates\/ names the change$/m,
      "fix:     add an entry to content/updates/ whose changes name this paragraph's new words (in: territory, before: the words as they stood, after: as they stand now), " +
        'of kind update, correction or clarification with a note for readers; or, for a typo that needs no note for readers, kind: typo',
    ],
  },
  // Quotation marks are a promise: a headline may quote only what the article quotes.
  'claim-headline-quotes-unquoted-words': contentProblem(
    'claims/trump-fantastic.yaml',
    'headline',
    '“a great friendship” stands in quotation marks, but the article quotes no such words',
    'use quotation marks only around words the article itself puts in quotation marks; report anything else without them',
  ),
  'claim-status-without-entry': contentProblem(
    'claims/reports-peace-offer.yaml',
    'status[1]',
    'the status became "denied" on 2025-08-20, but no entry of content/updates/ says so',
    'add content/updates/2025-08-20.yaml with date: "2025-08-20", kind, a note for readers and claims: [reports-peace-offer]',
  ),
};

/**
 * A translation that lost its shape, made at test time from the Ukrainian file as it stands (a
 * copied fixture would fall behind the English and turn the error into a warning): the build
 * stops, naming the translated file, what differs and the fix.
 */
const TRANSLATED_SECTION = 'uk/sections/territory.mdx';
const TRANSLATION_CASES: Record<string, { edit: (text: string) => string; field: string; says: RegExp }> = {
  'two paragraphs run together': {
    // The blank line before the last paragraph goes: the translation has one paragraph fewer.
    edit: (text) => text.replace(/\n\n([^\n]+)\n?$/, ' $1\n'),
    field: 'field:   body paragraphs',
    says: /problem: it has (\d+) paragraphs where \S*content\/sections\/territory\.mdx has (?!\1)\d+/,
  },
  'a claim left unmarked': {
    edit: (text) => text.replace(/<Claim id="russia-donbas">([\s\S]*?)<\/Claim>/, '$1'),
    field: 'field:   body <Claim>',
    says: /problem: its claims differ from \S*content\/sections\/territory\.mdx: number 3 is "zelensky-rejects-ceding" where the English has "russia-donbas"/,
  },
};

/**
 * Quotation marks in a translation, checked against the translated article's own «…»: a claim
 * headline quoting words the Ukrainian text does not quote, made at test time from the file as
 * it stands (so it stays current with the English, and its problem stops the build).
 */
const TRANSLATED_CLAIM = 'uk/claims/trump-fantastic.yaml';

/** The build's output, shortened for failure messages. */
function tail(result: ContentBuildResult): string {
  return result.output.slice(-3000);
}

/**
 * What every build stopped by its content shows an editor: no stack trace or location in the
 * code (the message names the content file), a last line saying the build failed, and none of
 * the build's work folders left beside the output folder.
 */
function expectEditorFacingFailure(result: ContentBuildResult): void {
  expect(result.status, tail(result)).not.toBe(0);
  expect(result.output, tail(result)).not.toMatch(/Stack trace|node_modules\/astro|\.prerender/);
  expect(result.lastLine, tail(result)).toBe('The build failed; no site has been built yet.');
  expect(result.workEntries.filter((name) => name.startsWith('dist')), 'no output folder and no work folder is left').toEqual([]);
}

/** A text as a regular expression that matches it literally. */
function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('building content variants', () => {
  it('has one expectation for every fixture folder in tests/fixtures/bad/', () => {
    expect(readdirSync(join(FIXTURES, 'bad')).sort()).toEqual(Object.keys(CASES).sort());
  });

  it('builds the good control: a valid extra section ordered 10 is "Part 6 of 6", by position; untranslated, it does not stop the Ukrainian edition, which shows its English marked as English and "not yet translated"', () => {
    // Over a copy of the last good site, which the new one replaces whole.
    const result = buildContentVariant('good/extra-section', {
      readFiles: ['ceasefire/index.html', 'uk/ceasefire/index.html', 'uk/read/index.html', 'uk/index.html'],
      previousOutput: requireDist(),
      hashOutput: true,
    });
    expect(result.status, tail(result)).toBe(0);
    const built = [...(result.outputHashes?.keys() ?? [])];
    expect(result.lastLine).toBe(`Built ${built.filter((file) => file.endsWith('.html')).length} pages into ${result.outDir}/.`);
    expect(built, 'the new site is in place').toContain('ceasefire/index.html');
    expect(built.filter((file) => file.startsWith('.')), 'no prerender chunks are published').toEqual([]);
    expect(result.workEntries, 'the old site and the work folder are gone').toEqual(['cache', 'content', 'dist']);
    const html = result.files['ceasefire/index.html'] ?? '';
    expect(html, 'the extra section has its page').not.toBe('');
    expect(html).toContain(`Part ${SECTION_SLUGS.length + 1} of ${SECTION_SLUGS.length + 1}`);
    // The Ukrainian edition shows the English words until they are translated, marked as English, and says they are not translated yet.
    const uk = result.files['uk/ceasefire/index.html'] ?? '';
    expect(uk, 'the Ukrainian edition has the page too').not.toBe('');
    const $ = cheerio.load(uk);
    expect($('html').attr('lang')).toBe(LANGUAGE_TAGS.uk.lang);
    const fixture = readMdx(join(FIXTURES, 'good/extra-section/sections/ceasefire.mdx'));
    const section = SectionSchema.parse(fixture.data);
    const firstWords = fixture.body.replace(/<[^>]+>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim().slice(0, 40);
    expect($('h1').attr('lang'), 'the English title is marked English').toBe(LANGUAGE_TAGS.en.lang);
    expect($('h1').text().trim()).toBe(section.title);
    expect($(`span[lang="${LANGUAGE_TAGS.en.lang}"]`).filter((_, el) => $(el).text() === section.standfirst).length, 'the English standfirst is marked English').toBe(1);
    expect($(`aside[aria-labelledby="${ANCHORS.inShort}"] li > span[lang="${LANGUAGE_TAGS.en.lang}"]`).length, 'each English "In short" point is marked English').toBe(section.inShort.length);
    const body = $('.prose[lang]');
    expect(body.attr('lang'), 'the English body is marked English').toBe(LANGUAGE_TAGS.en.lang);
    // The edition's own words inside it (the margin notes of mentions and claims) are marked Ukrainian.
    expect(body.find('.mention-note').length).toBeGreaterThan(0);
    expect(body.find('.mention-note').toArray().every((note) => $(note).attr('lang') === LANGUAGE_TAGS.uk.lang)).toBe(true);
    expect(body.clone().find('[lang]').remove().end().text().replace(/\s+/g, ' ')).toContain(firstWords);
    expect($('.translation-note').text(), 'the note says the page is not yet translated').toContain(dictionaryFor('uk').translation.notYetTranslated);
    expect($('.translation-note').text(), 'not that it is a machine translation').not.toContain(dictionaryFor('uk').translation.made['machine-assisted']);
    expect(uk, 'no "behind" line: there is no translation to be behind').not.toContain('class="translation-behind');
    // Elsewhere in the edition, its English words are marked English too.
    const read = cheerio.load(result.files['uk/read/index.html'] ?? '');
    expect(read(`#ceasefire span[lang="${LANGUAGE_TAGS.en.lang}"]`).text()).toBe(section.title);
    const home = cheerio.load(result.files['uk/index.html'] ?? '');
    expect(home(`h3[lang="${LANGUAGE_TAGS.en.lang}"]`).text().trim()).toBe(section.title);
    expect(result.output).toMatch(/\[translations\][\s\S]*content\/sections\/ceasefire\.mdx has no translation yet/);
    // A new section is a change to the published text: the fixture's entry names it, so the build records it, once.
    const recorded = result.output.match(/^\[published-text\].*$/gm) ?? [];
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatch(
      /^\[published-text\] recorded 1 added paragraph \(ceasefire-p1\) covered by \S*content\/updates\/2025-08-20\.yaml in \S*content\/published-text\.lock\.json; commit it with the change$/,
    );
  });

  for (const [fixture, expected] of Object.entries(CASES)) {
    it(`stops on bad/${fixture}, naming ${expected.file}, the field and the fix`, () => {
      const result = buildContentVariant(`bad/${fixture}`);
      expect(result.status, tail(result)).not.toBe(0);
      expect(result.status, 'the build ran to an error rather than timing out').not.toBeNull();
      // The file is named by its path in the temporary copy: ".../bad-content-XXXXXX/content/timeline/x.yaml".
      expect(result.output, tail(result)).toContain(`${basename(dirname(result.contentDir))}/${expected.file}`);
      if (typeof expected.field === 'string') expect(result.output, tail(result)).toContain(expected.field);
      else expect(result.output, tail(result)).toMatch(expected.field);
      for (const message of expected.says) {
        if (typeof message === 'string') expect(result.output, tail(result)).toContain(message);
        else expect(result.output, tail(result)).toMatch(message);
      }
      expect(result.output, 'no page was written for broken content').not.toMatch(/\[build\] Complete!/);
      expectEditorFacingFailure(result);
    });
  }
});

describe('a failed build', () => {
  it('leaves the last good site byte for byte as it was, and its last line says so; an unknown id gets a suggestion', () => {
    const previous = requireDist();
    const before = hashFiles(previous);
    // Fails late, while the pages are written, when the fresh folder already holds assets and prerender chunks.
    const result = buildContentVariant('bad/section-unknown-person', {
      previousOutput: previous,
      hashOutput: true,
      edit: (contentDir) => {
        const file = join(contentDir, 'sections/ceasefire.mdx');
        writeFileSync(file, readFileSync(file, 'utf8').replaceAll('jd-vance', 'vladimir-putn'));
      },
    });
    expect(result.status, tail(result)).not.toBe(0);
    expect(result.output, tail(result)).toContain('problem: unknown person "vladimir-putn"');
    expect(result.output, tail(result)).toContain('fix:     did you mean "vladimir-putin"? Otherwise use the file name of an entry in content/people/:');
    expect(result.outputHashes, 'every file of the last good site, and nothing else').toEqual(before);
    expect(result.lastLine).toMatch(new RegExp(`^The build failed; ${literally(result.outDir)}/ still holds the last good site \\(built \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\)\\.$`));
    expect(result.workEntries, 'no work folder is left beside it').toEqual(['cache', 'content', 'dist']);
    expect(result.output, tail(result)).not.toMatch(/Stack trace|node_modules\/astro/);
  });

  it('on YAML an editor broke with an unquoted colon, names the file, line and column, and says to add quotes', () => {
    const claim = 'claims/trump-fantastic.yaml';
    const result = buildContentVariant(undefined, {
      edit: (contentDir) => {
        const file = join(contentDir, claim);
        const before = readFileSync(file, 'utf8');
        const after = before.replace(/^headline: .*$/m, 'headline: Trump: a fantastic meeting');
        if (after === before) throw new Error(`The edit changed nothing in ${file}.`);
        writeFileSync(file, after);
      },
    });
    expect(result.output, tail(result)).toMatch(new RegExp(`${literally(basename(dirname(result.contentDir)))}/content/${literally(claim)}:\\d+:\\d+`));
    expect(result.output, tail(result)).toContain('failed to parse');
    expect(result.output, tail(result)).toContain('put quotes around a text that holds a colon or a #, or that starts with a quote mark');
    expectEditorFacingFailure(result);
  });
});

describe('building a translation whose structure differs from the English', () => {
  for (const [name, expected] of Object.entries(TRANSLATION_CASES)) {
    it(`stops on ${name} in content/${TRANSLATED_SECTION}, naming the file, what differs and the fix`, () => {
      const result = buildContentVariant(undefined, {
        edit: (contentDir) => {
          const file = join(contentDir, TRANSLATED_SECTION);
          const before = readFileSync(file, 'utf8');
          const after = expected.edit(before);
          if (after === before) throw new Error(`The edit "${name}" changed nothing in ${file}.`);
          writeFileSync(file, after);
        },
      });
      expect(result.status, tail(result)).not.toBe(0);
      expect(result.output, tail(result)).toContain(`${basename(dirname(result.contentDir))}/content/${TRANSLATED_SECTION}`);
      expect(result.output, tail(result)).toContain(expected.field);
      expect(result.output, tail(result)).toMatch(expected.says);
      expect(result.output, tail(result)).toMatch(/fix: {5}(translate paragraph by paragraph|wrap the translation of the same words in <Claim id="…"> with the English id)/);
      expect(result.output, 'no page was written for a broken translation').not.toMatch(/\[build\] Complete!/);
      expectEditorFacingFailure(result);
    });
  }
});

describe('building a translation that quotes words its article does not quote', () => {
  it(`stops on a headline in «…» that the Ukrainian text never quotes, in content/${TRANSLATED_CLAIM}, naming the file, the field and the fix`, () => {
    const result = buildContentVariant(undefined, {
      edit: (contentDir) => {
        const file = join(contentDir, TRANSLATED_CLAIM);
        const before = readFileSync(file, 'utf8');
        const after = before.replace(/^headline: .*$/m, 'headline: "Трамп назвав свої стосунки з Путіним «великою дружбою»"');
        if (after === before) throw new Error(`The edit changed nothing in ${file}.`);
        writeFileSync(file, after);
      },
    });
    expect(result.status, tail(result)).not.toBe(0);
    expect(result.output, tail(result)).toContain(`${basename(dirname(result.contentDir))}/content/${TRANSLATED_CLAIM}`);
    expect(result.output, tail(result)).toContain('field:   headline');
    expect(result.output, tail(result)).toContain('problem: «великою дружбою» stands in quotation marks, but the article quotes no such words');
    expect(result.output, tail(result)).toContain('fix:     use quotation marks only around words the article itself puts in quotation marks');
    expect(result.output, 'no page was written for a broken translation').not.toMatch(/\[build\] Complete!/);
    expectEditorFacingFailure(result);
  });
});
