import { GLOSSARY } from '@/lib/i18n/glossary'
import { byLocale, type Dictionary, type Locale } from '@/lib/i18n/locale'
import { countOf } from '@/lib/i18n/plural'
import type { LayoutId } from './layouts'

/**
 * The line printed on every sticker for the person holding the phone. Russian whatever the portal's
 * language: the sticker stays on the vehicle, read by its drivers.
 */
export const STICKER_SCAN_LINE = 'Отсканируйте в приложении ForteLeasing'

/** Texts of the sticker pages (ru default, en). */
const ru = {
  title: 'Наклейки',
  description: 'QR-наклейки на транспорт: мобильное приложение по коду узнаёт, какой транспорт снимают',
  vehicles: 'Транспорт',
  caption: 'Транспорт для печати наклеек',
  colPick: 'Выбрать',
  colPlate: 'Госномер',
  colVin: 'VIN',
  colCompany: 'Компания',
  pickVehicle: (name: string) => `Выбрать ${name}`,
  selectAll: 'Выбрать все',
  selectNone: 'Снять все',
  selectPage: 'Выбрать все на этой странице',
  selectAllFilter: (n: number) => `Выбрать все ${n} по фильтру`,
  allSelected: (n: number) => `Выбраны все ${n} по фильтру.`,
  pageSelected: (n: number) => `Выбраны все ${n} на этой странице.`,
  selected: (n: number) => `Выбрано: ${n}`,
  nothingSelected: 'Отметьте хотя бы один транспорт.',
  filterLabel: 'Фильтр транспорта',
  onlyNew: 'Только без наклейки (новые)',
  apply: 'Применить',
  colSticker: 'Наклейка',
  stickerNever: 'не печаталась',
  start: 'Начать с наклейки №',
  startHint: (max: number) => `Для начатого листа: первые ячейки до этого номера останутся пустыми (1–${max}).`,
  startNote: (n: number) => `начало с наклейки №${n}`,
  truncated: (shown: number, of: number) =>
    `Печатаются первые ${shown} из ${of}: за один раз — не больше ${shown}. Сузьте фильтр или снимите часть отметок.`,
  recording: 'Отмечаем наклейки как напечатанные…',
  recorded: (n: number) => `Отмечено как напечатанные: ${n}.`,
  recordFailed: (why: string) => `Наклейки не отмечены как напечатанные: ${why}`,
  layout: 'Раскладка',
  layouts: {
    'a4-3x8': 'A4, 3×8 (24 наклейки 70×37 мм)',
    'a4-2x5': 'A4, 2×5 (10 наклеек 105×57 мм)',
    'label-100x60': 'Одна наклейка 100×60 мм',
  } satisfies Record<LayoutId, string>,
  copies: 'Копий каждой наклейки',
  show: 'Показать для печати',
  noVehicles: 'Транспорт не найден.',
  searchLabel: 'Поиск транспорта',
  biin: 'БИН/ИИН компании',
  query: 'Госномер или VIN',
  search: 'Найти',
  found: (n: number) => `Найдено: ${n}`,
  loading: 'Загрузка наклеек…',
  sheet: (n: number, of: number) => `Лист ${n} из ${of}`,
  printTitle: 'Печать наклеек',
  print: 'Печать',
  backToPick: '← К выбору транспорта',
  summary: (stickers: number, pages: number) =>
    `${countOf('ru', stickers, { one: 'наклейка', few: 'наклейки', many: 'наклеек', other: 'наклейки' })} на ${pages} стр.`,
  printHint: 'В диалоге печати выберите масштаб 100% («Фактический размер») и отключите колонтитулы.',
  nothingChosen: 'Не выбран ни один транспорт. Вернитесь к выбору и отметьте нужный транспорт.',
  missing: (n: number) =>
    `${n} из выбранных идентификаторов не найдено среди доступного вам транспорта: для них наклеек нет.`,
}
type Text = typeof ru

