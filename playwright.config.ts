/**
 * End-to-end tests in Debian's Chromium against the production build (`dist/`), served by the
 * project's own static server. Launch flags follow the machine notes: no background networking
 * (the network is closed), no sandbox as root, a fresh profile per run (Playwright's default).
 */
import { defineConfig } from '@playwright/test';

/** E2E_PORT and ARCHIVE_DIST let two runs on one machine use their own port and build. */
const PORT = Number(process.env.E2E_PORT ?? 4322);
const DIST = process.env.ARCHIVE_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      chromiumSandbox: false,
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.ts --port ${PORT} --root ${DIST}`,
    url: `http://localhost:${PORT}/zh-hans/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
