import './jitless'
// zod/mini: the upload form checks with these schemas in the browser (a fifth of zod's size there),
// loaded when the form validates, not with the page.
import * as z from 'zod/mini'
import { MAX_REF_KEY_LENGTH } from '@/lib/forte/ref-key'
import { MAX_VIDEO_BYTES, toApiTimeSent } from './video-file'

/** A decimal coordinate with at most 8 decimals within ±limit (the API's decimal(10,8)/(11,8)). */
const coordinate = (intDigits: number, limit: number, what: string) =>
  z.pipe(
    z.string().check(
      z.trim(),
      z.minLength(1, `Укажите ${what}`),
      z.refine(
        (s) => new RegExp(`^-?\\d{1,${intDigits}}(\\.\\d{1,8})?$`).test(s.replace(',', '.')),
        'Число, не более 8 знаков после точки',
      ),
      z.refine((s) => Math.abs(Number(s.replace(',', '.'))) <= limit, `Допустимо от -${limit} до ${limit}`),
    ),
    z.transform((s: string) => s.replace(',', '.')),
  )

/** The text fields of the video form (browser and server share them). */
export const uploadFieldsSchema = z.object({
  ref_key: z.string().check(z.trim(), z.minLength(1, 'Не указан отчёт'), z.maxLength(MAX_REF_KEY_LENGTH)),
  time_sent: z.pipe(
    z.string().check(
      z.trim(),
      z.minLength(1, 'Укажите время отправки'),
      z.refine((v) => toApiTimeSent(v) !== null, 'Время в формате ГГГГ-ММ-ДД чч:мм:сс'),
    ),
    z.transform((v: string) => toApiTimeSent(v)!),
  ),
  lat: coordinate(2, 90, 'широту'),
  long: coordinate(3, 180, 'долготу'),
})

/** Size and type of the chosen file, checked before anything is sent (the signature is checked by `checkVideoFile`). */
export const videoFileSchema = z
  .custom<File>((v) => typeof File !== 'undefined' && v instanceof File, 'Выберите видеофайл MP4')
  .check(
    z.refine((f) => f.size > 0, 'Файл пустой'),
    z.refine((f) => f.size <= MAX_VIDEO_BYTES, 'Файл больше 64 МБ'),
  )

/** The form: file + fields. */
export const uploadFormSchema = z.extend(uploadFieldsSchema, { file: videoFileSchema })
export type UploadFormInput = z.input<typeof uploadFormSchema>
