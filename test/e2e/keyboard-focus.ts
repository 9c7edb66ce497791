import type { Page } from 'playwright-core';

/** What the focused element is called: its label, or its text for a button or link. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelled = (element as HTMLInputElement).labels?.[0]?.textContent;
    return (labelled ?? element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
  });

/** Presses Tab until the focused element's name starts with the text, as a keyboard user moves. */
export async function tabTo(page: Page, name: string) {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).startsWith(name)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}
