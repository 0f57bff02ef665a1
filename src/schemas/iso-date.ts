import { z } from 'astro/zod';

/**
 * A calendar date written as a quoted ISO string ("2025-08-15").
 * Unquoted YAML dates arrive as Date objects (and roll 2025-02-30 over to
 * 2 March), so anything but a real YYYY-MM-DD string is refused.
 */
export const IsoDateSchema = z.iso.date({
  error: 'expected a quoted ISO date that exists, like "2025-08-15" (unquoted YAML dates roll over silently)',
});
