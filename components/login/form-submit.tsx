import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'

type Props = {
  /** The form's own error (react-hook-form's `errors.root`), shown above the button. */
  error?: string
  pending: boolean
  /** The button's word, and the one it shows while the form is sent. */
  label: string
  pendingLabel: string
}

/** The end of a sign-in form: its error, then a full-width submit button that is off while the form is sent. */
export function FormSubmit({ error, pending, label, pendingLabel }: Props) {
  return (
    <>
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? pendingLabel : label}
      </Button>
    </>
  )
}
