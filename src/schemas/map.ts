import { z } from 'astro/zod';

/** One place the story names, as the locator map shows it and its caption describes it. */
export const MapPlaceSchema = z.strictObject({
  /** Stable id, used in the SVG ("place-donetsk"). */
  id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lower-case letters, digits and hyphens'),
  /** Label on the map. */
  label: z.string().min(1),
  /** Name in the caption and text alternative ("Donetsk region"). */
  fullName: z.string().min(1),
  /** A region is shaded; the capital is a dot. */
  kind: z.enum(['region', 'capital']),
  /** Codes of the regions in src/data/ukraine-regions.json that make up the place (Crimea includes Sevastopol). */
  codes: z.array(z.string().regex(/^UA-[A-Z]{2}$/, 'codes look like "UA-DT"')).min(1),
  /** Extra label lines under the name, in regular weight; default none. */
  subLabel: z.array(z.string().min(1)).default([]),
  /** Where the label goes, [longitude, latitude]: the middle of its first line at the anchored end. */
  labelAt: z.tuple([z.number().min(20).max(46), z.number().min(42).max(54)]),
  /** Which end of the label's text sits at labelAt. */
  anchor: z.enum(['start', 'middle', 'end']),
  /** Whether a thin line joins the label to the middle of the place; default false. */
  hasLeader: z.boolean().default(false),
  /** Why the place matters in the story, from the article only. */
  note: z.string().min(1),
  /** Context from the public record, shown labelled "Background"; default none. */
  background: z.string().min(1).optional(),
});

/** The locator map's words and places, in content/map.yaml. */
export const LocatorMapSchema = z.strictObject({
  /** The caption's first line. */
  title: z.string().min(1),
  /** What the shading and marks mean, and what the map does not show. */
  legend: z.string().min(1),
  /** Where the boundaries come from. */
  credit: z.string().min(1),
  /** Text alternative of the map image: what it shows, naming every place. */
  alt: z.string().min(1),
  /** The places, in the order the caption lists them. */
  places: z.array(MapPlaceSchema).min(1),
});

/** A place after validation. */
export type MapPlace = z.infer<typeof MapPlaceSchema>;
/** The locator map's content after validation. */
export type LocatorMapText = z.infer<typeof LocatorMapSchema>;
