import { describe, expect, it } from 'vitest';
import {
  findClaimProblems,
  findQuotations,
  parseParagraphRef,
  type CheckedBody,
  type CheckedClaim,
  type CheckedSummary,
  type ClaimsToCheck,
} from '../../src/lib/claim-checks';
import { isWhollyQuoted } from '../../src/lib/quotations';

const ALTERNATIVE_WORDS = 'Witkoff suggested this new arrangement could serve as a viable alternative, provided Ukraine finds it acceptable.';
const OFFER_WORDS = 'Reports indicate that Putin presented Trump with a peace offer on Friday.';
const CONCESSIONS_WORDS = 'Witkoff also revealed that Russia made “some concessions” regarding territory.';

const ALTERNATIVE_FILE = 'content/claims/witkoff-alternative.yaml';
const OFFER_FILE = 'content/claims/reports-peace-offer.yaml';
const GUARANTEES_FILE = 'content/sections/guarantees.mdx';
const TERRITORY_FILE = 'content/sections/territory.mdx';

/** A claim as the checks read it; the story reports it on 17 August. */
function claim(id: string, data: Pick<CheckedClaim['data'], 'in' | 'speaker' | 'words'> & Partial<CheckedClaim['data']>): CheckedClaim {
  // By default the headline repeats the words (which carry their attribution), and the form follows them.
  const form = isWhollyQuoted(data.words) ? 'quote' : findQuotations(data.words).length > 0 ? 'partial' : 'reported';
  return { id, file: `content/claims/${id}.yaml`, data: { form, attribution: 'said', headline: data.words, hedges: [], status: [{ status: 'claimed', date: '2025-08-17' }], ...data } };
}

/**
 * A consistent little story: three claims, each marked once around its exact words; a quotation
 * inside marked words and a quoted glossary term; summaries that cite, attribute and keep hedges.
 * Each test breaks one thing in a copy.
 */
function goodStory(): ClaimsToCheck & { claims: CheckedClaim[]; bodies: CheckedBody[]; summaries: CheckedSummary[] } {
  return {
    claims: [
      claim('witkoff-alternative', { in: 'guarantees', speaker: 'steve-witkoff', words: ALTERNATIVE_WORDS, hedges: ['could', 'acceptable'] }),
      claim('reports-peace-offer', { in: 'territory', speaker: 'reports', words: OFFER_WORDS }),
      claim('witkoff-concessions', { in: 'territory', speaker: 'steve-witkoff', words: CONCESSIONS_WORDS }),
    ],
    bodies: [
      { id: 'opening', file: 'content/opening.mdx', claims: [], paragraphs: ['In a surprising development, an envoy spoke.'] },
      {
        id: 'guarantees',
        file: GUARANTEES_FILE,
        claims: [{ id: 'witkoff-alternative', text: ALTERNATIVE_WORDS }],
        paragraphs: [`For years, Putin has opposed Ukraine’s NATO membership. ${ALTERNATIVE_WORDS}`, 'The proposal marks a significant moment.'],
      },
      {
        id: 'territory',
        file: TERRITORY_FILE,
        claims: [
          { id: 'reports-peace-offer', text: OFFER_WORDS },
          { id: 'witkoff-concessions', text: CONCESSIONS_WORDS },
        ],
        paragraphs: [
          `${OFFER_WORDS} ${CONCESSIONS_WORDS}`,
          'Leaders of the “coalition of the willing” met on Sunday to discuss NATO’s “Article 5.”',
        ],
      },
    ],
    speakers: new Map<string, readonly string[]>([
      ['steve-witkoff', ['Witkoff', 'envoy']],
      ['reports', ['reports indicate', 'reportedly', 'reported']],
      ['russia', ['Russia’s claim']],
      ['donald-trump', ['Trump']],
    ]),
    termNames: ['Coalition of the willing', 'Article 5'],
    summaries: [
      {
        file: GUARANTEES_FILE,
        field: 'inShort[1]',
        text: 'Witkoff suggested this could be an alternative to NATO membership, if Ukraine finds it acceptable.',
        cites: ['witkoff-alternative', 'guarantees/1'],
      },
      {
        file: 'content/timeline/alaska-summit.yaml',
        field: 'summary',
        text: 'Trump and Putin meet in Anchorage; reports indicate Putin presented a peace offer.',
        cites: ['reports-peace-offer'],
      },
      { file: 'content/opening.mdx', field: 'standfirst', text: 'An envoy spoke of guarantees.', cites: ['opening/1', 'territory/2'] },
      { file: 'content/timeline/north-atlantic-treaty.yaml', field: 'summary', text: 'NATO is founded.', cites: [], mustCite: false },
    ],
  };
}

