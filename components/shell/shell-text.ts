import type { Role } from '@/lib/auth/roles'
import { byLocale, type Dictionary, type Locale } from '@/lib/i18n/locale'

/** Texts of the portal's frame: navigation, the user's role, sign-out, the API banner, the error boundary. */
type ShellText = {
  nav: { label: string; reports: string; vehicles: string; employees: string; review: string; stickers: string }
  roles: Record<Role, string>
  signOut: string
  apiDown: string
  apiDownHint: string
  sectionError: string
}

const texts: Dictionary<ShellText> = {
  ru: {
    nav: {
      label: 'Основная навигация',
      reports: 'Отчёты',
      vehicles: 'Транспорт',
      employees: 'Сотрудники',
      review: 'Проверка',
      stickers: 'Наклейки',
    },
    roles: { director: 'Директор', employee: 'Сотрудник', staff: 'Forte' },
    signOut: 'Выйти',
    apiDown: 'API недоступен.',
    apiDownHint: 'Данные сейчас не загружаются. Повторите попытку через минуту.',
    sectionError: 'Не удалось загрузить данные. Если API недоступен, повторите попытку позже.',
  },
  en: {
    nav: {
      label: 'Main navigation',
      reports: 'Reports',
      vehicles: 'Vehicles',
      employees: 'Employees',
      review: 'Review',
      stickers: 'Stickers',
    },
    roles: { director: 'Director', employee: 'Employee', staff: 'Forte' },
    signOut: 'Sign out',
    apiDown: 'The API is unavailable.',
    apiDownHint: 'No data can be loaded right now. Try again in a minute.',
    sectionError: 'Could not load the data. If the API is unavailable, try again later.',
  },
}

export type { ShellText }
export const shellText = (locale: Locale) => byLocale(locale, texts)
