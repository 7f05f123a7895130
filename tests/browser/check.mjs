#!/usr/bin/env node
// Browser check of the rendered site.
//
//   node tests/browser/check.mjs DIST_DIR [--screenshot OUT_DIR] [--verbose]
//
// Loads every .html file under DIST_DIR from file:// in Debian's Chromium
// (through playwright-core; no browser is ever downloaded) and fails a page on:
//   - axe-core violations of WCAG 2.0/2.1 A and AA (tags wcag2a wcag2aa wcag21a wcag21aa)
//   - console errors and uncaught page errors
//   - any request that is not file:// inside DIST_DIR (data: is allowed); such
//     requests are aborted, so the check itself never goes on the network
//   - local resources that fail to load
//   - links to files or #anchors that do not exist in DIST_DIR (or to a folder,
//     which file:// does not turn into index.html)
//   - text meant for editors: field names (snake_case), YAML file names,
//     "Gegeven ontbreekt", or an element with class .missing (the old badges)
//   - horizontal scrolling of the whole page at 320 CSS px (WCAG 1.4.10 Reflow;
//     wide tables and diagrams must scroll inside their own container)
// and checks the search on the first page (and on the first page in a
// subfolder, to exercise data-root): typing a word from the index gives result
// links that point to existing files, ArrowDown focuses the first result,
// Escape clears; on index.html, that the words of SEARCHES find their pages, that
// plural and singular meet, that every page is in the index, and that "Toon alle"
// reaches every result.
//
// Prints "ok  PATH" or "FOUT PATH: details" per page, then "N passed, M failed";
// exits 1 if any page failed, 2 on a usage or setup error.

import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, statSync } from 'node:fs';
import os from 'node:os';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VIEWPORT = { width: 1280, height: 900 };
// Annexes that must print on a single A4 sheet (when the handbook has them).
const ONE_SHEET = new Set(
  ['onthaalkaart', 'gesprekskaart', 'toestemmingsformulier', 'registratieblad', 'tijdlijn'].map((id) => `bijlagen/${id}.html`),
);
const REFLOW_WIDTH = 320;
const NAV_TIMEOUT = 30_000;

function usage(message) {
  if (message) console.error(`check.mjs: ${message}`);
  console.error('gebruik: node tests/browser/check.mjs DIST_DIR [--screenshot OUT_DIR] [--verbose]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { dist: null, screenshot: null, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--screenshot') {
      opts.screenshot = argv[++i];
      if (!opts.screenshot) usage('--screenshot verwacht een map');
    } else if (a.startsWith('--screenshot=')) {
      opts.screenshot = a.slice('--screenshot='.length);
    } else if (a === '--verbose' || a === '-v') {
      opts.verbose = true;
    } else if (a === '--help' || a === '-h') {
      usage();
    } else if (a.startsWith('-')) {
      usage(`onbekende optie ${a}`);
    } else if (opts.dist === null) {
      opts.dist = a;
    } else {
      usage(`te veel argumenten: ${a}`);
    }
  }
  if (!opts.dist) usage('DIST_DIR ontbreekt');
  return opts;
}

async function findHtml(dir) {
  const out = [];
  async function walk(d) {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') await walk(full);
      } else if (e.isFile() && e.name.toLowerCase().endsWith('.html')) {
        out.push(full);
      }
    }
  }
  await walk(dir);
  const rel = (f) => path.relative(dir, f).split(path.sep).join('/');
  out.sort((a, b) => {
    const ra = rel(a);
    const rb = rel(b);
    if (ra === 'index.html') return -1;
    if (rb === 'index.html') return 1;
    const da = ra.split('/').length;
    const db = rb.split('/').length;
    return da - db || (ra < rb ? -1 : ra > rb ? 1 : 0);
  });
  return out;
}

