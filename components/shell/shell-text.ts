import type { Role } from '@/lib/auth/roles'
import { GLOSSARY } from '@/lib/i18n/glossary'
import { byLocale, type Dictionary, type Locale } from '@/lib/i18n/locale'

const kk = GLOSSARY.kk

/** Texts of the portal's frame: navigation, the user's role, sign-out, the API banner, the error boundary. */
type ShellText = {
  nav: {
    label: string
    tasks: string
    reports: string
    vehicles: string
    employees: string
    review: string
    stickers: string
    insights: string
    clients: string
  }
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
      tasks: 'Мои задачи',
      reports: 'Отчёты',
      vehicles: 'Транспорт',
      employees: 'Сотрудники',
      review: 'Проверка',
      stickers: 'Наклейки',
      insights: 'Аналитика',
      clients: 'Клиенты',
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
      tasks: 'My tasks',
      reports: 'Reports',
      vehicles: 'Vehicles',
      employees: 'Employees',
      review: 'Review',
      stickers: 'Stickers',
      insights: 'Insights',
      clients: 'Clients',
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
  kk: {
    nav: {
      label: 'Негізгі мәзір',
      tasks: 'Менің тапсырмаларым',
      reports: kk.reports,
      vehicles: kk.vehicles,
      employees: kk.employees,
      review: kk.review,
      stickers: kk.stickers,
      insights: 'Талдау',
      clients: 'Клиенттер',
    },
    roles: { director: kk.director, employee: kk.employee, staff: 'Forte' },
    signOut: 'Шығу',
    menu: 'Мәзір',
    apiDown: 'API қолжетімсіз.',
    apiDownHint: 'Деректер қазір жүктелмейді. Бір минуттан кейін қайталап көріңіз.',
    sectionError: 'Деректерді жүктеу мүмкін болмады. API қолжетімсіз болса, кейінірек қайталап көріңіз.',
    notFound: { title: 'Бет табылмады', text: 'Мұндай бет жоқ немесе оны ашуға рұқсатыңыз жоқ.' },
    forbidden: {
      title: 'Рұқсат жоқ',
      text: 'Сіздің рөліңізге бұл бетті ашуға рұқсат жоқ.',
      otherRole: 'Басқа рөлмен кіру',
    },
    error: { title: 'Бірдеңе дұрыс болмады', text: 'Бетті көрсету мүмкін болмады. Қайталап көріңіз.' },
    home: 'Басты бетке',
  },
}

export type { ShellText }
export const shellText = (locale: Locale) => byLocale(locale, texts)
