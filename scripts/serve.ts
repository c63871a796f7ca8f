/**
 * Serves the built archive: `npm run serve [-- --port 4321] [--gzip] [--root dist]`.
 * Works with no network; `npm start` builds first, then runs this.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createStaticServer } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: 'localhost' },
    root: { type: 'string', default: 'dist' },
    gzip: { type: 'boolean', default: false },
  },
});

if (!existsSync(values.root)) {
  console.error(`serve: ${values.root}/ does not exist. Build the archive first: npm run build`);
  process.exit(1);
}
const port = Number(values.port);
const server = createStaticServer({ root: values.root, gzip: values.gzip });
server.on('error', (error: NodeJS.ErrnoException) => {
  const hint = error.code === 'EADDRINUSE' ? ` Port ${port} is in use: stop the other server or pass --port.` : '';
  console.error(`serve: ${error.message}.${hint}`);
  process.exit(1);
});
server.listen(port, values.host, () => {
  console.log(`Serving ${values.root}/ at http://localhost:${port}/  (Ctrl+C to stop)`);
});
