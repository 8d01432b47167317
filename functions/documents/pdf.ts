import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib'
import { contactLine } from './format'

/**
 * A small layout kit over pdf-lib (pure JavaScript: runs on Workers and Node) for the
 * company-branded documents: bids, invoices, the dashboard report and the expense report.
 * Text flows down the page and continues on a new page, with the letterhead repeated.
 */

export type Letterhead = {
  name: string
  address?: string | null
  phone?: string | null
  email?: string | null
  licenseNumber?: string | null
  /** PNG or JPEG bytes of the company logo. */
  logo?: { bytes: Uint8Array; contentType: string } | null
}

export type Column = { label: string; width: number; align?: 'left' | 'right' }

const PAGE = { width: 612, height: 792, margin: 48 } // US Letter, points
const INK = rgb(0.11, 0.13, 0.16)
const MUTED = rgb(0.42, 0.45, 0.5)
const ACCENT = rgb(0.05, 0.4, 0.55)
const RULE = rgb(0.85, 0.87, 0.9)

/** Standard PDF fonts speak WinAnsi only: swap the common typographic characters, drop the rest. */
export function pdfSafe(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\u2192/g, '->')
    .replace(/[\t\r]/g, ' ')
    .replace(/[^\x20-\x7E\xA0-\xFF\n]/g, '')
}

