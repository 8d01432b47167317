import { inflateSync } from 'node:zlib'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFObject } from 'pdf-lib'

/**
 * Every text string drawn on the PDF's pages, one per line: each page's content streams are
 * inflated with zlib and the hex strings of its `Tj` operators decoded (how pdf-lib writes
 * text in the standard fonts). Parsing with PDFDocument.load also proves the file opens.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes)
  const lines: string[] = []
  for (const page of doc.getPages()) {
    const contents = page.node.Contents()
    const refs: PDFObject[] = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : []
    for (const ref of refs) {
      const stream = doc.context.lookup(ref)
      if (!(stream instanceof PDFRawStream)) continue
      const compressed = stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode')
      const raw = compressed ? inflateSync(stream.contents) : Buffer.from(stream.contents)
      for (const match of raw.toString('latin1').matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) lines.push(Buffer.from(match[1]!, 'hex').toString('latin1'))
    }
  }
  return lines.join('\n')
}

/** How many images the first page draws (the logo). */
export async function imageCount(bytes: Uint8Array): Promise<number> {
  const doc = await PDFDocument.load(bytes)
  const xObjects = doc.getPages()[0]!.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict)
  if (!xObjects) return 0
  return xObjects.keys().filter((key) => {
    const object = doc.context.lookup(xObjects.get(key))
    return object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')
  }).length
}
