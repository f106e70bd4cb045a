import type { SignInError, SignInErrorCode } from '@/lib/auth/otp-errors'
import { byLocale, type Locale } from '@/lib/i18n/locale'
import type { OtpRequestFailure } from '@/lib/schemas/login'

/** How long to wait, as a person says it: "45 с", "15 мин", "23 ч 5 мин". */
const duration = (units: { s: string; min: string; h: string }) => (seconds: number) => {
  const s = Math.max(1, Math.ceil(seconds))
  if (s < 60) return `${s} ${units.s}`
  const minutes = Math.ceil(s / 60)
  if (minutes < 60) return `${minutes} ${units.min}`
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return m ? `${h} ${units.h} ${m} ${units.min}` : `${h} ${units.h}`
}
const ruWait = duration({ s: 'с', min: 'мин', h: 'ч' })
const enWait = duration({ s: 's', min: 'min', h: 'h' })

/** Texts of the sign-in pages (ru default, en). */
const ru = {
  title: 'Вход',
  heading: 'Вход в портал осмотра транспорта',
  expired: 'Сессия истекла. Войдите снова.',
  mailbox: 'Почта (демо)',
  mailboxOff: 'Демо-почта выключена',
  mailboxOffHint: 'На этом сервере коды входа приходят письмом на почту компании.',
  toSignIn: 'К входу',
  mailboxIntro: 'Письма, которые API «отправил» в демо-режиме. Новые сверху.',
  mailboxEmpty: 'Писем пока нет. Запросите код на странице входа.',
  mailboxList: 'Письма',
  refresh: 'Обновить',
  letterTo: 'Кому:',
  tabsLabel: 'Способ входа',
  tabClient: 'Клиент',
  tabStaff: 'Сотрудник Forte',
  biin: 'БИН/ИИН',
  biinHint: '12 цифр, например 200940026146',
  role: 'Роль',
  director: 'Директор',
  employee: 'Сотрудник',
  mobile: 'Мобильный телефон',
  mobileHint: 'Например 87781578800',
  firstName: 'Имя',
  sending: 'Отправляем код…',
  getCode: 'Получить код',
  sentTo: 'Код отправлен на',
  sentToCompany: 'Код отправлен на адрес компании',
  askDirector: 'Письмо приходит не вам: попросите код у директора.',
  validFor: (mmss: string) => `Код действует ещё ${mmss}.`,
  codeExpired: 'Срок действия кода истёк — запросите новый.',
  resent: 'Новый код отправлен',
  code: 'Код из письма',
  checking: 'Проверяем…',
  signIn: 'Войти',
  back: '← Изменить данные',
  resendIn: (s: number) => `Новый код через ${s} с`,
  resend: 'Отправить код снова',
  staffLogin: 'Логин 1С',
  password: 'Пароль',
  signingIn: 'Вход…',
  errors: {
    'code-wrong': 'Неверный код. Проверьте 4 цифры из письма и попробуйте ещё раз.',
    'code-burned': 'Слишком много неверных попыток: код больше не действует. Запросите новый код.',
    'code-expired': 'Срок действия кода истёк. Запросите новый код.',
    'code-stale': 'Этот код уже использован или не запрашивался. Запросите новый код.',
    locked: 'Слишком много неверных кодов: вход временно закрыт.',
    'staff-wrong': 'Неверный логин или пароль.',
    'staff-locked': 'Слишком много неверных паролей для этого логина: вход временно закрыт.',
    'no-device': 'Не удалось определить устройство. Обновите страницу и запросите код ещё раз.',
    'api-unavailable': 'API недоступен. Попробуйте позже.',
    unknown: 'Не удалось войти. Попробуйте ещё раз.',
  } as Record<SignInErrorCode, string>,
  tryAgainIn: (seconds: number) => `Повторите через ${ruWait(seconds)}.`,
  request: {
    invalid: 'Проверьте поля формы',
    'no-device': 'Обновите страницу: не удалось определить устройство',
    resend: (s: number) => `Код уже отправлен. Новый можно запросить через ${ruWait(s)}`,
    letters: (s: number) => `Слишком много запросов кода. Новый код можно запросить через ${ruWait(s)}`,
    'not-found': 'Компания с таким БИН/ИИН не найдена',
    refused: 'Проверьте поля формы: сервер их не принял',
    unavailable: 'API недоступен. Попробуйте позже',
    failed: 'Не удалось отправить код. Попробуйте ещё раз',
  },
}
type LoginText = typeof ru

