/**
 * `npm run cards:preview`: renders every card of the gallery (both languages) with Microsoft's
 * adaptivecards renderer in Debian's Chromium and writes one PNG per card to cards-preview/ (git-ignored),
 * plus an index.html to page through them. For a visual check before a release; `--out DIR` to choose.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { realKnowledge } from '../src/kb/test-kb.js';
import { cardGallery } from './card-gallery.js';
import { readOptions } from './cli-args.js';

const require = createRequire(import.meta.url);

/** The little of a DOM element the page script uses. */
interface HTMLLike {
  replaceChildren(): void;
  appendChild(child: unknown): unknown;
}
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  const out = path.resolve(readOptions('cards:preview', { out: { type: 'string' } }).out ?? 'cards-preview');
  await mkdir(out, { recursive: true });
  const cards = cardGallery(await realKnowledge());
  const profile = await mkdtemp(path.join(tmpdir(), 'wegwijs-cards-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    viewport: { width: 640, height: 800 },
  });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.setContent(
      '<html><body style="margin:0;background:#f5f5f5;font-family:Segoe UI,system-ui,sans-serif"><div id="card" style="width:600px;margin:16px;background:#fff"></div></body></html>',
    );
    await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.js') });
    for (const { name, card } of cards) {
      const problems = await page.evaluate((json) => {
        const AC = (globalThis as unknown as { AdaptiveCards: typeof import('adaptivecards') }).AdaptiveCards;
        const adaptive = new AC.AdaptiveCard();
        const context = new AC.SerializationContext();
        adaptive.parse(json, context);
        // Runs in the page: `document` is the browser's, which the Node typings do not know.
        const page = globalThis as unknown as { document: { getElementById(id: string): HTMLLike | null } };
        const target = page.document.getElementById('card');
        if (target === null) return ['no #card element'];
        target.replaceChildren();
        const rendered = adaptive.render();
        if (rendered !== undefined) target.appendChild(rendered);
        return Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
      }, card as never);
      if (problems.length > 0) throw new Error(`${name}: ${problems.join('; ')}`);
      await page.locator('#card').screenshot({ path: path.join(out, `${name}.png`) });
    }
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
  const index = cards.map(({ name }) => `<h2>${name}</h2><img src="${name}.png" alt="${name}">`).join('\n');
  await writeFile(
    path.join(out, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>Wegwijs cards</title>${index}\n`,
  );
  process.stdout.write(`cards:preview: ${cards.length} cards rendered to ${out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`cards:preview: failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
