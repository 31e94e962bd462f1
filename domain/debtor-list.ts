// How the debtor list can be ordered: by how long overdue (the default, most overdue first), by number,
// name, city, amount open, last contact or next action, either way. Debtors without a value for the
// column (nothing open, never called, nothing planned) come last in both directions.
export const DEBTOR_SORTS = ['overdue', 'number', 'name', 'city', 'open', 'lastContact', 'nextAction'] as const;
export type DebtorSort = (typeof DEBTOR_SORTS)[number];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** Rows per page when the caller does not say; the largest page a caller may ask for. */
export const DEBTOR_PAGE_SIZE = 100;
export const MAX_DEBTOR_PAGE_SIZE = 500;
