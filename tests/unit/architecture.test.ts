import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The import rules of the house (README.md, "Architecture"), checked on the
 * source itself: every file's imports are read and each rule below fails
 * with the files and lines that break it.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE = /\.(?:ts|tsx|mjs)$/;

type Layer = 'core' | 'platform' | 'hooks' | 'components' | 'entrypoints' | 'scripts' | 'assets' | 'public' | 'other';

/** Which part of the house a repository path belongs to. */
function layerOf(path: string): Layer {
  if (path.startsWith('utils/browser/')) return 'platform';
  if (path.startsWith('utils/')) return 'core';
  for (const layer of ['hooks', 'components', 'entrypoints', 'scripts', 'assets', 'public'] as const) if (path.startsWith(`${layer}/`)) return layer;
  return 'other';
}

function filesUnder(dir: string, keep: (path: string) => boolean = (p) => SOURCE.test(p)): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(ROOT, path)).isDirectory() ? filesUnder(path, keep) : keep(path) ? [path] : [];
  });
}

// ── A small tokenizer: enough of TypeScript to find imports and names outside comments and strings ──

interface Token {
  kind: 'name' | 'string' | 'punct' | 'other';
  text: string;
  line: number;
}

/** Keywords after which a `/` starts a regular expression, not a division. */
const BEFORE_REGEX = new Set(['return', 'typeof', 'case', 'in', 'of', 'new', 'delete', 'void', 'throw', 'else', 'do', 'yield', 'await']);

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  /** Brace depths at which an open template literal resumes. */
  const templates: number[] = [];
  let depth = 0;
  let line = 1;
  let i = 0;
  const regexAllowed = () => {
    const last = tokens[tokens.length - 1];
    if (!last) return true;
    if (last.kind === 'name') return BEFORE_REGEX.has(last.text);
    if (last.kind === 'string' || last.kind === 'other') return false;
    return !')]}'.includes(last.text);
  };
  const readTemplate = () => {
    // From just after ` or }: up to the closing ` or the next ${.
    while (i < source.length && source[i] !== '`') {
      if (source[i] === '\\') i++;
      else if (source[i] === '$' && source[i + 1] === '{') {
        templates.push(depth);
        tokens.push({ kind: 'punct', text: '(', line });
        i += 2;
        return;
      } else if (source[i] === '\n') line++;
      i++;
    }
    i++;
    tokens.push({ kind: 'string', text: '`', line });
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (c === '/' && source[i + 1] === '/') while (i < source.length && source[i] !== '\n') i++;
    else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      for (let k = i; k < stop; k++) if (source[k] === '\n') line++;
      i = stop;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      let value = '';
      while (j < source.length && source[j] !== c && source[j] !== '\n') {
        if (source[j] === '\\') value += source[++j];
        else value += source[j];
        j++;
      }
      tokens.push({ kind: 'string', text: value, line });
      i = j + 1;
    } else if (c === '`') {
      i++;
      readTemplate();
    } else if (c === '}' && templates.length && templates[templates.length - 1] === depth) {
      templates.pop();
      tokens.push({ kind: 'punct', text: ')', line });
      i++;
      readTemplate();
    } else if (c === '/' && regexAllowed()) {
      let j = i + 1;
      let inClass = false;
      while (j < source.length && source[j] !== '\n' && (inClass || source[j] !== '/')) {
        if (source[j] === '\\') j++;
        else if (source[j] === '[') inClass = true;
        else if (source[j] === ']') inClass = false;
        j++;
      }
      j++;
      while (/[a-z]/i.test(source[j] ?? '')) j++;
      tokens.push({ kind: 'other', text: 'regex', line });
      i = j;
    } else if (/[A-Za-z_$]/.test(c)) {
      let j = i + 1;
      while (/[\w$]/.test(source[j] ?? '')) j++;
      tokens.push({ kind: 'name', text: source.slice(i, j), line });
      i = j;
    } else if (/\d/.test(c)) {
      let j = i + 1;
      while (/[\w.]/.test(source[j] ?? '')) j++;
      tokens.push({ kind: 'other', text: source.slice(i, j), line });
      i = j;
    } else {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      tokens.push({ kind: 'punct', text: c, line });
      i++;
    }
  }
  return tokens;
}

interface Import {
  /** As written. */
  specifier: string;
  /** Repository path of a relative import (extension resolved), else ''. */
  target: string;
  line: number;
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveRelative(from: string, specifier: string): string {
  const base = join(dirname(from), specifier.split('?')[0]);
  for (const ext of EXTENSIONS) {
    const path = base + ext;
    if (existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isFile()) return relative(ROOT, join(ROOT, path)).split('\\').join('/');
  }
  return base;
}

/** Static, side-effect, re-export and dynamic imports of `file`. */
function importsOf(file: string, tokens: Token[]): Import[] {
  const out: Import[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'string') return;
    const before = tokens[i - 1];
    const dynamic = before?.text === '(' && tokens[i - 2]?.text === 'import';
    if (!(before?.kind === 'name' && (before.text === 'from' || before.text === 'import')) && !dynamic) return;
    out.push({ specifier: t.text, target: t.text.startsWith('.') ? resolveRelative(file, t.text) : '', line: t.line });
  });
  return out;
}

