import { distance } from 'fastest-levenshtein';

/**
 * The known id an unknown one most likely meant, or undefined when none is close: a typo
 * ("vladimir-putn"), a swapped or missing part ("putin-vladimir", "putin"). Only a close match
 * is offered, so a wrong guess never sends the editor to the wrong file.
 */
export function closestId(id: string, known: Iterable<string>): string | undefined {
  const wanted = id.trim().toLowerCase();
  if (wanted === '') return undefined;
  const candidates = [...new Set(known)].sort();
  // A missing or reordered part: "putin" or "putin-vladimir" for "vladimir-putin", when one id alone fits.
  const parts = wanted.split('-').filter(Boolean);
  const byParts = candidates.filter((candidate) => {
    const own = candidate.toLowerCase().split('-');
    return parts.every((part) => own.includes(part));
  });
  if (byParts.length === 1) return byParts[0];
  // A typo: at most one edit in four characters (at least one, at most three), the nearest winning.
  const allowed = Math.min(3, Math.max(1, Math.floor(wanted.length / 4)));
  let best: { id: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const d = distance(wanted, candidate.toLowerCase());
    if (d <= allowed && (best === undefined || d < best.distance)) best = { id: candidate, distance: d };
  }
  return best?.id;
}

/** A fix for an unknown id, led by the closest known id when there is one: `did you mean "x"? Otherwise <fix>`. */
export function suggestFix(id: string, known: Iterable<string>, fix: string): string {
  const suggestion = closestId(id, known);
  return suggestion === undefined ? fix : `did you mean "${suggestion}"? Otherwise ${fix}`;
}