// ids and <a name> per HTML file, read from the static HTML, for anchor checks.
const idCache = new Map();
function idsOf(file) {
  if (!idCache.has(file)) {
    const ids = new Set();
    let html = '';
    try {
      html = readFileSync(file, 'utf8');
    } catch {
      // unreadable: no ids
    }
    const re = /<[a-zA-Z][^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
    for (const m of html.matchAll(re)) ids.add(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
    idCache.set(file, ids);
  }
  return idCache.get(file);
}

function decodeEntities(s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function short(s, n = 160) {
  const t = String(s).replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.dist) || !statSync(opts.dist).isDirectory()) {
    usage(`${opts.dist} is geen map`);
  }
  const dist = realpathSync(path.resolve(opts.dist));
  const rel = (f) => path.relative(dist, f).split(path.sep).join('/');

  const require = createRequire(import.meta.url);
  let axePath;
  try {
    axePath = require.resolve('axe-core/axe.min.js');
  } catch {
    console.error('check.mjs: axe-core niet gevonden; eerst `npm ci --prefix tests/browser`');
    process.exit(2);
  }

  const files = await findHtml(dist);
  if (files.length === 0) {
    console.error(`FOUT ${opts.dist}: geen .html-bestanden gevonden`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }

  const insideDist = (p) => p === dist || p.startsWith(dist + path.sep);
  const fileUrlPath = (u) => {
    const url = new URL(u);
    url.hash = '';
    url.search = '';
    return path.normalize(fileURLToPath(url));
  };
  const isAllowedRequest = (u) => {
    if (u.startsWith('data:') || u.startsWith('blob:') || u === 'about:blank') return true;
    if (!u.startsWith('file:')) return false;
    try {
      return insideDist(fileUrlPath(u));
    } catch {
      return false;
    }
  };

  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.error(`check.mjs: ${executablePath} bestaat niet; installeer Debians chromium (apt-get install -y chromium) of zet CHROMIUM`);
    process.exit(2);
  }
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    chromiumSandbox: false,
    timeout: 60_000,
  });

  let passed = 0;
  let failed = 0;
  const times = [];
  const started = Date.now();

  try {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'nl-BE', serviceWorkers: 'block' });
    // Abort everything that would leave DIST_DIR. (Requests are also recorded
    // per page by the 'request' listener below, which sees file:// as well.)
    await context.route(
      (url) => !isAllowedRequest(url.href),
      (route) => route.abort('blockedbyclient'),
    );

    const firstNested = files.find((f) => rel(f).includes('/'));
    const printedOne = new Set();
    const searchPages = new Set([files[0], firstNested].filter(Boolean));

    for (const file of files) {
      const t0 = Date.now();
      const problems = [];
      const details = [];
      const page = await context.newPage();
      const blocked = new Set();
      const axeSeen = new Set();

      page.on('request', (req) => {
        const u = req.url();
        if (!isAllowedRequest(u) && !blocked.has(u)) {
          blocked.add(u);
          problems.push(`verzoek buiten dist: ${short(u, 120)}`);
        }
      });
      page.on('requestfailed', (req) => {
        const u = req.url();
        if (isAllowedRequest(u) && !u.startsWith('data:')) {
          problems.push(`laadt niet: ${u.startsWith('file:') ? rel(fileUrlPath(u)) : u} (${req.failure()?.errorText ?? '?'})`);
        }
      });
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = msg.text();
        // Failed loads are reported above with their URL.
        if (/^Failed to load resource/.test(text)) {
          const loc = msg.location()?.url ?? '';
          if (!loc || blocked.has(loc) || loc.startsWith('file:')) return;
        }
        problems.push(`console: ${short(text)}`);
      });
      page.on('pageerror', (err) => problems.push(`paginafout: ${short(err.message)}`));
      page.on('dialog', (d) => {
        problems.push(`dialoogvenster: ${short(d.message())}`);
        d.dismiss().catch(() => {});
      });

      try {
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: NAV_TIMEOUT });

        // Links and anchors.
        const hrefs = await page.evaluate(() =>
          Array.from(document.querySelectorAll('a[href], area[href]'), (a) => [a.getAttribute('href'), a.href]),
        );
        const seen = new Set();
        for (const [raw, abs] of hrefs) {
          if (seen.has(abs)) continue;
          seen.add(abs);
          const problem = checkLink(abs);
          if (problem) problems.push(`link ${short(raw, 80)}: ${problem}`);
        }

        // Unique ids: axe 4 no longer counts duplicates under WCAG 2.x, but a second
        // id breaks anchors and aria references all the same.
        const duplicates = await page.evaluate(() => {
          const count = new Map();
          for (const el of document.querySelectorAll('[id]')) count.set(el.id, (count.get(el.id) || 0) + 1);
          return [...count].filter(([, n]) => n > 1).map(([id]) => id);
        });
        if (duplicates.length) problems.push(`dubbele id's: ${short(duplicates.join(', '), 120)}`);

        // Public pages speak to the public: no field names, file names or editor notes.
        const editorTalk = await page.evaluate(() => {
          const text = document.body.innerText;
          const found = [];
          for (const re of [/\b[a-z]+(?:_[a-z]+)+\b/, /\b[\w/-]+\.ya?ml\b/, /gegeven ontbreekt/i]) {
            const m = text.match(re);
            if (m) found.push(m[0]);
          }
          if (document.querySelector('.missing')) found.push('.missing');
          return found;
        });
        if (editorTalk.length) problems.push(`redactietaal op een publieke pagina: ${editorTalk.join(', ')}`);

        // axe-core.
        await page.addScriptTag({ path: axePath });
        const violations = await runAxe(page);
        reportAxe(violations, problems, details, '', axeSeen);

        // Search.
        if (await page.locator('#wg-criterium').count()) {
          await checkWegwijzer(page, problems);
        }
        if (searchPages.has(file)) {
          await checkSearch(page, problems, details, checkLink, axeSeen);
        }
        if (rel(file) === 'index.html') {
          await checkSearchFinds(page, problems, files.map(rel), dist);
        }
        await checkNavigation(page, problems);
        if (await page.locator('.blueprint-diagram:not(.print-deel)').count()) await checkBlueprint(page, problems);
        if (await page.locator('table.matrix').count()) await checkMatrix(page, problems);
        if (PRINTED.test(rel(file)) && !printedOne.has(printKind(rel(file)))) {
          printedOne.add(printKind(rel(file)));
          await checkPrint(page, problems, rel(file));
        }
        if (await page.locator('.faq-filter').count()) await checkFaq(page, problems);
        // The desk card and the forms are working sheets: each prints on one A4 page.
        if (ONE_SHEET.has(rel(file))) {
          const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
          const sheets = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
          if (sheets !== 1) problems.push(`afdruk: ${sheets} A4-bladen in plaats van één`);
        }

        // Dark mode: the same contrast, in the page (axe) and in the diagrams.
        await page.emulateMedia({ colorScheme: 'dark' });
        reportAxe(await runAxe(page, ['color-contrast']), problems, details, ' (donker)', axeSeen);
        await page.emulateMedia({ colorScheme: 'light' });
        if (await page.locator('svg.blueprint-svg').count()) {
          for (const scheme of ['light', 'dark']) {
            await page.emulateMedia({ colorScheme: scheme });
            const low = await svgContrast(page);
            if (low.length) problems.push(`schema (${scheme === 'dark' ? 'donker' : 'licht'}): te weinig contrast: ${short(low.join(' | '), 160)}`);
          }
          await page.emulateMedia({ colorScheme: 'light' });
        }

        // Reflow at 320 CSS px.
        await page.setViewportSize({ width: REFLOW_WIDTH, height: 800 });
        const overflow = await page.evaluate((vw) => {
          const doc = document.documentElement;
          if (doc.scrollWidth <= vw + 1) return null;
          const culprits = [];
          // Inside a scroll container that really contains it (an absolutely
          // positioned element escapes a scroller that is not positioned).
          const clipped = (el) => {
            const pos = getComputedStyle(el).position;
            if (pos === 'fixed') return false;
            let escapes = pos === 'absolute';
            for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
              const cs = getComputedStyle(a);
              if (escapes && cs.position !== 'static') escapes = false; // its containing block
              if (!escapes && cs.overflowX !== 'visible') return true;
            }
            return false;
          };
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.right <= vw + 1) continue;
            const parent = el.parentElement;
            if (parent && parent !== document.body && parent.getBoundingClientRect().right > vw + 1) continue;
            if (clipped(el)) continue;
            let desc = el.tagName.toLowerCase();
            if (el.id) desc += `#${el.id}`;
            else if (el.classList.length) desc += `.${Array.from(el.classList).join('.')}`;
            culprits.push(`${desc} (${Math.round(r.right)}px)`);
            if (culprits.length >= 3) break;
          }
          return { width: doc.scrollWidth, culprits };
        }, REFLOW_WIDTH);
        // What only scrolls on a narrow screen (a wide table in .table-scroll)
        // must be reachable by keyboard there too.
        reportAxe(await runAxe(page, ['scrollable-region-focusable']), problems, details, ` (${REFLOW_WIDTH}px)`, axeSeen);
        if (overflow) {
          problems.push(
            `reflow: pagina is ${overflow.width}px breed op ${REFLOW_WIDTH}px` +
              (overflow.culprits.length ? ` (${overflow.culprits.join(', ')})` : ''),
          );
        }
      } catch (err) {
        problems.push(`kon pagina niet testen: ${short(err.message, 200)}`);
      } finally {
        await page.close().catch(() => {});
      }

      times.push(Date.now() - t0);
      if (opts.verbose) details.push(`${Date.now() - t0} ms`);
      if (problems.length) {
        failed++;
        console.log(`FOUT ${rel(file)}: ${problems.join(' | ')}`);
        if (opts.verbose) for (const d of details) console.log(`     ${d}`);
      } else {
        passed++;
        console.log(`ok  ${rel(file)}`);
        if (opts.verbose) for (const d of details) console.log(`     ${d}`);
      }
    }

    if (opts.screenshot) {
      await screenshots(browser, files, rel, opts.screenshot, isAllowedRequest);
    }
    await context.close();
  } finally {
    await browser.close();
  }

  const avg = times.reduce((a, b) => a + b, 0) / Math.max(times.length, 1);
  console.log(`tijd: ${((Date.now() - started) / 1000).toFixed(1)} s in totaal, ${Math.round(avg)} ms per pagina`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;

  // Returns a problem description, or null when the link is fine.
  function checkLink(abs) {
    let url;
    try {
      url = new URL(abs);
    } catch {
      return 'ongeldige URL';
    }
    if (url.protocol !== 'file:') return null; // http(s), mailto:, tel: … are not checked here
    let target;
    try {
      target = fileUrlPath(abs);
    } catch {
      return 'ongeldige bestands-URL';
    }
    if (!insideDist(target)) return 'wijst buiten dist';
    if (!existsSync(target)) return `bestaat niet (${rel(target)})`;
    if (statSync(target).isDirectory()) return 'wijst naar een map (file:// toont geen index.html; link naar het bestand)';
    const hash = url.hash ? safeDecode(url.hash.slice(1)) : '';
    if (hash && /\.html?$/i.test(target)) {
      if (!idsOf(target).has(hash)) return `anker #${hash} bestaat niet in ${rel(target)}`;
    }
    return null;
  }
}