/** A copy of the story with one claim's data changed. */
function withClaim(id: string, change: Partial<CheckedClaim['data']>): ClaimsToCheck {
  const story = goodStory();
  return { ...story, claims: story.claims.map((c) => (c.id === id ? { ...c, data: { ...c.data, ...change } } : c)) };
}

/** A copy of the story with one body changed. */
function withBody(id: string, change: Partial<CheckedBody>): ClaimsToCheck {
  const story = goodStory();
  return { ...story, bodies: story.bodies.map((b) => (b.id === id ? { ...b, ...change } : b)) };
}

/** The story with one more summary, the thing under test. */
function withSummary(summary: CheckedSummary): ClaimsToCheck {
  const story = goodStory();
  return { ...story, summaries: [...story.summaries, summary] };
}

/** A timeline entry summarising the Alaska summit with these words and cites. */
function summary(text: string, cites: string[]): CheckedSummary {
  return { file: 'content/timeline/alaska-summit.yaml', field: 'summary', text, cites };
}

describe('findClaimProblems: the claims', () => {
  it('accepts a story whose claims are marked once around their words and whose summaries cite and attribute', () => {
    expect(findClaimProblems(goodStory())).toEqual([]);
  });

  it('refuses a claim in a body that is neither the opening nor a section, listing the bodies', () => {
    const story = goodStory();
    const lost = claim('witkoff-lost', { in: 'sanctions', speaker: 'steve-witkoff', words: 'Lost words.' });
    const problems = findClaimProblems({ ...story, claims: [...story.claims, lost] }).filter((p) => p.field === 'in');
    expect(problems).toEqual([
      {
        file: 'content/claims/witkoff-lost.yaml',
        field: 'in',
        problem: '"sanctions" is neither the opening nor a section',
        fix: 'use one of: opening, guarantees, territory',
      },
    ]);
  });

  it('refuses an unknown speaker, listing every person and source who may speak', () => {
    expect(findClaimProblems(withClaim('reports-peace-offer', { speaker: 'vladimir-putin' }))).toEqual([
      {
        file: OFFER_FILE,
        field: 'speaker',
        problem: 'unknown speaker "vladimir-putin"',
        fix: 'use the file name of a person in content/people/ or a source in content/sources/: donald-trump, reports, russia, steve-witkoff',
      },
    ]);
  });

  it('suggests the closest speaker for a misspelt one', () => {
    expect(findClaimProblems(withClaim('reports-peace-offer', { speaker: 'steve-witkof' })).map((p) => p.fix)).toEqual([
      'did you mean "steve-witkoff"? Otherwise use the file name of a person in content/people/ or a source in content/sources/: donald-trump, reports, russia, steve-witkoff',
    ]);
  });

  it('suggests the closest claim for a misspelt <Claim id> or cite', () => {
    const story = goodStory();
    const problems = [
      ...findClaimProblems(withBody('guarantees', { claims: [...story.bodies[1]!.claims, { id: 'witkoff-concesions', text: 'He mentioned NATO.' }] })),
      ...findClaimProblems(withSummary(summary('Reports indicate an offer.', ['reports-peace-ofer']))),
    ];
    expect(problems.map((p) => p.fix.split('?')[0])).toEqual(['did you mean "witkoff-concessions"', 'did you mean "reports-peace-offer"']);
  });

  it('refuses a history that does not start with "claimed"', () => {
    expect(findClaimProblems(withClaim('reports-peace-offer', { status: [{ status: 'confirmed', date: '2025-08-17' }] }))).toEqual([
      {
        file: OFFER_FILE,
        field: 'status[0]',
        problem: 'the history starts with "confirmed"',
        fix: 'start with { status: claimed, date } for the day the article reports it',
      },
    ]);
  });

  it('refuses a history whose dates go backwards, naming the entry out of order', () => {
    const status = [
      { status: 'claimed', date: '2025-08-17' },
      { status: 'denied', date: '2025-08-16' },
    ] as const;
    expect(findClaimProblems(withClaim('reports-peace-offer', { status }))).toEqual([
      { file: OFFER_FILE, field: 'status[1].date', problem: '2025-08-16 is before the entry above it (2025-08-17)', fix: 'list the history oldest first' },
    ]);
  });

  it('accepts later statuses on the same day or after', () => {
    const status = [
      { status: 'claimed', date: '2025-08-17' },
      { status: 'disputed', date: '2025-08-17' },
      { status: 'denied', date: '2025-08-20' },
    ] as const;
    expect(findClaimProblems(withClaim('reports-peace-offer', { status }))).toEqual([]);
  });

  it('refuses a claim no <Claim> marks, with the markup to add', () => {
    const problems = findClaimProblems(
      withBody('guarantees', { claims: [], paragraphs: [`For years, Putin has opposed it. ${ALTERNATIVE_WORDS}`, 'The proposal.'] }),
    );
    expect(problems).toEqual([
      {
        file: ALTERNATIVE_FILE,
        field: 'words',
        problem: 'no <Claim id="witkoff-alternative"> marks these words in guarantees',
        fix: 'wrap the words in the text: <Claim id="witkoff-alternative">Witkoff suggested this new arrangement c…</Claim>',
      },
    ]);
  });

  it('refuses a claim marked in another body than the one its file names', () => {
    expect(findClaimProblems(withClaim('witkoff-alternative', { in: 'territory' }))).toEqual([
      {
        file: GUARANTEES_FILE,
        field: 'body <Claim id="witkoff-alternative">',
        problem: 'the claim is marked here but its file says it is in territory',
        fix: `set in: guarantees in ${ALTERNATIVE_FILE}, or move the mark`,
      },
    ]);
  });

  it('refuses a mark that wraps other words than the claim’s, quoting both', () => {
    const wrapped = 'Witkoff suggested a viable alternative.';
    const problems = findClaimProblems(
      withBody('guarantees', { claims: [{ id: 'witkoff-alternative', text: wrapped }], paragraphs: [wrapped, 'The proposal.'] }),
    );
    expect(problems).toEqual([
      {
        file: GUARANTEES_FILE,
        field: 'body <Claim id="witkoff-alternative">',
        problem: `the words it wraps ("${wrapped}") are not the claim's words ("${ALTERNATIVE_WORDS}")`,
        fix: `wrap exactly the words of ${ALTERNATIVE_FILE}, or correct its words to the article's`,
      },
    ]);
  });

  it('ignores differences of white space between the marked words and the claim’s', () => {
    const reflowed = ALTERNATIVE_WORDS.replace('new arrangement', 'new\n  arrangement').replace(' provided', '  provided');
    const story = withClaim('witkoff-alternative', { words: `\n${reflowed}\n` });
    expect(findClaimProblems(story)).toEqual([]);
  });

  it('refuses a claim marked twice, once for the claim', () => {
    const story = goodStory();
    const guarantees = story.bodies[1]!;
    const twice = withBody('guarantees', {
      claims: [...guarantees.claims, { id: 'witkoff-alternative', text: ALTERNATIVE_WORDS }],
      paragraphs: [...guarantees.paragraphs, ALTERNATIVE_WORDS],
    });
    expect(findClaimProblems(twice)).toEqual([
      {
        file: ALTERNATIVE_FILE,
        field: 'id',
        problem: '<Claim id="witkoff-alternative"> appears 2 times',
        fix: 'mark each claim once, where it stands in the article',
      },
    ]);
  });
});

