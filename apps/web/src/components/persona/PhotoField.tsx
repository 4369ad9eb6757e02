import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { Avatar } from './Avatar.tsx';
import { resizeImageFile } from './resize-image.ts';

interface PhotoFieldProps {
  id: string;
  name: string;
  photo: string | undefined;
  seed: string | undefined;
  onChange: (photo: string | undefined) => void;
}

/** The persona's face: an uploaded photo (scaled to ≤ 256 px) or the generated avatar. */
export function PhotoField({ id, name, photo, seed, onChange }: PhotoFieldProps) {
  const t = useT();
  const inputId = useId();
  const [failed, setFailed] = useState(false);
  return (
    <fieldset className="photo-field">
      <legend>{t('persona.photo')}</legend>
      <Avatar id={id} name={name} photo={photo} seed={seed} size={96} />
      <div>
        <label htmlFor={inputId} className="button-like">
          {t('persona.upload')}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="image/*"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            setFailed(false);
            resizeImageFile(file).then(onChange, () => setFailed(true));
          }}
        />
        {photo && (
          <button type="button" onClick={() => onChange(undefined)}>
            {t('persona.useAvatar')}
          </button>
        )}
        {failed && (
          <p role="alert" className="error-notice">
            {t('persona.photoFailed')}
          </p>
        )}
      </div>
    </fieldset>
  );
}
