/**
 * Serves the built archive: `npm run serve [-- --port 4321] [--host localhost] [--gzip] [--root dist]`.
 * Works with no network; `npm start` builds first, then runs this. The e2e tests start it as
 * `node scripts/serve.ts --port P --root DIST`.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createStaticServer } from './lib/static-server.ts';

const usage = 'usage: npm run serve -- [--port 4321] [--host localhost] [--root dist] [--gzip]';
const fail = (message: string): never => {
  console.error(`serve: ${message}`);
  process.exit(1);
};

let values: { port: string; host: string; root: string; gzip: boolean } = { port: '', host: '', root: '', gzip: false };
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: 'localhost' },
      root: { type: 'string', default: 'dist' },
      gzip: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message.split('\n')[0]}\n${usage}`);
}
const port = Number(values.port);
if (!/^\d+$/.test(values.port) || port > 65535) fail(`--port must be a number from 0 to 65535 (got ${JSON.stringify(values.port)})\n${usage}`);
if (!statSync(values.root, { throwIfNoEntry: false })?.isDirectory()) fail(`${values.root}/ does not exist or is not a folder. Build the archive first: npm run build`);
const server = createStaticServer({ root: values.root, gzip: values.gzip });
server.on('error', (error: NodeJS.ErrnoException) => {
  const hint = error.code === 'EADDRINUSE' ? ` Port ${port} is in use: stop the other server or pass --port.` : error.code === 'EACCES' ? ` Port ${port} needs privileges: pass --port 4321 or another above 1023.` : '';
  fail(`${error.message}.${hint}`);
});
server.listen(port, values.host, () => {
  console.log(`Serving ${values.root}/ at http://${values.host}:${port}/  (Ctrl+C to stop)`);
});
