import type { SignInError, SignInErrorCode } from '@/lib/auth/otp-errors'
import { GLOSSARY } from '@/lib/i18n/glossary'
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
const kkWait = duration({ s: 'сек', min: 'мин', h: 'сағ' })

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

const g = GLOSSARY.kk
// A wait is said as «5 мин өткен соң» (after 5 min have passed): no case ending to agree with a number.
const kk: LoginText = {
  title: 'Кіру',
  heading: 'Көлікті қарау порталына кіру',
  expired: 'Сеанс мерзімі бітті. Қайта кіріңіз.',
  mailbox: 'Пошта (демо)',
  mailboxOff: 'Демо-пошта өшірулі',
  mailboxOffHint: 'Бұл серверде кіру коды компанияның электрондық поштасына хатпен келеді.',
  toSignIn: 'Кіру бетіне',
  mailboxIntro: 'API демо режимде «жіберген» хаттар. Ең жаңалары жоғарыда.',
  mailboxEmpty: 'Әзірге хат жоқ. Кіру бетінде код сұратыңыз.',
  mailboxList: 'Хаттар',
  refresh: 'Жаңарту',
  letterTo: 'Кімге:',
  tabsLabel: 'Кіру тәсілі',
  tabClient: 'Клиент',
  tabStaff: 'Forte қызметкері',
  biin: g.biin,
  biinHint: '12 цифр, мысалы 200940026146',
  role: 'Рөл',
  director: g.director,
  employee: g.employee,
  mobile: 'Ұялы телефон',
  mobileHint: 'Мысалы 87781578800',
  firstName: 'Аты',
  sending: 'Код жіберілуде…',
  getCode: 'Код алу',
  sentTo: 'Код мына мекенжайға жіберілді:',
  sentToCompany: 'Код компанияның мекенжайына жіберілді',
  askDirector: 'Хат сізге келмейді: кодты директордан сұраңыз.',
  validFor: (mmss: string) => `Код тағы ${mmss} жарамды.`,
  codeExpired: 'Кодтың мерзімі бітті — жаңасын сұратыңыз.',
  resent: 'Жаңа код жіберілді',
  code: 'Хаттағы код',
  checking: 'Тексерілуде…',
  signIn: 'Кіру',
  back: '← Деректерді өзгерту',
  resendIn: (s: number) => `Жаңа код ${s} сек өткен соң`,
  resend: 'Кодты қайта жіберу',
  staffLogin: '1С логині',
  password: 'Құпиясөз',
  signingIn: 'Кіріп жатырмыз…',
  errors: {
    'code-wrong': 'Код қате. Хаттағы 4 цифрды тексеріп, қайталап көріңіз.',
    'code-burned': 'Қате енгізу тым көп болды: бұл код енді жарамсыз. Жаңа код сұратыңыз.',
    'code-expired': 'Кодтың мерзімі бітті. Жаңа код сұратыңыз.',
    'code-stale': 'Бұл код бұрын қолданылған немесе мүлде сұратылмаған. Жаңа код сұратыңыз.',
    locked: 'Қате код тым көп енгізілді: кіру уақытша жабық.',
    'staff-wrong': 'Логин немесе құпиясөз қате.',
    'staff-locked': 'Бұл логин үшін қате құпиясөз тым көп енгізілді: кіру уақытша жабық.',
    'no-device': 'Құрылғыны анықтау мүмкін болмады. Бетті жаңартып, кодты қайта сұратыңыз.',
    'api-unavailable': 'API қолжетімсіз. Кейінірек көріңіз.',
    unknown: 'Кіру мүмкін болмады. Қайталап көріңіз.',
  },
  tryAgainIn: (seconds: number) => `${kkWait(seconds)} өткен соң қайталаңыз.`,
  request: {
    invalid: 'Форма өрістерін тексеріңіз',
    'no-device': 'Бетті жаңартыңыз: құрылғыны анықтау мүмкін болмады',
    resend: (s: number) => `Код жаңа ғана жіберілді. Жаңасын ${kkWait(s)} өткен соң сұратуға болады`,
    letters: (s: number) => `Код тым көп сұратылды. Жаңа кодты ${kkWait(s)} өткен соң сұратуға болады`,
    'not-found': `Мұндай ${g.biin} нөмірі бар компания табылмады`,
    refused: 'Форма өрістерін тексеріңіз: сервер оларды қабылдамады',
    unavailable: 'API қолжетімсіз. Кейінірек көріңіз',
    failed: 'Кодты жіберу мүмкін болмады. Қайталап көріңіз',
  },
}

export const loginText = (locale: Locale) => byLocale(locale, { ru, en, kk })

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
