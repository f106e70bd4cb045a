import type { Failure } from '@/lib/i18n/failure-text'
import { GLOSSARY } from '@/lib/i18n/glossary'
import { byLocale, type Locale } from '@/lib/i18n/locale'

/** Texts of the employees page (ru default, en). Functions build the sentences that name a person. */
const ru = {
  title: 'Сотрудники',
  loading: 'Загрузка сотрудников…',
  description: 'Кто из вашей компании может отправлять отчёты об осмотре',
  searchLabel: 'Поиск сотрудника',
  searchPlaceholder: 'Имя, телефон или ID',
  colName: 'Имя',
  colMobile: 'Мобильный телефон',
  colId: 'ID',
  colActions: 'Действия',
  tableCaption: 'Сотрудники компании',
  delete: 'Удалить',
  deleteNamed: (name: string) => `Удалить сотрудника ${name}`,
  cancel: 'Отмена',
  close: 'Закрыть',
  confirmDelete: 'Удалить',
  confirmTitle: (name: string) => `Удалить сотрудника ${name}?`,
  confirmBody: (name: string, phone: string) =>
    `${name} (${phone}) больше не сможет входить в портал и мобильное приложение и отправлять отчёты. Все его входы завершатся сразу.`,
  deleted: (name: string) => `Сотрудник ${name} удалён.`,
  restored: (name: string, why: string) =>
    `Не удалось удалить сотрудника ${name}: ${why} Сотрудник возвращён в список.`,
  reasons: {
    network: 'нет связи с порталом. Проверьте подключение и повторите.',
    'not-found': 'его уже нет в списке компании. Обновите страницу.',
    forbidden: 'удалять сотрудников может только директор.',
    expired: 'сессия истекла. Войдите снова.',
    unavailable: 'API недоступен. Повторите попытку через минуту.',
    invalid: 'неверный идентификатор сотрудника.',
    failed: 'сервер отказал. Повторите попытку позже.',
  } as Partial<Record<Failure, string>> & { failed: string },
  empty: 'В компании пока нет сотрудников.',
  emptySearch: (q: string) => `Никого не нашлось по запросу «${q}».`,
  count: (n: number) => `Всего: ${n}`,
  inviteTitle: 'Пригласить сотрудника',
  inviteHint:
    'Отправьте ссылку или покажите QR-код: откроется вход с БИН/ИИН компании и ролью «Сотрудник». Код для входа придёт на почту компании — передайте его сотруднику.',
  inviteLink: 'Ссылка для входа',
  inviteQr: 'QR-код: вход сотрудника вашей компании',
  joinTitle: 'Как сотрудник получает доступ',
  joinSteps: [
    'Сотрудник открывает портал или мобильное приложение, выбирает «Сотрудник» и вводит БИН компании, свой мобильный телефон и имя.',
    'Код входа приходит на электронную почту компании (не сотруднику).',
    'Вы передаёте код сотруднику — после входа он появится в этом списке.',
  ],
  joinNote:
    'Удалённый сотрудник сразу теряет доступ; снова войти он сможет только с новым кодом, который передадите вы.',
}
export type EmployeesText = typeof ru

const en: EmployeesText = {
  title: 'Employees',
  loading: 'Loading employees…',
  description: 'Who in your company may send inspection reports',
  searchLabel: 'Search employees',
  searchPlaceholder: 'Name, phone or ID',
  colName: 'Name',
  colMobile: 'Mobile',
  colId: 'ID',
  colActions: 'Actions',
  tableCaption: "The company's employees",
  delete: 'Delete',
  deleteNamed: (name) => `Delete employee ${name}`,
  cancel: 'Cancel',
  close: 'Close',
  confirmDelete: 'Delete',
  confirmTitle: (name) => `Delete employee ${name}?`,
  confirmBody: (name, phone) =>
    `${name} (${phone}) will no longer be able to sign in to the portal or the mobile app and send reports. All their sessions end at once.`,
  deleted: (name) => `Employee ${name} deleted.`,
  restored: (name, why) => `Could not delete ${name}: ${why} The employee is back in the list.`,
  reasons: {
    network: 'the portal cannot be reached. Check the connection and try again.',
    'not-found': "they are no longer in the company's list. Reload the page.",
    forbidden: 'only the director may delete employees.',
    expired: 'the session has expired. Sign in again.',
    unavailable: 'the API is unavailable. Try again in a minute.',
    invalid: 'invalid employee id.',
    failed: 'the server refused. Try again later.',
  },
  empty: 'The company has no employees yet.',
  emptySearch: (q) => `Nobody matches “${q}”.`,
  count: (n) => `Total: ${n}`,
  inviteTitle: 'Invite an employee',
  inviteHint:
    "Send the link or show the QR code: it opens the sign-in with your company's BIN/IIN and the Employee role filled in. The sign-in code goes to the company's email: pass it on.",
  inviteLink: 'Sign-in link',
  inviteQr: "QR code: sign-in for your company's employee",
  joinTitle: 'How an employee gets access',
  joinSteps: [
    'The employee opens the portal or the mobile app, chooses "Employee" and enters the company BIN, their mobile and first name.',
    "The sign-in code arrives at the company's email (not the employee's).",
    'You pass the code on; once signed in, they appear in this list.',
  ],
  joinNote: 'A deleted employee loses access at once; they can sign in again only with a new code that you pass on.',
}

