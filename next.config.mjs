/**
 * Headers every response carries once, static files included: proxy.ts adds only what changes per
 * request (the CSP with its nonce, HSTS over HTTPS).
 */
const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  // Geolocation stays for the portal itself: the upload form takes the GPS point from the browser.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(self)',
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Several builds of the same tree (tests, benchmarks) can each keep their own output folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // `forbidden()` (next/navigation): the 403 page answers with HTTP 403, not 200.
  experimental: { authInterrupts: true },
  // `npm run typecheck` is the type gate; NEXT_SKIP_TYPECHECK=1 lets a build go on while other parts are mid-edit.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === '1' },
  async headers() {
    return [{ source: '/:path*', headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })) }]
  },
}

export default nextConfig
