import type { InputHTMLAttributes, ReactNode, Ref } from 'react'
import { Field } from './field'
import { Input } from './input'

type Props = InputHTMLAttributes<HTMLInputElement> & {
  id: string
  label: ReactNode
  error?: string
  hint?: ReactNode
  ref?: Ref<HTMLInputElement>
}

/** A labelled text input with its hint and error, wired for screen readers (aria-invalid, aria-describedby). */
export function TextField({ id, label, error, hint, ...input }: Props) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Input id={id} aria-invalid={error ? true : undefined} aria-describedby={`${id}-error`} {...input} />
    </Field>
  )
}
