// The roles pages' addresses, in their own module: pages that link to a role need not load the roles list.
export const rolePath = (name: string) => `/roles/${encodeURIComponent(name)}`;
export const clonePath = (name: string) => `/roles/new?from=${encodeURIComponent(name)}`;
