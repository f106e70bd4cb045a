import { clsx } from 'clsx'
import { forwardRef, type InputHTMLAttributes } from 'react'

export const Input = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function Input(
  { className, ...props },
  ref,
) {
  return (
    <input
      ref={ref}
      className={clsx(
        'h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 placeholder:text-slate-500',
        'focus:border-accent focus:outline-2 focus:outline-accent/40 aria-[invalid=true]:border-red-600',
        className,
      )}
      {...props}
    />
  )
})
