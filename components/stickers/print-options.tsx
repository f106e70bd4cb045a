'use client'

import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { LAYOUT_IDS, LAYOUTS, type LayoutId, MAX_COPIES, perPage } from './layouts'
import type { StickersText } from './stickers-text'

const field = 'h-10 w-24 rounded-lg border border-slate-300 px-3'

/** Layout, copies and the first label of a part-used sheet; the submit button of the picker form. */
export function PrintOptions({ text }: { text: StickersText }) {
  const [layout, setLayout] = useState<LayoutId>(LAYOUT_IDS[0]!)
  const sheet = perPage(LAYOUTS[layout])
  return (
    <div className="flex flex-wrap items-end gap-6">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{text.layout}</legend>
        {LAYOUT_IDS.map((id) => (
          <label key={id} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="layout"
              value={id}
              checked={layout === id}
              onChange={() => setLayout(id)}
              className="h-4 w-4 accent-accent"
            />
            {text.layouts[id]}
          </label>
        ))}
      </fieldset>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
        {text.copies}
        <input type="number" name="copies" min={1} max={MAX_COPIES} defaultValue={1} className={field} />
      </label>
      {sheet > 1 ? (
        <div className="flex max-w-xs flex-col gap-1 text-sm">
          <label htmlFor="sticker-start" className="font-medium text-slate-800">
            {text.start}
          </label>
          <input
            id="sticker-start"
            type="number"
            name="start"
            min={1}
            max={sheet}
            defaultValue={1}
            aria-describedby="sticker-start-hint"
            className={field}
          />
          <p id="sticker-start-hint" className="text-xs text-slate-600">
            {text.startHint(sheet)}
          </p>
        </div>
      ) : null}
      <Button type="submit">{text.show}</Button>
    </div>
  )
}
