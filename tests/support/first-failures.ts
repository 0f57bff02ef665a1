// The e2e project retries a failed test once (tests/vitest.config.ts), and a test that passes on
// its retry leaves no trace in the report. This prints each failure as it happens, so a rare one
// (a stalled load, something that moved once) can be told apart and diagnosed from the CI log.
import { beforeEach } from 'vitest';

beforeEach(({ onTestFailed }) => {
  onTestFailed(({ task }) => {
    const messages = (task.result?.errors ?? []).map((error) => error.message).join('\n');
    console.warn(`[e2e failure, attempt ${(task.result?.retryCount ?? 0) + 1}] ${task.fullName}\n${messages}`);
  });
});
