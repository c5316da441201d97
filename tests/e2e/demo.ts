// `npm run demo`: builds the extension (the npm script does), serves a seed
// article as a news page on 127.0.0.1, opens Chromium with Tifa loaded (with a
// window where there is a display, headless otherwise), clicks an official's
// name to open the card, and writes a screenshot and a text summary to
// demo-output/, and the README's screenshots to docs/ (the article, the card,
// the popup, the settings page).
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { launchTifa, type TifaBrowser } from './harness/browser';
import { readCard, waitForCard } from './harness/card';
import { formatSummary } from './demo-summary';
import { extractIn, openPopup } from './harness/extension';
import { clickMention, paintedMentions, waitForPass } from './harness/marks';
import { articleText, seedArticle } from './harness/news-page';
import { ROOT } from './harness/paths';
import { articlePath, startNewsSite } from './harness/site';

const SEED = '000';
const OFFICIAL = '曹炯芳';
const OUT_DIR = join(ROOT, 'demo-output');
/** The README's screenshots, taken anew by every run so they stay true. */
const DOCS_DIR = join(ROOT, 'docs');

/** One of Tifa's own pages as the reader sees it, at `size`, into docs/. */
async function ownPageShot(browser: TifaBrowser, path: string, file: string, size: { width: number; height: number }): Promise<void> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  // The lists fill from the database after the first render.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(DOCS_DIR, file) });
  await page.close();
}

/** Whether fontconfig knows a Chinese font; without one the screenshot shows boxes. */
function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return true; // No fontconfig to ask (not Linux): assume the system has one.
  }
}

async function main(): Promise<void> {
  if (!hasChineseFont()) {
    process.stderr.write('demo: no Chinese font installed, the screenshot will show boxes (Debian: apt-get install fonts-noto-cjk)\n');
  }
  const headless = !process.env.DISPLAY;
  const article = seedArticle(SEED);
  const site = await startNewsSite();
  const browser = await launchTifa({ headless, viewport: { width: 1280, height: 860 } });
  try {
    const url = site.url(articlePath(article));
    // What the content script will paint: the background's extraction, with what Tifa knows now.
    const popup = await openPopup(browser);
    const extraction = await extractIn(popup, url, articleText(article));
    await popup.close();

    const page = await browser.context.newPage();
    await page.goto(url);
    const pass = await waitForPass(page);
    if (pass.state !== 'done') throw new Error(`Tifa did not work on ${url} (state ${pass.state})`);
    const painted = await paintedMentions(page);
    await mkdir(DOCS_DIR, { recursive: true });
    await page.screenshot({ path: join(DOCS_DIR, 'article.png') });

    await clickMention(page, 'official', OFFICIAL);
    // The card is drawn at once; its corpus part follows the background's answer.
    const card =
      (await waitForCard(page, (c) => c.sections.some((s) => s.items.some((item) => item.includes(article.paper))))) ??
      (await readCard(page));

    await mkdir(OUT_DIR, { recursive: true });
    const screenshot = join(OUT_DIR, 'annotated.png');
    await page.screenshot({ path: screenshot });
    await page.screenshot({ path: join(DOCS_DIR, 'card.png') });
    await ownPageShot(browser, 'popup.html', 'popup.png', { width: 420, height: 600 });
    await ownPageShot(browser, 'options.html', 'settings.png', { width: 900, height: 860 });
    const summary = formatSummary({
      article,
      url,
      painted,
      extraction,
      clicked: OFFICIAL,
      card,
      screenshot: relative(ROOT, screenshot),
    });
    await writeFile(join(OUT_DIR, 'summary.txt'), summary);
    process.stdout.write(`${summary}Summary: ${relative(ROOT, join(OUT_DIR, 'summary.txt'))}\n`);

    if (!headless && process.stdin.isTTY) {
      process.stdout.write('The browser stays open: press Enter (or close its window) to finish.\n');
      const rl = createInterface({ input: process.stdin });
      await Promise.race([new Promise((resolve) => rl.once('line', resolve)), browser.context.waitForEvent('close', { timeout: 0 })]);
      rl.close();
    }
  } finally {
    await browser.close().catch(() => undefined);
    await site.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`demo: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