/** Uses of a global `name` (not a property, not an object key): `document`, `browser.x`. */
function globalUses(tokens: Token[], name: string, { member = false } = {}): number[] {
  const lines: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'name' || t.text !== name) return;
    if (tokens[i - 1]?.text === '.' || tokens[i + 1]?.text === ':') return;
    if (member && tokens[i + 1]?.text !== '.') return;
    lines.push(t.line);
  });
  return lines;
}

// ── The source, read once ──

interface SourceFile {
  path: string;
  layer: Layer;
  tokens: Token[];
  imports: Import[];
}

const FOLDERS = ['utils', 'hooks', 'components', 'entrypoints', 'scripts'];
const files: SourceFile[] = [...FOLDERS.flatMap((dir) => filesUnder(dir)), 'wxt.config.ts'].map((path) => {
  const tokens = tokenize(readFileSync(join(ROOT, path), 'utf8'));
  return { path, layer: layerOf(path), tokens, imports: importsOf(path, tokens) };
});
const inLayer = (...layers: Layer[]) => files.filter((f) => layers.includes(f.layer));

/** Every import of `from` files that `allowed` refuses, as "file:line → specifier". */
function refused(from: SourceFile[], allowed: (imp: Import, file: SourceFile) => boolean): string[] {
  return from.flatMap((file) => file.imports.filter((imp) => !allowed(imp, file)).map((imp) => `${file.path}:${imp.line} → ${imp.specifier}`));
}

const isPackage = (imp: Import, ...names: string[]) => !imp.target && names.some((n) => imp.specifier === n || imp.specifier.startsWith(`${n}/`));
const targetIn = (imp: Import, ...layers: Layer[]) => imp.target !== '' && layers.includes(layerOf(imp.target));

describe('the import rules', () => {
  it('sees imports and globals in code, not in comments, strings or regular expressions', () => {
    const source = [
      "import { t } from '../browser/i18n';",
      "import type { X } from './x';",
      "export { y } from './y';",
      "const lazy = () => import('./lazy');",
      "// import z from './z'; document.title",
      "const s = 'document'; const re = /['\"]document/g; const o = { document: 1 };",
      "const u = `${document.title} and document`;",
      "browser.runtime.id; x.browser.y; doc.document;",
    ].join('\n');
    const tokens = tokenize(source);
    expect(importsOf('utils/text/file.ts', tokens).map((i) => i.specifier)).toEqual(['../browser/i18n', './x', './y', './lazy']);
    expect(globalUses(tokens, 'document')).toEqual([7]);
    expect(globalUses(tokens, 'browser', { member: true })).toEqual([8]);
  });

  it('finds the source it checks (the tokenizer reads imports)', () => {
    expect(inLayer('core').length).toBeGreaterThan(30);
    expect(inLayer('platform').length).toBeGreaterThan(5);
    const extract = files.find((f) => f.path === 'utils/extract/extract.ts')!;
    expect(extract.imports.map((i) => i.specifier)).toContain('@mozilla/readability');
    expect(extract.imports.map((i) => i.target)).toContain('utils/extract/cleanup/cleanup.ts');
  });

  it('the core imports only the core, its libraries and the English UI strings: no platform, Preact, hooks, components or entrypoints', () => {
    const core = inLayer('core');
    expect(refused(core, (imp) => targetIn(imp, 'core') || imp.target.startsWith('public/_locales/') || isPackage(imp, '@mozilla/readability', 'dompurify', 'turndown'))).toEqual([]);
  });

  it('the core never reaches for the extension API or the global document', () => {
    const uses = inLayer('core').flatMap((f) => [
      ...globalUses(f.tokens, 'browser', { member: true }).map((l) => `${f.path}:${l} browser.`),
      ...globalUses(f.tokens, 'chrome', { member: true }).map((l) => `${f.path}:${l} chrome.`),
      ...globalUses(f.tokens, 'document').map((l) => `${f.path}:${l} document`),
    ]);
    expect(uses).toEqual([]);
  });

  it('the platform folder imports the core, WXT and idb (IndexedDB), nothing above it', () => {
    expect(refused(inLayer('platform'), (imp) => targetIn(imp, 'core', 'platform') || isPackage(imp, 'wxt', 'idb'))).toEqual([]);
  });

  it('only the platform folder touches browser.* and WXT storage (scripts drive browsers of their own)', () => {
    const outside = files.filter((f) => f.layer !== 'platform' && f.layer !== 'scripts');
    const uses = outside.flatMap((f) => globalUses(f.tokens, 'browser', { member: true }).map((l) => `${f.path}:${l}`));
    expect(uses).toEqual([]);
    expect(refused(outside, (imp) => !isPackage(imp, 'wxt/browser', 'wxt/utils/storage', 'webextension-polyfill'))).toEqual([]);
  });

  it('hooks import the core, the platform and Preact, never a component or an entrypoint', () => {
    expect(refused(inLayer('hooks'), (imp) => targetIn(imp, 'core', 'platform', 'hooks') || isPackage(imp, 'preact'))).toEqual([]);
  });

  it('components import the core, hooks, other components, Preact and the stylesheets: never the platform or an entrypoint', () => {
    expect(refused(inLayer('components'), (imp) => targetIn(imp, 'core', 'hooks', 'components', 'assets') || isPackage(imp, 'preact'))).toEqual([]);
  });

  it('scripts use the core and their own modules, never the platform, hooks, components or entrypoints', () => {
    expect(refused(inLayer('scripts'), (imp) => (imp.target ? targetIn(imp, 'core', 'scripts', 'public') : !isPackage(imp, 'preact', 'wxt')))).toEqual([]);
  });

  it('Preact hooks live in hooks/', () => {
    const hooks = files
      .filter((f) => f.layer !== 'hooks')
      .flatMap((f) => f.tokens.flatMap((t, i) => (t.text === 'function' && /^use[A-Z]/.test(f.tokens[i + 1]?.text ?? '') ? [`${f.path}:${t.line} ${f.tokens[i + 1].text}`] : [])));
    expect(hooks).toEqual([]);
  });
});

