import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, buildContentVariant, type ContentBuildResult } from '../support/bad-content-build';

// Each fixture in tests/fixtures/bad/ is a copy of content/ with one thing broken. The build
// must stop and say which file, which field, and what to do. The builds run one after another
// (a few seconds each) into temporary folders; dist/ and content/ are never touched.

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

const CASES: Record<string, Expectation> = {
  'section-missing-title': schemaError('sections', 'ceasefire', 'title', 'title is required: the section’s subhead from the article'),
  'date-unquoted-rollover': schemaError('timeline', 'ceasefire-talks', 'date', DATE_MESSAGE),
  'date-quoted-impossible': schemaError('timeline', 'ceasefire-talks', 'date', DATE_MESSAGE),
  'date-not-zero-padded': schemaError('timeline', 'ceasefire-talks', 'date', DATE_MESSAGE),
  'event-unknown-section': contentProblem(
    'timeline/ceasefire-talks.yaml',
    'section',
    'unknown section "diplomacy"',
    'use the file name of a section in content/sections/: coalition, guarantees, outlook, relationships, territory',
  ),
  'event-unknown-person': contentProblem(
    'timeline/ceasefire-talks.yaml',
    'people[1]',
    'unknown person "jd-vance"',
    /fix: {5}use the file name of an entry in content\/people\/: .*donald-trump.*volodymyr-zelensky/,
  ),
  'section-unknown-person': contentProblem(
    'sections/ceasefire.mdx',
    'people[0]',
    'unknown person "jd-vance"',
    /fix: {5}use the file name of an entry in content\/people\/: .*steve-witkoff/,
  ),
  'unknown-term': contentProblem(
    'sections/ceasefire.mdx',
    'terms[0]',
    'unknown term "ceasefire-line"',
    /fix: {5}use the file name of an entry in content\/terms\/: .*article-5.*security-guarantees/,
  ),
  'duplicate-order': {
    file: 'content/sections/territory.mdx',
    field: 'field:   order',
    says: [
      'The content has 1 problem:',
      /problem: order 3 is also used by \S*content\/sections\/ceasefire\.mdx/,
      'fix:     give every section its own order (1, 2, 3, …)',
    ],
  },
  'empty-section-body': contentProblem(
    'sections/ceasefire.mdx',
    'body',
    'the section has no text',
    'add the section’s paragraphs from the article below the frontmatter',
  ),
  'comment-only-section-body': contentProblem(
    'sections/ceasefire.mdx',
    'body',
    'the section has no text',
    'add the section’s paragraphs from the article below the frontmatter',
  ),
  'dead-link-page': contentProblem(
    'sections/ceasefire.mdx',
    'body link',
    'links to "/white-house/", a page the site does not have',
    /fix: {5}link to one of: \/, .*\/territory\/, \/timeline\//,
  ),
  'dead-link-anchor': contentProblem(
    'sections/ceasefire.mdx',
    'body link',
    'links to "/timeline/#event-white-house-talks", but /timeline/ has no element with id "event-white-house-talks"',
    /fix: {5}use one of the anchors on \/timeline\/: .*event-white-house-meeting/,
  ),
  'dead-link-no-trailing-slash': contentProblem(
    'sections/ceasefire.mdx',
    'body link',
    'links to "/territory", a page the site does not have',
    'write "/territory/" (pages end with a slash)',
  ),
};

/** The build's output, shortened for failure messages. */
function tail(result: ContentBuildResult): string {
  return result.output.slice(-3000);
}

describe('building content variants', () => {
  it('has one expectation for every fixture folder in tests/fixtures/bad/', () => {
    expect(readdirSync(join(FIXTURES, 'bad')).sort()).toEqual(Object.keys(CASES).sort());
  });

  it('builds the unmodified content successfully with the same helper', () => {
    const result = buildContentVariant(undefined);
    expect(result.status, tail(result)).toBe(0);
    expect(result.output).toMatch(/\[build\] Complete!/);
  });

  it('builds the good control (a valid extra section and event, the shape of every bad fixture)', () => {
    const result = buildContentVariant('good/extra-section');
    expect(result.status, tail(result)).toBe(0);
    expect(result.output).toMatch(/\/ceasefire\/index\.html/);
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
    });
  }
});
