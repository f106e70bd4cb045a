'use client'

import { Dialog } from '@/components/ui/dialog'
import type { ReviewText } from './review-text'

/** "?" opens this list of the workspace's keys. */
export function ShortcutsDialog({ open, onClose, text }: { open: boolean; onClose: () => void; text: ReviewText }) {
  return (
    <Dialog open={open} onClose={onClose} title={text.shortcuts} closeLabel={text.close}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm" data-testid="shortcut-list">
        {text.shortcutList.map(([key, what]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-2 py-0.5 font-mono text-slate-900">
                {key}
              </kbd>
            </dt>
            <dd className="text-slate-800">{what}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-slate-600">{text.shortcutsNote}</p>
    </Dialog>
  )
}
