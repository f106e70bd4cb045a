'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useId, useState } from 'react'
import { Controller, type Resolver, useForm } from 'react-hook-form'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { Field } from '@/components/ui/field'
import { TextField } from '@/components/ui/text-field'
import { failureText } from '@/lib/i18n/failure-text'
import type { Locale } from '@/lib/i18n/locale'
import type { UploadFormInput } from '@/lib/schemas/upload'
import { checkVideoFile, localDateTimeValue } from '@/lib/schemas/video-file'
import { reportsText } from './reports-text'
import { loadTus, sendVideo } from './resumable-upload'
import { geolocationGranted, useGeolocation } from './use-geolocation'

type Values = UploadFormInput

/** The form's schema (zod/mini) comes when the form is first used, not with the page. */
const loadSchema = () => Promise.all([import('@hookform/resolvers/zod'), import('@/lib/schemas/upload')])
/** On the first focus in the form: the code a send needs is fetched while the person fills it in. */
const preload = () => void Promise.all([loadSchema(), loadTus()]).catch(() => {}) // a failed preload is retried on send
const resolver: Resolver<Values> = async (values, context, options) => {
  const [{ zodResolver }, { uploadFormSchema }] = await loadSchema()
  return (zodResolver(uploadFormSchema) as Resolver<Values>)(values, context, options)
}
const FIELDS = ['file', 'time_sent', 'lat', 'long'] as const

/** Sending a video for a due or rejected report: file, time sent, GPS point; progress while it uploads. */
export function UploadVideoForm({ refKey, locale }: { refKey: string; locale: Locale }) {
  const text = reportsText(locale)
  const id = useId()
  const router = useRouter()
  const [progress, setProgress] = useState<number | null>(null)
  const [done, setDone] = useState(false)
  const { locating, denied, locate } = useGeolocation()
  const form = useForm<Values>({
    resolver,
    defaultValues: { ref_key: refKey, time_sent: '', lat: '', long: '' },
  })
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = form

  const fillPoint = useCallback(
    (c: GeolocationCoordinates) => {
      setValue('lat', c.latitude.toFixed(8))
      setValue('long', c.longitude.toFixed(8))
    },
    [setValue],
  )
  useEffect(() => {
    // "Now" is set in the browser (the server's clock and zone are not the user's).
    setValue('time_sent', localDateTimeValue(new Date()))
    // Ask for the position only when it was already allowed; otherwise the button asks.
    void geolocationGranted().then((granted) => granted && locate(fillPoint))
  }, [setValue, locate, fillPoint])

  const onSubmit = handleSubmit(async (v) => {
    const file = v.file as File
    const bad = await checkVideoFile(file)
    if (bad) return setError('file', { message: bad })
    const [, { uploadFieldsSchema }] = await loadSchema()
    const fields = uploadFieldsSchema.parse(v)
    setProgress(0)
    const res = await sendVideo(fields, file, (p) => setProgress(p.sent / p.total))
    setProgress(null)
    if (!res.ok) {
      for (const [k, m] of Object.entries(res.errors ?? {}))
        if ((FIELDS as readonly string[]).includes(k)) setError(k as (typeof FIELDS)[number], { message: m })
      const failure = res.status === 0 ? 'network' : 'failed'
      return setError('root', { message: res.message ?? text.uploadFailures[failure] ?? failureText(locale)[failure] })
    }
    setDone(true)
    router.refresh() // the report is now "Отправлено": the page re-reads it
  })

  if (done)
    return (
      <Alert tone="success" data-testid="upload-done">
        <strong>{text.sentOk}.</strong> {text.sentOkText}
      </Alert>
    )
  const busy = isSubmitting || progress !== null
  return (
    <Card>
      <CardHeader title={text.send} hint={text.sendHint} />
      <CardBody>
        <form onSubmit={onSubmit} onFocus={preload} noValidate className="space-y-4" aria-busy={busy}>
          <fieldset disabled={busy} className="space-y-4">
            <Field id={`${id}-file`} label={text.file} error={errors.file?.message}>
              <Controller
                control={form.control}
                name="file"
                render={({ field }) => (
                  <input
                    id={`${id}-file`}
                    type="file"
                    accept="video/mp4,.mp4"
                    aria-invalid={errors.file ? true : undefined}
                    aria-describedby={`${id}-file-error`}
                    onBlur={field.onBlur}
                    onChange={(e) => field.onChange(e.target.files?.[0])}
                    className="block w-full text-sm text-slate-900 file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium"
                  />
                )}
              />
            </Field>
            <TextField
              id={`${id}-time`}
              label={text.time}
              error={errors.time_sent?.message}
              type="datetime-local"
              step={1}
              {...register('time_sent')}
            />
            <div className="grid gap-4 sm:grid-cols-2">
              {(['lat', 'long'] as const).map((key) => (
                <TextField
                  key={key}
                  id={`${id}-${key}`}
                  label={text[key]}
                  error={errors[key]?.message}
                  inputMode="decimal"
                  autoComplete="off"
                  placeholder={key === 'lat' ? '43.238949' : '76.889709'}
                  {...register(key)}
                />
              ))}
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <Button variant="secondary" onClick={() => locate(fillPoint)} disabled={locating}>
                {locating ? text.locating : text.locate}
              </Button>
              {denied ? (
                <span className="text-sm text-slate-700" aria-live="polite">
                  {text.geoDenied}
                </span>
              ) : null}
            </div>
          </fieldset>
          {progress !== null ? (
            <div className="space-y-1">
              <progress className="h-2 w-full accent-brand" max={1} value={progress} aria-label={text.progress} />
              <span className="text-xs text-slate-600">{Math.round(progress * 100)}%</span>
            </div>
          ) : null}
          {errors.root?.message ? (
            <Alert tone="danger" data-testid="upload-error">
              <strong>{text.failed}:</strong> {errors.root.message}
            </Alert>
          ) : null}
          <Button type="submit" disabled={busy}>
            {busy ? text.sending : text.submit}
          </Button>
        </form>
      </CardBody>
    </Card>
  )
}
