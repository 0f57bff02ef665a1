import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentProblem } from '../lib/content-checks';
import { TEXT_RECORD_FILE, checkTextRecord, describeRecording, formatTextRecord, readTextRecord, type RecordLogEntry, type RecordedBody } from '../lib/text-record';

/** The content folder the build reads: CONTENT_DIR (a test's copy) or content/, as src/content.config.ts has it. */
function contentDir(): string {
  return process.env['CONTENT_DIR'] ?? 'content';
}

/**
 * Checks the English text against the record of the text as published
 * (content/published-text.lock.json, src/lib/text-record.ts) and returns what stops the build:
 * the paragraphs changed, added or removed with no change of the log to account for them. When
 * every difference is accounted for (or there is no record yet), writes the new record and
 * prints one line saying so; when nothing differs, writes and prints nothing. The record lives in
 * the content folder, so a test's copy of content/ carries its own and the real one is never touched.
 */
export function recordPublishedText(bodies: readonly RecordedBody[], updates: readonly RecordLogEntry[]): ContentProblem[] {
  // Named from the project, as the content files are ("content/…", or a test's "tmp/…/content/…").
  const dir = relative(process.cwd(), contentDir()) || '.';
  const file = join(dir, TEXT_RECORD_FILE);
  const hadRecord = existsSync(file);
  const read = hadRecord ? readTextRecord(readFileSync(file, 'utf8'), file) : { record: undefined, problems: [] };
  if (read.problems.length > 0) return read.problems;
  const outcome = checkTextRecord({
    record: read.record,
    bodies,
    updates,
    recordFile: file,
    fileOfGoneBody: (id) => join(dir, 'sections', `${id}.mdx`),
  });
  if (outcome.problems.length > 0) return outcome.problems;
  const line = describeRecording(outcome, hadRecord, file);
  if (outcome.next && line) {
    writeFileSync(file, formatTextRecord(outcome.next));
    console.log(line);
  }
  return [];
}
