// Serves the built site on 127.0.0.1 the way the static host will: folder URLs, 404.html,
// and the headers of dist/_headers (the Content-Security-Policy among them).
// Usage: node tests/support/serve.mjs [folder]   (folder: default OUT_DIR, else dist)
// Environment: PORT (default 4321), BASE_PATH (default: read from the build's canonical URL).
// Needs Node 24, which runs the TypeScript server as is; `npm start` and `npm run serve` use it.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The server is TypeScript, which Node runs as is from version 23.6 on; the project pins Node 24.
if (!/** @type {{ typescript?: unknown }} */ (process.features).typescript) {
  console.error(`tests/support/serve.mjs needs the project's Node 24 (this is ${process.version}): run it with \`npm run serve\` or \`npm start\`.`);
  process.exit(1);
}
const { detectBase, start } = await import('./static-server.ts');

const dir = resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${dir} has no index.html: run "npm run build" first (npm start builds, then serves).`);
  process.exit(1);
}
const port = Number.parseInt(process.env.PORT ?? '4321', 10);
const base = process.env.BASE_PATH?.trim() || detectBase(dir);

let server;
try {
  server = await start(dir, { port, base });
} catch (error) {
  const code = /** @type {{ code?: string }} */ (error).code;
  console.error(
    code === 'EADDRINUSE' ? `Port ${port} is in use: set PORT to another port.` : `Could not serve ${dir}: ${error}`,
  );
  process.exit(1);
}
const hasHeaders = existsSync(join(dir, '_headers'));
console.log(`Serving ${dir} at ${server.url}`);
console.log(hasHeaders ? 'Applying the rules of _headers.' : 'No _headers file: serving without custom headers.');
console.log('Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