const en: Text = {
  title: 'Stickers',
  description: 'QR stickers for vehicles: the mobile app reads the code to know which vehicle is filmed',
  vehicles: 'Vehicles',
  caption: 'Vehicles to print stickers for',
  colPick: 'Pick',
  colPlate: 'Plate',
  colVin: 'VIN',
  colCompany: 'Company',
  pickVehicle: (name: string) => `Pick ${name}`,
  selectAll: 'Select all',
  selectNone: 'Select none',
  selectPage: 'Select all on this page',
  selectAllFilter: (n: number) => `Select all ${n} matching the filter`,
  allSelected: (n: number) => `All ${n} matching the filter are selected.`,
  pageSelected: (n: number) => `All ${n} on this page are selected.`,
  selected: (n: number) => `Selected: ${n}`,
  nothingSelected: 'Tick at least one vehicle.',
  filterLabel: 'Vehicle filter',
  onlyNew: 'Only without a sticker (new)',
  apply: 'Apply',
  colSticker: 'Sticker',
  stickerNever: 'never printed',
  start: 'Start at label no.',
  startHint: (max: number) => `For a part-used sheet: the cells before this number stay empty (1–${max}).`,
  startNote: (n: number) => `starting at label ${n}`,
  truncated: (shown: number, of: number) =>
    `Printing the first ${shown} of ${of}: at most ${shown} at a time. Narrow the filter or untick some.`,
  recording: 'Recording the stickers as printed…',
  recorded: (n: number) => `Recorded as printed: ${n}.`,
  recordFailed: (why: string) => `The stickers were not recorded as printed: ${why}`,
  layout: 'Layout',
  layouts: {
    'a4-3x8': 'A4, 3×8 (24 stickers 70×37 mm)',
    'a4-2x5': 'A4, 2×5 (10 stickers 105×57 mm)',
    'label-100x60': 'One 100×60 mm label',
  },
  copies: 'Copies of each sticker',
  show: 'Show for printing',
  noVehicles: 'No vehicles found.',
  searchLabel: 'Vehicle search',
  biin: 'Company BIN/IIN',
  query: 'Plate or VIN',
  search: 'Search',
  found: (n: number) => `Found: ${n}`,
  loading: 'Loading stickers…',
  sheet: (n: number, of: number) => `Sheet ${n} of ${of}`,
  printTitle: 'Print stickers',
  print: 'Print',
  backToPick: '← Back to vehicles',
  summary: (stickers: number, pages: number) =>
    `${countOf('en', stickers, { one: 'sticker', other: 'stickers' })} on ${countOf('en', pages, { one: 'page', other: 'pages' })}`,
  printHint: 'In the print dialog choose 100% scale ("Actual size") and turn headers and footers off.',
  nothingChosen: 'No vehicle chosen. Go back and tick the vehicles you need.',
  missing: (n: number) => `${n} of the chosen ids are not among the vehicles you can see: no stickers for them.`,
}

const g = GLOSSARY.kk
const kk: Text = {
  title: g.stickers,
  description: 'Көлікке арналған QR жапсырмалар: мобильді қосымша код арқылы қай көлік түсіріліп жатқанын біледі',
  vehicles: g.vehicles,
  caption: 'Жапсырмасы басылатын көліктер',
  colPick: 'Таңдау',
  colPlate: g.plate,
  colVin: g.vin,
  colCompany: g.company,
  pickVehicle: (name: string) => `${name} көлігін таңдау`,
  selectAll: 'Барлығын таңдау',
  selectNone: 'Таңдауды алып тастау',
  layout: 'Орналасуы',
  layouts: {
    'a4-3x8': 'A4, 3×8 (70×37 мм, 24 жапсырма)',
    'a4-2x5': 'A4, 2×5 (105×57 мм, 10 жапсырма)',
    'label-100x60': 'Бір жапсырма, 100×60 мм',
  },
  copies: 'Әр жапсырманың дана саны',
  show: 'Басып шығаруға дайындау',
  noVehicles: 'Көлік табылмады.',
  searchLabel: 'Көлікті іздеу',
  biin: `Компанияның ${g.biin}`,
  query: 'Мемнөмір немесе VIN',
  search: 'Іздеу',
  found: (n: number) => `Табылды: ${n}`,
  loading: 'Жапсырмалар жүктелуде…',
  sheet: (n: number, of: number) => `Парақ: ${n} / ${of}`,
  printTitle: 'Жапсырмаларды басып шығару',
  print: 'Басып шығару',
  backToPick: '← Көлік таңдауға оралу',
  summary: (stickers: number, pages: number) => `${countOf('kk', stickers, { other: 'жапсырма' })}, ${pages} бет`,
  printHint: 'Басып шығару терезесінде 100% масштабты («Нақты өлшем») таңдап, колонтитулдарды өшіріңіз.',
  nothingChosen: 'Бірде-бір көлік таңдалмаған. Таңдауға оралып, керекті көліктерді белгілеңіз.',
  missing: (n: number) =>
    `Таңдалған идентификаторлардың кейбірі (${n}) сізге қолжетімді көліктер арасында жоқ: оларға жапсырма жасалмайды.`,
}

export type StickersText = Text
const texts: Dictionary<Text> = { ru, en, kk }
export const stickersText = (locale: Locale): Text => byLocale(locale, texts)
