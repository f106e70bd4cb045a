'use client'

import { useState } from 'react'
import { Tabs } from '@/components/ui/tabs'
import { ClientLogin } from './client-login'
import { StaffLoginForm } from './staff-login-form'

export function LoginTabs({ from }: { from: string }) {
  const [tab, setTab] = useState('client')
  return (
    <Tabs
      label="Способ входа"
      value={tab}
      onChange={setTab}
      items={[
        { value: 'client', label: 'Клиент', content: <ClientLogin from={from} /> },
        { value: 'staff', label: 'Сотрудник Forte', content: <StaffLoginForm from={from} /> },
      ]}
    />
  )
}
