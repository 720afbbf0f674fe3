// @ts-check
// A Turbopack loader for EUI's icon map (components/icon/icon_map.js), which names every EUI icon (about 550) with a
// lazy import of each and search synonyms. Bundled, that map and the manifest of its 550 lazy chunks weighed about
// 24 KiB gzip on every page, although the console registers the icons it uses up front (components/layout/icons.ts)
// and so never loads one lazily. The map is rewritten to hold every name (EuiIcon still tells an EUI icon name from
// an image URL by it), with a real loader only for the registered icons. Any other name logs an error naming the
// file to add it to (e2e tests fail on console errors) and shows an empty icon, rather than fetching it.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const ICONS_MODULE = 'components/layout/icons.ts';
const ASSET_IMPORT =
  /import \{ icon as (\w+) \} from '@elastic\/eui\/optimize\/es\/components\/icon\/assets\/([\w-]+)';/g;

/**
 * The icons components/layout/icons.ts registers, by name, with the asset file each is imported from.
 * @param {string} iconsSource
 * @returns {Record<string, string>}
 */
function registeredIcons(iconsSource) {
  /** @type {Record<string, string>} */
  const fileOfLocal = {};
  for (const [, local, file] of iconsSource.matchAll(ASSET_IMPORT)) fileOfLocal[local] = file;
  const body = iconsSource.match(/export const PRELOADED_ICONS = \{([\s\S]*?)\};/);
  if (!body) throw new Error(`${ICONS_MODULE}: PRELOADED_ICONS not found`);
  /** @type {Record<string, string>} */
  const registered = {};
  for (const entry of body[1]
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [name, local = name] = entry.split(':').map((part) => part.trim());
    const file = fileOfLocal[local];
    if (!file) throw new Error(`${ICONS_MODULE}: "${name}" has no asset import`);
    registered[name] = file;
  }
  return registered;
}

/**
 * Every icon name in EUI's map, with its asset file.
 * @param {string} mapSource
 * @returns {Map<string, string>}
 */
function euiIconNames(mapSource) {
  const pattern = /^ {2}(\w+): (?:withMetadata\()?function ?\w*\(\) \{\n\s+return import\('\.\/assets\/([\w-]+)'\);/gm;
  return new Map([...mapSource.matchAll(pattern)].map(([, name, file]) => [name, file]));
}

/**
 * @param {string} mapSource EUI's icon_map.js
 * @param {Record<string, string>} registered name -> asset file
 * @returns {string}
 */
function rewriteIconMap(mapSource, registered) {
  const names = euiIconNames(mapSource);
  if (names.size < 100) throw new Error(`EUI's icon map changed shape: ${names.size} names found`);
  if (!registered.empty) throw new Error(`${ICONS_MODULE}: "empty" must be registered (unregistered names show it)`);
  for (const [name, file] of Object.entries(registered)) {
    if (names.get(name) !== file) throw new Error(`${ICONS_MODULE}: "${name}" is not EUI's ./assets/${file}`);
  }
  // The registered icons are in every page's bundle already (icons.ts imports them): imported here statically too,
  // so the map adds no lazy chunks at all.
  const entries = Object.entries(registered);
  const imports = entries.map(([, file], index) => `import { icon as icon${index} } from './assets/${file}';`);
  const loaders = entries.map(([name], index) => `  ${JSON.stringify(name)}: loaded(icon${index}),`);
  const others = [...names.keys()].filter((name) => !(name in registered)).join(' ');
  return `${imports.join('\n')}
var loaded = function (icon) {
  return function () { return Promise.resolve({ icon: icon }); };
};
var unregistered = function (name) {
  return function () {
    console.error('EUI icon "' + name + '" is not registered: add it to ${ICONS_MODULE}');
    return Promise.resolve({ icon: icon${entries.findIndex(([name]) => name === 'empty')} });
  };
};
export var typeToPathMap = {
${loaders.join('\n')}
};
${JSON.stringify(others)}.split(' ').forEach(function (name) { typeToPathMap[name] = unregistered(name); });
`;
}

/** @this {{ rootContext?: string }} @param {string} source */
function euiIconMapLoader(source) {
  const root = this.rootContext || process.cwd();
  return rewriteIconMap(source, registeredIcons(readFileSync(join(root, ICONS_MODULE), 'utf8')));
}

module.exports = euiIconMapLoader;
module.exports.registeredIcons = registeredIcons;
module.exports.rewriteIconMap = rewriteIconMap;
module.exports.euiIconNames = euiIconNames;
