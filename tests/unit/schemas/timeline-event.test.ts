import { describe, expect, it } from 'vitest';
import { EVENT_STATUSES, FACT_SOURCES, TimelineEventSchema } from '../../../src/schemas/timeline-event';
import { contentIds, readYaml } from '../content-files';
import { issuesOf } from './issues';

const GOOD = {
  date: '2025-08-15',
  title: 'Alaska summit',
  summary: 'Trump and Putin meet in Anchorage.',
  section: 'territory',
  source: 'article',
  status: 'happened',
};

describe('TimelineEventSchema', () => {
  it('accepts a complete event and defaults cites, people and terms to empty', () => {
    expect(TimelineEventSchema.parse(GOOD)).toEqual({ ...GOOD, cites: [], people: [], terms: [] });
  });

  it('keeps the claims and paragraphs its summary cites, and refuses an empty one', () => {
    expect(TimelineEventSchema.parse({ ...GOOD, cites: ['reports-peace-offer', 'territory/3'] }).cites).toEqual(['reports-peace-offer', 'territory/3']);
    expect(issuesOf(TimelineEventSchema, { ...GOOD, cites: [''] })[0]).toMatch(/^cites\.0: /);
    expect(issuesOf(TimelineEventSchema, { ...GOOD, cites: 'territory/3' })[0]).toMatch(/^cites: /);
  });

  it('accepts every event in content/timeline/', () => {
    const events = contentIds('timeline', '.yaml');
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(issuesOf(TimelineEventSchema, readYaml(`content/timeline/${event}.yaml`)), event).toEqual([]);
  });

  it('keeps an optional record note', () => {
    expect(TimelineEventSchema.parse({ ...GOOD, recordNote: 'The day is from the public record.' }).recordNote).toBe(
      'The day is from the public record.',
    );
  });

  it('refuses an impossible date, quoted or arrived as a Date from unquoted YAML', () => {
    expect(issuesOf(TimelineEventSchema, { ...GOOD, date: '2025-02-30' })).toEqual([
      'date: expected a quoted ISO date that exists, like "2025-08-15" (unquoted YAML dates roll over silently)',
    ]);
    // js-yaml turns `date: 2025-02-30` into 2 March; it must not pass as that day.
    expect(issuesOf(TimelineEventSchema, { ...GOOD, date: new Date(Date.UTC(2025, 1, 30)) })[0]).toMatch(/^date: expected a quoted ISO date/);
  });

  it('knows exactly two sources and two statuses', () => {
    expect(FACT_SOURCES).toEqual(['article', 'record']);
    expect(EVENT_STATUSES).toEqual(['happened', 'scheduled']);
    expect(issuesOf(TimelineEventSchema, { ...GOOD, source: 'rumour' })[0]).toMatch(/^source: /);
    expect(issuesOf(TimelineEventSchema, { ...GOOD, status: 'planned' })[0]).toMatch(/^status: /);
  });

  it('requires date, title, summary, section, source and status', () => {
    for (const key of Object.keys(GOOD)) {
      const copy: Record<string, unknown> = { ...GOOD };
      delete copy[key];
      const issues = issuesOf(TimelineEventSchema, copy);
      expect(issues, key).toHaveLength(1);
      expect(issues[0], key).toMatch(new RegExp(`^${key}: `));
    }
  });

  it('refuses empty text fields and an empty record note', () => {
    for (const key of ['title', 'summary', 'section', 'recordNote']) {
      expect(issuesOf(TimelineEventSchema, { ...GOOD, [key]: '' })[0], key).toMatch(new RegExp(`^${key}: `));
    }
  });

  it('refuses unknown keys, such as "sections" for "section"', () => {
    const issues = issuesOf(TimelineEventSchema, { ...GOOD, sections: ['territory'] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('sections');
  });
});
