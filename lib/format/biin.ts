import { z } from 'zod'

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
  .trim()
  .regex(/^\d{12}$/, 'Введите 12 цифр')
  .refine(checkDigitOk, 'Неверная контрольная цифра БИН/ИИН')
