import type { z } from 'astro/zod';

/** The problems a schema finds in a value, as "path: message" lines ("" path for the root). */
export function issuesOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
