import type { ContentProblem } from './content-checks';
import type { MdxFacts } from './mdx-facts';

/** One body of text in the original and in translation, for the structure check. */
export interface TranslatedBody {
  /** The translated file, relative to the project root. */
  file: string;
  /** The English file it translates. */
  englishFile: string;
  original: Pick<MdxFacts, 'paragraphs' | 'claims' | 'mentions' | 'links'>;
  translated: Pick<MdxFacts, 'paragraphs' | 'claims' | 'mentions' | 'links'>;
}

/** The first place two lists differ, as "3rd: a instead of b", or undefined when they are the same. */
function firstDifference(original: readonly string[], translated: readonly string[]): string | undefined {
  const length = Math.max(original.length, translated.length);
  for (let index = 0; index < length; index++) {
    const want = original[index];
    const got = translated[index];
    if (want !== got) {
      return `number ${index + 1} is ${got === undefined ? 'missing' : `"${got}"`} where the English has ${want === undefined ? 'nothing' : `"${want}"`}`;
    }
  }
  return undefined;
}

/**
 * Checks that a translated body has the structure of its English original: as many paragraphs,
 * the same claims, mentions and link targets, in the same order. Anchors, citations ("territory/3")
 * and the language switch rely on it.
 */
export function findStructureProblems(bodies: readonly TranslatedBody[]): ContentProblem[] {
  return bodies.flatMap(({ file, englishFile, original, translated }) => {
    const problems: ContentProblem[] = [];
    if (original.paragraphs.length !== translated.paragraphs.length) {
      problems.push({
        file,
        field: 'body paragraphs',
        problem: `it has ${translated.paragraphs.length} paragraphs where ${englishFile} has ${original.paragraphs.length}`,
        fix: 'translate paragraph by paragraph, a blank line between paragraphs as in the English',
      });
    }
    const lists = [
      { field: 'body <Claim>', what: 'claims', original: original.claims.map((c) => c.id), translated: translated.claims.map((c) => c.id), fix: 'wrap the translation of the same words in <Claim id="…"> with the English id' },
      { field: 'body <Mention>', what: 'mentions', original: original.mentions, translated: translated.mentions, fix: 'mark the same first mentions with <Mention id="…"> as the English' },
      { field: 'body links', what: 'links', original: original.links, translated: translated.links, fix: 'keep every link of the English, with the same target (the English path)' },
    ];
    for (const list of lists) {
      const difference = firstDifference(list.original, list.translated);
      if (difference) {
        problems.push({ file, field: list.field, problem: `its ${list.what} differ from ${englishFile}: ${difference}`, fix: list.fix });
      }
    }
    return problems;
  });
}
