// EUI's internal @emotion/css instance, whose cache makes style elements of its own (see eui-providers.tsx).
declare module '@elastic/eui/optimize/es/services/emotion/css' {
  import type { EmotionCache } from '@emotion/cache';
  export const cache: EmotionCache;
}
