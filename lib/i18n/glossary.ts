import type { Dictionary } from './locale'

/**
 * The domain's words, one spelling per language, so that a column, a filter, a badge and a sentence
 * name a thing the same way on every page. The Kazakh dictionaries take their terms from here; the
 * glossary test checks that the Russian and English dictionaries agree with it too.
 *
 * Choices made for Kazakh (kk), with the alternatives left out on purpose:
 * - отчёт → есеп (not «баяндама», a speech or a paper); осмотр → қарау (a look at the vehicle on video),
 *   проверка → тексеру (the reviewer's check): two words, as Russian has two.
 * - госномер → мемнөмір (the short form of «мемлекеттік тіркеу нөмірі» used on forms and in the press).
 * - БИН/ИИН → БСН/ЖСН (бизнес-сәйкестендіру нөмірі / жеке сәйкестендіру нөмірі: the official terms).
 * - наклейка → жапсырма; договор → келісімшарт; транспорт → көлік (a vehicle), көліктер (the list).
 * - одобрено → мақұлданды; отказ → қабылдамау (the reviewer's act), «Қабылданбады» (the status): the
 *   reviewer does not «refuse» (бас тарту) a report, he does not accept it.
 * - просрочено → мерзімі өткен; срок сдачи → тапсыру мерзімі; сотрудник → қызметкер; директор stays
 *   «Директор» (the title of a company's head in Kazakh too; «басшы» would be any manager).
 * - Kazakh nouns stay singular after a number (5 жапсырма), so a count needs one form only.
 */
type Glossary = {
  report: string
  reports: string
  inspection: string
  review: string
  vehicle: string
  vehicles: string
  plate: string
  vin: string
  biin: string
  contract: string
  company: string
  sticker: string
  stickers: string
  employee: string
  employees: string
  director: string
  status: string
  period: string
  deadline: string
  overdue: string
  video: string
  approve: string
  reject: string
  rejectReason: string
  /** The four report statuses, by their codes 1–4. */
  due: string
  sent: string
  approved: string
  rejected: string
}

export const GLOSSARY: Dictionary<Glossary> = {
  ru: {
    report: 'Отчёт',
    reports: 'Отчёты',
    inspection: 'Осмотр',
    review: 'Проверка',
    vehicle: 'Транспорт',
    vehicles: 'Транспорт',
    plate: 'Госномер',
    vin: 'VIN',
    biin: 'БИН/ИИН',
    contract: 'Договор',
    company: 'Компания',
    sticker: 'Наклейка',
    stickers: 'Наклейки',
    employee: 'Сотрудник',
    employees: 'Сотрудники',
    director: 'Директор',
    status: 'Статус',
    period: 'Период',
    deadline: 'Срок сдачи',
    overdue: 'Просрочено',
    video: 'Видео',
    approve: 'Одобрить',
    reject: 'Отказать',
    rejectReason: 'Причина отказа',
    due: 'Сдать отчёт',
    sent: 'Отправлено',
    approved: 'Одобрено',
    rejected: 'Отказано',
  },
  kk: {
    report: 'Есеп',
    reports: 'Есептер',
    inspection: 'Қарау',
    review: 'Тексеру',
    vehicle: 'Көлік',
    vehicles: 'Көліктер',
    plate: 'Мемнөмір',
    vin: 'VIN',
    biin: 'БСН/ЖСН',
    contract: 'Келісімшарт',
    company: 'Компания',
    sticker: 'Жапсырма',
    stickers: 'Жапсырмалар',
    employee: 'Қызметкер',
    employees: 'Қызметкерлер',
    director: 'Директор',
    status: 'Мәртебе',
    period: 'Кезең',
    deadline: 'Тапсыру мерзімі',
    overdue: 'Мерзімі өткен',
    video: 'Бейне',
    approve: 'Мақұлдау',
    reject: 'Қабылдамау',
    rejectReason: 'Қабылдамау себебі',
    due: 'Есеп тапсыру',
    sent: 'Жіберілді',
    approved: 'Мақұлданды',
    rejected: 'Қабылданбады',
  },
  en: {
    report: 'Report',
    reports: 'Reports',
    inspection: 'Inspection',
    review: 'Review',
    vehicle: 'Vehicle',
    vehicles: 'Vehicles',
    plate: 'Plate',
    vin: 'VIN',
    biin: 'BIN/IIN',
    contract: 'Contract',
    company: 'Company',
    sticker: 'Sticker',
    stickers: 'Stickers',
    employee: 'Employee',
    employees: 'Employees',
    director: 'Director',
    status: 'Status',
    period: 'Period',
    deadline: 'Due by',
    overdue: 'Overdue',
    video: 'Video',
    approve: 'Approve',
    reject: 'Reject',
    rejectReason: 'Reason for rejection',
    due: 'Report due',
    sent: 'Sent',
    approved: 'Approved',
    rejected: 'Rejected',
  },
}

/**
 * Words that are the same in Kazakh and Russian on purpose (a loanword, a title, a unit, alone or after
 * a number): the dictionary test accepts them where it otherwise flags a Kazakh text equal to the Russian one.
 */
export const SAME_IN_KK = new Set(['Директор', 'Компания', 'Клиент', 'Б', 'КБ', 'МБ', 'мин'])
