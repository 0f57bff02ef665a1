import { z } from 'astro/zod';
import { IsoDateSchema } from './iso-date';

/** Where a fact comes from: the article itself, or the public record (shown as background). */
export const FACT_SOURCES = ['article', 'record'] as const;
/** Whether an event had happened by the story date or was still ahead. */
export const EVENT_STATUSES = ['happened', 'scheduled'] as const;

/** One dated event in content/timeline/<id>.yaml; the file name is its stable id. */
export const TimelineEventSchema = z.strictObject({
  /** Day of the event, quoted ISO date. */
  date: IsoDateSchema,
  /** Short title, as it appears in the timeline. */
  title: z.string().min(1),
  /** One line on what happened. */
  summary: z.string().min(1),
  /** Slug of the section the event belongs to (content/sections/<slug>.mdx). */
  section: z.string().min(1),
  /** "article" if the article states it, "record" for background from the public record. */
  source: z.enum(FACT_SOURCES),
  /** What part of an article event comes from the record (for example the exact day); default none. */
  recordNote: z.string().min(1).optional(),
  /** "happened" by the story date, or "scheduled" after it. */
  status: z.enum(EVENT_STATUSES),
  /** The claims (ids) or paragraphs ("territory/3", "opening/1") the summary condenses; required for article events. */
  cites: z.array(z.string().min(1)).default([]),
  /** Ids of people involved; default none. */
  people: z.array(z.string()).default([]),
  /** Ids of terms involved; default none. */
  terms: z.array(z.string()).default([]),
});

/** A timeline event after validation (without its id). */
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
