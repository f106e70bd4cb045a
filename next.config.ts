import type { NextConfig } from 'next'
import { staticSecurityHeaders } from './lib/auth/security-headers'

const nextConfig: NextConfig = {
  // Several builds of the same tree (tests, benchmarks) can each keep their own output folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // `forbidden()` (next/navigation): the 403 page answers with HTTP 403, not 200.
  experimental: { authInterrupts: true },
  // `npm run typecheck` is the type gate; NEXT_SKIP_TYPECHECK=1 lets a build go on while other parts are mid-edit.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === '1' },
  // proxy.ts adds the per-request CSP (nonce) and HSTS; these cover static files as well.
  async headers() {
    return [
      { source: '/:path*', headers: Object.entries(staticSecurityHeaders).map(([key, value]) => ({ key, value })) },
    ]
  },
}

export default nextConfig
