/** Longest side of an uploaded persona photo, px. */
export const PHOTO_MAX_SIDE = 256;

/**
 * The size of an image scaled down (never up) to fit `max` × `max`, keeping its proportions.
 * @example fitWithin(1024, 512, 256) // { width: 256, height: 128 }
 */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** An image file as a JPEG `data:` URI no larger than {@link PHOTO_MAX_SIDE} on its longest side. */
export async function resizeImageFile(file: Blob, max = PHOTO_MAX_SIDE): Promise<string> {
  const bitmap = await createImageBitmap(file);
  try {
    const { width, height } = fitWithin(bitmap.width, bitmap.height, max);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2d context unavailable');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    return canvas.toDataURL('image/jpeg', 0.85);
  } finally {
    bitmap.close();
  }
}
