/**
 * A photo address typed by the user, checked: an absolute https URL, stored with the
 * persona as it is (the schema's `photo` holds a URL or a data: URI). The server's
 * Content-Security-Policy lets pages load images over https only, so http:, other schemes
 * (javascript:, file:) and relative paths are refused.
 * @example photoUrl(' https://example.com/anna.jpg ') // 'https://example.com/anna.jpg'
 */
export function photoUrl(text: string): string | null {
  const trimmed = text.trim();
  if (!URL.canParse(trimmed)) return null;
  const url = new URL(trimmed);
  if (url.protocol !== 'https:') return null;
  return url.href;
}

/** The address to show in the URL field for a stored photo: empty for an uploaded (data:) one. */
export function typedPhotoUrl(photo: string | undefined): string {
  return photo && !photo.startsWith('data:') ? photo : '';
}
