import type { ContentProblem } from './content-checks';
import type { ClaimForm, ClaimStatus } from '../schemas/claim';
import { suggestFix } from './did-you-mean';
import { findQuotations, foldQuoted, isQuotedIn, isWhollyQuoted, scanQuotations } from './quotations';

export { findQuotations } from './quotations';

/** What the claim checks read of one claim file. */
export interface CheckedClaim {
  id: string;
  file: string;
  data: {
    in: string;
    speaker: string;
    /** Whether the article quotes the speaker, in whole or in part, or only reports. */
    form: ClaimForm;
    /** How the article attributes it ("told CNN"). */
    attribution: string;
    /** The claim's own headline, in reported speech. */
    headline: string;
    /** When it was said, as the article gives it ("in February"). */
    saidWhen?: string | undefined;
    words: string;
    hedges: readonly string[];
    status: readonly { status: ClaimStatus; date: string }[];
  };
}

/** What the checks read of a body of text (the opening or a section): its claims and paragraphs from the syntax tree. */
export interface CheckedBody {
  /** "opening" or the section's slug. */
  id: string;
  file: string;
  /** Every <Claim> in the body: its id and the words it wraps. */
  claims: readonly { id: string; text: string }[];
  /** The text of each top-level paragraph. */
  paragraphs: readonly string[];
}

/** A summary written for the site (a standfirst, an "In short" point, a timeline entry) and what it cites. */
export interface CheckedSummary {
  file: string;
  /** Where in the file, such as "inShort[1]" or "summary". */
  field: string;
  text: string;
  /** Claim ids or paragraph references ("territory/3"). */
  cites: readonly string[];
  /** False for summaries of the public record, which condense nothing in the article; default true. */
  mustCite?: boolean;
}

/** Everything the claim checks look at. */
export interface ClaimsToCheck {
  claims: readonly CheckedClaim[];
  bodies: readonly CheckedBody[];
  /** Every speaker (person or source) by id, with the words that carry its attribution in a summary. */
  speakers: ReadonlyMap<string, readonly string[]>;
  /** Names of glossary terms: a quoted term ("coalition of the willing") is a name, not a quotation. */
  termNames: readonly string[];
  summaries: readonly CheckedSummary[];
  /** Other texts a claim page, card or summary shows (roles, meanings, event titles, source notes): their quotation marks are checked too. */
  shownTexts?: readonly { file: string; field: string; text: string }[];
}

/** Collapses white space, so line breaks in YAML or MDX do not count as a difference. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Quotation marks a site text may use: only around words the article itself quotes (or a
 * glossary term's name), balanced, and never nested in marks of the same kind.
 */
function findQuoteProblems(
  where: { file: string; field: string; text: string },
  quotedInArticle: readonly string[],
  termNames: readonly string[],
): ContentProblem[] {
  const { file, field, text } = where;
  const scan = scanQuotations(text);
  const problems: ContentProblem[] = [];
  if (scan.hasNestedSameMarks) {
    problems.push({ file, field, problem: 'a quotation stands inside marks of the same kind', fix: 'nest ‘…’ inside “…” in English, and „…“ inside «…» in Ukrainian' });
  }
  if (scan.isUnbalanced) {
    problems.push({ file, field, problem: 'a quotation mark is left open or closes nothing', fix: 'close every “ with ” (« with », „ with “)' });
  }
  for (const quotation of scan.quotations) {
    const inner = foldQuoted(quotation.inner);
    if (isQuotedIn(inner, quotedInArticle) || isQuotedIn(inner, termNames)) continue;
    problems.push({
      file,
      field,
      problem: `${quotation.text} stands in quotation marks, but the article quotes no such words`,
      fix: 'use quotation marks only around words the article itself puts in quotation marks; report anything else without them',
    });
  }
  return problems;
}

/** A paragraph reference as it is cited: "territory/3" is the third paragraph of territory. */
export function parseParagraphRef(cite: string): { body: string; n: number } | undefined {
  const match = /^([a-z0-9-]+)\/(\d+)$/.exec(cite);
  return match ? { body: match[1] ?? '', n: Number(match[2]) } : undefined;
}

