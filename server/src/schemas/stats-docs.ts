/** What the insight counts mean at their edges: the description of both stats routes (OpenAPI). */
export const STATS_DEFINITIONS = [
  'Months are Almaty calendar months of a report’s `date_finish` (its last day); every month of the range is listed, zeros included.',
  '`on_time` / `late` look at the report’s **first** submission, by the time the server received it (`uploaded_at`, not the client’s `time_sent`): uploaded before the end of the `date_finish` day in Almaty is on time, so a first submission at any moment of `date_finish` itself (00:00:00 to 23:59:59) is on time, and from 00:00 of the next day it is late.',
  'A rejected-then-resubmitted report keeps the verdict of its first submission, counts in `rejected` (rejected at least once, or status 4 now), and once approved also in `approved`.',
  'A report never submitted is neither on time nor late; while it stays open (status 1, or 4 not sent again) after `date_finish` it counts in `open_overdue`, which is the state now, not at the time.',
  '`on_time_rate`: on_time ÷ due over the reports whose `date_finish` is one of the 90 days before today (their deadline has passed; one never submitted counts against); null when there are none.',
].join('\n\n')
