// zod/mini: the browser's forms check with these schemas, and mini is a fifth of zod's size.
import * as z from 'zod/mini'

// Kazakhstan BIN/IIN check digit: weights 1..11 mod 11; if 10, weights 3..11,1,2; 10 again = invalid.
export function checkDigitOk(v: string): boolean {
  const d = [...v].map(Number)
  const sum = (w: number[]) => w.reduce((s, wi, i) => s + wi * d[i]!, 0) % 11
  let c = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
  if (c === 10) c = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])
  return c !== 10 && c === d[11]
}

export const biinSchema = z
  .string()
  .check(z.trim(), z.regex(/^\d{12}$/, 'Введите 12 цифр'), z.refine(checkDigitOk, 'Неверная контрольная цифра БИН/ИИН'))