describe('findClaimProblems: the text', () => {
  it('refuses a <Claim id> that names no claim file, listing the claims there are', () => {
    const story = goodStory();
    const problems = findClaimProblems(
      withBody('guarantees', { claims: [...story.bodies[1]!.claims, { id: 'witkoff-nato', text: 'He mentioned NATO.' }] }),
    );
    expect(problems).toEqual([
      {
        file: GUARANTEES_FILE,
        field: 'body <Claim id="witkoff-nato">',
        problem: 'unknown claim "witkoff-nato"',
        fix: 'add content/claims/witkoff-nato.yaml (in, speaker, attribution, words, status), or use one of: reports-peace-offer, witkoff-alternative, witkoff-concessions',
      },
    ]);
  });

  it('refuses a <Claim> without an id, saying which file to add', () => {
    const story = goodStory();
    const problems = findClaimProblems(withBody('guarantees', { claims: [...story.bodies[1]!.claims, { id: '', text: 'He mentioned NATO.' }] }));
    expect(problems.map((p) => [p.field, p.problem])).toEqual([['body <Claim id="">', 'unknown claim ""']]);
    expect(problems[0]?.fix).toMatch(/^add content\/claims\/<id>\.yaml /);
  });

  it('refuses a quotation in a paragraph that no claim marks, naming the paragraph from 1', () => {
    const story = goodStory();
    const paragraphs = [...story.bodies[1]!.paragraphs.slice(0, 1), 'Zelensky called the offer “historic,” and more.'];
    expect(findClaimProblems(withBody('guarantees', { paragraphs }))).toEqual([
      {
        file: GUARANTEES_FILE,
        field: 'body paragraph 2',
        problem: 'the quotation “historic,” is not marked as a claim',
        fix: 'add a file in content/claims/ for it and wrap its words in <Claim id="…">',
      },
    ]);
  });

  it('reports each unmarked quotation of a paragraph', () => {
    const problems = findClaimProblems(withBody('opening', { paragraphs: ['It was “robust” and “historic”.'] }));
    expect(problems.map((p) => [p.file, p.field, p.problem])).toEqual([
      ['content/opening.mdx', 'body paragraph 1', 'the quotation “robust” is not marked as a claim'],
      ['content/opening.mdx', 'body paragraph 1', 'the quotation “historic” is not marked as a claim'],
    ]);
  });

  it('accepts a quotation inside a claim’s marked words, even when the paragraph breaks its lines differently', () => {
    const paragraphs = [`${OFFER_WORDS}\n${CONCESSIONS_WORDS.replace(' “some', '\n“some')}`, 'The talks go on.'];
    expect(findQuotations(paragraphs[0] ?? '')).toEqual(['“some concessions”']);
    expect(findClaimProblems(withBody('territory', { paragraphs }))).toEqual([]);
  });

  it('finds the same quotation once the claim no longer marks it', () => {
    const problems = findClaimProblems(withBody('territory', { claims: [{ id: 'reports-peace-offer', text: OFFER_WORDS }] }));
    expect(problems.map((p) => [p.file, p.field, p.problem])).toEqual([
      ['content/claims/witkoff-concessions.yaml', 'words', 'no <Claim id="witkoff-concessions"> marks these words in territory'],
      [TERRITORY_FILE, 'body paragraph 1', 'the quotation “some concessions” is not marked as a claim'],
    ]);
  });

  it('accepts a quoted glossary term as a name, whatever its case and with punctuation inside the quotes', () => {
    for (const quoted of ['“coalition of the willing”', '“Coalition of the Willing”', '“coalition of the willing,”', '“Article 5.”', '“article 5?!”']) {
      expect(findClaimProblems(withBody('opening', { paragraphs: [`Leaders of the ${quoted} met.`] })), quoted).toEqual([]);
    }
  });

  it('still refuses a quotation that only contains a term’s name', () => {
    const problems = findClaimProblems(withBody('opening', { paragraphs: ['They want “something like Article 5” for Ukraine.'] }));
    expect(problems.map((p) => p.problem)).toEqual(['the quotation “something like Article 5” is not marked as a claim']);
  });
});

