'use client';
// Its own module so that toasts.tsx can load it lazily: a dynamic import of '@elastic/eui' itself would bring the
// whole library, where this static import brings the toast list only.
export { EuiGlobalToastList } from '@elastic/eui';
