import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import realMoment from 'moment';
import { describe, expect, it } from 'vitest';
import moment from './moment';
import numeral from './numeral';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// The EUI features that call moment itself (its predicates only ask isMoment / isDate), or numeral.
const NEEDS_MOMENT = [
  /<Eui(Super)?DatePicker(Range)?\b/,
  /<EuiSearchBar\b/,
  /<EuiInMemoryTable\b/,
  /dataType:\s*['"]date['"]/,
  // EUI's formatters, imported on one line or over several.
  /import\s*(type\s*)?\{[^}]*\bformat(Date|Number)\b[^}]*\}\s*from '@elastic\/eui/,
  /from 'moment'/,
];

describe('the browser stand-ins for moment and numeral', () => {
  it("answers moment's predicates as moment does", () => {
    for (const value of [realMoment(), new Date(), '2026-01-01', 0, null, undefined, {}]) {
      expect(moment.isMoment(value)).toBe(realMoment.isMoment(value));
      expect(moment.isDate(value)).toBe(realMoment.isDate(value));
    }
  });

  it('throws, naming itself, when something calls moment', () => {
    expect(() => moment('2026-01-01')).toThrow(/not bundled in the browser/);
    expect(() => moment.utc()).toThrow(/not bundled in the browser/);
  });

  it('numeral throws, naming itself', () => {
    expect(() => numeral(1)).toThrow(/not bundled in the browser/);
  });

  it('catches a formatter imported over several lines', () => {
    const source = "import {\n  EuiText,\n  formatDate,\n} from '@elastic/eui';";
    expect(NEEDS_MOMENT.some((pattern) => pattern.test(source))).toBe(true);
  });

  it('is only safe while no component uses an EUI feature that calls moment', () => {
    const users = ['components', 'app'].flatMap(sourceFiles).flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return NEEDS_MOMENT.filter((pattern) => pattern.test(source)).map((pattern) => `${file}: ${pattern}`);
    });
    expect(users).toEqual([]);
  });
});
