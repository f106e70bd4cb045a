import { Alert } from '@/components/ui/alert'
import type { TasksText } from './tasks-text'

/** The capture screen of a report whose video has arrived (right after sending, and on any later visit). */
export function SentNotice({ text }: { text: TasksText }) {
  return (
    <Alert tone="success" data-testid="capture-done">
      <strong className="block">{text.sent}</strong>
      <span className="mt-1 block">{text.sentText}</span>
    </Alert>
  )
}
