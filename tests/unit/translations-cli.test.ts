import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprintText } from '../../src/lib/fingerprint';
import { TranslatedSectionSchema, TranslatedTermSchema } from '../../src/schemas/translation';
import { NODE_24 } from '../support/content-build';
import { EVENTS, SECTION_SLUGS, TERMS, listTranslatedFiles } from '../support/content';

const ROOT = new URL('../..', import.meta.url).pathname;
const WORK = mkdtempSync(join(tmpdir(), 'translations-cli-'));
const CONTENT = join(WORK, 'content');
cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(NODE_24, [join(ROOT, 'src/cli/translations.ts'), ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: CONTENT } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const TRANSLATION = join(CONTENT, 'uk/timeline/alaska-summit.yaml');
const ENGLISH = join(CONTENT, 'timeline/alaska-summit.yaml');

/** The lines of the listing that name a file, and the count line at the end. */
function listing(output: string) {
  const lines = output.trim().split('\n');
  return { rows: lines.slice(0, -1), count: lines.at(-1) ?? '' };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Each test runs the command line once or a few times (Node starts in about half a second).
describe('npm run translations', { timeout: 30_000 }, () => {
  it('lists every translated file as current and unreviewed, as shipped', () => {
    const { status, output } = run();
    expect(status).toBe(0);
    expect(output).toMatch(new RegExp(`^current\\s+unreviewed\\s+${TRANSLATION.replace(/[.]/g, '\\.')}$`, 'm'));
    expect(output).not.toMatch(/^behind/m);
    const total = listTranslatedFiles().length;
    expect(listing(output).count).toBe(`uk: 0 missing, 0 behind, ${total} unreviewed, 0 reviewed of ${total}`);
  });

  it('lists an English file without a translation first, with the command that makes it, and counts it', () => {
    const english = join(CONTENT, 'timeline', `${EVENTS[0]!.id}.yaml`);
    const translation = join(CONTENT, 'uk', 'timeline', `${EVENTS[0]!.id}.yaml`);
    const kept = readFileSync(translation, 'utf8');
    rmSync(translation);
    try {
      const { status, output } = run();
      expect(status).toBe(0);
      const { rows, count } = listing(output);
      expect(rows[0]).toMatch(new RegExp(`^missing\\s+${escape(english)} \\(npm run new -- translation ${escape(english)} --edition uk\\)$`));
      const total = listTranslatedFiles().length;
      expect(count).toBe(`uk: 1 missing, 0 behind, ${total - 1} unreviewed, 0 reviewed of ${total}`);
    } finally {
      writeFileSync(translation, kept);
    }
  });

  it('says a file is behind once its English changes, and --stamp records the English as it is now', () => {
    writeFileSync(ENGLISH, `${readFileSync(ENGLISH, 'utf8')}# an editor's change\n`);
    expect(run().output).toMatch(new RegExp(`^behind\\s+unreviewed\\s+${TRANSLATION.replace(/[.]/g, '\\.')}$`, 'm'));
    const stamped = run('--stamp', TRANSLATION);
    expect(stamped.status).toBe(0);
    expect(readFileSync(TRANSLATION, 'utf8')).toContain(`from: "${fingerprintText(readFileSync(ENGLISH, 'utf8'))}"`);
    expect(run().output).not.toMatch(/^behind/m);
  });

  it('lists behind before unreviewed, and leaves reviewed current files out but counts them', () => {
    const reviewed = join(CONTENT, 'uk', 'terms', `${TERMS[0]!.id}.yaml`);
    writeFileSync(reviewed, readFileSync(reviewed, 'utf8').replace('review: unreviewed', 'review: { by: "An Editor", on: "2026-12-01" }'));
    const english = join(CONTENT, 'sections', `${SECTION_SLUGS[0]}.mdx`);
    writeFileSync(english, `${readFileSync(english, 'utf8')}\n`);
    const { rows, count } = listing(run().output);
    const states = rows.map((row) => row.split(/\s+/)[0]);
    expect(states.indexOf('current')).toBeGreaterThan(states.lastIndexOf('behind'));
    expect(rows.join('\n')).not.toContain(reviewed);
    expect(count).toMatch(/^uk: 0 missing, 1 behind, \d+ unreviewed, 1 reviewed of \d+$/);
    run('--stamp', join(CONTENT, 'uk', 'sections', `${SECTION_SLUGS[0]}.mdx`));
  });

  it('stamps a file without a translation: block with a whole one, which its schema accepts', () => {
    const file = join(CONTENT, 'uk', 'terms', `${TERMS[1]!.id}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^translation:[\s\S]*$/m, ''));
    const { status, output } = run('--stamp', file);
    expect(status, output).toBe(0);
    const data = TranslatedTermSchema.parse(parse(readFileSync(file, 'utf8')));
    expect(data.translation).toEqual({ from: fingerprintText(readFileSync(join(CONTENT, 'terms', `${TERMS[1]!.id}.yaml`), 'utf8')), method: 'machine-assisted', review: 'unreviewed' });
  });

  it('stamps a section without a translation: block in its frontmatter, and keeps the method and review of one that has it', () => {
    const file = join(CONTENT, 'uk', 'sections', `${SECTION_SLUGS[1]}.mdx`);
    const body = readFileSync(file, 'utf8').split(/\n---\n/)[1];
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^translation:\n(?: {2}.*\n)*/m, ''));
    expect(run('--stamp', file).status).toBe(0);
    const stamped = readFileSync(file, 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(stamped)?.[1] ?? '';
    const fingerprint = fingerprintText(readFileSync(join(CONTENT, 'sections', `${SECTION_SLUGS[1]}.mdx`), 'utf8'));
    expect(TranslatedSectionSchema.parse(parse(frontmatter)).translation).toEqual({ from: fingerprint, method: 'machine-assisted', review: 'unreviewed' });
    expect(stamped.split(/\n---\n/)[1], 'the body is untouched').toBe(body);
    // A reviewed human translation in flow style keeps both.
    writeFileSync(file, stamped.replace(/^translation:\n(?: {2}.*\n)*/m, 'translation: { from: "0000000000000000", method: human, review: { by: "An Editor", on: "2026-12-01" } }\n'));
    expect(run('--stamp', file).status).toBe(0);
    const again = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    expect(TranslatedSectionSchema.parse(parse(again)).translation).toEqual({ from: fingerprint, method: 'human', review: { by: 'An Editor', on: '2026-12-01' } });
  });

  it('refuses to stamp a file that has no English original, naming it', () => {
    const orphan = join(CONTENT, 'uk/timeline/no-such-event.yaml');
    writeFileSync(orphan, 'title: x\ntranslation:\n  from: ""\n  method: human\n  review: unreviewed\n');
    const { status, output } = run('--stamp', orphan);
    expect(status).not.toBe(0);
    expect(output).toContain(`${orphan}: there is no English file`);
  });
});
