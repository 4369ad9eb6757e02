import { memo } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { avatarDataUri } from './avatar.ts';

interface AvatarProps {
  id: string;
  name: string;
  photo?: string | undefined;
  seed?: string | undefined;
  size?: number;
}

/** A persona's photo, or the avatar generated from its id (or seed). */
export const Avatar = memo(function Avatar({ id, name, photo, seed, size = 48 }: AvatarProps) {
  const t = useT();
  const src = photo ?? avatarDataUri(seed ?? id, name, size * 2);
  return (
    <img
      className="avatar"
      src={src}
      alt={t('persona.avatarOf', { name })}
      width={size}
      height={size}
      style={{ width: size, height: size }}
    />
  );
});