export class BrandedPdf {
  private page!: PDFPage
  private y = 0
  private constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
    private readonly letterhead: Letterhead,
    private readonly logo: PDFImage | null,
    private readonly title: string,
  ) {}

  /** Starts a document with the company's letterhead and a title on the right (`Invoice INV-0007`). */
  static async create(letterhead: Letterhead, title: string): Promise<BrandedPdf> {
    const doc = await PDFDocument.create()
    doc.setTitle(pdfSafe(`${title} - ${letterhead.name}`))
    doc.setProducer('ZAFTO')
    doc.setCreator('ZAFTO')
    const [font, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)])
    let logo: PDFImage | null = null
    if (letterhead.logo) {
      // A logo that will not decode must not stop the document: it goes out without one.
      logo = await (letterhead.logo.contentType === 'image/png' ? doc.embedPng(letterhead.logo.bytes) : doc.embedJpg(letterhead.logo.bytes)).catch(() => null)
    }
    const pdf = new BrandedPdf(doc, font, bold, letterhead, logo, title)
    pdf.newPage()
    return pdf
  }

  private newPage() {
    this.page = this.doc.addPage([PAGE.width, PAGE.height])
    let top = PAGE.height - PAGE.margin
    let left = PAGE.margin
    if (this.logo) {
      const scale = Math.min(48 / this.logo.height, 120 / this.logo.width)
      this.page.drawImage(this.logo, { x: left, y: top - this.logo.height * scale, width: this.logo.width * scale, height: this.logo.height * scale })
      left += this.logo.width * scale + 12
    }
    const lh = this.letterhead
    this.text(lh.name, left, top - 14, { size: 14, font: this.bold })
    const details = [lh.address, contactLine(lh), lh.licenseNumber ? `License ${lh.licenseNumber}` : null]
    let lineY = top - 28
    for (const detail of details) {
      if (!detail) continue
      this.text(detail, left, lineY, { size: 9, color: MUTED })
      lineY -= 12
    }
    const titleWidth = this.bold.widthOfTextAtSize(pdfSafe(this.title), 16)
    this.text(this.title, PAGE.width - PAGE.margin - titleWidth, top - 16, { size: 16, font: this.bold, color: ACCENT })
    top = Math.min(lineY, top - 52) - 8
    this.page.drawLine({ start: { x: PAGE.margin, y: top }, end: { x: PAGE.width - PAGE.margin, y: top }, thickness: 1, color: RULE })
    this.y = top - 20
  }

  private text(value: string, x: number, y: number, options: { size?: number; font?: PDFFont; color?: ReturnType<typeof rgb> } = {}) {
    this.page.drawText(pdfSafe(value), { x, y, size: options.size ?? 10, font: options.font ?? this.font, color: options.color ?? INK })
  }

  /** Room for `height` more points on this page, or a new page. */
  private ensure(height: number) {
    if (this.y - height < PAGE.margin + 20) this.newPage()
  }

  /** Splits `value` into lines no wider than `width` at `size`. */
  private wrap(value: string, width: number, size: number, font = this.font): string[] {
    const lines: string[] = []
    for (const paragraph of pdfSafe(value).split('\n')) {
      let line = ''
      for (const word of paragraph.split(' ')) {
        const candidate = line ? `${line} ${word}` : word
        if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate
        else {
          lines.push(line)
          line = word
        }
      }
      lines.push(line)
    }
    return lines
  }

  heading(value: string) {
    this.ensure(28)
    this.y -= 6
    this.text(value, PAGE.margin, this.y, { size: 12, font: this.bold })
    this.y -= 18
    return this
  }

  paragraph(value: string, options: { size?: number; muted?: boolean } = {}) {
    const size = options.size ?? 10
    for (const line of this.wrap(value, PAGE.width - 2 * PAGE.margin, size)) {
      this.ensure(size + 4)
      this.text(line, PAGE.margin, this.y, { size, color: options.muted ? MUTED : INK })
      this.y -= size + 4
    }
    this.y -= 6
    return this
  }

  /** Label/value pairs in two columns (`Bill to`, `Due date`, …). */
  keyValues(pairs: [string, string][]) {
    const columnWidth = (PAGE.width - 2 * PAGE.margin) / 2
    for (let i = 0; i < pairs.length; i += 2) {
      this.ensure(28)
      pairs.slice(i, i + 2).forEach(([label, value], column) => {
        const x = PAGE.margin + column * columnWidth
        this.text(label.toUpperCase(), x, this.y, { size: 7.5, font: this.bold, color: MUTED })
        this.text(this.wrap(value, columnWidth - 12, 10)[0] ?? '', x, this.y - 12, { size: 10 })
      })
      this.y -= 30
    }
    return this
  }

  /** A table with a header row; widths are fractions of the text width and should sum to 1. */
  table(columns: Column[], rows: string[][]) {
    const full = PAGE.width - 2 * PAGE.margin
    const header = () => {
      this.ensure(40)
      this.page.drawRectangle({ x: PAGE.margin, y: this.y - 5, width: full, height: 18, color: rgb(0.95, 0.96, 0.97) })
      this.cells(columns, columns.map((c) => c.label), { font: this.bold, size: 8.5 })
      this.y -= 20
    }
    header()
    for (const row of rows) {
      const wrapped = columns.map((c, i) => this.wrap(row[i] ?? '', c.width * full - 8, 9.5))
      const height = Math.max(...wrapped.map((w) => w.length)) * 12 + 4
      if (this.y - height < PAGE.margin + 20) {
        this.newPage()
        header()
      }
      for (let line = 0; line * 12 < height - 4; line++) {
        this.cells(columns, wrapped.map((w) => w[line] ?? ''), { size: 9.5 })
        this.y -= 12
      }
      this.y -= 4
      this.page.drawLine({ start: { x: PAGE.margin, y: this.y + 8 }, end: { x: PAGE.margin + full, y: this.y + 8 }, thickness: 0.5, color: RULE })
    }
    this.y -= 6
    return this
  }

  private cells(columns: Column[], values: string[], options: { font?: PDFFont; size: number }) {
    const full = PAGE.width - 2 * PAGE.margin
    let x = PAGE.margin
    columns.forEach((column, i) => {
      const width = column.width * full
      const value = pdfSafe(values[i] ?? '')
      const font = options.font ?? this.font
      const textX = column.align === 'right' ? x + width - 4 - font.widthOfTextAtSize(value, options.size) : x + 4
      this.text(value, textX, this.y, { size: options.size, font })
      x += width
    })
  }

  /** Right-aligned label/amount rows; the last one in bold (the total). */
  totals(rows: [string, string][]) {
    const right = PAGE.width - PAGE.margin
    rows.forEach(([label, value], index) => {
      this.ensure(18)
      const isLast = index === rows.length - 1
      const font = isLast ? this.bold : this.font
      const size = isLast ? 12 : 10
      this.text(label, right - 220, this.y, { size, font, color: isLast ? INK : MUTED })
      this.text(value, right - font.widthOfTextAtSize(pdfSafe(value), size), this.y, { size, font })
      this.y -= isLast ? 20 : 15
    })
    return this
  }

  /** Horizontal bars with labels and values (dashboard charts). */
  bars(items: { label: string; value: number; display: string }[]) {
    const max = Math.max(1, ...items.map((i) => i.value))
    const labelWidth = 130
    const barWidth = PAGE.width - 2 * PAGE.margin - labelWidth - 90
    for (const item of items) {
      this.ensure(18)
      this.text(item.label, PAGE.margin, this.y, { size: 9.5 })
      const width = Math.max(1, (item.value / max) * barWidth)
      this.page.drawRectangle({ x: PAGE.margin + labelWidth, y: this.y - 2, width, height: 10, color: ACCENT })
      this.text(item.display, PAGE.margin + labelWidth + width + 6, this.y, { size: 9.5, color: MUTED })
      this.y -= 16
    }
    this.y -= 6
    return this
  }

  /** The finished file, with page numbers in the footer. */
  async save(): Promise<Uint8Array> {
    const pages = this.doc.getPages()
    pages.forEach((page, i) => {
      const label = `${pdfSafe(this.letterhead.name)}  -  page ${i + 1} of ${pages.length}`
      page.drawText(label, { x: PAGE.margin, y: PAGE.margin - 20, size: 8, font: this.font, color: MUTED })
    })
    return this.doc.save()
  }
}

/** A PDF response with a download-friendly file name. */
export const pdfResponse = (bytes: Uint8Array, fileName: string) =>
  new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'cache-control': 'private, no-store',
    },
  })
