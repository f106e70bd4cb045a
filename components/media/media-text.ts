import { SIGNAL_CODES, type SignalCode } from '@/lib/forte/codes'
import { GLOSSARY } from '@/lib/i18n/glossary'
import { byLocale, type Locale } from '@/lib/i18n/locale'

/** Texts of the video's media facts, review signals and frame previews (ru default, en). */
const ru = {
  signals: {
    duplicate_video: 'Повтор видео',
    gps_far: 'GPS далеко',
    gps_zero: 'GPS 0, 0',
    recorded_long_before: 'Снято заранее',
    too_short: 'Короткое видео',
    time_sent_future: 'Часы спешат',
  } as Record<SignalCode, string>,
  signalsFilter: 'Замечания',
  colVideo: 'Видео',
  withSignals: 'С замечаниями',
  withoutSignals: 'Без замечаний',
  signalsTitle: 'Замечания к видео',
  signalsHint: 'Сервер проверил файл, время и место съёмки.',
  noSignals: 'Замечаний нет.',
  signalsPending: 'Замечания появятся после обработки видео.',
  otherReport: (n: string) => `Открыть отчёт № ${n}`,
  earlierPlace: 'Место прежних видео на карте',
  warn: 'Важно',
  info: 'К сведению',
  processing: 'Видео обрабатывается',
  processingHint: 'Пока показан исходный файл. Облегчённая версия, кадры и замечания появятся после обработки.',
  processingShort: 'Обрабатывается',
  failed: 'Видео не удалось обработать',
  failedHint: (why: string) => `Показан исходный файл. Причина: ${why}`,
  failedPlain: 'Показан исходный файл в том виде, в каком он был отправлен.',
  failedShort: 'Не обработано',
  refresh: 'Обновить',
  mediaTitle: 'Файл видео',
  duration: 'Длительность',
  resolution: 'Размер кадра',
  bitrate: 'Битрейт',
  kbps: (n: string) => `${n} кбит/с`,
  fileSize: 'Объём оригинала',
  mb: (n: string) => `${n} МБ`,
  recordedAt: 'Снято (по данным файла)',
  unknown: 'не указано',
  playing: 'Воспроизводится',
  reviewRendition: 'облегчённая версия для проверки',
  originalRendition: 'исходный файл',
  downloadOriginal: 'Скачать оригинал',
  frames: 'Кадры видео',
  framesHint: 'Наведите на шкалу плеера, чтобы увидеть кадр; нажмите на кадр, чтобы перейти к нему.',
  frameAt: (t: string) => `Перейти к ${t}`,
  preview: 'Кадр в этом месте видео',
  posterOf: (n: string) => `Кадр видео отчёта № ${n}`,
}
export type MediaText = typeof ru

const en: MediaText = {
  signals: {
    duplicate_video: 'Same video',
    gps_far: 'GPS far away',
    gps_zero: 'GPS 0, 0',
    recorded_long_before: 'Filmed earlier',
    too_short: 'Short video',
    time_sent_future: 'Clock ahead',
  },
  signalsFilter: 'Signals',
  colVideo: 'Video',
  withSignals: 'With signals',
  withoutSignals: 'Without signals',
  signalsTitle: 'Video signals',
  signalsHint: 'The server checked the file, the time and the place of filming.',
  noSignals: 'No signals.',
  signalsPending: 'Signals appear once the video is processed.',
  otherReport: (n) => `Open report No. ${n}`,
  earlierPlace: 'Place of the earlier videos on a map',
  warn: 'Warning',
  info: 'Note',
  processing: 'The video is being processed',
  processingHint:
    'The original file is shown meanwhile. The lighter version, frames and signals come once it is processed.',
  processingShort: 'Processing',
  failed: 'The video could not be processed',
  failedHint: (why) => `The original file is shown. Reason: ${why}`,
  failedPlain: 'The original file is shown as it was sent.',
  failedShort: 'Not processed',
  refresh: 'Refresh',
  mediaTitle: 'Video file',
  duration: 'Duration',
  resolution: 'Frame size',
  bitrate: 'Bitrate',
  kbps: (n) => `${n} kbit/s`,
  fileSize: 'Original size',
  mb: (n) => `${n} MB`,
  recordedAt: 'Filmed (as the file says)',
  unknown: 'not given',
  playing: 'Playing',
  reviewRendition: 'the lighter version for review',
  originalRendition: 'the original file',
  downloadOriginal: 'Download the original',
  frames: 'Video frames',
  framesHint: "Hover over the player's timeline to see a frame; click a frame to jump to it.",
  frameAt: (t) => `Jump to ${t}`,
  preview: 'The frame at this point of the video',
  posterOf: (n) => `Frame of the video of report No. ${n}`,
}

