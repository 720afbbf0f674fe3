import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

interface IconMapLoader {
  registeredIcons(iconsSource: string): Record<string, string>;
  euiIconNames(mapSource: string): Map<string, string>;
  rewriteIconMap(mapSource: string, registered: Record<string, string>): string;
}

const loader = createRequire(import.meta.url)('./eui-icon-map-loader.cjs') as IconMapLoader;
const iconsSource = readFileSync('components/layout/icons.ts', 'utf8');
const euiMapSource = readFileSync('node_modules/@elastic/eui/optimize/es/components/icon/icon_map.js', 'utf8');

describe("the rewrite of EUI's icon map", () => {
  const registered = loader.registeredIcons(iconsSource);

  it('reads the registered icons with their asset files, renamed entries included', () => {
    expect(Object.keys(registered).length).toBeGreaterThan(40);
    expect(registered).toMatchObject({ check: 'check', return: 'return', chevronSingleDown: 'chevron_single_down' });
  });

  it('keeps every EUI icon name, so EuiIcon still tells names from image URLs', () => {
    const names = loader.euiIconNames(euiMapSource);
    expect(names.size).toBeGreaterThan(500);
    const rewritten = loader.rewriteIconMap(euiMapSource, registered);
    for (const name of names.keys()) expect(rewritten).toContain(name);
  });

  it('imports only the registered assets, and nothing lazily', () => {
    const rewritten = loader.rewriteIconMap(euiMapSource, registered);
    const assets = [...rewritten.matchAll(/from '\.\/assets\/([\w-]+)'/g)].map(([, file]) => file);
    expect(assets.sort()).toEqual(Object.values(registered).sort());
    expect(rewritten).not.toContain('import(');
    expect(rewritten.length).toBeLessThan(euiMapSource.length / 5);
  });

  it('refuses a registered name that is not the EUI icon of that file, or a map it cannot read', () => {
    expect(() => loader.rewriteIconMap(euiMapSource, { ...registered, check: 'cross' })).toThrow(/"check"/);
    expect(() => loader.rewriteIconMap('export var typeToPathMap = {};', registered)).toThrow(/changed shape/);
    const withoutEmpty = Object.fromEntries(Object.entries(registered).filter(([name]) => name !== 'empty'));
    expect(() => loader.rewriteIconMap(euiMapSource, withoutEmpty)).toThrow(/"empty" must be registered/);
  });
});
