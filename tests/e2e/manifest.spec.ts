import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Least privilege, read from the SHIPPED build (`npm run build`,
 * .output/chrome-mv3) rather than from wxt.config.ts: what a user installs is
 * what is checked. No browser is needed; `npm test` runs the builds before
 * the browser tests, so both outputs exist here.
 */

const SHIPPED = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
const E2E = fileURLToPath(new URL('../../.output-e2e/chrome-mv3', import.meta.url));

type Manifest = Record<string, unknown> & { permissions?: string[]; host_permissions?: string[] };

function readManifest(dir: string, how: string): Manifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No build at ${dir} (no manifest.json): run ${how} first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** Every file under `dir`, as paths relative to it. */
function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** Remote origins a CSP directive list allows (any http:, https:, ws:, wss: source, or a bare host). */
function remoteSources(csp: string): string[] {
  return csp
    .split(';')
    .flatMap((directive) => directive.trim().split(/\s+/).slice(1))
    .filter((src) => /^(?:https?|wss?):/i.test(src) || src === '*' || /^\*?\.?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:\/|$)/i.test(src));
}

test.describe('the shipped manifest asks for the least it needs', () => {
  test('permissions are exactly activeTab, scripting and storage', () => {
    const manifest = readManifest(SHIPPED, 'npm run build');
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  });

  test('it asks for no host, no optional host and no optional permissions', () => {
    const manifest = readManifest(SHIPPED, 'npm run build');
    expect(manifest.host_permissions, 'host_permissions').toBeUndefined();
    expect(manifest.optional_host_permissions, 'optional_host_permissions').toBeUndefined();
    expect(manifest.optional_permissions, 'optional_permissions').toBeUndefined();
  });

  test('no content script runs on any page by itself', () => {
    const manifest = readManifest(SHIPPED, 'npm run build');
    const scripts = manifest.content_scripts as unknown[] | undefined;
    expect(scripts === undefined || scripts.length === 0, `content_scripts: ${JSON.stringify(scripts)}`).toBe(true);
  });

  test('no file is web-accessible and no web page or other extension may connect to it', () => {
    const manifest = readManifest(SHIPPED, 'npm run build');
    expect(manifest.web_accessible_resources, 'web_accessible_resources').toBeUndefined();
    expect(manifest.externally_connectable, 'externally_connectable').toBeUndefined();
  });

  test('the content security policy, if any, allows no eval, no inline script and no remote host', () => {
    const manifest = readManifest(SHIPPED, 'npm run build');
    const csp = manifest.content_security_policy as string | Record<string, string> | undefined;
    if (csp === undefined) return; // Chrome's MV3 default: script-src 'self' 'wasm-unsafe-eval'; object-src 'self'.
    const policies = typeof csp === 'string' ? [csp] : Object.values(csp);
    for (const policy of policies) {
      expect(policy, 'no unsafe-eval').not.toMatch(/unsafe-eval/i);
      expect(policy, 'no unsafe-inline').not.toMatch(/unsafe-inline/i);
      expect(remoteSources(policy), `remote sources in "${policy}"`).toEqual([]);
    }
  });
});

