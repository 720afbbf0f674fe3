'use client';
import { useMemo, useState, type ReactNode } from 'react';
import {
  EuiBasicTable,
  EuiFieldSearch,
  EuiSpacer,
  type Criteria,
  type EuiBasicTableColumn,
  type EuiTableSelectionType,
} from '@elastic/eui';
import { useBrowserMadeKey } from './use-hydrated';
import { pageOf, searchItems, sortItems, type ListSort } from './list-rows';

const PAGE_SIZES = [10, 20, 50, 100];

export interface ListSearch<T> {
  /** The texts of an item the search looks in. */
  textsOf: (item: T) => readonly string[];
  placeholder: string;
  label: string;
  testSubj: string;
}

interface Props<T extends object, Field extends keyof T & string> {
  items: T[];
  itemId: Field;
  columns: EuiBasicTableColumn<T>[];
  initialSort: ListSort<Field>;
  /** A plain-text search box above the table: names hold "-", ":" and "." that a query syntax would misread. */
  search?: ListSearch<T>;
  /** Between the search box and the table: toggles, bulk actions. */
  toolbar?: ReactNode;
  /** What filters the items outside this table (a URL query, a toggle): when it changes, the first page shows. */
  filterKey?: string;
  selection?: EuiTableSelectionType<T>;
  rowTestSubj: (item: T) => string;
  caption: string;
  noItemsMessage?: ReactNode;
  testSubj: string;
}

/**
 * A list held in the browser: search, sort by a column, pages of 20, selection. It renders EuiBasicTable as
 * EuiInMemoryTable did, without EUI's search bar (list-rows.ts says why).
 */
export function ListTable<T extends object, Field extends keyof T & string>(props: Props<T, Field>) {
  const { items, itemId, columns, initialSort, search, toolbar, selection, rowTestSubj, filterKey } = props;
  const [searchText, setSearchText] = useState('');
  const [sort, setSort] = useState<ListSort<Field>>(initialSort);
  const [page, setPage] = useState({ index: 0, size: 20 });
  // A new filter shows the first page, as a new search does (React's state adjustment during render, no effect).
  const [pageFilterKey, setPageFilterKey] = useState(filterKey);
  if (pageFilterKey !== filterKey) {
    setPageFilterKey(filterKey);
    setPage((current) => ({ ...current, index: 0 }));
  }
  const found = useMemo(
    () => (search ? searchItems(items, searchText, search.textsOf) : items),
    [items, searchText, search],
  );
  const sorted = useMemo(() => sortItems(found, sort), [found, sort]);
  const shown = pageOf(sorted, page);
  // A list that shrank under the page moves it back for good: growing again does not jump to the old page.
  if (shown.index !== page.index) setPage((current) => ({ ...current, index: shown.index }));

  const onChange = ({ page: nextPage, sort: nextSort }: Criteria<T>) => {
    if (nextPage) setPage({ index: nextPage.index, size: nextPage.size });
    if (nextSort) setSort({ field: nextSort.field as Field, direction: nextSort.direction });
  };
  // Tests wait for data-interactive before clicking: a click on the server's rows before hydration can be lost.
  const tableKey = useBrowserMadeKey();
  return (
    <>
      {search && (
        <>
          <EuiFieldSearch
            fullWidth
            isClearable
            value={searchText}
            placeholder={search.placeholder}
            onChange={(event) => {
              setSearchText(event.target.value);
              setPage((current) => ({ ...current, index: 0 }));
            }}
            aria-label={search.label}
            data-test-subj={search.testSubj}
          />
          <EuiSpacer size="m" />
        </>
      )}
      {toolbar}
      <EuiBasicTable<T>
        key={tableKey}
        data-interactive={tableKey === 'browser'}
        items={shown.items}
        itemId={itemId}
        columns={columns}
        sorting={{ sort: { field: sort.field, direction: sort.direction } }}
        pagination={{
          pageIndex: shown.index,
          pageSize: page.size,
          totalItemCount: sorted.length,
          pageSizeOptions: PAGE_SIZES,
        }}
        onChange={onChange}
        selection={selection}
        rowProps={(item) => ({ 'data-test-subj': rowTestSubj(item) })}
        tableCaption={props.caption}
        noItemsMessage={props.noItemsMessage}
        data-test-subj={props.testSubj}
      />
    </>
  );
}
