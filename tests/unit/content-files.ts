import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LocatorMapSchema, type LocatorMapText } from '../../src/schemas/map';

/** The project root, from tests/unit/. */
export const ROOT = new URL('../..', import.meta.url).pathname;

/** Reads a file of the project as text; `path` is relative to the root. */
export function readProjectFile(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** Parses a YAML file of the project; `path` is relative to the root. */
export function readYaml(path: string): unknown {
  return parse(readProjectFile(path)) as unknown;
}

/** The file names (without extension) in a content folder, sorted: the ids the site builds from. */
export function contentIds(folder: string, extension: string): string[] {
  return readdirSync(join(ROOT, 'content', folder))
    .filter((file) => file.endsWith(extension))
    .map((file) => file.slice(0, -extension.length))
    .sort();
}

/** The section slugs, from the files in content/sections/. */
export function sectionSlugs(): string[] {
  return contentIds('sections', '.mdx');
}

/** The YAML frontmatter of an MDX file of the project, parsed. */
export function readFrontmatter(path: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readProjectFile(path));
  if (!match) throw new Error(`${path} has no frontmatter.`);
  return parse(match[1] ?? '') as unknown;
}

/** The locator map's words and places from content/map.yaml, validated as the build validates them. */
export function loadMapContent(): LocatorMapText {
  return LocatorMapSchema.parse(readYaml('content/map.yaml'));
}
