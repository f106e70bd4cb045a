import type { ApiFailure } from '@/lib/forte/errors'
import { failureText } from '@/lib/i18n/failure-text'
import type { Locale } from '@/lib/i18n/locale'
import { UPLOAD_FIELD_MESSAGES, type UploadFailure } from '@/lib/schemas/video-file'
import { reportsText } from './reports-text'

/** A refused upload in the reader's words, with the fields that were refused (both upload routes answer this). */
export function uploadFailure(failure: ApiFailure, locale: Locale, fields: string[] = []): UploadFailure {
  const text = reportsText(locale)
  const message = text.uploadFailures[failure] ?? failureText(locale)[failure]
  if (failure === 'not-mp4' || failure === 'too-large') return { message, errors: { file: message } }
  if (failure === 'invalid')
    return { message, errors: Object.fromEntries(fields.map((k) => [k, UPLOAD_FIELD_MESSAGES[k] ?? text.badField])) }
  return { message }
}
