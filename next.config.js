// @ts-check
const { securityHeaders } = require('./lib/security-headers.js');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // EUI documents React StrictMode as unsupported (double effects break its focus traps and popovers).
  reactStrictMode: false,
  poweredByHeader: false,
  // Source maps for the browser's chunks only when asked: `RCC_SOURCE_MAPS=1 npx next build` before
  // scripts/bench/js-sources.mjs, which tells what each page's first-load JavaScript is made of.
  productionBrowserSourceMaps: process.env.RCC_SOURCE_MAPS === '1',
  turbopack: {
    // EUI's map of its 550 icons, rewritten to load only the ones components/layout/icons.ts registers (24 KiB gzip
    // less on every page; lib/build/eui-icon-map-loader.cjs says how).
    rules: {
      'icon_map.js': {
        condition: { path: /@elastic\/eui\/optimize\/es\/components\/icon\/icon_map\.js$/ },
        loaders: [require.resolve('./lib/build/eui-icon-map-loader.cjs')],
      },
    },
    resolveAlias: {
      // EUI's optimized build: the same components without propTypes and other development-only code. Every import
      // of the package resolves there, so the icon cache and Emotion instance imported by path are the same modules.
      '@elastic/eui': '@elastic/eui/optimize/es',
      // moment and numeral: EUI imports them from modules on every page, but the console uses none of EUI's date or
      // number formatting, so the browser gets stand-ins (lib/browser-shims/; 21 KiB gzip less on every page).
      moment: { browser: './lib/browser-shims/moment.ts' },
      numeral: { browser: './lib/browser-shims/numeral.ts' },
    },
  },
  // Next would answer "/api/x/" (and so "/api/x/..", which it resolves to "/api/") with a bare 308; the proxy
  // answers those itself: the JSON error format for the API, a redirect for pages.
  skipTrailingSlashRedirect: true,
  // The console is run with `next start`; a standalone bundle would hide the config check's messages.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
};

module.exports = nextConfig;
