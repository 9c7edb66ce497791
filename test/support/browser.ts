import { type Browser, chromium, type Page } from 'playwright-core';

/**
 * Debian's Chromium, headless, with the flags this sandbox needs (no network beyond loopback);
 * `extraArgs` adds more (a debugging port Lighthouse attaches to, say).
 */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** Opens a page in a new context and collects its console errors (a CSP violation is one). */
export async function openPage(
  browser: Browser,
  url: string,
  locale = 'en-GB',
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}
