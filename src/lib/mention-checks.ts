import type { ContentProblem } from './content-checks';

/** What the mention and claim checks read of one section. */
export interface AnnotatedSection {
  /** File, relative to the project root. */
  file: string;
  /** The `id` of every <Mention> in the body, in order (from the syntax tree). */
  mentions: readonly string[];
  /** People ids from the frontmatter. */
  people: readonly string[];
  /** Term ids from the frontmatter. */
  terms: readonly string[];
}

/**
 * Checks that a section marks the first mention of each person and term it lists
 * with <Mention>, once each.
 */
export function findAnnotationProblems(section: AnnotatedSection): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const mentioned = section.mentions;
  const listed = new Set([...section.people, ...section.terms]);
  const seen = new Set<string>();
  for (const id of mentioned) {
    if (!listed.has(id)) {
      problems.push({
        file: section.file,
        field: 'body <Mention>',
        problem: `<Mention id="${id}"> names someone or something not in this section’s people or terms`,
        fix: `add "${id}" to people or terms in the frontmatter, or fix the id`,
      });
    }
    if (seen.has(id)) {
      problems.push({
        file: section.file,
        field: 'body <Mention>',
        problem: `"${id}" is marked more than once`,
        fix: 'mark only the first mention in the section',
      });
    }
    seen.add(id);
  }
  for (const [field, ids] of [
    ['people', section.people],
    ['terms', section.terms],
  ] as const) {
    ids.forEach((id, index) => {
      if (!seen.has(id)) {
        problems.push({
          file: section.file,
          field: `${field}[${index}]`,
          problem: `"${id}" is listed but its first mention is not marked`,
          fix: `wrap the first mention in the text: <Mention id="${id}">…</Mention>`,
        });
      }
    });
  }
  return problems;
}
