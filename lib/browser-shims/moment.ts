// What the browser gets for `import moment from 'moment'` (next.config.js aliases it for the browser only; the
// server keeps the real package). EUI imports moment from modules every page loads, its type predicates among them
// (services/predicate: isMoment, isDate, read by tool tips and tables), and that put all of moment, 18 KiB gzip, on
// every page. The console uses none of EUI's date features (date pickers, EuiSearchBar's date clauses, tables'
// `dataType: 'date'`): lib/browser-shims/shims.test.ts fails if one appears, and this stand-in throws, naming the
// reason, if anything still calls moment itself.

interface MomentLike {
  _isAMomentObject?: unknown;
}

function momentUnavailable(): never {
  throw new Error(
    "moment is not bundled in the browser (lib/browser-shims/moment.ts): use the console's own date formatting",
  );
}

/** moment's own two checks, which need nothing of moment: its objects carry `_isAMomentObject`. */
function isMoment(value: unknown): boolean {
  return value != null && (value as MomentLike)._isAMomentObject != null;
}

function isDate(value: unknown): boolean {
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
}

// Typed as moment is called (with arguments), though nothing it is given matters.
type Unavailable = (...args: unknown[]) => never;

const moment = Object.assign<Unavailable, { isMoment: typeof isMoment; isDate: typeof isDate; utc: Unavailable }>(
  () => momentUnavailable(),
  { isMoment, isDate, utc: () => momentUnavailable() },
);

export default moment;
