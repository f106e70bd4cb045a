import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { LocaleProvider } from '@/components/shell/locale-provider'
import { getLocale } from '@/lib/i18n/get-locale'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'ForteLeasing — осмотр транспорта', template: '%s · ForteLeasing' },
  description: 'Портал отчётов об осмотре транспорта ForteLeasing',
  // The files of public/ (the proxy lets them through without a session).
  icons: {
    icon: [
      { url: '/logo.svg', type: 'image/svg+xml' },
      { url: '/favicon.ico', sizes: '32x32' },
    ],
    apple: '/icon-192.png',
  },
  manifest: '/manifest.webmanifest',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading cookies makes every page dynamic, which the per-request CSP nonce needs anyway.
  const locale = await getLocale()
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <LocaleProvider locale={locale}>{children}</LocaleProvider>
      </body>
    </html>
  )
}