describe('the shape of the house', () => {
  it('keeps WXT entrypoints as WXT needs them: a loose file in entrypoints/ is an entrypoint, a folder has its index', () => {
    const problems: string[] = [];
    for (const name of readdirSync(join(ROOT, 'entrypoints'))) {
      const path = join(ROOT, 'entrypoints', name);
      if (statSync(path).isDirectory()) {
        if (!['index.html', 'index.ts', 'index.tsx'].some((index) => existsSync(join(path, index)))) problems.push(`${name}/ has no index`);
      } else if (!/\bdefine(?:Background|ContentScript|UnlistedScript)\(/.test(readFileSync(path, 'utf8'))) problems.push(`${name} is not an entrypoint`);
    }
    expect(problems).toEqual([]);
    // The reader content script is built as /content-scripts/reader.js, the file messaging.ts injects.
    expect(existsSync(join(ROOT, 'entrypoints/reader.content/index.ts'))).toBe(true);
    expect(readFileSync(join(ROOT, 'utils/browser/messaging.ts'), 'utf8')).toContain("'/content-scripts/reader.js'");
  });

  it('has at most 6 loose files directly in utils/', () => {
    const loose = readdirSync(join(ROOT, 'utils')).filter((name) => statSync(join(ROOT, 'utils', name)).isFile());
    expect(loose.length, loose.join(', ')).toBeLessThanOrEqual(6);
  });

  /** Rules kept as data: long by nature, one rule a few lines. */
  const RULE_TABLES = new Set(['utils/extract/cleanup/boilerplate.ts', 'utils/quotes/rules.ts']);

  it('has no source file over 250 lines outside the tests and the rule tables', () => {
    const sources = [...FOLDERS, 'assets'].flatMap((dir) => filesUnder(dir, (p) => /\.(?:ts|tsx|mjs|css)$/.test(p)));
    const long = sources
      .filter((path) => !RULE_TABLES.has(path))
      .map((path) => ({ path, lines: readFileSync(join(ROOT, path), 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > 250)
      .map((f) => `${f.path}: ${f.lines}`);
    expect(long).toEqual([]);
  });

  it("draws the full-page view's first screen with reader.css's own parts, in its order, print last", () => {
    const imports = (file: string) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/@import '([^']+)';/g)].map((m) => m[1]);
    const whole = imports('assets/reader.css');
    const first = imports('assets/reader-first-screen.css');
    expect(first.length).toBeGreaterThan(3);
    expect(first.every((part) => whole.includes(part))).toBe(true);
    expect(first.map((part) => whole.indexOf(part))).toEqual([...first.map((part) => whole.indexOf(part))].sort((a, b) => a - b));
    expect(first.at(-1)).toBe(whole.at(-1));
  });

  it('names each unit test after the module it tests, in the same folders', () => {
    const tests = filesUnder('tests/unit', (p) => p.endsWith('.test.ts') || p.endsWith('.test.tsx'));
    // tests/unit/text/words.test.ts tests utils/text/words.ts; tests/unit/hooks/useX.test.tsx tests hooks/useX.ts.
    const modules = (module: string) => (module.startsWith('hooks/') ? [module] : [join('utils', module)]);
    const orphans = tests
      .map((path) => path.replace(/^tests\/unit\//, '').replace(/\.test\.tsx?$/, ''))
      .filter((module) => module !== 'architecture' && !modules(module).some((m) => ['.ts', '.tsx'].some((ext) => existsSync(join(ROOT, m + ext)))));
    expect(orphans).toEqual([]);
  });
});
