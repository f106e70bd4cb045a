import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Several builds of the same tree (tests, benchmarks) can each keep their own output folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
}

export default nextConfig
