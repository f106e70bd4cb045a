import NextAuth from 'next-auth'
import { authOptions } from '@/lib/auth/options'
import { refuseCrossSite } from '@/lib/auth/same-origin'

const handler = NextAuth(authOptions)

/** Sign-in and sign-out change the session: a request from another site is refused before NextAuth sees it. */
async function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return refuseCrossSite(request) ?? handler(request, context)
}

export { handler as GET, POST }
