import { beforeAll, describe, expect, it } from 'vitest';
import { PSEUDO_LOCALES, pseudoBuild, type PseudoBuild } from '../support/pseudo-build';

let builds: PseudoBuild[];
beforeAll(async () => {
  builds = await Promise.all(PSEUDO_LOCALES.map(pseudoBuild));
}, 400_000);

describe('pseudo', () => {
  it('builds', () => {
    console.log(builds);
  });
});