const en: LoginText = {
  title: 'Sign in',
  heading: 'Sign in to the vehicle inspection portal',
  expired: 'Your session has expired. Please sign in again.',
  mailbox: 'Mailbox (demo)',
  mailboxOff: 'The demo mailbox is off',
  mailboxOffHint: "On this server, sign-in codes go to the company's email.",
  toSignIn: 'To sign-in',
  mailboxIntro: 'Letters the API "sent" in demo mode. Newest first.',
  mailboxEmpty: 'No letters yet. Request a code on the sign-in page.',
  mailboxList: 'Letters',
  refresh: 'Refresh',
  letterTo: 'To:',
  tabsLabel: 'Sign-in method',
  tabClient: 'Client',
  tabStaff: 'Forte staff',
  biin: 'BIN/IIN',
  biinHint: '12 digits, e.g. 200940026146',
  role: 'Role',
  director: 'Director',
  employee: 'Employee',
  mobile: 'Mobile phone',
  mobileHint: 'E.g. 87781578800',
  firstName: 'First name',
  sending: 'Sending the code…',
  getCode: 'Get a code',
  sentTo: 'The code was sent to',
  sentToCompany: "The code was sent to the company's address",
  askDirector: 'The letter does not come to you: ask your director for the code.',
  validFor: (mmss: string) => `It is valid for ${mmss} more.`,
  codeExpired: 'The code has expired — request a new one.',
  resent: 'A new code was sent',
  code: 'Code from the letter',
  checking: 'Checking…',
  signIn: 'Sign in',
  back: '← Change details',
  resendIn: (s: number) => `New code in ${s} s`,
  resend: 'Send the code again',
  staffLogin: '1C login',
  password: 'Password',
  signingIn: 'Signing in…',
  errors: {
    'code-wrong': 'Wrong code. Check the 4 digits in the letter and try again.',
    'code-burned': 'Too many wrong tries: this code no longer works. Request a new code.',
    'code-expired': 'The code has expired. Request a new code.',
    'code-stale': 'This code was already used or never requested. Request a new code.',
    locked: 'Too many wrong codes: sign-in is closed for now.',
    'staff-wrong': 'Wrong login or password.',
    'staff-locked': 'Too many wrong passwords for this login: sign-in is closed for now.',
    'no-device': 'Could not identify this device. Reload the page and request a code again.',
    'api-unavailable': 'The API is unavailable. Please try later.',
    unknown: 'Could not sign in. Please try again.',
  },
  tryAgainIn: (seconds: number) => `Try again in ${enWait(seconds)}.`,
  request: {
    invalid: 'Check the form fields',
    'no-device': 'Reload the page: could not identify this device',
    resend: (s: number) => `The code was just sent. You can request a new one in ${enWait(s)}`,
    letters: (s: number) => `Too many code requests. You can request a new code in ${enWait(s)}`,
    'not-found': 'No company with this BIN/IIN',
    refused: 'Check the form fields: the server did not accept them',
    unavailable: 'The API is unavailable. Please try later',
    failed: 'Could not send the code. Please try again',
  },
}

export const loginText = (locale: Locale) => byLocale(locale, { ru, en })

/** The sentence for a failed sign-in; a lock says how long to wait. */
export function signInErrorText(text: LoginText, error: SignInError): string {
  const sentence = text.errors[error.code] ?? text.errors.unknown
  return error.wait ? `${sentence} ${text.tryAgainIn(error.wait)}` : sentence
}

/** The sentence for a refused code request (step 1, or "send again"). */
export function requestFailureText(text: LoginText, failure: OtpRequestFailure): string {
  const r = text.request
  switch (failure.reason) {
    case 'resend':
      return r.resend(failure.retryAfter ?? 60)
    case 'letters':
      return r.letters(failure.retryAfter ?? 3600)
    default:
      return r[failure.reason]
  }
}
