/** Names and options of the portal's own cookies (shared by proxy.ts, NextAuth and actions). */
export const DEVICE_COOKIE = 'forte_device'

/** Over HTTPS NextAuth uses the __Secure- prefixed cookie; decide it the same way it does. */
export function isSecureDeployment(): boolean {
  return (process.env.NEXTAUTH_URL ?? '').startsWith('https://')
}

export function sessionCookieName(): string {
  return `${isSecureDeployment() ? '__Secure-' : ''}next-auth.session-token`
}

export const SESSION_MAX_AGE = 30 * 24 * 60 * 60
