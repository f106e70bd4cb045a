'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useId, useState } from 'react'
import { sendVideo, type UploadProgress } from '@/components/reports/resumable-upload'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { Checklist } from '@/components/ui/checklist'
import { TextField } from '@/components/ui/text-field'
import { INTL_LOCALE, type Locale } from '@/lib/i18n/locale'
import { checkVideoFile, localDateTimeValue, MAX_VIDEO_BYTES } from '@/lib/schemas/video-file'
import { SentNotice } from './sent-notice'
import { tasksText } from './tasks-text'
import { videoDuration } from './video-duration'

type Point = { lat: string; long: string; accuracy: number | null }
type Chosen = { file: File; duration: number | null }

const pickerClass =
  'flex h-14 w-full cursor-pointer items-center justify-center rounded-xl px-4 text-base font-medium focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-accent'

/** The capture screen's working part: the checklist, the video (camera or file), the GPS point, and the upload. */
export function CaptureForm({ refKey, checklist, locale }: { refKey: string; checklist: string[]; locale: Locale }) {
  const text = tasksText(locale)
  const id = useId()
  const router = useRouter()
  const [ticks, setTicks] = useState<boolean[]>(() => checklist.map(() => false))
  const [chosen, setChosen] = useState<Chosen | null>(null)
  const [fileError, setFileError] = useState<{ title?: string; message: string } | null>(null)
  const [point, setPoint] = useState<Point>({ lat: '', long: '', accuracy: null })
  const [geo, setGeo] = useState<'locating' | 'ok' | 'denied'>('locating')
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [progress, setProgress] = useState<UploadProgress | null>(null)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const [done, setDone] = useState(false)

  // Asks the device for its position; answers arrive in callbacks (never a state change in the effect itself).
  const requestPoint = useCallback(() => {
    if (!('geolocation' in navigator)) return void Promise.resolve().then(() => setGeo('denied'))
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setPoint({
          lat: p.coords.latitude.toFixed(8),
          long: p.coords.longitude.toFixed(8),
          accuracy: Math.round(p.coords.accuracy),
        })
        setGeo('ok')
      },
      () => setGeo('denied'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 30_000 },
    )
  }, [])
  useEffect(() => requestPoint(), [requestPoint])
  const locate = () => {
    setGeo('locating')
    requestPoint()
  }

  async function choose(file: File | undefined) {
    setFailure(null)
    setFileError(null)
    setChosen(null)
    if (!file) return
    if (file.size > MAX_VIDEO_BYTES) return setFileError({ message: text.tooBig })
    if (await checkVideoFile(file)) return setFileError({ title: text.notMp4Title, message: text.notMp4(file.name) })
    setChosen({ file, duration: null })
    const duration = await videoDuration(file)
    setChosen((c) => (c?.file === file ? { file, duration } : c))
  }

  async function send() {
    if (!chosen) return setFileError({ message: text.noFile })
    // The schema (zod/mini) comes with the first send, not with the page.
    const { uploadFieldsSchema } = await import('@/lib/schemas/upload')
    const fields = uploadFieldsSchema.safeParse({
      ref_key: refKey,
      time_sent: localDateTimeValue(new Date()),
      lat: point.lat,
      long: point.long,
    })
    if (!fields.success) {
      const errs: Record<string, string> = {}
      for (const issue of fields.error.issues) errs[String(issue.path[0])] ??= issue.message
      return setFieldErrors(errs)
    }
    setFieldErrors({})
    setFailure(null)
    setSending(true)
    const res = await sendVideo(fields.data, chosen.file, setProgress)
    setSending(false)
    if (res.ok) {
      setDone(true)
      return router.refresh() // the vehicle card's status becomes «Отправлено»
    }
    setProgress(null)
    if (res.errors) setFieldErrors(res.errors)
    setFailure(res.message ?? (res.status === 0 ? text.networkFailed : text.failed))
  }

  const number = (n: number, digits = 1) =>
    new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits }).format(n)
  const bytes = (n: number) =>
    n >= 1024 * 1024
      ? `${number(n / 1024 / 1024)} ${text.units.MB}`
      : n >= 1024
        ? `${number(n / 1024, 0)} ${text.units.KB}`
        : `${n} ${text.units.B}`
  const seconds = (s: number) =>
    s >= 60
      ? `${Math.floor(s / 60)} ${text.units.min} ${Math.round(s % 60)} ${text.units.s}`
      : `${Math.ceil(s)} ${text.units.s}`

  if (done) return <SentNotice text={text} />

  return (
    <div className="space-y-4">
      <Checklist
        title={text.checklist}
        hint={text.checklistHint}
        empty={text.checklistEmpty}
        items={checklist}
        testId="capture-checklist"
        checked={ticks}
        onToggle={(i) => setTicks((t) => t.map((v, j) => (j === i ? !v : v)))}
      />

      <Card>
        <CardHeader title={text.video} />
        <CardBody className="space-y-3">
          <div className="grid gap-3 sm:grid-cols-2">
            {(['camera', 'file'] as const).map((kind) => (
              <label
                key={kind}
                className={`${pickerClass} ${kind === 'camera' ? 'bg-brand text-white' : 'border border-slate-300 bg-white text-slate-900'}`}
              >
                <input
                  type="file"
                  // The camera opens straight away on a phone; the file picker also offers the gallery.
                  accept={kind === 'camera' ? 'video/*' : 'video/mp4,video/*,.mp4,.mov'}
                  capture={kind === 'camera' ? 'environment' : undefined}
                  className="sr-only"
                  disabled={sending}
                  data-testid={`capture-${kind}`}
                  onChange={(e) => void choose(e.target.files?.[0])}
                />
                {kind === 'camera' ? text.shoot : text.choose}
              </label>
            ))}
          </div>
          {fileError ? (
            <Alert tone="danger" data-testid="capture-file-error">
              {fileError.title ? <strong className="block">{fileError.title}</strong> : null}
              {fileError.message}
            </Alert>
          ) : chosen ? (
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="capture-summary">
              <dt className="text-slate-700">{text.video}</dt>
              <dd className="break-all text-slate-900">{chosen.file.name}</dd>
              <dt className="text-slate-700">{text.duration}</dt>
              <dd className="text-slate-900">{chosen.duration === null ? text.unknown : seconds(chosen.duration)}</dd>
              <dt className="text-slate-700">{text.size}</dt>
              <dd className="text-slate-900">{bytes(chosen.file.size)}</dd>
            </dl>
          ) : (
            <p className="text-sm text-slate-700">{text.noFile}</p>
          )}
        </CardBody>
      </Card>

      <Card>
        <CardHeader title={text.place} />
        <CardBody className="space-y-3">
          <p className="text-sm text-slate-800" aria-live="polite" data-testid="capture-geo">
            {geo === 'locating' ? text.locating : geo === 'denied' ? text.geoDenied : null}
            {geo === 'ok' && point.accuracy !== null ? text.accuracy(point.accuracy) : null}
          </p>
          <div className="grid grid-cols-2 gap-3">
            {(['lat', 'long'] as const).map((key) => (
              <TextField
                key={key}
                id={`${id}-${key}`}
                label={text[key]}
                error={fieldErrors[key]}
                inputMode="decimal"
                autoComplete="off"
                value={point[key]}
                disabled={sending}
                onChange={(e) => setPoint((p) => ({ ...p, [key]: e.target.value, accuracy: null }))}
              />
            ))}
          </div>
          <Button variant="secondary" onClick={locate} disabled={sending || geo === 'locating'} className="h-12 w-full">
            {text.locate}
          </Button>
        </CardBody>
      </Card>

      {progress ? (
        <div className="space-y-1" data-testid="capture-progress">
          <progress
            className="h-3 w-full accent-brand"
            max={progress.total}
            value={progress.sent}
            aria-label={text.progress}
          />
          <p className="text-sm text-slate-800">
            {[
              text.sentOf(bytes(progress.sent), bytes(progress.total)),
              progress.bytesPerSecond ? text.speed(bytes(progress.bytesPerSecond)) : null,
              progress.secondsLeft !== null ? text.left(seconds(progress.secondsLeft)) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {progress.resumedFrom !== null ? (
            <p className="text-sm text-slate-700" data-testid="capture-resumed">
              {text.resumed(bytes(progress.resumedFrom))}
            </p>
          ) : null}
          {progress.waiting ? (
            <p className="text-sm font-medium text-amber-900" role="status">
              {text.waiting}
            </p>
          ) : null}
        </div>
      ) : null}
      {failure ? (
        <Alert tone="danger" data-testid="capture-error">
          <strong>{text.failed}:</strong> {failure}
        </Alert>
      ) : null}
      <Button
        onClick={() => void send()}
        disabled={sending}
        className="h-14 w-full text-base"
        data-testid="capture-send"
      >
        {sending ? text.sending : text.send}
      </Button>
    </div>
  )
}
