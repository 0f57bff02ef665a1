import { describe, expect, it } from 'vitest';
import {
  BuildOutputFilter,
  YAML_HINT,
  classifyError,
  describeOutcome,
  formatBuiltAt,
  renderError,
  staleWorkFolders,
  workFolderNames,
} from '../../src/lib/build-output';

// Astro's output as it prints it, shortened (tests/site/bad-content.test.ts runs the real builds).
const CONTENT_ERROR = [
  'The content has 1 problem:',
  '  content/sections/ceasefire.mdx',
  '    field:   people[0]',
  '    problem: unknown person "jd-vance"',
  '    fix:     use the file name of an entry in content/people/: donald-trump, vladimir-putin',
  '  Location:',
  '    /work/p/node_modules/astro/dist/core/render/route-cache.js:32:17',
  '  Stack trace:',
  '    at loadStory (file:///work/p/dist.building-1/.prerender/chunks/story_D74owOlU.mjs:2388:30)',
  '    at async callGetStaticPaths (file:///work/p/node_modules/astro/dist/core/render/route-cache.js:32:17)',
];
const SCHEMA_ERROR = [
  '[InvalidContentEntryDataError] sections → ceasefire data does not match collection schema.',
  '',
  '  title: title is required: the section’s subhead from the article',
  '',
  '  Hint:',
  '    See https://docs.astro.build/en/guides/content-collections/ for more information on content schemas.',
  '  Error reference:',
  '    https://docs.astro.build/en/reference/errors/invalid-content-entry-data-error/',
  '  Location:',
  '    /work/p/content/sections/ceasefire.mdx:0:0',
  '  Stack trace:',
  '    at getEntryData (/work/p/node_modules/astro/dist/content/utils.js:126:9)',
];
const DATA_YAML_ERROR = [
  '[DataCollectionEntryParseError] ../../content/claims/trump-fantastic.yaml failed to parse: bad indentation of a mapping entry',
  '  Hint:',
  '    Ensure your data entry is an object with valid JSON (for `.json` entries), YAML (for `.yaml` entries) or TOML (for `.toml` entries).',
  '  Error reference:',
  '    https://docs.astro.build/en/reference/errors/data-collection-entry-parse-error/',
  '  Location:',
  '    /work/p/content/claims/trump-fantastic.yaml:5:22',
  '  Stack trace:',
  '    at generateError (file:///work/p/node_modules/js-yaml/dist/js-yaml.mjs:1140:12)',
];
const FRONTMATTER_YAML_ERROR = [
  'bad indentation of a mapping entry',
  '  Location:',
  '    /work/p/content/sections/territory.mdx:2:16',
  '  Stack trace:',
  '    at generateError (file:///work/p/node_modules/js-yaml/dist/js-yaml.mjs:1140:12)',
  '    at safeParseFrontmatter (file:///work/p/node_modules/@astrojs/mdx/dist/utils.js:31:12)',
];
const CRASH = [
  "[TypeError] Cannot read properties of undefined (reading 'id')",
  '  Location:',
  '    /work/p/src/model/pages.ts:181:20',
  '  Stack trace:',
  '    at sectionPage (file:///work/p/dist.building-1/.prerender/chunks/pages.mjs:10:3)',
  '    at async callGetStaticPaths (file:///work/p/node_modules/astro/dist/core/render/route-cache.js:32:17)',
];

const text = (lines: string[]) => `${lines.join('\n')}\n`;

describe('classifyError', () => {
  it('tells content problems, schema and YAML errors from a crash', () => {
    expect(classifyError(CONTENT_ERROR)).toBe('content');
    expect(classifyError(SCHEMA_ERROR)).toBe('schema');
    expect(classifyError(DATA_YAML_ERROR)).toBe('yaml');
    expect(classifyError(FRONTMATTER_YAML_ERROR)).toBe('yaml');
    expect(classifyError(CRASH)).toBe('other');
  });
});