function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

async function runAxe(page, rules = null) {
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: AXE_TAGS };
  return page.evaluate(async (runOnly) => {
    const result = await window.axe.run(document, {
      runOnly,
      resultTypes: ['violations'],
      // axe would fetch the stylesheets with XHR, which file:// forbids (and
      // which would show up as console errors); without it the one rule that
      // needs the CSSOM (css-orientation-lock) is left out.
      preload: false,
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: n.failureSummary || '' })),
    }));
  }, runOnly);
}

// Adds one problem per violated rule; a node already reported for the same
// rule on this page (by an earlier axe run) is not reported again.
function reportAxe(violations, problems, details, context, seen) {
  for (const v of violations) {
    const nodes = v.nodes.filter((n) => !seen.has(`${v.id} ${n.target}`));
    if (!nodes.length) continue;
    for (const n of nodes) seen.add(`${v.id} ${n.target}`);
    const targets = nodes.slice(0, 2).map((n) => n.target).join(', ');
    const more = nodes.length > 2 ? ', …' : '';
    problems.push(`axe${context} ${v.id} [${v.impact}] ×${nodes.length} (${short(targets, 100)}${more}): ${v.help}`);
    for (const n of nodes) details.push(`${v.id} ${n.target}: ${short(n.summary, 400)}`);
  }
}