describe('findClaimProblems: the summaries', () => {
  it('refuses a summary that cites nothing, suggesting a claim and a paragraph', () => {
    expect(findClaimProblems(withSummary({ file: TERRITORY_FILE, field: 'standfirst', text: 'Witkoff spoke of territory.', cites: [] }))).toEqual([
      {
        file: TERRITORY_FILE,
        field: 'standfirst',
        problem: 'the summary cites nothing',
        fix: 'list the claims or paragraphs it condenses, e.g. cites: [reports-peace-offer, territory/1]',
      },
    ]);
  });

  it('lets a summary of the public record cite nothing', () => {
    const record = { file: 'content/timeline/crimea-annexation.yaml', field: 'summary', text: 'Russia annexes Crimea.', cites: [], mustCite: false };
    expect(findClaimProblems(withSummary(record))).toEqual([]);
  });

  it('counts a summary as having to cite unless it says otherwise', () => {
    expect(findClaimProblems(withSummary({ ...summary('Trump and Putin meet.', []), mustCite: true })).map((p) => p.problem)).toEqual([
      'the summary cites nothing',
    ]);
  });

  it('refuses a cite that is neither a claim nor a paragraph, listing the claims', () => {
    expect(findClaimProblems(withSummary(summary('Witkoff spoke of NATO.', ['witkoff-article-5'])))).toEqual([
      {
        file: 'content/timeline/alaska-summit.yaml',
        field: 'summary cites[0]',
        problem: 'unknown claim "witkoff-article-5"',
        fix: 'cite a file name in content/claims/ (reports-peace-offer, witkoff-alternative, witkoff-concessions) or a paragraph such as "territory/3"',
      },
    ]);
  });

  it('refuses a paragraph past the end of its body, or before its first, saying how many there are', () => {
    const problems = findClaimProblems(withSummary(summary('The proposal matters.', ['guarantees/2', 'guarantees/3', 'guarantees/0'])));
    expect(problems).toEqual([
      {
        file: 'content/timeline/alaska-summit.yaml',
        field: 'summary cites[1]',
        problem: '"guarantees/3" is not a paragraph of the story',
        fix: 'guarantees has paragraphs 1 to 2',
      },
      {
        file: 'content/timeline/alaska-summit.yaml',
        field: 'summary cites[2]',
        problem: '"guarantees/0" is not a paragraph of the story',
        fix: 'guarantees has paragraphs 1 to 2',
      },
    ]);
  });

  it('refuses a paragraph of a body the story does not have, with an example of one it has', () => {
    expect(findClaimProblems(withSummary(summary('Sanctions loom.', ['sanctions/1'])))).toEqual([
      {
        file: 'content/timeline/alaska-summit.yaml',
        field: 'summary cites[0]',
        problem: '"sanctions/1" is not a paragraph of the story',
        fix: 'use "<opening or section>/<n>", such as "guarantees/1"',
      },
    ]);
  });

  it('refuses a summary that cites a claim without any of the words that say who says it', () => {
    expect(findClaimProblems(withSummary(summary('Putin presented a peace offer.', ['reports-peace-offer'])))).toEqual([
      {
        file: 'content/timeline/alaska-summit.yaml',
        field: 'summary',
        problem: 'it cites reports-peace-offer but drops its attribution',
        fix: 'say who says it: use one of "reports indicate", "reportedly", "reported" in the summary',
      },
    ]);
  });

  it('finds the attribution whatever its case', () => {
    expect(findClaimProblems(withSummary(summary('REPORTEDLY, Putin presented a peace offer.', ['reports-peace-offer'])))).toEqual([]);
    expect(findClaimProblems(withSummary(summary('The ENVOY says Russia made concessions.', ['witkoff-concessions'])))).toEqual([]);
  });

  it('takes a straight apostrophe for a curly one, and a curly one for a straight one', () => {
    const story = goodStory();
    const claims = [...story.claims, claim('russia-donbas', { in: 'territory', speaker: 'russia', words: 'Russia claims the Donbas.', headline: 'Russia’s claim to the Donbas' })];
    const bodies = story.bodies.map((b) =>
      b.id === 'territory' ? { ...b, claims: [...b.claims, { id: 'russia-donbas', text: 'Russia claims the Donbas.' }] } : b,
    );
    const cite = (text: string) => findClaimProblems({ ...story, claims, bodies, summaries: [summary(text, ['russia-donbas'])] });
    expect(cite("Russia's claim covers the Donbas.")).toEqual([]);
    const straight = new Map(story.speakers);
    straight.set('russia', ["Russia's claim"]);
    expect(findClaimProblems({ ...story, speakers: straight, claims, bodies, summaries: [summary('Russia’s claim covers the Donbas.', ['russia-donbas'])] })).toEqual([]);
    expect(cite('Russia wants the Donbas.').map((p) => p.problem)).toEqual(['it cites russia-donbas but drops its attribution']);
  });

  it('refuses a summary that drops one of the article’s hedges, naming the hedge', () => {
    const overstated = { file: GUARANTEES_FILE, field: 'inShort[1]', text: 'Witkoff suggested this could be an alternative to NATO membership.', cites: ['witkoff-alternative'] };
    expect(findClaimProblems(withSummary(overstated))).toEqual([
      {
        file: GUARANTEES_FILE,
        field: 'inShort[1]',
        problem: 'it cites witkoff-alternative but drops the article\'s hedge "acceptable"',
        fix: 'keep "acceptable" in the summary, as the article does',
      },
    ]);
  });

  it('reports every hedge a summary drops, and the attribution too', () => {
    const bare = { file: GUARANTEES_FILE, field: 'standfirst', text: 'NATO membership has an alternative.', cites: ['witkoff-alternative'] };
    expect(findClaimProblems(withSummary(bare)).map((p) => p.problem)).toEqual([
      'it cites witkoff-alternative but drops its attribution',
      'it cites witkoff-alternative but drops the article\'s hedge "could"',
      'it cites witkoff-alternative but drops the article\'s hedge "acceptable"',
    ]);
  });

  it('asks nothing of a summary that cites only paragraphs', () => {
    expect(findClaimProblems(withSummary(summary('Something happened.', ['opening/1', 'territory/2'])))).toEqual([]);
  });
});

