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
    /** seconds since epoch: when this session signed in (staff sessions end 12 h later) */
    signedInAt?: number
    error?: 'refresh-failed'
  }
}
