'use client'

import { SectionError } from '@/components/shell/section-error'

// Next needs an error.tsx in each route group; both show the same boundary.
export default SectionError
