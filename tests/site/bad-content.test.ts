import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, buildContentVariant, type ContentBuildResult } from '../support/content-build';
import { EVENTS, PEOPLE, SECTION_SLUGS, SOURCES } from '../support/content';

// Each fixture in tests/fixtures/bad/ is content/ with one thing broken. The build must stop
// and say which file, which field, and what to do. The builds run one after another (a few
// seconds each) into temporary folders; dist/ and content/ are never touched.

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
// render, and the claim checks against the text and summaries. Every other message of the
// checks is tested at unit level (tests/unit/content-checks.test.ts, claim-checks.test.ts).
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
};

/** The build's output, shortened for failure messages. */
function tail(result: ContentBuildResult): string {
  return result.output.slice(-3000);
}

describe('building content variants', () => {
  it('has one expectation for every fixture folder in tests/fixtures/bad/', () => {
    expect(readdirSync(join(FIXTURES, 'bad')).sort()).toEqual(Object.keys(CASES).sort());
  });

  it('builds the good control: a valid extra section ordered 10 is "Part 6 of 6", by position', () => {
    const result = buildContentVariant('good/extra-section', { readFiles: ['ceasefire/index.html'] });
    expect(result.status, tail(result)).toBe(0);
    const html = result.files['ceasefire/index.html'] ?? '';
    expect(html, 'the extra section has its page').not.toBe('');
    expect(html).toContain(`Part ${SECTION_SLUGS.length + 1} of ${SECTION_SLUGS.length + 1}`);
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
