// Lets tests/e2e/harness.ts run under tsx rather than vitest, without changing it. Imported first by
// bench/review.ts, before anything that loads the harness.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

// 1. The harness and tests/helpers/* locate the project with `__dirname`, which vitest provides and
//    Node's ES modules do not. They all sit two folders below the root, so one value fits all.
globalThis.__dirname ??= join(fileURLToPath(new URL('../..', import.meta.url)), 'tests', 'e2e');

// 2. tsx compiles with esbuild's keepNames, wrapping inner functions in `__name(fn, "name")`. Functions
//    Playwright serialises into the page (the harness's bridge init script, the bench's probe) then
//    call a `__name` the page lacks. Every context the harness creates gets one first.
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';
const launch = chromium.launch.bind(chromium);
chromium.launch = async (...args: Parameters<typeof chromium.launch>): Promise<Browser> => {
  const browser = await launch(...args);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...options: Parameters<Browser['newContext']>) => {
    const context = await newContext(...options);
    await context.addInitScript({ content: NAME_SHIM });
    return context;
  };
  return browser;
};
