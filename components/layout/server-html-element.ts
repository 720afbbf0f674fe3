// EuiPopover checks `instanceof HTMLElement` while rendering, which throws during server rendering where the
// DOM does not exist. An empty class on the server only makes that check simply false. Import this first.
if (typeof globalThis.HTMLElement === 'undefined') {
  (globalThis as { HTMLElement?: unknown }).HTMLElement = class HTMLElement {};
}

export {};
