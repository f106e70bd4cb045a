'use client'

import { useState } from 'react'
import { Tabs } from '@/components/ui/tabs'
import type { LoginPrefill } from '@/lib/auth/invite'
import type { Locale } from '@/lib/i18n/locale'
import { ClientLogin } from './client-login'
import { loginText } from './login-text'
import { StaffLoginForm } from './staff-login-form'

export function LoginTabs({ from, prefill, locale }: { from: string; prefill: LoginPrefill; locale: Locale }) {
  const [tab, setTab] = useState('client')
  const text = loginText(locale)
  return (
    <Tabs
      label={text.tabsLabel}
      value={tab}
      onChange={setTab}
      items={[
        {
          value: 'client',
          label: text.tabClient,
          content: <ClientLogin from={from} prefill={prefill} locale={locale} />,
        },
        { value: 'staff', label: text.tabStaff, content: <StaffLoginForm from={from} locale={locale} /> },
      ]}
    />
  )
}
