import type { Role } from '@/lib/auth/roles'

/** The navigation by role. Feature pages add their entry here (label in both languages). */
export type NavItem = { href: string; label: { ru: string; en: string }; roles: Role[] }

export const NAV_ITEMS: NavItem[] = [
  { href: '/reports', label: { ru: 'Отчёты', en: 'Reports' }, roles: ['director', 'employee'] },
  { href: '/vehicles', label: { ru: 'Транспорт', en: 'Vehicles' }, roles: ['director', 'employee'] },
  { href: '/employees', label: { ru: 'Сотрудники', en: 'Employees' }, roles: ['director'] },
  { href: '/review', label: { ru: 'Проверка', en: 'Review' }, roles: ['staff'] },
  { href: '/stickers', label: { ru: 'Наклейки', en: 'Stickers' }, roles: ['director', 'staff'] },
]

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((i) => i.roles.includes(role))
}
