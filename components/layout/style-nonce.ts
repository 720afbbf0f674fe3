// Everything in the browser that creates <style> or runs generated code, made to fit the CSP (lib/security-headers.js):
// style elements must carry the response's nonce, and nothing may evaluate strings.
import { sheet as emotionCssSheet } from '@emotion/css';
import { cache as euiInternalCssCache } from '@elastic/eui/optimize/es/services/emotion/css';
import { setNonce as setStyleSingletonNonce } from 'get-nonce';
import { markZodJitless } from './zod-jitless';

/**
 * The style inserters that do not go through EUI's provider cache: EUI's own @emotion/css instance (code blocks,
 * modal masks), the default @emotion/css instance some EUI components use (flyout overlays, selectable lists),
 * and react-style-singleton (EUI's focus lock and scroll lock), which reads its nonce from get-nonce.
 */
export function applyStyleNonce(nonce: string): void {
  euiInternalCssCache.sheet.nonce = nonce;
  emotionCssSheet.nonce = nonce;
  setStyleSingletonNonce(nonce);
}

// zod probes for eval support with Function('') and falls back when refused; the probe alone is a CSP violation
// (reported, though caught), so the browser's zod is told not to try. The server keeps its faster parsers.
// Set through the global object zod reads its configuration from (zod/v4/core's `globalConfig`, what `z.config`
// writes to), not through `z.config`: importing zod here would put all of it (31 KiB gzip) on every page, where
// most pages only need it once a form opens. zod keeps an object it finds there, and only probes on the first parse.
if (typeof window !== 'undefined') markZodJitless(globalThis);
