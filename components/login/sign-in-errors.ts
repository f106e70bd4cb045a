import type { SignInErrorCode } from '@/lib/auth/otp-errors'

/** Russian text for each error code the NextAuth providers return. */
export const signInMessages: Record<SignInErrorCode, string> = {
  'code-wrong': 'Неверный код. Проверьте 4 цифры из письма и попробуйте ещё раз.',
  'code-burned': 'Слишком много неверных попыток: код больше не действует. Запросите новый код.',
  'code-expired': 'Срок действия кода истёк. Запросите новый код.',
  'code-stale': 'Этот код уже использован или не запрашивался. Запросите новый код.',
  'staff-wrong': 'Неверный логин или пароль.',
  'no-device': 'Не удалось определить устройство. Обновите страницу и запросите код ещё раз.',
  'api-unavailable': 'API недоступен. Попробуйте позже.',
  unknown: 'Не удалось войти. Попробуйте ещё раз.',
}

export function signInMessage(code: string | null | undefined): string {
  return signInMessages[(code ?? 'unknown') as SignInErrorCode] ?? signInMessages.unknown
}

/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeFrom(from: string | null | undefined): string {
  return from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/'
}