/** True when `text` carries `word` as a whole word or phrase ("reported", not "unreported"), ignoring case and the curl of apostrophes. */
function carries(text: string, word: string): boolean {
  const fold = (value: string) => value.toLowerCase().replace(/[’‘]/g, "'");
  const escaped = fold(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(fold(text));
}

/**
 * Checks claims against the text and summaries against the claims: every claim is marked once,
 * around its exact words, by a known speaker; every quotation in the text is a claim (or a term's
 * name); every summary cites what it condenses and keeps the attribution and hedges of the claims it cites.
 */
export function findClaimProblems(input: ClaimsToCheck): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const claims = new Map(input.claims.map((claim) => [claim.id, claim]));
  const bodies = new Map(input.bodies.map((body) => [body.id, body]));
  const claimList = [...claims.keys()].sort().join(', ') || '(none yet)';

  for (const claim of input.claims) {
    const { data, file } = claim;
    if (!bodies.has(data.in)) {
      problems.push({ file, field: 'in', problem: `"${data.in}" is neither the opening nor a section`, fix: suggestFix(data.in, bodies.keys(), `use one of: ${[...bodies.keys()].join(', ')}`) });
    }
    if (!input.speakers.has(data.speaker)) {
      problems.push({
        file,
        field: 'speaker',
        problem: `unknown speaker "${data.speaker}"`,
        fix: suggestFix(data.speaker, input.speakers.keys(), `use the file name of a person in content/people/ or a source in content/sources/: ${[...input.speakers.keys()].sort().join(', ')}`),
      });
    }
    if (data.status[0]?.status !== 'claimed') {
      problems.push({ file, field: 'status[0]', problem: `the history starts with "${data.status[0]?.status}"`, fix: 'start with { status: claimed, date } for the day the article reports it' });
    }
    data.status.forEach((entry, index) => {
      const before = data.status[index - 1];
      if (before && entry.date < before.date) {
        problems.push({ file, field: `status[${index}].date`, problem: `${entry.date} is before the entry above it (${before.date})`, fix: 'list the history oldest first' });
      }
    });
    const quotationCount = scanQuotations(data.words).quotations.length;
    const formProblem =
      data.form === 'quote' && !isWhollyQuoted(data.words)
        ? 'form is quote, but not all of its words stand in the article’s quotation marks'
        : data.form === 'partial' && (quotationCount === 0 || isWhollyQuoted(data.words))
          ? quotationCount === 0
            ? 'form is partial, but its words hold no quotation'
            : 'form is partial, but all of its words are one quotation'
          : data.form === 'reported' && quotationCount > 0
            ? 'form is reported, but its words hold a quotation'
            : undefined;
    if (formProblem) {
      problems.push({
        file,
        field: 'form',
        problem: formProblem,
        fix: 'use quote when every word is in the article’s quotation marks, partial when reported speech holds a quoted word or phrase, reported when nothing is quoted',
      });
    }
    for (const field of ['attribution', 'saidWhen'] as const) {
      const text = data[field];
      if (text !== undefined && scanQuotations(text).quotations.length > 0) {
        problems.push({ file, field, problem: 'it holds quotation marks', fix: `write ${field} without quotation marks: it is the site’s words, not the speaker’s` });
      }
    }
    const marks = input.bodies.flatMap((body) => body.claims.filter((mark) => mark.id === claim.id).map((mark) => ({ body, mark })));
    if (marks.length === 0) {
      problems.push({
        file,
        field: 'words',
        problem: `no <Claim id="${claim.id}"> marks these words in ${data.in}`,
        fix: `wrap the words in the text: <Claim id="${claim.id}">${data.words.slice(0, 40)}…</Claim>`,
      });
    }
    for (const { body, mark } of marks) {
      if (body.id !== data.in) {
        problems.push({ file: body.file, field: `body <Claim id="${claim.id}">`, problem: `the claim is marked here but its file says it is in ${data.in}`, fix: `set in: ${body.id} in ${file}, or move the mark` });
      }
      if (normalise(mark.text) !== normalise(data.words)) {
        problems.push({
          file: body.file,
          field: `body <Claim id="${claim.id}">`,
          problem: `the words it wraps ("${normalise(mark.text)}") are not the claim's words ("${normalise(data.words)}")`,
          fix: `wrap exactly the words of ${file}, or correct its words to the article's`,
        });
      }
    }
    if (marks.length > 1) {
      problems.push({ file, field: 'id', problem: `<Claim id="${claim.id}"> appears ${marks.length} times`, fix: 'mark each claim once, where it stands in the article' });
    }
  }

  for (const body of input.bodies) {
    for (const mark of body.claims) {
      if (!claims.has(mark.id)) {
        problems.push({
          file: body.file,
          field: `body <Claim id="${mark.id}">`,
          problem: `unknown claim "${mark.id}"`,
          fix: suggestFix(mark.id, claims.keys(), `add content/claims/${mark.id || '<id>'}.yaml (in, speaker, attribution, words, status), or use one of: ${claimList}`),
        });
      }
    }
    const terms = input.termNames.map((name) => name.toLowerCase());
    body.paragraphs.forEach((paragraph, index) => {
      let outside = normalise(paragraph);
      for (const mark of body.claims) outside = outside.replace(normalise(mark.text), ' ');
      for (const quotation of findQuotations(outside)) {
        const inner = quotation.slice(1, -1).replace(/[.,;:!?]+$/, '').trim().toLowerCase();
        if (terms.includes(inner)) continue;
        problems.push({
          file: body.file,
          field: `body paragraph ${index + 1}`,
          problem: `the quotation ${quotation} is not marked as a claim`,
          fix: 'add a file in content/claims/ for it and wrap its words in <Claim id="…">',
        });
      }
    });
  }

  const quotedInArticle = input.bodies.flatMap((body) => body.paragraphs.flatMap((paragraph) => scanQuotations(paragraph).quotations.map((q) => foldQuoted(q.inner))));
  const termNames = input.termNames.map((name) => foldQuoted(name));
  // A claim's headline is a summary of the claim: it keeps its attribution and hedges, and quotes only what the article quotes.
  const headlines: CheckedSummary[] = input.claims.map((claim) => ({ file: claim.file, field: 'headline', text: claim.data.headline, cites: [claim.id] }));
  for (const shown of [...input.summaries, ...headlines, ...(input.shownTexts ?? [])]) {
    problems.push(...findQuoteProblems(shown, quotedInArticle, termNames));
  }

  for (const summary of [...input.summaries, ...headlines]) {
    const { file, field, text, cites } = summary;
    if (cites.length === 0 && summary.mustCite !== false) {
      problems.push({ file, field, problem: 'the summary cites nothing', fix: `list the claims or paragraphs it condenses, e.g. cites: [${[...claims.keys()].sort()[0] ?? 'claim-id'}, ${[...bodies.keys()].at(-1) ?? 'opening'}/1]` });
    }
    cites.forEach((cite, index) => {
      const paragraph = parseParagraphRef(cite);
      const claim = claims.get(cite);
      if (paragraph) {
        const body = bodies.get(paragraph.body);
        if (!body || paragraph.n < 1 || paragraph.n > body.paragraphs.length) {
          problems.push({
            file,
            field: `${field} cites[${index}]`,
            problem: `"${cite}" is not a paragraph of the story`,
            fix: body ? `${paragraph.body} has paragraphs 1 to ${body.paragraphs.length}` : `use "<opening or section>/<n>", such as "${[...bodies.keys()][1] ?? 'opening'}/1"`,
          });
        }
      } else if (!claim) {
        problems.push({ file, field: `${field} cites[${index}]`, problem: `unknown claim "${cite}"`, fix: suggestFix(cite, claims.keys(), `cite a file name in content/claims/ (${claimList}) or a paragraph such as "territory/3"`) });
      } else {
        const names = input.speakers.get(claim.data.speaker) ?? [];
        if (names.length > 0 && !names.some((name) => carries(text, name))) {
          problems.push({
            file,
            field,
            problem: `it cites ${cite} but drops its attribution`,
            fix: `say who says it: use one of ${names.map((name) => `"${name}"`).join(', ')} in the summary`,
          });
        }
        for (const hedge of claim.data.hedges) {
          if (!carries(text, hedge)) {
            problems.push({ file, field, problem: `it cites ${cite} but drops the article's hedge "${hedge}"`, fix: `keep "${hedge}" in the summary, as the article does` });
          }
        }
      }
    });
  }
  return problems;
}