function pickWord(title) {
  const words = String(title || '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2);
  return words[0] || null;
}

async function checkSearch(page, problems, details, checkLink, axeSeen) {
  const entry = await page.evaluate(() => {
    const idx = window.ONTHAAL_ZOEKINDEX;
    return Array.isArray(idx) && idx.length ? idx[0] : null;
  });
  if (!entry) {
    problems.push('zoeken: window.ONTHAAL_ZOEKINDEX ontbreekt of is leeg');
    return;
  }
  const word = pickWord(entry.t);
  if (!word) {
    problems.push(`zoeken: geen zoekwoord in de titel van het eerste indexitem (${short(entry.t, 60)})`);
    return;
  }
  const input = page.locator('#zoekveld');
  if ((await input.count()) !== 1) {
    problems.push('zoeken: #zoekveld ontbreekt');
    return;
  }
  await input.click();
  await input.pressSequentially(word, { delay: 15 });
  const links = page.locator('.search a[href]');
  try {
    await links.first().waitFor({ state: 'visible', timeout: 5_000 });
  } catch {
    const status = await page.locator('#zoekresultaten').textContent().catch(() => '');
    problems.push(`zoeken: geen resultaat voor "${word}" (status: "${short(status || '', 60)}")`);
    return;
  }
  const status = (await page.locator('#zoekresultaten').textContent()) || '';
  if (!/\bresulta(at|ten)\b/.test(status)) {
    problems.push(`zoeken: live region meldt het aantal niet (status: "${short(status, 60)}")`);
  }
  const hrefs = await links.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.href]));
  for (const [raw, abs] of hrefs) {
    const problem = checkLink(abs);
    if (problem) problems.push(`zoeken: resultaatlink ${short(raw, 80)}: ${problem}`);
  }

  // axe again, with the results on screen.
  reportAxe(await runAxe(page), problems, details, ' (met zoekresultaten)', axeSeen);

  await input.press('ArrowDown');
  const focusedFirst = await page.evaluate(() => {
    const first = document.querySelector('.search a[href]');
    return !!first && document.activeElement === first;
  });
  if (!focusedFirst) problems.push('zoeken: pijl omlaag zet de focus niet op het eerste resultaat');
  await page.keyboard.press('Escape');
  const cleared = await page.evaluate(() => {
    const inp = document.getElementById('zoekveld');
    return inp.value === '' && !document.querySelector('.search a[href]');
  });
  if (!cleared) problems.push('zoeken: Escape maakt het zoekveld en de resultaten niet leeg');
  await checkAccentFreeSearch(page, input, problems);
}

