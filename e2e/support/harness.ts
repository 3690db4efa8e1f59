import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../../src/test-support/server.js';
import { launchBrowser } from './browser.js';
import { ensureWebBuild } from './web-build.js';

/** What a browser test file works against: a real server with the demo data, and Chromium. */
export interface Harness {
  readonly server: TestServer;
  readonly browser: Browser;
}

/**
 * Registers the file's set-up and tear-down: builds the web app if stale, then starts a server
 * on a fresh database and a browser in parallel. Read the fields inside tests, not at load time.
 */
export function startHarness(): Harness {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await ensureWebBuild();
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the harness has not started yet');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the harness has not started yet');
      return browser;
    },
  };
}
