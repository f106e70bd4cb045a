import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { cookies, headers } from 'next/headers'
import { getMe1C, postAuth } from '@/lib/forte/auth'
import { DEVICE_COOKIE, SESSION_MAX_AGE, isSecureDeployment } from './cookies'
import { readTokenTimes } from './jwt-claims'
import { endApiSession } from './logout'
import { otpErrorCode, staffErrorCode } from './otp-errors'
import { roleFromUserType } from './roles'
import { safeCallbackUrl } from './safe-redirect'
import { getNextAuthSecret } from './secret'
import { biinOnlySchema, codeSchema, staffSchema } from '@/lib/schemas/login'

export const authOptions: NextAuthOptions = {
  secret: getNextAuthSecret(),
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE },
  useSecureCookies: isSecureDeployment(),
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      id: 'otp',
      name: 'OTP',
      credentials: { biin: { type: 'text' }, code: { type: 'text' } },
      async authorize(credentials) {
        const biin = biinOnlySchema.safeParse(credentials?.biin)
        const code = codeSchema.safeParse(credentials?.code)
        if (!biin.success || !code.success) throw new Error('code-wrong')
        // The code is bound to (BIN/IIN, device uuid): the uuid comes from our HttpOnly cookie.
        const uuid = (await cookies()).get(DEVICE_COOKIE)?.value
        if (!uuid) throw new Error('no-device')
        try {
          const p = await postAuth(biin.data, uuid, code.data, (await headers()).get('x-forwarded-for'))
          const { exp, iat } = readTokenTimes(p.access_token)
          const name = [p.first_name, p.last_name].filter(Boolean).join(' ') || p.biin
          return {
            id: `${p.biin}:${name}`,
            name,
            role: roleFromUserType(p.user_type),
            company: p.company_name,
            accessToken: p.access_token,
            refreshToken: p.refresh_token,
            accessExpires: exp,
            accessIssued: iat,
          }
        } catch (e) {
          throw new Error(otpErrorCode(e))
        }
      },
    }),
    CredentialsProvider({
      id: 'forte-staff',
      name: 'Forte staff',
      credentials: { login: { type: 'text' }, password: { type: 'password' } },
      async authorize(credentials) {
        const parsed = staffSchema.safeParse(credentials)
        if (!parsed.success) throw new Error('staff-wrong')
        try {
          const me = await getMe1C(parsed.data.login, parsed.data.password)
          return {
            id: `staff:${me.login}`,
            name: me.display_name || me.login,
            role: 'staff' as const,
            company: 'ForteLeasing',
            staffLogin: parsed.data.login,
            staffPassword: parsed.data.password,
          }
        } catch (e) {
          throw new Error(staffErrorCode(e))
        }
      },
    }),
  ],
  events: {
    // Sign-out ends the API session too: a copy of the session cookie stops working at once.
    signOut: ({ token }) => endApiSession(token),
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        // Sign-in: keep only what we need (no email/picture), credentials stay inside the JWE.
        return {
          sub: user.id,
          name: user.name,
          role: user.role,
          company: user.company,
          accessToken: user.accessToken,
          refreshToken: user.refreshToken,
          accessExpires: user.accessExpires,
          accessIssued: user.accessIssued,
          staffLogin: user.staffLogin,
          staffPassword: user.staffPassword,
          signedInAt: Math.floor(Date.now() / 1000),
        }
      }
      // Refreshes happen in proxy.ts, which can write the cookie; nothing to do here.
      return token
    },
    // `callbackUrl` (and anything else NextAuth redirects to) stays on the portal.
    redirect: ({ url, baseUrl }) => safeCallbackUrl(url, baseUrl),
    async session({ session, token }) {
      // Display data only: never a token or password.
      return {
        expires: session.expires,
        user: { name: token.name ?? '', role: token.role ?? 'employee', company: token.company ?? '' },
      }
    },
  },
}
