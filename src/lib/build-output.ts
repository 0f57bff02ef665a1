// What `npm run build` (src/cli/build.ts) prints of Astro's output: everything an editor or a
// developer must read, without the noise. Pure: text in, text out.

/** Astro colours its output on a terminal; matching reads the plain text. */
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** The text of a line without colours. */
export function plain(line: string): string {
  return line.replace(ANSI, '');
}

/** A problem an editor fixes in content/, or anything else that stopped the build. */
export type BuildErrorKind = 'content' | 'schema' | 'yaml' | 'other';

/** One line of the route listing Astro prints while it writes the pages ("12:00:00   ├─ /index.html (+5ms)"); its heading stays. */
const ROUTE_LINE = /^(\d\d:\d\d:\d\d )?\s*[├└]─ /;

/** The headings Astro puts under an error's message, each followed by lines indented further. */
const SECTION = /^ {2}(Hint|Error reference|Location|Stack trace):\s*$/;

/** What an editor is told when the YAML of a data file or a frontmatter cannot be read. */
export const YAML_HINT =
  'this is not valid YAML: put quotes around a text that holds a colon or a #, or that starts with a quote mark, such as title: "Territory: the line"';

/** The kind of error whose first line this is, if it is one the content caused; undefined for any other line. */
export function errorKindOfFirstLine(line: string): Exclude<BuildErrorKind, 'other'> | undefined {
  const text = plain(line);
  // src/model/story/ (load.ts, checks.ts) throws formatContentProblems(…) (src/lib/content-checks.ts).
  if (/^The content has \d+ problems?:/.test(text)) return 'content';
  // Astro's own checks against src/schemas/: "[InvalidContentEntryDataError] sections → x data does not match collection schema."
  if (/^\[InvalidContentEntry\w*Error\]/.test(text) || /data does not match collection schema/.test(text)) return 'schema';
  // A data file (.yaml) that is not YAML: "[DataCollectionEntryParseError] …/x.yaml failed to parse: bad indentation …".
  if (/^\[\w*(ParseError|YAMLException)\]/.test(text) || /\.ya?ml failed to parse:/.test(text)) return 'yaml';
  return undefined;
}

