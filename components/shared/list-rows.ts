// The rows an in-memory list shows: filtered by a plain-text search, sorted by a column, cut to a page. EUI's
// EuiInMemoryTable did this with its search bar, whose query language, EuiSelectable and virtualised list weighed
// about 30 KiB gzip on every list page; the console's searches are plain text, so this is all it needs.

export type SortDirection = 'asc' | 'desc';

export interface ListSort<Field extends string> {
  field: Field;
  direction: SortDirection;
}

export interface ListPage {
  index: number;
  size: number;
}

/** Items whose searched texts hold the whole search, ignoring case (what EUI's text search format did). */
export function searchItems<T>(items: readonly T[], search: string, textsOf: (item: T) => readonly string[]): T[] {
  const needle = search.trim().toLowerCase();
  if (!needle) return [...items];
  return items.filter((item) => textsOf(item).some((text) => text.toLowerCase().includes(needle)));
}

type Sortable = string | number | boolean | null | undefined;

// One collation, the same on the server (which renders the first rows) and in every browser: the platform's
// default locale would order some names differently in each and break hydration (Danish "aa", Czech "ch").
const NAMES = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareValues(left: Sortable, right: Sortable): number {
  // Missing values go last whichever way the column is sorted, as they do in Kibana's tables.
  if (left == null || right == null) return left == null ? (right == null ? 0 : 1) : -1;
  if (typeof left === 'string' && typeof right === 'string') {
    return NAMES.compare(left, right);
  }
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A stable sort by one field; ties keep the order the items came in. */
export function sortItems<T, Field extends keyof T & string>(items: readonly T[], sort: ListSort<Field>): T[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const valueOf = (item: T) => item[sort.field] as Sortable;
  return items
    .map((item, position) => ({ item, position }))
    .sort((a, b) => {
      const left = valueOf(a.item);
      const right = valueOf(b.item);
      const missing = left == null || right == null;
      return (missing ? compareValues(left, right) : sign * compareValues(left, right)) || a.position - b.position;
    })
    .map(({ item }) => item);
}

/** The page to show: an index past the end (the list shrank under it) becomes the last page. */
export function pageOf<T>(items: readonly T[], page: ListPage): { items: T[]; index: number } {
  const lastIndex = Math.max(0, Math.ceil(items.length / page.size) - 1);
  const index = Math.min(Math.max(0, page.index), lastIndex);
  return { items: items.slice(index * page.size, (index + 1) * page.size), index };
}