test.describe('the shipped build runs no remote code', () => {
  test('no HTML page of the build loads a script or stylesheet from the network', () => {
    readManifest(SHIPPED, 'npm run build');
    const pages = filesOf(SHIPPED).filter((f) => extname(f) === '.html');
    expect(pages.length, 'HTML pages in the build').toBeGreaterThan(0);
    const remote: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(SHIPPED, page), 'utf8');
      for (const m of html.matchAll(/<(script|link|iframe|img|embed|object)\b[^>]*?\s(?:src|href|data)\s*=\s*["']?\s*((?:https?:)?\/\/[^"'\s>]+)/gi)) {
        remote.push(`${page}: <${m[1]}> ${m[2]}`);
      }
      // Inline scripts would need 'unsafe-inline' (refused by MV3) and would hide code from review.
      for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
        if (m[1].trim()) remote.push(`${page}: inline <script> ${m[1].trim().slice(0, 80)}`);
      }
    }
    expect(remote).toEqual([]);
  });

  test('no built script calls eval, new Function or imports code from a URL', () => {
    readManifest(SHIPPED, 'npm run build');
    const scripts = filesOf(SHIPPED).filter((f) => /\.m?js$/.test(f));
    expect(scripts.length, 'scripts in the build').toBeGreaterThan(0);
    const hits: string[] = [];
    const patterns: Array<[string, RegExp]> = [
      ['eval(', /(?<![.\w$])eval\s*\(/g],
      ['(0, eval)', /\(\s*0\s*,\s*eval\s*\)/g],
      ['new Function(', /\bnew\s+Function\s*\(/g],
      ['Function("…")', /(?<![.\w$])Function\s*\(\s*["'`]/g],
      ['import(url)', /\bimport\s*\(\s*["'`](?:https?:)?\/\//g],
      ['importScripts(url)', /\bimportScripts\s*\(\s*["'`](?:https?:)?\/\//g],
      ['setTimeout("…")', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g],
    ];
    for (const file of scripts) {
      const js = readFileSync(join(SHIPPED, file), 'utf8');
      for (const [name, re] of patterns) {
        for (const m of js.matchAll(re)) hits.push(`${file}: ${name} at ${m.index}: …${js.slice(Math.max(0, m.index - 60), m.index + 60)}…`);
      }
    }
    expect(hits, hits.join('\n')).toEqual([]);
  });

  test('the shipped background carries no test hook', () => {
    readManifest(SHIPPED, 'npm run build');
    const background = readFileSync(join(SHIPPED, 'background.js'), 'utf8');
    expect(background).not.toContain('qariTest');
  });

  test('the shipped reader has no way to open its shadow root and leaves no mark in the page\'s timeline', () => {
    readManifest(SHIPPED, 'npm run build');
    const reader = readFileSync(join(SHIPPED, 'content-scripts/reader.js'), 'utf8');
    // Two shadow roots, the view's and the picker's (both take their mode from
    // seal.ts shadowMode), and no test switch to open them (sealed.spec.ts
    // shows what closed means).
    expect(reader.match(/attachShadow\(/g)).toHaveLength(2);
    expect(reader).not.toContain('qariTest');
    expect(reader).not.toContain('qari:view-painted');
    expect(reader).not.toContain('qari:print');
    // The rest of the view's code (injected after its first screen) opens no shadow root and marks nothing either.
    const view = readFileSync(join(SHIPPED, 'content-scripts/reader-view.js'), 'utf8');
    expect(view).not.toContain('attachShadow(');
    expect(view).not.toContain('qariTest');
    expect(view).not.toMatch(/qari:view-(?:painted|ready)/);
  });
});

test.describe('the test build is the shipped build plus loopback host permissions', () => {
  test('the two manifests differ only by host_permissions for http://127.0.0.1/* and http://localhost/*', () => {
    const shipped = readManifest(SHIPPED, 'npm run build');
    const e2e = readManifest(E2E, 'npm run build:e2e');
    expect([...(e2e.host_permissions ?? [])].sort()).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    const { host_permissions: _ignored, ...rest } = e2e;
    expect(rest).toEqual(shipped);
  });

  test('every other file is the same in both builds, but for the test hooks in background.js and the reader', () => {
    readManifest(SHIPPED, 'npm run build');
    readManifest(E2E, 'npm run build:e2e');
    const shippedFiles = filesOf(SHIPPED);
    expect(filesOf(E2E), 'same file list (rebuild both with npm run build && npm run build:e2e if one is stale)').toEqual(shippedFiles);
    const differing = shippedFiles.filter((f) => !readFileSync(join(SHIPPED, f)).equals(readFileSync(join(E2E, f))));
    expect(differing.sort(), 'files that differ (rebuild both if one is stale)').toEqual(['background.js', 'content-scripts/reader-view.js', 'content-scripts/reader.js', 'manifest.json']);
    expect(readFileSync(join(E2E, 'background.js'), 'utf8')).toContain('qariTest');
    expect(readFileSync(join(E2E, 'content-scripts/reader.js'), 'utf8')).toContain('qariTestClosed');
  });
});

/*
 * The reader script is compiled whole as it is injected (wxt.config.ts,
 * compileReaderEagerly): V8 reads the hint only as the file's first line,
 * and a minifier drops comments, so the shipped file is what is checked.
 */
test('the shipped reader script opens with V8’s compile hint, and no other script does', () => {
  readManifest(SHIPPED, 'npm run build');
  const scripts = filesOf(SHIPPED).filter((f) => f.endsWith('.js'));
  const hinted = scripts.filter((f) => readFileSync(join(SHIPPED, f), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'));
  expect(hinted).toEqual(['content-scripts/reader.js']);
});
