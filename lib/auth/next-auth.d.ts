import type { Role } from './roles'

/** What a sign-in keeps for the API: a client's token pair (times in seconds since epoch) or a reviewer's 1C login. */
interface ApiCredentials {
  accessToken?: string
  refreshToken?: string
  accessExpires?: number
  accessIssued?: number
  staffLogin?: string
  staffPassword?: string
}

// The JWT (encrypted in the session cookie) holds the API credentials; the session only display data.
declare module 'next-auth' {
  interface Session {
    user: { name: string; role: Role; company: string }
  }
  interface User extends ApiCredentials {
    id: string
    name: string
    role: Role
    company: string
  }
}

declare module 'next-auth/jwt' {
  interface JWT extends ApiCredentials {
    name?: string | null
    role?: Role
    company?: string
    /** seconds since epoch: when this session signed in (staff sessions end 12 h later) */
    signedInAt?: number
    error?: 'refresh-failed'
  }
}
