import { describe, expect, it } from 'vitest';
import { LocatorMapSchema, MapPlaceSchema } from '../../../src/schemas/map';
import { readYaml } from '../content-files';
import { issuesOf } from './issues';

const PLACE = {
  id: 'donetsk',
  label: 'Donetsk',
  fullName: 'Donetsk region',
  kind: 'region',
  codes: ['UA-DT'],
  labelAt: [39.05, 47.3],
  anchor: 'start',
  note: 'A key point of discussion.',
};

describe('MapPlaceSchema', () => {
  it('accepts a place and defaults to no extra lines and no leader line', () => {
    expect(MapPlaceSchema.parse(PLACE)).toEqual({ ...PLACE, subLabel: [], hasLeader: false });
  });

  it('keeps an optional background from the public record, but not an empty one', () => {
    expect(MapPlaceSchema.parse({ ...PLACE, background: 'Part of the Donbas.' }).background).toBe('Part of the Donbas.');
    expect(MapPlaceSchema.parse(PLACE).background).toBeUndefined();
    expect(issuesOf(MapPlaceSchema, { ...PLACE, background: '' })[0]).toMatch(/^background: /);
  });

  it('refuses a region code that is not like "UA-DT", in the words of the schema', () => {
    for (const code of ['DT', 'UA-dt', 'UA-DTX', 'RU-DT']) {
      expect(issuesOf(MapPlaceSchema, { ...PLACE, codes: [code] }), code).toEqual(['codes.0: codes look like "UA-DT"']);
    }
  });

  it('refuses a place without any region code', () => {
    expect(issuesOf(MapPlaceSchema, { ...PLACE, codes: [] })[0]).toMatch(/^codes: /);
  });

  it('refuses a labelAt outside Ukraine and its surroundings', () => {
    for (const labelAt of [[10, 47], [50, 47], [30, 40], [30, 60]]) {
      expect(issuesOf(MapPlaceSchema, { ...PLACE, labelAt }), JSON.stringify(labelAt)).toHaveLength(1);
    }
    expect(issuesOf(MapPlaceSchema, { ...PLACE, labelAt: [10, 47] })[0]).toMatch(/^labelAt\.0: /);
    expect(issuesOf(MapPlaceSchema, { ...PLACE, labelAt: [30, 60] })[0]).toMatch(/^labelAt\.1: /);
  });

  it('refuses labelAt written as latitude first', () => {
    expect(issuesOf(MapPlaceSchema, { ...PLACE, labelAt: [47.3, 39.05] }).length).toBeGreaterThan(0);
  });

  it('refuses an id that is not lower-case letters, digits and hyphens, in the words of the schema', () => {
    expect(issuesOf(MapPlaceSchema, { ...PLACE, id: 'Donetsk Region' })).toEqual(['id: id must be lower-case letters, digits and hyphens']);
  });

  it('refuses an unknown kind or anchor, and unknown keys', () => {
    expect(issuesOf(MapPlaceSchema, { ...PLACE, kind: 'city' })[0]).toMatch(/^kind: /);
    expect(issuesOf(MapPlaceSchema, { ...PLACE, anchor: 'left' })[0]).toMatch(/^anchor: /);
    expect(issuesOf(MapPlaceSchema, { ...PLACE, colour: 'red' })).toHaveLength(1);
  });
});

describe('LocatorMapSchema', () => {
  const MAP = { title: 'Where', legend: 'Regions shaded.', credit: 'Natural Earth.', alt: 'Map of Ukraine.', places: [PLACE] };

  it('accepts content/map.yaml', () => {
    expect(issuesOf(LocatorMapSchema, readYaml('content/map.yaml'))).toEqual([]);
  });

  it('requires at least one place and every text', () => {
    expect(issuesOf(LocatorMapSchema, { ...MAP, places: [] })[0]).toMatch(/^places: /);
    for (const key of ['title', 'legend', 'credit', 'alt'] as const) {
      expect(issuesOf(LocatorMapSchema, { ...MAP, [key]: '' })[0], key).toMatch(new RegExp(`^${key}: `));
    }
  });

  it('points at the place at fault', () => {
    expect(issuesOf(LocatorMapSchema, { ...MAP, places: [PLACE, { ...PLACE, codes: ['XX'] }] })).toEqual([
      'places.1.codes.0: codes look like "UA-DT"',
    ]);
  });
});
