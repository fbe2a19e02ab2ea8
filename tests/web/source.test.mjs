// Why: rules about the UI source that no browser run can see: one single module talks to
// Tauri, nothing points at a remote origin, every t("literal-id") exists in en-US (the same
// check the Rust test makes), es app.ftl translates exactly the en-US ids, and every message
// with variables documents them.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { FluentResource } from '@fluent/bundle';
import { REPO } from './server.mjs';

const UI_SRC = join(REPO, 'ui', 'src');

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const sources = filesUnder(UI_SRC)
  .filter((file) => /\.(ts|js|svelte|css|html)$/.test(file))
  .map((file) => ({ file: relative(REPO, file), text: readFileSync(file, 'utf8') }));

function messageIds(path) {
  const text = readFileSync(join(REPO, path), 'utf8');
  return new Set([...text.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1]));
}

test('exactly one module in ui/src imports @tauri-apps/api, and it is backend.ts', () => {
  const importers = sources
    .filter(({ text }) => /(?:from\s*|import\s*\(?\s*)['"]@tauri-apps\/api/.test(text))
    .map(({ file }) => file);
  assert.deepEqual(importers, ['ui/src/lib/backend.ts'], 'only lib/backend.ts may talk to Tauri');
});

test('no file in ui/src references a remote origin (http:// or https://)', () => {
  const offenders = sources.filter(({ text }) => /https?:\/\//i.test(text)).map(({ file }) => file);
  assert.deepEqual(offenders, [], 'the UI must not load or link anything from the network');
});

test('the built UI (every npm package bundled in) has no way to reach the network', () => {
  // What Vite bundles from node_modules (Svelte, Fluent, @tauri-apps/api) runs in the webview:
  // no request API may be in it, and the only URLs are XML namespaces and Svelte's error-page
  // links inside its error messages (text, never loaded). The CSP blocks the rest anyway.
  const dist = join(REPO, 'ui', 'dist', 'assets');
  const scripts = readdirSync(dist).filter((name) => name.endsWith('.js'));
  assert.ok(scripts.length > 0, 'ui/dist is built');
  for (const name of scripts) {
    const text = readFileSync(join(dist, name), 'utf8');
    for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'RTCPeerConnection', 'importScripts']) {
      assert.ok(!text.includes(api), `${name} contains ${api}`);
    }
    const urls = [...text.matchAll(/https?:\/\/[^\s"'`)]+/g)].map((m) => m[0]);
    const unexpected = urls.filter(
      (url) => !/^http:\/\/www\.w3\.org\//.test(url) && !/^https:\/\/svelte\.dev\/e\/[a-z_]+$/.test(url),
    );
    assert.deepEqual(unexpected, [], `${name}: URLs that are not XML namespaces or Svelte error links`);
  }
});

test('index.html has no inline script, inline style or style attribute (CSP)', () => {
  const html = readFileSync(join(REPO, 'ui', 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, 'no inline <script>');
  assert.doesNotMatch(html, /<style\b/i, 'no <style>');
  assert.doesNotMatch(html, /\sstyle=/i, 'no style attribute');
  for (const { file, text } of sources.filter((s) => s.file.endsWith('.svelte'))) {
    assert.doesNotMatch(text, /\sstyle(:[\w-]+)?=/, `${file}: no style attribute or style: directive`);
    assert.doesNotMatch(text, /\{@html\b/, `${file}: no {@html}, all text is escaped`);
  }
});

/** The Fluent files of the UI's own words (the clinical files are checked by hipaid content check). */
const UI_FILES = ['app.ftl', 'consult.ftl', 'charts.ftl'];

test('every t("literal-id") in ui/src exists in the UI\'s en-US files, and every id there is used', () => {
  const known = new Set(UI_FILES.flatMap((name) => [...messageIds(`locales/en-US/${name}`)]));
  const used = new Set();
  const prefixes = new Set();
  for (const { text } of sources) {
    for (const match of text.matchAll(/\bt\(\s*(["'])([^"']+)\1/g)) {
      used.add(match[2]);
    }
    // tid(`consult-step-${step}`): ids built from a fixed list in the code.
    for (const match of text.matchAll(/\btid\(\s*`([a-z-]+-)\$\{/g)) {
      prefixes.add(match[1]);
    }
  }
  assert.ok(used.size > 20, `the scan finds the t() calls (${used.size})`);
  const missing = [...used].filter((id) => !known.has(id));
  assert.deepEqual(missing, [], 'ids used by the UI but missing from the en-US UI files');
  const unused = [...known].filter((id) => !used.has(id) && ![...prefixes].some((p) => id.startsWith(p)));
  assert.deepEqual(unused, [], 'ids in the en-US UI files that no t() or tid() call uses');
});

test('t() is only called with a string literal id; ids from data go through tid()', () => {
  const offenders = [];
  for (const { file, text } of sources) {
    for (const match of text.matchAll(/\bt\(\s*([^\s)])/g)) {
      const definition = text.slice(Math.max(0, match.index - 9), match.index) === 'function ';
      if (!definition && !['"', "'"].includes(match[1])) {
        offenders.push(`${file}: ${text.slice(match.index, match.index + 40)}`);
      }
    }
  }
  assert.deepEqual(offenders, [], 'a computed id in t() would hide it from the id scans');
});

test('es has exactly the ids and attributes of en-US in every UI file', () => {
  const shape = (path) => {
    const resource = new FluentResource(readFileSync(join(REPO, path), 'utf8'));
    const out = {};
    for (const message of resource.body) {
      out[message.id] = Object.keys(message.attributes ?? {}).sort();
    }
    return out;
  };
  for (const name of UI_FILES) {
    assert.deepEqual(shape(`locales/es/${name}`), shape(`locales/en-US/${name}`), name);
  }
});

test('every UI message with a variable has a "# Variables:" comment', () => {
  for (const path of UI_FILES.flatMap((name) => [`locales/en-US/${name}`, `locales/es/${name}`])) {
    const lines = readFileSync(join(REPO, path), 'utf8').split('\n');
    lines.forEach((line, index) => {
      const start = /^([a-zA-Z][\w-]*)\s*=/.exec(line);
      if (!start) {
        return;
      }
      let end = index + 1;
      while (end < lines.length && /^\s+\S/.test(lines[end])) {
        end += 1;
      }
      const body = lines.slice(index, end).join('\n');
      if (!/\{\s*\$/.test(body)) {
        return;
      }
      let comment = index - 1;
      while (comment >= 0 && lines[comment].startsWith('#') && !lines[comment].startsWith('##')) {
        comment -= 1;
      }
      const block = lines.slice(comment + 1, index).join('\n');
      assert.match(block, /# Variables:/, `${path}: ${start[1]} needs a "# Variables:" comment`);
    });
  }
});
