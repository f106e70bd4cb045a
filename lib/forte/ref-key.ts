/** api-contract.md: the API takes a `ref_key` of 1 to 64 characters and answers 422 beyond. */
export const MAX_REF_KEY_LENGTH = 64

/** Could this be a report's ref_key? Anything else is "not found" without asking the API. */
export const isRefKeyShaped = (s: string) => s.length > 0 && s.length <= MAX_REF_KEY_LENGTH
