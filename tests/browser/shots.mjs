#!/usr/bin/env node
// Screenshots and printed PDFs of built pages, to look at what readers see.
//
//   node tests/browser/shots.mjs DIST_DIR OUT_DIR [PAGE.html …]
//
// For each page (default: every .html file in DIST_DIR): a full-page PNG (and one
// of the first screen, `-top`) at 1280 px, at 375 px, at 1280 px in dark mode, and
// the page printed to A4 PDF
// (print stylesheet, as Chromium's print dialog makes it). Files are named after
// the page: blauwdrukken/warm-meldpunt.html -> blauwdrukken-warm-meldpunt-1280.png.
// Not part of the test run: a tool for the people who change the pages.

import { chromium } from 'playwright-core';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, out, ...only] = process.argv.slice(2);
if (!dist || !out) {
  console.error('gebruik: node tests/browser/shots.mjs DIST_DIR OUT_DIR [PAGINA.html …]');
  process.exit(2);
}

async function htmlFiles(dir, prefix = '') {
  const found = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix + e.name;
    if (e.isDirectory()) found.push(...(await htmlFiles(path.join(dir, e.name), `${rel}/`)));
    else if (e.name.endsWith('.html')) found.push(rel);
  }
  return found.sort();
}

const pages = only.length ? only : await htmlFiles(dist);
await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const shots = [
  ['1280', { width: 1280, height: 900 }, 'light'],
  ['375', { width: 375, height: 800 }, 'light'],
  ['donker', { width: 1280, height: 900 }, 'dark'],
];
try {
  for (const rel of pages) {
    const name = rel.replace(/\.html$/, '').replaceAll('/', '-');
    const url = pathToFileURL(path.resolve(dist, rel)).href;
    for (const [suffix, viewport, colorScheme] of shots) {
      const context = await browser.newContext({ viewport, colorScheme, locale: 'nl-BE' });
      await context.route((u) => !u.href.startsWith('file:'), (r) => r.abort());
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.screenshot({ path: path.join(out, `${name}-${suffix}.png`), fullPage: true });
      await page.screenshot({ path: path.join(out, `${name}-${suffix}-top.png`) });
      if (suffix === '1280') {
        await page.emulateMedia({ media: 'print' });
        await page.pdf({ path: path.join(out, `${name}.pdf`), preferCSSPageSize: true, printBackground: true });
      }
      await context.close();
    }
    console.log(`${rel} -> ${name}-{1280,375,donker}.png, ${name}.pdf`);
  }
} finally {
  await browser.close();
}
