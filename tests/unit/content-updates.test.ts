// The published updates log, read with the site's own schema: it starts with the publication
// and carries no entry made up for the tests (those live in tests/fixtures/).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/config';
import { UpdateSchema } from '../../src/schemas/update';
import { ROOT, contentIds, readYaml } from './content-files';

const LOG = contentIds('updates', '.yaml').map((id) => ({ id, ...UpdateSchema.parse(readYaml(`content/updates/${id}.yaml`)) }));

/** Every updates entry laid over content/ by a test fixture, by file name. */
function fixtureEntries(): string[] {
  const found: string[] = [];
  for (const tier of ['good', 'bad']) {
    for (const fixture of readdirSync(join(ROOT, 'tests/fixtures', tier))) {
      const folder = join(ROOT, 'tests/fixtures', tier, fixture, 'updates');
      try {
        found.push(...readdirSync(folder).map((file) => `tests/fixtures/${tier}/${fixture}/updates/${file}`));
      } catch {
        // Most fixtures change no entry of the log.
      }
    }
  }
  return found;
}

describe('content/updates/', () => {
  it('starts with the publication on the story date: an update that changed nothing', () => {
    expect(LOG[0]).toEqual({ id: SITE.storyDate, date: SITE.storyDate, kind: 'update', note: 'First published.', changes: [], claims: [] });
  });

  it('names every file after its date', () => {
    for (const entry of LOG) expect(entry.id).toBe(entry.date);
  });

  it('carries none of the entries the test fixtures lay over it', () => {
    const fixtures = fixtureEntries();
    expect(fixtures.length, 'the fixtures of the updates log were found').toBeGreaterThan(0);
    for (const path of fixtures) {
      const fixture = UpdateSchema.safeParse(readYaml(path));
      if (!fixture.success) continue;
      expect(LOG.map((entry) => entry.note), path).not.toContain(fixture.data.note);
    }
  });
});
