import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a built site's folder, relative and "/"-separated, sorted so output never depends on the file system's order. */
export function listBuiltFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(root, full).split('\\').join('/'));
    }
  };
  walk(root);
  return out.sort();
}
