import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT, listHtmlFiles, requireDist } from '../support/dist';

// Every built HTML file passes html-validate's recommended rules; the few changes
// are in tests/htmlvalidate.json (long-title allows "section title · site name").

const CONFIG = JSON.parse(readFileSync(join(ROOT, 'tests/htmlvalidate.json'), 'utf8')) as ConfigData;
const FILES = listHtmlFiles(requireDist(DIST));
const validator = new HtmlValidate({ ...CONFIG, root: true });

describe('html-validate', () => {
  it('has HTML files to check', () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  it.each(FILES)('finds no error in %s', async (file) => {
    const report = await validator.validateString(readFileSync(join(DIST, file), 'utf8'), file);
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}${message.selector ? ` (${message.selector})` : ''}`),
    );
    expect(problems, `${file}: ${report.errorCount} error(s)`).toEqual([]);
  });
});