describe('renderError', () => {
  it('prints a content problem with its file, field, problem and fix, and no Location or stack into node_modules', () => {
    expect(renderError(CONTENT_ERROR)).toEqual(CONTENT_ERROR.slice(0, 5));
  });

  it('prints a schema error with its field and file, without Astro’s hint, reference or stack', () => {
    expect(renderError(SCHEMA_ERROR)).toEqual([
      SCHEMA_ERROR[0],
      '',
      '  title: title is required: the section’s subhead from the article',
      '',
      '  Location:',
      '    /work/p/content/sections/ceasefire.mdx',
    ]);
  });

  it('prints a YAML error with a plain hint and the file, line and column', () => {
    const expected = (first: string, location: string) => [first, '  Hint:', `    ${YAML_HINT}`, '  Location:', location];
    expect(renderError(DATA_YAML_ERROR)).toEqual(expected(DATA_YAML_ERROR[0]!, '    /work/p/content/claims/trump-fantastic.yaml:5:22'));
    expect(renderError(FRONTMATTER_YAML_ERROR)).toEqual(expected(FRONTMATTER_YAML_ERROR[0]!, '    /work/p/content/sections/territory.mdx:2:16'));
    expect(YAML_HINT).toMatch(/put quotes around a text that holds a colon or a #, or that starts with a quote mark/);
  });

  it('leaves a crash (a bug in the code) with its Location and stack trace', () => {
    expect(renderError(CRASH)).toEqual(CRASH);
  });
});

describe('BuildOutputFilter', () => {
  it('drops the route listing and passes every other line, warnings included', () => {
    const filter = new BuildOutputFilter();
    const out =
      filter.push(
        text([
          '16:40:18 [build] Rearranging server assets...',
          '',
          ' generating static routes ',
          '16:40:18   ├─ /404.html (+34ms) ',
          '16:40:18   └─ /uk/index.html (+99ms) ',
          '[translations] 1 of the "uk" edition\'s files need translating again (npm run translations; docs/translating.md):',
          '  content/sections/ceasefire.mdx has no translation yet',
          '16:40:27 ✓ Completed in 9.84s.',
        ]),
      ) + filter.end();
    expect(out).toBe(
      text([
        '16:40:18 [build] Rearranging server assets...',
        '',
        ' generating static routes ',
        '[translations] 1 of the "uk" edition\'s files need translating again (npm run translations; docs/translating.md):',
        '  content/sections/ceasefire.mdx has no translation yet',
        '16:40:27 ✓ Completed in 9.84s.',
      ]),
    );
  });

  it('prints a line as soon as its chunk ends, so a long step shows while it runs', () => {
    const filter = new BuildOutputFilter();
    expect(filter.push('16:40:16 [build] Building static entrypoints...\n')).toBe('16:40:16 [build] Building static entrypoints...\n');
  });

  it('strips the stack of a content error even when it comes in pieces and in colour', () => {
    const filter = new BuildOutputFilter();
    const coloured = ['\u001b[31mThe content has 1 problem:\u001b[39m', ...CONTENT_ERROR.slice(1)];
    const whole = text(coloured);
    const out = [filter.push(whole.slice(0, 40)), filter.push(whole.slice(40, 300)), filter.push(whole.slice(300)), filter.end()].join('');
    expect(out).toBe(text(coloured.slice(0, 5)));
    expect(out).not.toMatch(/Stack trace|node_modules\/astro/);
  });

  it('keeps a crash whole, stack and all, as it comes', () => {
    const filter = new BuildOutputFilter();
    expect(filter.push(text(['16:40:18 [build] Rearranging server assets...', ...CRASH])) + filter.end()).toBe(
      text(['16:40:18 [build] Rearranging server assets...', ...CRASH]),
    );
  });

  it('prints a last line without a newline at the end', () => {
    const filter = new BuildOutputFilter();
    expect(filter.push('Done') + filter.end()).toBe('Done\n');
  });
});

describe('describeOutcome', () => {
  const when = new Date(2025, 7, 17, 9, 5);

  it('says how many pages went where', () => {
    expect(describeOutcome({ ok: true, pages: 61, target: 'dist' })).toBe('Built 61 pages into dist/.');
    expect(describeOutcome({ ok: true, pages: 1, target: 'tmp/x/dist/' })).toBe('Built 1 page into tmp/x/dist/.');
  });

  it('says the last good site is still there, and when it was built', () => {
    expect(formatBuiltAt(when)).toBe('2025-08-17 09:05');
    expect(describeOutcome({ ok: false, target: 'dist', lastGood: when })).toBe('The build failed; dist/ still holds the last good site (built 2025-08-17 09:05).');
    expect(describeOutcome({ ok: false, target: 'dist', stopped: true, lastGood: when })).toBe('The build was stopped; dist/ still holds the last good site (built 2025-08-17 09:05).');
  });

  it('says so when there is no site yet', () => {
    expect(describeOutcome({ ok: false, target: 'dist' })).toBe('The build failed; no site has been built yet.');
  });
});

describe('staleWorkFolders', () => {
  const { building, replaced } = workFolderNames('dist', 41);

  it('names the work folders after the output folder and the build’s process', () => {
    expect([building, replaced]).toEqual(['dist.building-41', 'dist.replaced-41']);
  });

  it('finds the work folders of builds no longer running, and only those of this output folder', () => {
    const entries = ['dist', building, replaced, 'dist.building-42', 'other.building-7', 'dist.building-x', 'distx.replaced-7', 'content'];
    expect(staleWorkFolders(entries, 'dist', (pid) => pid === 42)).toEqual([
      { name: 'dist.building-41', kind: 'building' },
      { name: 'dist.replaced-41', kind: 'replaced' },
    ]);
  });
});
