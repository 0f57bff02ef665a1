import { describe, expect, it } from 'vitest';
import { CLAIM_HEADLINE_MAX, CLAIM_STATUSES, ClaimSchema } from '../../../src/schemas/claim';
import { contentIds, readYaml } from '../content-files';
import { issuesOf } from './issues';

const GOOD = {
  in: 'guarantees',
  speaker: 'steve-witkoff',
  form: 'reported',
  attribution: 'suggested',
  headline: 'Witkoff suggested it could be an alternative, if Ukraine finds it acceptable',
  words: 'Witkoff suggested this new arrangement could serve as a viable alternative, provided Ukraine finds it acceptable.',
  hedges: ['could', 'acceptable'],
  status: [{ status: 'claimed', date: '2025-08-17' }],
};

function without(key: keyof typeof GOOD): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...GOOD };
  delete copy[key];
  return copy;
}

describe('ClaimSchema', () => {
  it('accepts a claim with its body, speaker, attribution, words, hedges and history', () => {
    expect(ClaimSchema.parse(GOOD)).toEqual(GOOD);
  });

  it('defaults the hedges to none', () => {
    expect(ClaimSchema.parse(without('hedges')).hedges).toEqual([]);
  });

  it('says what each missing text field is for, in the words of the schema', () => {
    expect(issuesOf(ClaimSchema, without('in'))).toEqual(['in: in is required: "opening" or the slug of the section the words are in']);
    expect(issuesOf(ClaimSchema, without('speaker'))).toEqual(['speaker: speaker is required: the id of a person or a source who says it']);
    expect(issuesOf(ClaimSchema, without('attribution'))).toEqual([
      'attribution: attribution is required: how the article attributes it, such as "told CNN"',
    ]);
    expect(issuesOf(ClaimSchema, without('words'))).toEqual(['words: words is required: the exact words of the article that <Claim> wraps']);
    expect(issuesOf(ClaimSchema, without('headline'))).toEqual([
      'headline: headline is required: a short line in reported speech, such as "Zelensky called the offer “historic”"',
    ]);
  });

  it('knows the three forms of a claim’s words, and says what each means when one is missing or unknown', () => {
    const message = 'form: form is required: one of quote, partial, reported (quote: every word in the article\'s quotation marks; partial: reported speech with a quoted phrase; reported: no quotation)';
    expect(issuesOf(ClaimSchema, without('form'))).toEqual([message]);
    expect(issuesOf(ClaimSchema, { ...GOOD, form: 'paraphrase' })).toEqual([message]);
  });

  it('keeps a headline short enough to be a page title in search results', () => {
    expect(issuesOf(ClaimSchema, { ...GOOD, headline: 'x'.repeat(CLAIM_HEADLINE_MAX + 1) })).toEqual([
      `headline: headline is at most ${CLAIM_HEADLINE_MAX} characters, as search results show a title; say less`,
    ]);
  });

  it('keeps when a claim was said, where the article gives it, and refuses it empty', () => {
    expect(ClaimSchema.parse({ ...GOOD, saidWhen: 'in February' }).saidWhen).toBe('in February');
    expect(issuesOf(ClaimSchema, { ...GOOD, saidWhen: '' })[0]).toMatch(/^saidWhen: /);
  });

  it('refuses empty text and an empty hedge', () => {
    for (const key of ['in', 'speaker', 'attribution', 'headline', 'words']) {
      expect(issuesOf(ClaimSchema, { ...GOOD, [key]: '' })[0], key).toMatch(new RegExp(`^${key}: `));
    }
    expect(issuesOf(ClaimSchema, { ...GOOD, hedges: ['could', ''] })[0]).toMatch(/^hedges\.1: /);
  });

  it('wants at least one status entry, and says what the first looks like', () => {
    expect(issuesOf(ClaimSchema, { ...GOOD, status: [] })).toEqual([
      'status: status needs at least one entry: { status: claimed, date: "2025-08-17" }',
    ]);
    expect(issuesOf(ClaimSchema, without('status'))[0]).toMatch(/^status: /);
  });

  it('knows the five statuses a claim can have, and refuses any other', () => {
    expect(CLAIM_STATUSES).toEqual(['claimed', 'confirmed', 'denied', 'disputed', 'withdrawn']);
    expect(issuesOf(ClaimSchema, { ...GOOD, status: [{ status: 'rumoured', date: '2025-08-17' }] })[0]).toMatch(/^status\.0\.status: /);
  });

  it('keeps an optional note on a later status, but not an empty one', () => {
    const status = [
      { status: 'claimed', date: '2025-08-17' },
      { status: 'denied', date: '2025-08-20', note: 'The Kremlin denied it.' },
    ];
    expect(ClaimSchema.parse({ ...GOOD, status }).status).toEqual(status);
    expect(issuesOf(ClaimSchema, { ...GOOD, status: [{ status: 'claimed', date: '2025-08-17', note: '' }] })[0]).toMatch(
      /^status\.0\.note: /,
    );
  });

  it('refuses an impossible or unquoted status date', () => {
    expect(issuesOf(ClaimSchema, { ...GOOD, status: [{ status: 'claimed', date: '2025-02-30' }] })[0]).toMatch(
      /^status\.0\.date: expected a quoted ISO date/,
    );
    expect(issuesOf(ClaimSchema, { ...GOOD, status: [{ status: 'claimed', date: new Date(Date.UTC(2025, 7, 17)) }] })[0]).toMatch(
      /^status\.0\.date: /,
    );
  });

  it('refuses unknown keys in the claim and in a status entry, such as the old "source"', () => {
    const issues = issuesOf(ClaimSchema, { ...GOOD, source: 'witkoff-cnn' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('source');
    expect(issuesOf(ClaimSchema, { ...GOOD, status: [{ status: 'claimed', date: '2025-08-17', by: 'CNN' }] })).toHaveLength(1);
  });

  it('accepts every file in content/claims/', () => {
    const claims = contentIds('claims', '.yaml');
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(issuesOf(ClaimSchema, readYaml(`content/claims/${claim}.yaml`)), claim).toEqual([]);
  });
});
