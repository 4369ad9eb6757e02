import { describe, expect, it } from 'vitest';
import { photoUrl, typedPhotoUrl } from './photo-url.ts';

describe('persona photo by address', () => {
  it('takes an https address, trimmed', () => {
    expect(photoUrl(' https://example.com/anna.jpg ')).toBe('https://example.com/anna.jpg');
    expect(photoUrl('https://intranet.example/photos/boris.png?size=256')).toBe(
      'https://intranet.example/photos/boris.png?size=256',
    );
  });

  it('refuses plain http (the page may not load it), other schemes, relative paths and text', () => {
    expect(photoUrl('http://example.com/anna.jpg')).toBeNull();
    expect(photoUrl('javascript:alert(1)')).toBeNull();
    expect(photoUrl('file:///etc/passwd')).toBeNull();
    expect(photoUrl('/photos/anna.jpg')).toBeNull();
    expect(photoUrl('Anna')).toBeNull();
    expect(photoUrl('')).toBeNull();
  });

  it('shows a stored address in the field, not an uploaded picture', () => {
    expect(typedPhotoUrl('https://example.com/anna.jpg')).toBe('https://example.com/anna.jpg');
    expect(typedPhotoUrl('data:image/jpeg;base64,AAAA')).toBe('');
    expect(typedPhotoUrl(undefined)).toBe('');
  });
});
