import { describe, expect, it } from 'vitest';
import { pageOf, searchItems, sortItems } from './list-rows';

interface Row {
  name: string;
  size?: number;
  on?: boolean;
  tags: string[];
}

const rows: Row[] = [
  { name: 'beta', size: 2, on: true, tags: ['x'] },
  { name: 'Alpha', size: 10, on: false, tags: ['logs-web'] },
  { name: 'node-10', tags: [] },
  { name: 'node-9', size: 2, on: true, tags: ['Logs-DB'] },
];
const textsOf = (row: Row) => [row.name, ...row.tags];

describe('searchItems', () => {
  it('keeps items holding the whole search in any searched text, ignoring case and outer spaces', () => {
    expect(searchItems(rows, ' LOGS-', textsOf).map((row) => row.name)).toEqual(['Alpha', 'node-9']);
    expect(searchItems(rows, 'node 9', textsOf)).toEqual([]);
  });

  it('keeps everything for an empty search, in a new array', () => {
    const found = searchItems(rows, '  ', textsOf);
    expect(found).toEqual(rows);
    expect(found).not.toBe(rows);
  });
});

describe('sortItems', () => {
  it('sorts names as people read them: case aside, numbers by value', () => {
    expect(sortItems(rows, { field: 'name', direction: 'asc' }).map((row) => row.name)).toEqual([
      'Alpha',
      'beta',
      'node-9',
      'node-10',
    ]);
    expect(sortItems(rows, { field: 'name', direction: 'desc' }).map((row) => row.name)).toEqual([
      'node-10',
      'node-9',
      'beta',
      'Alpha',
    ]);
  });

  it('puts missing values last both ways and keeps ties in their order', () => {
    expect(sortItems(rows, { field: 'size', direction: 'asc' }).map((row) => row.name)).toEqual([
      'beta',
      'node-9',
      'Alpha',
      'node-10',
    ]);
    expect(sortItems(rows, { field: 'size', direction: 'desc' }).map((row) => row.name)).toEqual([
      'Alpha',
      'beta',
      'node-9',
      'node-10',
    ]);
  });

  it('sorts booleans false first ascending', () => {
    expect(sortItems(rows, { field: 'on', direction: 'asc' }).map((row) => row.name)).toEqual([
      'Alpha',
      'beta',
      'node-9',
      'node-10',
    ]);
  });
});

describe('pageOf', () => {
  const numbers = Array.from({ length: 45 }, (_, index) => index);

  it('cuts the page asked for', () => {
    expect(pageOf(numbers, { index: 1, size: 20 })).toEqual({ items: numbers.slice(20, 40), index: 1 });
    expect(pageOf(numbers, { index: 2, size: 20 }).items).toEqual([40, 41, 42, 43, 44]);
  });

  it('moves past-the-end and negative indexes back into the list', () => {
    expect(pageOf(numbers, { index: 7, size: 20 }).index).toBe(2);
    expect(pageOf(numbers, { index: -1, size: 20 }).index).toBe(0);
    expect(pageOf([], { index: 3, size: 20 })).toEqual({ items: [], index: 0 });
  });
});
