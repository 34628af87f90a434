import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FONT_FILES } from './utils/prefs/fonts';

const require = createRequire(import.meta.url);

/**
 * `QARI_E2E=1` makes the test-only build: identical to the shipped one but for
 * host permissions on the loopback addresses, because `activeTab` is only ever
 * granted by a real user gesture, which automated tests cannot make; the
 * background's command hook (`qariTest`), since tests cannot press shortcuts;
 * and a full-page view the tests can read (an open shadow root unless a test
 * asks for the shipped closed one, and performance marks for the bench).
 */
const e2e = process.env.QARI_E2E === '1';

/**
 * The reader script draws only the full-page view's first screen, which
 * never shows quote mode (first-screen.tsx passes `quotes: false`); the rest
 * of the view's code (reader-view.js) has it. Rollup inlines a content
 * script's dynamic imports, so without this the reader would carry quote
 * mode's 97 KB of rules anyway: in the reader's build alone, ArticleBody's
 * `import()` of them resolves to a module that says so if it is ever called.
 */
function firstScreenWithoutQuoteMode(): Plugin {
  const STUB = '\0qari-no-quote-mode';
  let reader = false;
  return {
    name: 'qari-first-screen-without-quote-mode',
    configResolved(config) {
      const input = config.build.rollupOptions?.input ?? (config.build.lib ? config.build.lib.entry : undefined);
      reader = JSON.stringify(input ?? '').includes('reader.content');
    },
    resolveDynamicImport(specifier) {
      return reader && typeof specifier === 'string' && /utils\/quotes\/show$/.test(specifier) ? STUB : null;
    },
    load(id) {
      if (id === STUB) return "export function showQuotes() { throw new Error('Quote mode is in the view\\'s second script, not the reader'); }";
      return null;
    },
  };
}

/**
 * The reader script is injected only when the user asks to read, and nearly
 * all of it then runs at once: extraction, clean-up, sanitising, the first
 * screen. V8 compiles a function when it is first called, after a first
 * scan of the whole file that found where it ends (parsing it twice), on
 * the main thread, in the middle of the reading. V8's explicit compile hint
 * (Chrome 136+; a plain comment elsewhere) compiles them all with the file
 * instead: on the seed page, first use 248 → 195-227 ms in `npm run bench`,
 * as the lazy compiles (-29 ms across extraction) cost more than the bigger
 * first compile (+9-19 ms). Added after minification, which drops comments.
 */
function compileReaderEagerly(): Plugin {
  return {
    name: 'qari-compile-reader-eagerly',
    generateBundle(_options, bundle) {
      const reader = bundle['content-scripts/reader.js'];
      if (reader?.type === 'chunk') reader.code = `//# allFunctionsCalledOnLoad\n${reader.code}`;
    },
  };
}

export default defineConfig({
  outDir: e2e ? '.output-e2e' : '.output',
  imports: false,
  // One zip per browser and manifest version (Firefox MV2 and MV3 would share a name).
  zip: { artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip' },
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // Ship the bundled fonts at stable paths (`fonts/<file>`): every part of
    // the extension finds them there, none inlines them.
    'build:publicAssets': (_wxt, files) => {
      // Two faces may share a file (a Latin subset scaled for Latin words only): copy each file once.
      for (const font of new Map(FONT_FILES.map((f) => [f.url, f])).values()) {
        const pkgDir = dirname(require.resolve(`${font.pkg}/package.json`));
        files.push({ absoluteSrc: join(pkgDir, 'files', font.url.replace('/fonts/', '')), relativeDest: font.url.slice(1) });
      }
    },
    // No static content scripts at all in the manifest (WXT writes an empty list).
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
    },
  },
  vite: () => ({
    plugins: [preact(), firstScreenWithoutQuoteMode(), compileReaderEagerly()],
    define: { 'import.meta.env.QARI_E2E': JSON.stringify(e2e) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandToggle__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'qari@qari.example',
              // data_collection_permissions arrived in Firefox 140, the ESR (Debian's firefox-esr), and in 142 on Android.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
