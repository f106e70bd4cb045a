import type { Metadata } from 'next'
import { TaskList } from '@/components/tasks/task-list'
import { tasksText } from '@/components/tasks/tasks-text'
import { PageHeader } from '@/components/shell/page-header'
import { PageUnavailable } from '@/components/shell/page-unavailable'
import { requireApiAuth } from '@/lib/auth/session'
import { loadTasks } from '@/lib/data/tasks'
import { loadPageData } from '@/lib/forte/page-data'
import { getLocale } from '@/lib/i18n/get-locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: tasksText(await getLocale()).title }
}

/** "Мои задачи": the company's reports waiting for a video, for the phone in the field. */
export default async function Page() {
  const auth = await requireApiAuth('director', 'employee')
  const locale = await getLocale()
  const text = tasksText(locale)
  const loaded = await loadPageData('/tasks', () => loadTasks(auth))
  if ('apiDown' in loaded) return <PageUnavailable title={text.title} description={text.description} />
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <PageHeader title={text.title} description={text.description} />
      <TaskList tasks={loaded.data} locale={locale} text={text} />
    </div>
  )
}