// The wegwijzer shows nothing until both questions are answered, then exactly one
// answer (the competent body in large type) for every pair it offers.
async function checkWegwijzer(page, problems) {
  const visibleAnswers = () =>
    page.evaluate(() => [...document.querySelectorAll('.wg-antwoord')].filter((a) => a.offsetParent !== null).length);
  const chosen = await page.evaluate(() => [document.getElementById('wg-criterium').value, document.getElementById('wg-domein').value]);
  if (chosen[0] || chosen[1]) problems.push(`wegwijzer: er is al iets gekozen (${chosen.join(', ')})`);
  if (await visibleAnswers()) problems.push('wegwijzer: toont een antwoord voor er iets gekozen is');
  const first = async (id) => page.locator(`#${id} option:not([value=""])`).first().getAttribute('value');
  await page.selectOption('#wg-criterium', await first('wg-criterium'));
  if (await visibleAnswers()) problems.push('wegwijzer: toont een antwoord na alleen de eerste vraag');
  await page.selectOption('#wg-domein', await first('wg-domein'));
  const shown = await page.evaluate(() => {
    const a = [...document.querySelectorAll('.wg-antwoord')].find((x) => x.offsetParent !== null);
    const body = a && a.querySelector('.wg-orgaan');
    return body ? { name: body.textContent, size: parseFloat(getComputedStyle(body).fontSize) } : null;
  });
  if (!shown || !shown.name.trim()) problems.push('wegwijzer: geen bevoegd orgaan getoond na twee keuzes');
  else if (shown.size < 24) problems.push(`wegwijzer: het bevoegde orgaan staat niet in grote letters (${shown.size}px)`);
  const gaps = await page.evaluate(() => {
    const c = document.getElementById('wg-criterium');
    const d = document.getElementById('wg-domein');
    const values = (s) => [...s.options].map((o) => o.value).filter(Boolean);
    const gaps = [];
    for (const cv of values(c)) {
      for (const dv of values(d)) {
        c.value = cv;
        d.value = dv;
        d.dispatchEvent(new Event('change'));
        const shown = [...document.querySelectorAll('.wg-antwoord')].filter((a) => !a.hidden);
        if (shown.length !== 1) gaps.push(`${cv}|${dv} (${shown.length})`);
      }
    }
    return gaps;
  });
  if (gaps.length) problems.push(`wegwijzer: niet precies één antwoord voor ${gaps.slice(0, 3).join(', ')}`);
}

