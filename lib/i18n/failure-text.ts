import type { ApiFailure } from '@/lib/forte/errors'
import { byLocale, type Dictionary, type Locale } from './locale'

/** A failure the browser meets itself: the portal could not be reached. */
export type Failure = ApiFailure | 'network'

/** The plain sentence for each failure; a feature words its own where the context says more. */
const texts: Dictionary<Record<Failure, string>> = {
  ru: {
    expired: 'Сессия истекла. Войдите снова.',
    forbidden: 'Недостаточно прав для этого действия.',
    'not-found': 'Не найдено.',
    conflict: 'Состояние изменилось: обновите страницу.',
    'too-large': 'Файл больше 64 МБ',
    'not-mp4': 'Файл не является видео MP4',
    invalid: 'Проверьте введённые данные.',
    'rate-limited': 'Слишком много попыток, подождите немного.',
    unavailable: 'API недоступен. Повторите попытку через минуту.',
    failed: 'Сервер отказал. Повторите попытку позже.',
    network: 'Нет связи с порталом. Проверьте подключение и повторите.',
  },
  en: {
    expired: 'The session has expired. Sign in again.',
    forbidden: 'You may not do this.',
    'not-found': 'Not found.',
    conflict: 'Something changed meanwhile: reload the page.',
    'too-large': 'The file is larger than 64 MB',
    'not-mp4': 'The file is not an MP4 video',
    invalid: 'Check the data you entered.',
    'rate-limited': 'Too many tries, wait a little.',
    unavailable: 'The API is unavailable. Try again in a minute.',
    failed: 'The server refused. Try again later.',
    network: 'The portal cannot be reached. Check the connection and try again.',
  },
  kk: {
    expired: 'Сеанс мерзімі бітті. Қайта кіріңіз.',
    forbidden: 'Бұл әрекетке құқығыңыз жеткіліксіз.',
    'not-found': 'Табылмады.',
    conflict: 'Жағдай өзгерді: бетті жаңартыңыз.',
    'too-large': 'Файл көлемі 64 МБ-тан асады',
    'not-mp4': 'Файл MP4 бейнесі емес',
    invalid: 'Енгізілген деректерді тексеріңіз.',
    'rate-limited': 'Әрекет тым көп, сәл күте тұрыңыз.',
    unavailable: 'API қолжетімсіз. Бір минуттан кейін қайталап көріңіз.',
    failed: 'Сервер сұрауды орындамады. Кейінірек қайталап көріңіз.',
    network: 'Порталмен байланыс жоқ. Қосылымды тексеріп, қайталап көріңіз.',
  },
}

export const failureText = (locale: Locale) => byLocale(locale, texts)
