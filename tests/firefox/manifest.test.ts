import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { EXTENSION_DIR } from './qari';

/*
 * What the Firefox tests need from the test build stays in the test build:
 * the shipped Firefox builds (`npm run build:firefox`, which
 * `npm run test:firefox` runs first) ask for no host and carry no test hook.
 */

const OUTPUT = fileURLToPath(new URL('../../.output/', import.meta.url));

type Manifest = { permissions?: string[]; host_permissions?: string[]; optional_permissions?: string[]; optional_host_permissions?: string[]; content_scripts?: unknown[] };

function read(dir: string, file: string): string {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`No ${path}: run npm run build:firefox (and npm run build:e2e:firefox)`);
  return readFileSync(path, 'utf8');
}

describe.each(['firefox-mv2', 'firefox-mv3'])('the shipped %s build', (target) => {
  const dir = join(OUTPUT, target);

  test('asks for activeTab, scripting and storage and for no host at all', () => {
    const manifest = JSON.parse(read(dir, 'manifest.json')) as Manifest;
    // MV2 has no host_permissions: host patterns would sit in permissions.
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
  });

  test('carries none of the test build\'s hooks', () => {
    const background = read(dir, 'background.js');
    expect(background).not.toContain('__qari-test__');
    expect(background).not.toContain('qariTest');
  });
});

test('the Firefox test build differs from the shipped one only by its loopback host permissions', () => {
  const shipped = JSON.parse(read(join(OUTPUT, 'firefox-mv3'), 'manifest.json')) as Manifest;
  const e2e = JSON.parse(read(EXTENSION_DIR, 'manifest.json')) as Manifest;
  expect(e2e.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  expect({ ...e2e, host_permissions: undefined }).toEqual({ ...shipped, host_permissions: undefined });
  expect(read(EXTENSION_DIR, 'background.js')).toContain('__qari-test__');
});
