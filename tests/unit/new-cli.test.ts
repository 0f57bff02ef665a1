import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { fingerprintText } from '../../src/lib/fingerprint';
import { NEW_KINDS, idProblem, newFilePath, templateFields, type NewKind } from '../../src/lib/new-content';
import { RESERVED_SLUGS } from '../../src/routes';
import { ClaimSchema } from '../../src/schemas/claim';
import { PersonSchema } from '../../src/schemas/person';
import { SectionSchema } from '../../src/schemas/section';
import { SourceSchema } from '../../src/schemas/source';
import { TermSchema } from '../../src/schemas/term';
import { TimelineEventSchema } from '../../src/schemas/timeline-event';
import {
  TranslatedClaimSchema,
  TranslatedEventSchema,
  TranslatedPersonSchema,
  TranslatedSectionSchema,
  TranslatedSourceSchema,
  TranslatedTermSchema,
  TranslatedUpdateSchema,
} from '../../src/schemas/translation';
import { UpdateSchema } from '../../src/schemas/update';
import { NODE_24 } from '../support/content-build';
import { SECTION_SLUGS, SOURCES } from '../support/content';

// npm run new over a temporary copy of content/ (CONTENT_DIR), as translations-cli.test.ts does:
// every template parses with its schema and names every field of it, so the two cannot drift.

