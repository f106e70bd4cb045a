import type { Role } from './roles'

// The JWT (encrypted in the session cookie) holds the API credentials; the session only display data.
declare module 'next-auth' {
  interface Session {
    user: { name: string; role: Role; company: string }
  }
  interface User {
    id: string
    name: string
    role: Role
    company: string
    accessToken?: string
    refreshToken?: string
    accessExpires?: number
    accessIssued?: number
    staffLogin?: string
    staffPassword?: string
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    name?: string | null
    role?: Role
    company?: string
    accessToken?: string
    refreshToken?: string
    /** seconds since epoch */
    accessExpires?: number
    accessIssued?: number
    staffLogin?: string
    staffPassword?: string
    error?: 'refresh-failed'
  }
}
