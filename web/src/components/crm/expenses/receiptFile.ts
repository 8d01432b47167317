/** Receipt files: what the API accepts, and shrinking phone photos before they travel. */

export const RECEIPT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'];
export const RECEIPT_ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,application/pdf';
const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;
/** Photos above this are scaled down first: a receipt stays legible at 2000 px. */
const SHRINK_ABOVE_BYTES = 900 * 1024;
const MAX_EDGE_PX = 2000;

/** Why a chosen file cannot be a receipt, or undefined when it can. */
export function receiptProblem(file: File): string | undefined {
  if (!RECEIPT_TYPES.includes(file.type)) return 'Choose a photo (JPEG, PNG, WebP, HEIC) or a PDF.';
  if (file.size === 0) return 'That file is empty.';
  if (file.size > MAX_RECEIPT_BYTES) return 'Receipts are limited to 10 MB.';
  return undefined;
}

/**
 * A large JPEG, PNG or WebP photo redrawn as a JPEG at most 2000 px on its long edge, so phone
 * pictures upload quickly; PDFs, HEIC and small images are sent as they are.
 */
export async function shrinkReceipt(file: File): Promise<File> {
  if (file.size <= SHRINK_ABOVE_BYTES || !['image/jpeg', 'image/png', 'image/webp'].includes(file.type)) return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_EDGE_PX / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    if (!blob || blob.size >= file.size) return file;
    return new File([blob], file.name.replace(/\.\w+$/, '') + '.jpg', { type: 'image/jpeg' });
  } catch {
    return file;
  }
}
