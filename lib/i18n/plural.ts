import { INTL_LOCALE, type Locale } from './locale'

/** The word forms of a count: Russian uses one/few/many (1 наклейка, 2 наклейки, 5 наклеек), English one/other. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

const rules = new Map<Locale, Intl.PluralRules>()

/** The form of `forms` that goes with `n` in `locale` (CLDR rules through Intl.PluralRules). */
function plural(locale: Locale, n: number, forms: PluralForms): string {
  let r = rules.get(locale)
  if (!r) rules.set(locale, (r = new Intl.PluralRules(INTL_LOCALE[locale])))
  return forms[r.select(n)] ?? forms.other
}

/** `n` and its word: `1 наклейка`, `5 наклеек`, `2 stickers`. */
export const countOf = (locale: Locale, n: number, forms: PluralForms) => `${n} ${plural(locale, n, forms)}`
