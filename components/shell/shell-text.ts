import type { Role } from '@/lib/auth/roles'
import { byLocale, type Dictionary, type Locale } from '@/lib/i18n/locale'

/** Texts of the portal's frame: navigation, the user's role, sign-out, the API banner, the error boundary. */
type ShellText = {
  nav: { label: string; reports: string; vehicles: string; employees: string; review: string; stickers: string }
  roles: Record<Role, string>
  signOut: string
  /** The phone's header button that opens the navigation. */
  menu: string
  apiDown: string
  apiDownHint: string
  sectionError: string
  notFound: { title: string; text: string }
  forbidden: { title: string; text: string; otherRole: string }
  error: { title: string; text: string }
  home: string
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
    menu: 'Меню',
    apiDown: 'API недоступен.',
    apiDownHint: 'Данные сейчас не загружаются. Повторите попытку через минуту.',
    sectionError: 'Не удалось загрузить данные. Если API недоступен, повторите попытку позже.',
    notFound: { title: 'Страница не найдена', text: 'Такой страницы нет или у вас нет к ней доступа.' },
    forbidden: {
      title: 'Нет доступа',
      text: 'У вашей роли нет доступа к этой странице.',
      otherRole: 'Войти под другой ролью',
    },
    error: { title: 'Что-то пошло не так', text: 'Не удалось показать страницу. Попробуйте ещё раз.' },
    home: 'На главную',
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
    menu: 'Menu',
    apiDown: 'The API is unavailable.',
    apiDownHint: 'No data can be loaded right now. Try again in a minute.',
    sectionError: 'Could not load the data. If the API is unavailable, try again later.',
    notFound: { title: 'Page not found', text: 'There is no such page, or you may not open it.' },
    forbidden: {
      title: 'No access',
      text: 'Your role may not open this page.',
      otherRole: 'Sign in with another role',
    },
    error: { title: 'Something went wrong', text: 'The page could not be shown. Please try again.' },
    home: 'To the start page',
  },
}

export type { ShellText }
export const shellText = (locale: Locale) => byLocale(locale, texts)