const g = GLOSSARY.kk
const kk: EmployeesText = {
  title: g.employees,
  loading: 'Қызметкерлер тізімі жүктелуде…',
  description: 'Компанияңыздан көлікті қарау есептерін жібере алатын адамдар',
  searchLabel: 'Қызметкерді іздеу',
  searchPlaceholder: 'Аты, телефоны немесе ID',
  colName: 'Аты',
  colMobile: 'Ұялы телефон',
  colId: 'ID',
  colActions: 'Әрекеттер',
  tableCaption: 'Компания қызметкерлері',
  delete: 'Жою',
  deleteNamed: (name) => `${name} қызметкерін жою`,
  cancel: 'Бас тарту',
  close: 'Жабу',
  confirmDelete: 'Жою',
  confirmTitle: (name) => `${name} қызметкерін жоясыз ба?`,
  confirmBody: (name, phone) =>
    `${name} (${phone}) бұдан былай порталға да, мобильді қосымшаға да кіре алмайды, есеп те жібере алмайды. Оның барлық ашық сеанстары бірден жабылады.`,
  deleted: (name) => `${name} қызметкері жойылды.`,
  restored: (name, why) => `${name} қызметкерін жою мүмкін болмады: ${why} Қызметкер тізімге қайтарылды.`,
  reasons: {
    network: 'порталмен байланыс жоқ. Қосылымды тексеріп, қайталап көріңіз.',
    'not-found': 'ол компания тізімінде енді жоқ. Бетті жаңартыңыз.',
    forbidden: 'қызметкерлерді тек директор жоя алады.',
    expired: 'сеанс мерзімі бітті. Қайта кіріңіз.',
    unavailable: 'API қолжетімсіз. Бір минуттан кейін қайталап көріңіз.',
    invalid: 'қызметкердің идентификаторы қате.',
    failed: 'сервер сұрауды орындамады. Кейінірек қайталап көріңіз.',
  },
  empty: 'Компанияда әзірге қызметкер жоқ.',
  emptySearch: (q) => `«${q}» бойынша ешкім табылмады.`,
  count: (n) => `Барлығы: ${n}`,
  inviteTitle: 'Қызметкерді шақыру',
  inviteHint: `Сілтемені жіберіңіз немесе QR-кодты көрсетіңіз: компанияның ${g.biin} нөмірі мен «${g.employee}» рөлі толтырылған кіру беті ашылады. Кіру коды компанияның электрондық поштасына келеді — оны қызметкерге беріңіз.`,
  inviteLink: 'Кіру сілтемесі',
  inviteQr: 'QR-код: компанияңыз қызметкерінің кіруі',
  joinTitle: 'Қызметкер порталға қалай кіреді',
  joinSteps: [
    `Қызметкер порталды немесе мобильді қосымшаны ашады, «${g.employee}» дегенді таңдап, компанияның ${g.biin} нөмірін, өз ұялы телефонын және атын енгізеді.`,
    'Кіру коды қызметкердің өзіне емес, компанияның электрондық поштасына келеді.',
    'Сіз кодты қызметкерге бересіз — ол кірген соң осы тізімде көрінеді.',
  ],
  joinNote:
    'Жойылған қызметкер порталға бірден кіре алмай қалады; қайта кіру үшін оған сіз беретін жаңа код керек болады.',
}

export const employeesText = (locale: Locale): EmployeesText => byLocale(locale, { ru, en, kk })
