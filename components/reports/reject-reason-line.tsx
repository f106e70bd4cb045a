import { clsx } from 'clsx'

/**
 * A report's rejection reason: the current one while the report is rejected (what to fix now), and
 * history once a new video came after it (the API keeps the last reason whatever the status).
 */
export function RejectReasonLine({
  statusCode,
  reason,
  text,
  boxed,
}: {
  statusCode: number
  reason: string
  text: { rejectReason: string; rejectedBefore: string }
  /** The report page frames the current reason; a list keeps it a plain line. */
  boxed?: boolean
}) {
  if (!reason) return null
  if (statusCode !== 4)
    return (
      <p className="text-sm text-slate-600" data-testid="reject-history">
        {text.rejectedBefore}: {reason}
      </p>
    )
  return (
    <p
      className={clsx(
        'text-sm',
        boxed ? 'rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-red-900' : 'text-red-800',
      )}
      data-testid="reject-reason"
    >
      <strong className={boxed ? undefined : 'font-normal'}>{text.rejectReason}:</strong> {reason}
    </p>
  )
}