/** The kind of one whole error as Astro prints it: the message, then its sections (Hint, Location, Stack trace). */
export function classifyError(lines: readonly string[]): BuildErrorKind {
  const known = errorKindOfFirstLine(lines[0] ?? '');
  if (known) return known;
  // A frontmatter that is not YAML prints only js-yaml's message ("bad indentation of a mapping entry"); its stack says whose it is.
  const stack = lines.map(plain).filter((line) => /^\s+at /.test(line));
  if (stack.length > 0 && /node_modules\/js-yaml\//.test(stack[0] ?? '')) return 'yaml';
  return 'other';
}

/**
 * One error as the editor should see it. A content problem keeps its message (file, field,
 * problem, fix) and loses the Location and Stack trace into node_modules, which say nothing
 * about the content; a schema or YAML error also loses Astro's generic hint and reference, and
 * keeps its Location when it names the file at fault; a YAML error gets a plain hint. Any other
 * error is a bug in the code: it keeps everything, stack included.
 */
export function renderError(lines: readonly string[]): string[] {
  const kind = classifyError(lines);
  if (kind === 'other') return [...lines];
  const out: string[] = [];
  let section: string | undefined;
  let hinted = false;
  for (const line of lines) {
    const text = plain(line);
    const heading = SECTION.exec(text)?.[1];
    if (heading !== undefined) {
      section = heading;
      continue;
    }
    if (section !== undefined && /^ {4}/.test(text)) {
      // A Location is worth keeping when it is the content file (Astro gives ":0:0" when it knows no line).
      if (section === 'Location' && !text.includes('node_modules/')) {
        out.push('  Location:', line.replace(/:0:0\s*$/, ''));
      }
      continue;
    }
    section = undefined;
    out.push(line);
    if (kind === 'yaml' && !hinted) {
      hinted = true;
      out.push('  Hint:', `    ${YAML_HINT}`);
    }
  }
  // Astro ends a message with a blank line before its sections; the trimmed error needs none.
  while (out.length > 0 && plain(out.at(-1) ?? '').trim() === '') out.pop();
  return out;
}

/**
 * Filters Astro's output line by line as it streams: drops the route listing (one line per
 * file written, some 130), and holds each error until it is complete to print it through renderError.
 * Every other line passes unchanged, warnings included. Feed it chunks as they come, then call
 * end(); each call returns the text to print now.
 */
export class BuildOutputFilter {
  #partial = '';
  /** The lines since the last line that starts at the margin: a log line, or an error's message and sections. */
  #block: string[] = [];

  /** Takes a chunk of output; returns what can be printed already. */
  push(chunk: string): string {
    const lines = (this.#partial + chunk).split('\n');
    this.#partial = lines.pop() ?? '';
    const out: string[] = [];
    for (const line of lines) {
      const text = plain(line);
      // A line at the margin starts a new block; indented and blank lines belong to the block before.
      if (text.trim() !== '' && !/^\s/.test(text)) out.push(...this.#close());
      this.#block.push(line);
    }
    // Astro writes an error in one piece: a block without sections by the end of a chunk is no error,
    // so it need not wait (a long step's log line shows while the step runs).
    if (!isErrorBlock(this.#block)) out.push(...this.#close());
    return joinLines(out);
  }

  /** Ends the output: prints whatever is held. */
  end(): string {
    if (this.#partial !== '') this.#block.push(this.#partial);
    this.#partial = '';
    const out = this.#close();
    return joinLines(out);
  }

  #close(): string[] {
    const block = this.#block;
    this.#block = [];
    if (block.length === 0) return [];
    if (isErrorBlock(block)) return renderError(block);
    return block.filter((line) => !ROUTE_LINE.test(plain(line)));
  }
}

/** True for lines that are an error as Astro prints it: a known first line, or a message with sections. */
function isErrorBlock(block: readonly string[]): boolean {
  return errorKindOfFirstLine(block[0] ?? '') !== undefined || block.some((line) => SECTION.test(plain(line)));
}

function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** A build's time as the last line gives it: "2025-08-17 16:40", local time. */
export function formatBuiltAt(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** What the build did, in the one line it ends with. */
export type BuildOutcome =
  | { ok: true; pages: number; target: string }
  | { ok: false; target: string; stopped?: boolean; lastGood?: Date | undefined };

/** The build's last line: what is in the output folder now. `target` is the folder as the editor knows it ("dist"). */
export function describeOutcome(outcome: BuildOutcome): string {
  const folder = `${outcome.target.replace(/\/+$/, '')}/`;
  if (outcome.ok) return `Built ${outcome.pages} page${outcome.pages === 1 ? '' : 's'} into ${folder}.`;
  const what = outcome.stopped ? 'The build was stopped' : 'The build failed';
  return outcome.lastGood
    ? `${what}; ${folder} still holds the last good site (built ${formatBuiltAt(outcome.lastGood)}).`
    : `${what}; no site has been built yet.`;
}

/** The folders a build works in beside its output folder: the new site being built, and the old one being replaced. */
export function workFolderNames(target: string, pid: number): { building: string; replaced: string } {
  return { building: `${target}.building-${pid}`, replaced: `${target}.replaced-${pid}` };
}

/**
 * The work folders beside the output folder left by builds that are no longer running (a crash,
 * a killed terminal), by name: `entries` are the names in the output folder's parent, `target`
 * the output folder's own name. A "replaced" folder holds a good site that was not yet deleted.
 */
export function staleWorkFolders(
  entries: readonly string[],
  target: string,
  isRunning: (pid: number) => boolean,
): { name: string; kind: 'building' | 'replaced' }[] {
  const escaped = target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escaped}\\.(building|replaced)-(\\d+)$`);
  return entries.flatMap((name) => {
    const match = pattern.exec(name);
    if (!match || isRunning(Number(match[2]))) return [];
    return [{ name, kind: match[1] as 'building' | 'replaced' }];
  });
}
