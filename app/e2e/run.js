#!/usr/bin/env node
// End to end: the web build served by the real `litecode serve` (embedded
// default: SQLite, in-process queue, the bundled problems), driven in Debian's
// Chromium at a phone's size (390×844): sign up, open a problem, write a
// correct solution, submit and see Accepted arrive live; submit a wrong one and
// see the failing case; reload and find the draft. A screenshot of every
// screen goes to OUT_DIR.
//
// usage: node e2e/run.js LITECODE_BINARY OUT_DIR
// Ends with the plain line "N passed, N failed".
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '..', '..');
const bin = path.resolve(process.argv[2] || path.join(root, 'build', 'litecode'));
const out = path.resolve(process.argv[3] || path.join(root, 'build', 'app-e2e'));
const dist = path.join(root, 'app', 'dist');
const problem = 'pair-with-target';
const pkg = path.join(root, 'problems', problem, 'submissions');
const correct = fs.readFileSync(path.join(pkg, 'accepted', 'solution.py'), 'utf8');
const wrong = fs.readFileSync(path.join(pkg, 'wrong_answer', 'overwrite_index.py'), 'utf8');

let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok' : 'FAIL'} - ${name}${!ok && detail ? ': ' + detail : ''}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
    s.on('error', reject);
  });
}

async function waitHttp(url, ms) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > end) throw new Error(`${url} did not answer in ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main() {
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`no web build in ${dist} (npm run export:web)`);
  fs.mkdirSync(out, { recursive: true });
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-e2e-data-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(bin, ['serve', '--host', '127.0.0.1', '--port', String(port), '--data', data, '--static', dist], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let serverLog = '';
  server.stderr.on('data', (d) => {
    serverLog = (serverLog + d).slice(-4000);
  });
  let browser;
  try {
    await waitHttp(`${base}/ping`, 30000);
    const title = (await (await fetch(`${base}/problems/${problem}`)).json()).title;
    // the app at /, its index for a browser's unknown path, the JSON 404 for API clients
    const index = await fetch(`${base}/`, { headers: { Accept: 'text/html' } });
    check('GET / serves the web build', index.ok && (await index.text()).includes('<div id="root">'));
    const nav = await fetch(`${base}/some/page`, { headers: { Accept: 'text/html,application/xhtml+xml' } });
    check('a browser gets the app for an unknown path', nav.status === 200);
    const api404 = await fetch(`${base}/some/page`, { headers: { Accept: 'application/json' } });
    check('an API client gets a JSON 404 for an unknown path', api404.status === 404 && 'error' in (await api404.json()));
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const shot = (name) => page.screenshot({ path: path.join(out, `${name}.png`) });
    const label = (l) => page.locator(`[aria-label="${l}"]`).first();
    const verdict = page.locator('[data-testid="verdict"]');
    // the final verdict (live: Pending and Running come first), up to a minute
    const finalVerdict = async () => {
      await verdict.waitFor();
      await page.waitForFunction(() => /Accepted|Wrong|Error|Exceeded/.test(document.querySelector('[data-testid="verdict"]')?.textContent || ''), null, { timeout: 60000 });
      return verdict.textContent();
    };
    const starterLoaded = () => page.waitForFunction(() => document.querySelector('[data-testid="code-editor"]').value.includes('class Solution'));

    await page.goto(base);
    await label('New here: create an account').click();
    await shot('login');
    const user = `e2e${Date.now() % 1e8}`;
    await label('Username').fill(user);
    await label('Email').fill(`${user}@example.com`);
    await label('Password').fill('correct horse 42');
    await shot('signup');
    await label('Create account').click();
    await page.getByText('Problems', { exact: true }).first().waitFor();
    await page.getByText(/^1\. /).first().waitFor();
    await shot('problems');
    check('sign up shows the problem list', await page.getByText(/^1\. /).first().isVisible());

    await label('Search problems').fill(title);
    const row = page.getByText(new RegExp(`^\\d+\\. ${title}$`)).first();
    await row.waitFor();
    await row.click();
    await page.getByText('Example 1').first().waitFor();
    await shot('problem');
    check('the problem shows its statement and examples', await page.getByText('Example 1').first().isVisible());

    await label('Code').click();
    const editor = page.locator('[data-testid="code-editor"]');
    await editor.waitFor();
    await label('Python 3').click();
    await starterLoaded();
    check('the editor starts with the starter code', (await editor.inputValue()).includes('def twoSum'));
    await editor.fill(correct);
    await shot('editor');
    await label('Submit').click();
    const v1 = await finalVerdict();
    await shot('result-accepted');
    check('a correct solution is Accepted, live', v1 === 'Accepted', v1);
    check('the result shows runtime and memory', (await page.getByText('Runtime').count()) > 0 && (await page.getByText('Memory').count()) > 0);

    await label('Back').click();
    await editor.waitFor();
    await editor.fill(wrong);
    await label('Submit').click();
    const v2 = await finalVerdict();
    await page.getByText(/^Failing test /).first().waitFor({ timeout: 5000 }).catch(() => {});
    await shot('result-wrong');
    check('a wrong solution is Wrong Answer', v2 === 'Wrong Answer', v2);
    check('the failing case is shown', (await page.getByText(/^Failing test /).count()) > 0 && (await page.getByText('Expected', { exact: true }).count()) > 0);

    await label('Back').click();
    await editor.waitFor();
    const draft = wrong + '# my draft, typed before the reload\n';
    await editor.fill(draft);
    await page.waitForTimeout(800); // the draft is saved 300 ms after the last keystroke
    await page.reload();
    await page.getByText(/^1\. /).first().waitFor();
    await label('Search problems').fill(title);
    await page.getByText(new RegExp(`^\\d+\\. ${title}$`)).first().click();
    await label('Code').click();
    await editor.waitFor();
    await starterLoaded();
    check('after a reload the draft is there, in the last language', (await editor.inputValue()) === draft);

    await label('Submissions').click();
    await page.getByText('Wrong Answer').first().waitFor();
    await shot('submissions');
    check('the history lists both submissions', (await page.getByText('Accepted').count()) >= 1 && (await page.getByText('Wrong Answer').count()) >= 1);

    await label('Profile').click();
    await page.locator('[aria-label="Solved 1"]').waitFor({ timeout: 10000 }).catch(() => {});
    await shot('profile');
    check('the profile counts the solved problem', (await page.locator('[aria-label="Solved 1"]').count()) === 1);

    await label('Settings').click();
    await page.getByText(/^Logged in as /).first().waitFor();
    await shot('settings');
    check('the settings show the account and the server', (await label('Server address').inputValue()) === base);

    // the same session in a browser set to dark: the app follows the system
    const dark = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'dark', storageState: await context.storageState() });
    const dpage = await dark.newPage();
    await dpage.goto(base);
    const header = dpage.getByText('Problems', { exact: true }).first();
    await dpage.getByText(/^1\. /).first().waitFor();
    await dpage.screenshot({ path: path.join(out, 'problems-dark.png') });
    const color = await header.evaluate((el) => getComputedStyle(el).color);
    check('dark mode: light text on a dark background', color === 'rgb(234, 234, 234)', color);
    await dark.close();
  } catch (e) {
    check('the run completed', false, e && e.stack ? e.stack : String(e));
    if (serverLog) console.log('--- server stderr (tail)\n' + serverLog);
  } finally {
    if (browser) await browser.close().catch(() => {});
    server.kill('SIGTERM');
    fs.rmSync(data, { recursive: true, force: true });
  }
  console.log(`screenshots in ${out}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
