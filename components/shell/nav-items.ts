import type { Role } from '@/lib/auth/roles'
import type { ShellText } from './shell-text'

/** The navigation by role. Feature pages add their entry here (its label in shell-text.ts). */
type NavItem = { href: string; label: keyof Omit<ShellText['nav'], 'label'>; roles: Role[] }

const NAV_ITEMS: NavItem[] = [
  { href: '/tasks', label: 'tasks', roles: ['director', 'employee'] },
  { href: '/reports', label: 'reports', roles: ['director', 'employee'] },
  { href: '/vehicles', label: 'vehicles', roles: ['director', 'employee'] },
  { href: '/employees', label: 'employees', roles: ['director'] },
  { href: '/review', label: 'review', roles: ['staff'] },
  { href: '/stickers', label: 'stickers', roles: ['director', 'staff'] },
  { href: '/insights', label: 'insights', roles: ['director'] },
  { href: '/clients', label: 'clients', roles: ['staff'] },
]

/** The entries a role sees, labelled in the reader's language. */
export const navFor = (role: Role, text: ShellText) =>
  NAV_ITEMS.filter((i) => i.roles.includes(role)).map((i) => ({ href: i.href, label: text.nav[i.label] }))
