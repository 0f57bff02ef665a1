/** What the filter reads of a Rolldown log. */
export interface BundlerLog {
  code?: string | undefined;
  message: string;
}

/**
 * True for a bundler warning known to be harmless, which the build does not print: Astro marks
 * each MDX content module "use astro:head-inject" for its own head propagation, which it reads
 * from the module graph before bundling, so the bundler dropping the directive changes nothing.
 * Matched by code and directive, so any other directive, or any other warning, still shows.
 */
export function isHarmlessBundlerLog(level: string, log: BundlerLog): boolean {
  return level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}