const ROOT = new URL('../..', import.meta.url).pathname;
const WORK = mkdtempSync(join(tmpdir(), 'new-cli-'));
const CONTENT = join(WORK, 'content');
cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(NODE_24, [join(ROOT, 'src/cli/new.ts'), ...args], { encoding: 'utf8', cwd: WORK, env: { ...process.env, CONTENT_DIR: CONTENT } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const SCHEMAS: Record<NewKind, z.ZodObject> = {
  section: SectionSchema,
  claim: ClaimSchema,
  update: UpdateSchema,
  person: PersonSchema,
  term: TermSchema,
  source: SourceSchema,
  event: TimelineEventSchema,
};
const TRANSLATED_SCHEMAS: Record<NewKind, z.ZodObject> = {
  section: TranslatedSectionSchema,
  claim: TranslatedClaimSchema,
  update: TranslatedUpdateSchema,
  person: TranslatedPersonSchema,
  term: TranslatedTermSchema,
  source: TranslatedSourceSchema,
  event: TranslatedEventSchema,
};
/** A date after every entry of the log, and ids no file has. */
const NEW_ID: Record<NewKind, string> = { section: 'desk-test-section', claim: 'desk-test-claim', update: '2099-01-01', person: 'desk-test-person', term: 'desk-test-term', source: 'desk-test-source', event: 'desk-test-event' };

/** The data of a YAML file or of an MDX file's frontmatter, and the MDX body. */
function readContent(file: string): { data: unknown; body: string | undefined } {
  const text = readFileSync(file, 'utf8');
  const mdx = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  return mdx ? { data: parse(mdx[1] ?? ''), body: mdx[2] } : { data: parse(text), body: undefined };
}

// Each test runs the command line once or a few times (Node starts in about half a second).
describe('npm run new', { timeout: 30_000 }, () => {
  for (const kind of Object.keys(NEW_KINDS) as NewKind[]) {
    it(`makes a ${kind} that parses with its schema, every field under a comment with an example`, () => {
      const { status, output } = run(kind, NEW_ID[kind]);
      expect(status, output).toBe(0);
      const file = join(CONTENT, newFilePath(kind, NEW_ID[kind]));
      expect(output).toContain(`Made ${file}`);
      const parsed = SCHEMAS[kind].safeParse(readContent(file).data);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      const text = readFileSync(file, 'utf8');
      for (const key of Object.keys(SCHEMAS[kind].shape)) {
        // Each field, optional ones commented out, right under a line saying what it is and an example.
        expect(text, key).toMatch(new RegExp(`^# .*Example: .*\\n(# )?${key}:`, 'm'));
      }
    });
  }

  it('lists exactly the fields of each schema in its template, so a new field cannot be forgotten', () => {
    const facts = { sections: SECTION_SLUGS, maxOrder: 5, people: [], sources: SOURCES.map((s) => s.id), speakers: {}, storyDate: '2025-08-17' };
    for (const kind of Object.keys(NEW_KINDS) as NewKind[]) {
      expect(templateFields(kind, NEW_ID[kind], facts).map((field) => field.key).sort(), kind).toEqual(Object.keys(SCHEMAS[kind].shape).sort());
    }
  });

  it('puts a new section after the last and cites its own first paragraph, so it builds as it is', () => {
    const section = SectionSchema.parse(readContent(join(CONTENT, newFilePath('section', NEW_ID.section))).data);
    const orders = SECTION_SLUGS.map((slug) => SectionSchema.parse(readContent(join(CONTENT, 'sections', `${slug}.mdx`)).data).order);
    expect(section.order).toBe(Math.max(...orders) + 1);
    expect(section.standfirstCites).toEqual([`${NEW_ID.section}/1`]);
  });

  it('says where to mark a new claim, with its id', () => {
    const id = `${NEW_ID.claim}-2`;
    const { status, output } = run('claim', id, '--in', SECTION_SLUGS[0]!, '--speaker', SOURCES[0]!.id);
    expect(status, output).toBe(0);
    expect(output).toContain(`wrap these exact words in content/sections/${SECTION_SLUGS[0]}.mdx: <Claim id="${id}">…</Claim>`);
    const claim = ClaimSchema.parse(readContent(join(CONTENT, newFilePath('claim', id))).data);
    expect(claim.in).toBe(SECTION_SLUGS[0]);
    expect(claim.speaker).toBe(SOURCES[0]!.id);
  });

  it('writes the change an update names, from --in, --before and --after', () => {
    const { status, output } = run('update', '2099-01-02', '--in', SECTION_SLUGS[0]!, '--before', 'old words', '--after', 'new words');
    expect(status, output).toBe(0);
    const update = UpdateSchema.parse(readContent(join(CONTENT, newFilePath('update', '2099-01-02'))).data);
    expect(update.changes).toEqual([{ in: SECTION_SLUGS[0], before: 'old words', after: 'new words' }]);
  });

  it('refuses to overwrite a file, naming it', () => {
    const file = join(CONTENT, 'sections', `${SECTION_SLUGS[0]}.mdx`);
    const before = readFileSync(file, 'utf8');
    const { status, output } = run('section', SECTION_SLUGS[0]!);
    expect(status).not.toBe(0);
    expect(output).toContain(`${file} already exists`);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses an id that is not a slug, a section slug the site reserves, and an update not named by a date', () => {
    const notSlug = run('term', 'Not_A_Slug');
    expect(notSlug.status).not.toBe(0);
    expect(notSlug.output).toContain('"Not_A_Slug" is not a slug');
    // Every reserved segment is refused ("_astro" as not a slug); the command line says so for one of them.
    for (const reserved of RESERVED_SLUGS) expect(idProblem('section', reserved), reserved).toBeDefined();
    const reserved = RESERVED_SLUGS.find((segment) => /^[a-z0-9-]+$/.test(segment))!;
    const result = run('section', reserved);
    expect(result.status, reserved).not.toBe(0);
    expect(result.output).toContain(`"${reserved}" is a route the site uses or has reserved (src/routes.ts)`);
    expect(existsSync(join(CONTENT, 'sections', `${reserved}.mdx`))).toBe(false);
    const notDate = run('update', '2025-02-30');
    expect(notDate.status).not.toBe(0);
    expect(notDate.output).toContain('"2025-02-30" is not a date');
  });

  it('refuses an unknown section or speaker, listing the ones there are', () => {
    const result = run('claim', `${NEW_ID.claim}-3`, '--in', 'no-such-section');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`there is no section "no-such-section"; use opening or one of: ${SECTION_SLUGS.join(', ')}`);
  });
});

describe('npm run new -- translation', { timeout: 30_000 }, () => {
  for (const kind of Object.keys(NEW_KINDS) as NewKind[]) {
    it(`makes the Ukrainian file of a new ${kind}: the English words to translate, stamped with the English file's fingerprint`, () => {
      const english = join(CONTENT, newFilePath(kind, NEW_ID[kind]));
      const { status, output } = run('translation', english, '--edition', 'uk');
      expect(status, output).toBe(0);
      const file = join(CONTENT, 'uk', newFilePath(kind, NEW_ID[kind]));
      const translated = readContent(file);
      const parsed = TRANSLATED_SCHEMAS[kind].safeParse(translated.data);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(parsed.data?.['translation']).toEqual({ from: fingerprintText(readFileSync(english, 'utf8')), method: 'machine-assisted', review: 'unreviewed' });
      expect(translated.body).toBe(readContent(english).body);
    });
  }

  it('copies every English word of an existing file: its translation parses, with the English words in place', () => {
    const english = join(CONTENT, 'sections', `${SECTION_SLUGS[0]}.mdx`);
    const translated = join(CONTENT, 'uk', 'sections', `${SECTION_SLUGS[0]}.mdx`);
    rmSync(translated);
    expect(run('translation', english).status).toBe(0);
    const section = SectionSchema.parse(readContent(english).data);
    const words = TranslatedSectionSchema.parse(readContent(translated).data);
    expect(words.title).toBe(section.title);
    expect(words.inShort).toEqual(section.inShort.map((point) => point.text));
    expect(words.openQuestions).toEqual(section.openQuestions.map((item) => item.question));
  });

  it('refuses to overwrite a translation, and a file that is not English content', () => {
    const english = join(CONTENT, 'claims', `${NEW_ID.claim}.yaml`);
    const again = run('translation', english);
    expect(again.status).not.toBe(0);
    expect(again.output).toContain('already exists');
    const notEnglish = run('translation', join(CONTENT, 'uk', 'claims', `${NEW_ID.claim}.yaml`));
    expect(notEnglish.status).not.toBe(0);
    expect(notEnglish.output).toContain('is not an English file');
    writeFileSync(join(WORK, 'notes.yaml'), 'a: b\n');
    expect(run('translation', join(WORK, 'notes.yaml')).status).not.toBe(0);
  });
});