const g = GLOSSARY.kk
const kk: MediaText = {
  signals: {
    duplicate_video: 'Қайталанған бейне',
    gps_far: 'GPS алыс',
    gps_zero: 'GPS 0, 0',
    recorded_long_before: 'Алдын ала түсірілген',
    too_short: 'Қысқа бейне',
    time_sent_future: 'Сағат алға кеткен',
  },
  signalsFilter: 'Ескертулер',
  colVideo: g.video,
  withSignals: 'Ескертулері бар',
  withoutSignals: 'Ескертусіз',
  signalsTitle: 'Бейнеге ескертулер',
  signalsHint: 'Сервер файлды, түсірілген уақыт пен орынды тексерді.',
  noSignals: 'Ескерту жоқ.',
  signalsPending: 'Ескертулер бейне өңделгеннен кейін шығады.',
  otherReport: (n) => `№ ${n} есепті ашу`,
  earlierPlace: 'Бұрынғы бейнелердің орны картада',
  warn: 'Маңызды',
  info: 'Мәлімет үшін',
  processing: 'Бейне өңделуде',
  processingHint: 'Әзірге бастапқы файл көрсетілген. Жеңіл нұсқасы, кадрлар мен ескертулер өңдеуден кейін шығады.',
  processingShort: 'Өңделуде',
  failed: 'Бейнені өңдеу мүмкін болмады',
  failedHint: (why) => `Бастапқы файл көрсетілген. Себебі: ${why}`,
  failedPlain: 'Бастапқы файл жіберілген күйінде көрсетілген.',
  failedShort: 'Өңделмеді',
  refresh: 'Жаңарту',
  mediaTitle: 'Бейне файлы',
  duration: 'Ұзақтығы',
  resolution: 'Кадр өлшемі',
  bitrate: 'Бит жылдамдығы',
  kbps: (n) => `${n} кбит/сек`,
  fileSize: 'Түпнұсқаның көлемі',
  mb: (n) => `${n} МБ`,
  recordedAt: 'Түсірілген уақыты (файл деректері бойынша)',
  unknown: 'көрсетілмеген',
  playing: 'Ойнатылуда',
  reviewRendition: 'тексеруге арналған жеңіл нұсқа',
  originalRendition: 'бастапқы файл',
  downloadOriginal: 'Түпнұсқаны жүктеп алу',
  frames: 'Бейне кадрлары',
  framesHint: 'Кадрды көру үшін ойнатқыш шкаласына меңзерді апарыңыз; кадрға өту үшін оны басыңыз.',
  frameAt: (t) => `${t} сәтіне өту`,
  preview: 'Бейненің осы тұсындағы кадр',
  posterOf: (n) => `№ ${n} есептің бейне кадры`,
}

export const mediaText = (locale: Locale): MediaText => byLocale(locale, { ru, en, kk })

/** `m:ss` (a video of a few minutes at most). */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** The queue's "Замечания" filter: with any, without, or with one signal. */
export function signalFilterOptions(locale: Locale) {
  const text = mediaText(locale)
  return [
    { value: 'any', label: text.withSignals },
    { value: 'none', label: text.withoutSignals },
    ...SIGNAL_CODES.map((code) => ({ value: code, label: text.signals[code] })),
  ]
}
