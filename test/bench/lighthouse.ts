import lighthouse from 'lighthouse';
import { freePort } from '#infra/local/ports.ts';
import { launchBrowser } from '../support/browser.ts';

/** The pages a newcomer lands on from an alert: the front page, a consultation, a statement. */
export const lighthousePages = {
  home: '/',
  consultation: '/consultations/demo-consultation',
  statement: '/statements/demo-statement',
} as const;

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
}

/**
 * Lighthouse's default run (a mid-range phone on a slow 4G link, simulated) against Debian's
 * Chromium. The browser is started by playwright with a debugging port Lighthouse attaches to, so
 * no second launcher is needed.
 */
export async function lighthouseBenchmark(baseUrl: string): Promise<Record<string, LighthouseScores>> {
  const port = await freePort();
  const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
  try {
    const scores: Record<string, LighthouseScores> = {};
    for (const [name, path] of Object.entries(lighthousePages)) {
      const result = await lighthouse(`${baseUrl}${path}`, {
        port,
        onlyCategories: ['performance', 'accessibility'],
        logLevel: 'error',
        // The language a Finnish reader's phone asks for: the first paint is in Finnish.
        extraHeaders: { 'Accept-Language': 'fi' },
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const ms = (id: string) => Math.round(audits[id]?.numericValue ?? Number.NaN);
      scores[name] = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        firstContentfulPaintMs: ms('first-contentful-paint'),
        largestContentfulPaintMs: ms('largest-contentful-paint'),
        totalBlockingTimeMs: ms('total-blocking-time'),
      };
      const failing = Object.values(audits).filter(
        (audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0,
      );
      for (const audit of failing) console.log(`  ${name}: ${audit.id} failed: ${audit.title}`);
    }
    return scores;
  } finally {
    await browser.close();
  }
}
