import * as z from 'zod/mini'

// In the browser zod must not probe for its JIT (`new Function('')`): the CSP forbids it, and the
// probe alone is a reported violation. Imported first by every schema module that reaches a client
// component. The server keeps the JIT (it parses large API answers).
if (typeof window !== 'undefined') z.config({ jitless: true })
