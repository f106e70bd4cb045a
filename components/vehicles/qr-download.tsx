'use client'

import { useState } from 'react'
import { Button } from '@/components/ui/button'

type Props = { svgId: string; fileName: string; text: { downloadSvg: string; downloadPng: string } }

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** Downloads the QR code rendered on the page (server-side SVG) as SVG, or drawn at 1024 px as PNG. */
export function QrDownload({ svgId, fileName, text }: Props) {
  const [busy, setBusy] = useState(false)
  const svgText = () => {
    const svg = document.getElementById(svgId)
    if (!svg) return null
    const clone = svg.cloneNode(true) as SVGElement
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
    return new XMLSerializer().serializeToString(clone)
  }

  const downloadSvg = () => {
    const s = svgText()
    if (s) save(new Blob([s], { type: 'image/svg+xml' }), `${fileName}.svg`)
  }

  const downloadPng = async () => {
    const s = svgText()
    if (!s) return
    setBusy(true)
    try {
      const img = new Image()
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(s)}`
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = canvas.height = 1024
      const ctx = canvas.getContext('2d')!
      ctx.imageSmoothingEnabled = false // keep the modules sharp
      ctx.fillStyle = '#fff'
      ctx.fillRect(0, 0, 1024, 1024)
      ctx.drawImage(img, 0, 0, 1024, 1024)
      const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'))
      if (blob) save(blob, `${fileName}.png`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-wrap gap-2">
      <Button variant="secondary" size="sm" onClick={downloadSvg}>
        {text.downloadSvg}
      </Button>
      <Button variant="secondary" size="sm" onClick={downloadPng} disabled={busy}>
        {text.downloadPng}
      </Button>
    </div>
  )
}