describe('findQuotations', () => {
  it('finds every “…” span with its quote marks, in order', () => {
    expect(findQuotations('He called it “historic” and the talks “very productive.”')).toEqual(['“historic”', '“very productive.”']);
  });

  it('ignores straight quotes and a quotation left open', () => {
    expect(findQuotations('A "straight" quote and an “open one.')).toEqual([]);
  });

  it('finds none in plain text', () => {
    expect(findQuotations('No quotation here.')).toEqual([]);
  });
});

describe('parseParagraphRef', () => {
  it('reads "territory/3" as the third paragraph of territory', () => {
    expect(parseParagraphRef('territory/3')).toEqual({ body: 'territory', n: 3 });
    expect(parseParagraphRef('opening/1')).toEqual({ body: 'opening', n: 1 });
    expect(parseParagraphRef('territory/12')).toEqual({ body: 'territory', n: 12 });
  });

  it('takes a claim id, or anything not "<body>/<number>", for no paragraph', () => {
    for (const cite of ['witkoff-article-5', 'territory/', '/3', 'territory/3a', 'Territory/3', 'territory/p3', 'a/b/3']) {
      expect(parseParagraphRef(cite), cite).toBeUndefined();
    }
  });
});

describe('findClaimProblems: quotation marks are a promise', () => {
  const problemsOf = (story: ClaimsToCheck) => findClaimProblems(story).map((p) => `${p.field}: ${p.problem}`);

  it('refuses a form that does not match the words: quote, partial, reported', () => {
    const story = goodStory();
    const set = (id: string, data: Partial<CheckedClaim['data']>) => ({ ...story, claims: story.claims.map((c) => (c.id === id ? { ...c, data: { ...c.data, ...data } } : c)) });
    expect(problemsOf(set('witkoff-concessions', { form: 'quote' }))).toEqual(['form: form is quote, but not all of its words stand in the article’s quotation marks']);
    expect(problemsOf(set('witkoff-concessions', { form: 'reported' }))).toEqual(['form: form is reported, but its words hold a quotation']);
    expect(problemsOf(set('reports-peace-offer', { form: 'partial' }))).toEqual(['form: form is partial, but its words hold no quotation']);
  });

  it('refuses quotation marks in an attribution or in when a claim was said', () => {
    const story = goodStory();
    const claims = story.claims.map((c) => (c.id === 'reports-peace-offer' ? { ...c, data: { ...c.data, attribution: '“reports indicate”', saidWhen: '“on Friday”' } } : c));
    expect(problemsOf({ ...story, claims })).toEqual(['attribution: it holds quotation marks', 'saidWhen: it holds quotation marks']);
  });

  it('holds a claim’s headline to its attribution and hedges, like any summary', () => {
    const story = goodStory();
    const claims = story.claims.map((c) => (c.id === 'witkoff-alternative' ? { ...c, data: { ...c.data, headline: 'An alternative to NATO membership' } } : c));
    expect(problemsOf({ ...story, claims })).toEqual([
      'headline: it cites witkoff-alternative but drops its attribution',
      'headline: it cites witkoff-alternative but drops the article\'s hedge "could"',
      'headline: it cites witkoff-alternative but drops the article\'s hedge "acceptable"',
    ]);
  });

  it('refuses a summary that quotes words the article does not quote, and names them', () => {
    const quoted = { file: TERRITORY_FILE, field: 'standfirst', text: 'Reports indicate Putin made a “peace offer”.', cites: ['reports-peace-offer'] };
    expect(findClaimProblems(withSummary(quoted))).toEqual([
      {
        file: TERRITORY_FILE,
        field: 'standfirst',
        problem: '“peace offer” stands in quotation marks, but the article quotes no such words',
        fix: 'use quotation marks only around words the article itself puts in quotation marks; report anything else without them',
      },
    ]);
  });

  it('accepts a quotation of words the article quotes, in part and whatever the stop inside the marks', () => {
    const partial = { file: TERRITORY_FILE, field: 'standfirst', text: 'Witkoff said Russia made “concessions.”', cites: ['witkoff-concessions'] };
    expect(findClaimProblems(withSummary(partial))).toEqual([]);
  });

  it('checks the other texts a page shows, and accepts a glossary term’s name in a declined form', () => {
    const story = goodStory();
    const ukrainian = { ...story, termNames: [...story.termNames, 'коаліція охочих'], shownTexts: [{ file: 'content/uk/people/x.yaml', field: 'role', text: 'Член «коаліції охочих».' }] };
    expect(findClaimProblems(ukrainian)).toEqual([]);
    const invented = { ...story, shownTexts: [{ file: 'content/people/x.yaml', field: 'role', text: 'Called the plan “a disaster”.' }] };
    expect(problemsOf(invented)).toEqual(['role: “a disaster” stands in quotation marks, but the article quotes no such words']);
  });

  it('refuses marks nested in marks of one kind, and a mark left open', () => {
    const story = goodStory();
    const nested = { ...story, shownTexts: [{ file: 'content/uk/claims/x.yaml', field: 'headline', text: '«яку назвав «some concessions»»' }] };
    expect(problemsOf(nested)).toContain('headline: a quotation stands inside marks of the same kind');
    const open = { ...story, shownTexts: [{ file: 'content/claims/x.yaml', field: 'headline', text: 'as “some concessions.' }] };
    expect(problemsOf(open)).toEqual(['headline: a quotation mark is left open or closes nothing']);
  });
});
