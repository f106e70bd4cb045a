/**
 * Kazakhstan BIN/IIN check digit: weights 1..11 mod 11; when that gives 10, weights 3..11,1,2;
 * a second 10 makes the number invalid.
 */
export function isValidBiin(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false
  const d = [...value].map(Number)
  const sum = (weights: number[]) => weights.reduce((acc, w, i) => acc + w * d[i]!, 0) % 11
  let check = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
  if (check === 10) {
    check = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])
    if (check === 10) return false
  }
  return check === d[11]
}
