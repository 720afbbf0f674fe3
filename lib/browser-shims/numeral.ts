// What the browser gets for `import numeral from 'numeral'` (next.config.js aliases it for the browser only).
// EUI's formatNumber, which every table imports, calls numeral only when given a format string (without one it
// prints value.toString()); the console never passes one, so numeral's 3 KiB gzip was dead weight on every page.
// lib/browser-shims/shims.test.ts fails if a component starts formatting numbers through EUI.

function numeralUnavailable(): never {
  throw new Error('numeral is not bundled in the browser (lib/browser-shims/numeral.ts): format the number yourself');
}

// Typed as numeral is called (with a value), though nothing it is given matters.
const numeral: (...args: unknown[]) => never = () => numeralUnavailable();

export default numeral;
