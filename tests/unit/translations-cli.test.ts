import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprintText } from '../../src/lib/fingerprint';
import { NODE_24 } from '../support/content-build';

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

describe('npm run translations', () => {
  it('lists every translated file as current and unreviewed, as shipped', () => {
    const { status, output } = run();
    expect(status).toBe(0);
    expect(output).toMatch(new RegExp(`^current\\s+unreviewed\\s+${TRANSLATION.replace(/[.]/g, '\\.')}$`, 'm'));
    expect(output).not.toMatch(/^behind/m);
  });

  it('says a file is behind once its English changes, and --stamp records the English as it is now', () => {
    writeFileSync(ENGLISH, `${readFileSync(ENGLISH, 'utf8')}# an editor's change\n`);
    expect(run().output).toMatch(new RegExp(`^behind\\s+unreviewed\\s+${TRANSLATION.replace(/[.]/g, '\\.')}$`, 'm'));
    const stamped = run('--stamp', TRANSLATION);
    expect(stamped.status).toBe(0);
    expect(readFileSync(TRANSLATION, 'utf8')).toContain(`from: "${fingerprintText(readFileSync(ENGLISH, 'utf8'))}"`);
    expect(run().output).not.toMatch(/^behind/m);
  });

  it('refuses to stamp a file that has no English original, naming it', () => {
    const orphan = join(CONTENT, 'uk/timeline/no-such-event.yaml');
    writeFileSync(orphan, 'title: x\ntranslation:\n  from: ""\n  method: human\n  review: unreviewed\n');
    const { status, output } = run('--stamp', orphan);
    expect(status).not.toBe(0);
    expect(output).toContain(`${orphan}: there is no English file`);
  });
});