// What people type finds what they need (point 3 of issue 8): Dutch plural and
// singular meet as src/keywords.rs makes them meet, keywords of the reference data
// stand for their names, compounds split, every page is in the index, and every
// result can be reached.
const SEARCHES = [
  ['racisme', /^wegwijzer\.html#criterium-/],
  ['huurwoning', /^wegwijzer\.html#domein-wonen$/],
  // The wegwijzer, or the desk case that works exactly this through (faq/aan-de-balie.yaml).
  ['huidskleur wonen', /^(wegwijzer\.html#waar-verwijs-ik-naar|faq\.html#vraag-balie-huurwoning-huidskleur)$/],
  ['VMRI telefoon', /^wegwijzer\.html#orgaan-vmri$/],
  ['verhuurder', /^(faq\.html#.*verhuurder|wegwijzer\.html#domein-wonen$)/],
  ['toegankelijkheid', /^toegankelijkheid\.html/],
];
const MEET = [
  ['huurwoningen', 'huurwoning'], ['scholen', 'school'], ['straten', 'straat'], ['buren', 'buur'],
  ['bussen', 'bus'], ['moslims', 'moslim'], ['zwangere', 'zwanger'], ['cafés', 'café'],
  ["homo's", 'homo'], ['joodse', 'jood'], ['homoseksuele', 'homoseksueel'],
  ['verhuurders', 'verhuurder'], ['mogelijkheden', 'mogelijkheid'], ['Patiënt', 'patient'],
];

async function checkSearchFinds(page, problems, pages, dist) {
  const apart = await page.evaluate((meet) => meet.filter(([a, b]) =>
    window.onthaalNormalise(a).join(' ') !== window.onthaalNormalise(b).join(' ')), MEET);
  if (apart.length) problems.push(`zoeken: ${apart.map((p) => p.join('/')).join(', ')} vinden elkaar niet`);
  const indexed = await page.evaluate(() => new Set(window.ONTHAAL_ZOEKINDEX.map((e) => e.u.split('#')[0])));
  // Pages that keep out of the index on purpose say so (the print page, charters
  // written once per partner): <meta name="onthaal-zoekindex" content="nee">.
  const site = pages.filter((p) => p !== 'handboek-los.html' && p !== 'zelfevaluatie.html' &&
    !/<meta name="onthaal-zoekindex" content="nee">/.test(readFileSync(path.join(dist, p), 'utf8')));
  const missing = await page.evaluate((site) => {
    const urls = new Set(window.ONTHAAL_ZOEKINDEX.map((e) => e.u.split('#')[0]));
    return site.filter((p) => !urls.has(p));
  }, site);
  if (missing.length) problems.push(`zoeken: niet in de index: ${missing.join(', ')}`);
  const input = page.locator('#zoekveld');
  for (const [query, wanted] of SEARCHES) {
    await input.fill(query);
    await page.waitForTimeout(400); // past the debounce of search.js
    const top = await page.$$eval('#zoeklijst a', (as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
    if (!top.some((href) => wanted.test(href))) {
      problems.push(`zoeken: "${query}" vindt ${wanted} niet bij de eerste drie (${top.join(', ') || 'niets'})`);
    }
  }
  // All results reachable: past the first ten, a button shows the rest, by keyboard too.
  await input.fill('melder');
  await page.waitForTimeout(400);
  const more = page.locator('#zoeklijst button');
  try {
    await more.waitFor({ state: 'visible', timeout: 5_000 });
    const total = Number(((await more.textContent()) || '').replace(/\D+/g, ''));
    await more.focus();
    await page.keyboard.press('Enter');
    const shown = await page.locator('#zoeklijst a').count();
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.closest('#zoeklijst') !== null);
    if (shown !== total) problems.push(`zoeken: "Toon alle" toont ${shown} van ${total} resultaten`);
    if (!focused) problems.push('zoeken: na "Toon alle" staat de focus niet in de resultaten');
  } catch {
    problems.push('zoeken: bij meer dan tien resultaten ontbreekt de knop om alle resultaten te tonen');
  }
  await input.fill('');
}

// Long pages keep their contents list in view on a wide screen, and every page
// that is in the menu says so there (aria-current="page").
async function checkNavigation(page, problems) {
  const state = await page.evaluate(() => {
    const menu = document.querySelector('.site-header nav');
    const here = location.pathname.split('/').slice(-2).join('/');
    const inMenu = menu ? [...menu.querySelectorAll('a')].filter((a) => new URL(a.href).pathname.endsWith(here)) : [];
    return {
      menuLinks: inMenu.length,
      marked: inMenu.filter((a) => a.getAttribute('aria-current') === 'page').length,
      toc: !!document.querySelector('.paginainhoud'),
    };
  });
  if (state.menuLinks && !state.marked) problems.push('navigatie: de huidige pagina is niet gemarkeerd in het menu');
  if (!state.toc) return;
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.7));
  const top = await page.evaluate(() => document.querySelector('.paginainhoud').getBoundingClientRect().top);
  await page.evaluate(() => window.scrollTo(0, 0));
  if (top < -1 || top > 200) problems.push(`navigatie: de inhoudslijst blijft niet in beeld bij scrollen (top ${Math.round(top)}px)`);
}

// Print you can use: the page printed to PDF by Chromium (as a reader's Ctrl+P does,
// with its beforeprint script), read back with Debian's poppler-utils: no text under
// 8 pt, no page that ends in a heading, a web address printed once, and on the print
// page a contents list whose page numbers match the pages (one page off at most: the
// numbers are laid out on screen, where text can wrap a hair differently).
// Of the municipal charters, the partnership's (eight members, eight signature blocks)
// and a partner's, the one a municipality prints most.
const PRINTED = /^(print\.html|charter\.html|blauwdrukken\/(?!index)[^/]+\.html|gemeenten\/streekregisseurs-dds\/charter\.html|gemeenten\/[^/]+\/partners\/[^/]+\.html)$/;
const printKind = (p) => (p.includes('/partners/') ? 'partner' : p.split('/')[0]);
const PDF_DIR = mkdtempSync(path.join(os.tmpdir(), 'onthaal-pdf-'));

async function checkPrint(page, problems, relPath) {
  const pdf = path.join(PDF_DIR, relPath.replaceAll('/', '-') + '.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const run = (cmd, args) => execFileSync(cmd, args, { maxBuffer: 256 * 1024 * 1024 }).toString();
  // Sizes: pdftohtml rounds fontspec sizes to whole units; at its largest zoom (3)
  // that is a third of a point.
  const xml = run('pdftohtml', ['-xml', '-i', '-zoom', '3', '-stdout', pdf]);
  const sizes = new Map([...xml.matchAll(/<fontspec id="(\d+)" size="(-?[\d.]+)"/g)].map((m) => [m[1], Number(m[2]) / 3]));
  let smallest = null;
  for (const m of xml.matchAll(/<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g)) {
    const size = sizes.get(m[1]);
    const text = m[2].replace(/<[^>]+>/g, '').trim();
    if (text && size !== undefined && (!smallest || size < smallest.size)) smallest = { size, text };
  }
  if (smallest && smallest.size < 8) problems.push(`afdruk: tekst van ${smallest.size.toFixed(1)} pt ("${short(smallest.text, 40)}")`);
  const pages = run('pdftotext', ['-layout', pdf, '-']).split('\f').slice(0, -1);
  const lines = (p) => p.split('\n').map((l) => l.trim()).filter(Boolean);
  // Headings never end a page (the last line above the page number).
  const headings = new Set(await page.$$eval('main h2, main h3, main h4, main caption', (hs) => hs.map((h) => h.textContent.replace(/\s+/g, ' ').trim())));
  const endings = [];
  pages.forEach((p, i) => {
    const body = lines(p).filter((l) => !/^blz\. \d+ van \d+$/.test(l));
    const last = body[body.length - 1];
    if (i < pages.length - 1 && headings.has(last)) endings.push(`blz. ${i + 1}: ${last}`);
  });
  if (endings.length) problems.push(`afdruk: kop onderaan de pagina: ${short(endings.join(' | '), 160)}`);
  const twice = pages.join('\n').match(/\b(?:https?:\/\/)?(www\.[\w.-]+\.\w+)\/? \(https?:\/\/\1/);
  if (twice) problems.push(`afdruk: webadres twee keer: ${twice[0]}`);
  const toc = await page.$$eval('.print-inhoud .inhoud-regel', (rs) => rs.map((r) => [r.querySelector('a').textContent.trim(), r.querySelector('.blz').textContent.trim()]));
  let from = 2;
  const off = [];
  for (const [label, shown] of toc) {
    const at = pages.findIndex((p, i) => i >= from && lines(p).includes(label));
    if (at < 0 || !shown || Math.abs(Number(shown) - (at + 1)) > 1) off.push(`${label}: ${shown || 'geen nummer'} in plaats van ${at + 1}`);
    if (at >= 0) from = at;
  }
  if (off.length) problems.push(`afdruk: inhoudstafel klopt niet: ${short(off.join(' | '), 200)}`);
  // Signature blocks a pen fits in: at least 2 cm high on paper (96 CSS px to the inch).
  await page.emulateMedia({ media: 'print' });
  const boxes = await page.$$eval('.signature-box', (bs) => bs.map((b) => b.getBoundingClientRect().height * 25.4 / 96));
  await page.emulateMedia({ media: 'screen' });
  const cramped = boxes.filter((mm) => mm < 20);
  if (cramped.length) problems.push(`afdruk: ${cramped.length} van ${boxes.length} handtekeningvakken lager dan 2 cm (${Math.min(...cramped).toFixed(0)} mm)`);
  if (/(charter\.html|\/partners\/[^/]+\.html)$/.test(relPath) && !boxes.length) problems.push('afdruk: een charter zonder handtekeningvakken');
}

// Every text of the diagrams against the shape it stands on: axe does not look
// inside SVG, so this does, in both colour schemes (WCAG 1.4.3, 4.5:1).
async function svgContrast(page) {
  return page.evaluate(() => {
    const rgb = (c) => (c.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const low = new Set();
    for (const svg of document.querySelectorAll('svg.blueprint-svg')) {
      if (!svg.getClientRects().length) continue; // not shown (a part for print only)
      const rects = [...svg.querySelectorAll('rect')].map((r) => ({ box: r.getBBox(), fill: getComputedStyle(r).fill }));
      for (const t of svg.querySelectorAll('text')) {
        const b = t.getBBox();
        const [cx, cy] = [b.x + Math.min(b.width, 20) / 2, b.y + b.height / 2];
        const under = rects.filter(({ box }) => cx >= box.x && cx <= box.x + box.width && cy >= box.y && cy <= box.y + box.height).pop();
        if (!under) continue;
        const r = ratio(rgb(getComputedStyle(t).fill), rgb(under.fill));
        if (r < 4.5) low.add(`${t.getAttribute('class')} ${r.toFixed(2)}:1`);
      }
    }
    return [...low];
  });
}

// A blueprint diagram keeps its lane labels in view while the steps scroll, cuts no
// text short, and on a phone gives way to the steps as a list.
async function checkBlueprint(page, problems) {
  const wide = await page.evaluate(() => {
    const figure = document.querySelector('.blueprint-diagram:not(.print-deel)');
    const steps = figure.querySelector('.bp-stappen');
    const labels = figure.querySelector('.bp-rijen');
    steps.scrollLeft = steps.scrollWidth;
    const f = figure.getBoundingClientRect();
    const l = labels.getBoundingClientRect();
    const cut = [...figure.querySelectorAll('text')].some((t) => t.textContent.includes('…'));
    steps.scrollLeft = 0;
    return { scrolls: steps.scrollWidth > steps.clientWidth, inView: l.left >= f.left - 1 && l.right <= f.right, cut };
  });
  if (!wide.inView) problems.push('blauwdruk: de namen van de rijen schuiven uit beeld');
  if (wide.cut) problems.push('blauwdruk: tekst in het schema eindigt op …');
  await page.setViewportSize({ width: 375, height: 800 });
  const narrow = await page.evaluate(() => ({
    figure: document.querySelector('.blueprint-diagram:not(.print-deel)').offsetParent !== null,
    rows: getComputedStyle(document.querySelector('table.blueprint-table tr')).display,
  }));
  await page.setViewportSize(VIEWPORT);
  if (narrow.figure || narrow.rows !== 'block') {
    problems.push(`blauwdruk: op 375 px geen lijst van stappen (schema zichtbaar: ${narrow.figure}, rij: ${narrow.rows})`);
  }
}

// The matrix says how strongly: a count in every answered cell, a legend, and on a
// phone a card per barrier instead of a table to scroll.
async function checkMatrix(page, problems) {
  const wide = await page.evaluate(() => ({
    legend: !!document.querySelector('.matrix-legende'),
    uncounted: [...document.querySelectorAll('table.matrix td')].filter((td) => !td.querySelector('.matrix-aantal')).length,
  }));
  if (!wide.legend) problems.push('matrix: geen legende');
  if (wide.uncounted) problems.push(`matrix: ${wide.uncounted} cellen zonder aantal stappen`);
  await page.setViewportSize({ width: 375, height: 800 });
  const display = await page.evaluate(() => getComputedStyle(document.querySelector('table.matrix tbody tr')).display);
  await page.setViewportSize(VIEWPORT);
  if (display !== 'block') problems.push(`matrix: op 375 px geen kaart per drempel (rij: ${display})`);
}

// The FAQ shows each question once, and the audience filter shows just theirs.
async function checkFaq(page, problems) {
  const twice = await page.evaluate(() => {
    const seen = new Set();
    return [...document.querySelectorAll('article.faq h3')].map((h) => h.textContent).filter((t) => seen.has(t) || !seen.add(t));
  });
  if (twice.length) problems.push(`faq: vragen staan meer dan eens: ${short(twice.join(' | '), 100)}`);
  const options = await page.$$eval('.faq-filter input[value]:not([value=""])', (is) => is.map((i) => i.value));
  for (const value of options) {
    await page.check(`.faq-filter input[value="${value}"]`);
    const result = await page.evaluate((value) => {
      const label = document.querySelector(`.faq-filter input[value="${value}"]`).parentElement.querySelector('.aantal');
      const visible = [...document.querySelectorAll('article.faq')].filter((a) => a.offsetParent !== null);
      const wrong = visible.filter((a) => !a.dataset.doelgroepen.split(' ').includes(value)).length;
      return { expected: Number(label.textContent.replace(/\D+/g, '')), visible: visible.length, wrong };
    }, value);
    if (result.visible !== result.expected || result.wrong) {
      problems.push(`faq: filter ${value} toont ${result.visible} vragen (${result.wrong} voor anderen), verwacht ${result.expected}`);
    }
  }
  await page.check('.faq-filter input[value=""]');
}

// Dutch readers type "ideeen" for "ideeën" and "een" for "één": a word with an accent
// in the index, typed without it, must still be found.
async function checkAccentFreeSearch(page, input, problems) {
  const accented = await page.evaluate(() => {
    for (const e of window.ONTHAAL_ZOEKINDEX) {
      const m = `${e.s} ${e.x}`.match(/\p{L}*[éëèêïöüáà]\p{L}*/u);
      if (m && m[0].length >= 4) return m[0];
    }
    return null;
  });
  if (!accented) return;
  const plain = accented.normalize('NFD').replace(/\p{M}/gu, '');
  await input.fill('');
  await input.pressSequentially(plain, { delay: 10 });
  try {
    await page.locator('.search a[href]').first().waitFor({ state: 'visible', timeout: 5_000 });
  } catch {
    problems.push(`zoeken: "${plain}" vindt "${accented}" niet (zoeken zonder accenten)`);
  }
  await input.fill('');
}

async function screenshots(browser, files, rel, outDir, isAllowedRequest) {
  await mkdir(outDir, { recursive: true });
  const index = files.find((f) => rel(f) === 'index.html');
  const blueprint = files.find((f) => rel(f).split('/').slice(0, -1).includes('blauwdrukken'));
  const print = files.find((f) => rel(f) === 'print.html') || files.find((f) => path.basename(f) === 'print.html');
  const shots = [
    [index, 'index.png', VIEWPORT],
    [index, 'index-telefoon.png', { width: 360, height: 740 }],
    [blueprint, 'blauwdruk.png', VIEWPORT],
    [print, 'print.png', VIEWPORT],
  ];
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'nl-BE', serviceWorkers: 'block' });
  await context.route(
    (url) => !isAllowedRequest(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  try {
    for (const [file, name, viewport] of shots) {
      if (!file) continue;
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: NAV_TIMEOUT });
      const out = path.join(outDir, name);
      await page.screenshot({ path: out, fullPage: true });
      console.log(`schermafdruk ${rel(file)} -> ${out}`);
      if (name === 'print.png') {
        const pdf = path.join(outDir, 'print.pdf');
        await page.emulateMedia({ media: 'print' });
        await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
        console.log(`afdruk ${rel(file)} -> ${pdf}`);
      }
      await page.close();
    }
  } finally {
    await context.close();
  }
}

main().catch((err) => {
  console.error(`check.mjs: ${err && err.stack ? err.stack : err}`);
  process.exit(2);
});
