import { Link, Upload, UserRound } from 'lucide-react';
import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { Avatar } from './Avatar.tsx';
import { photoUrl, typedPhotoUrl } from './photo-url.ts';
import { resizeImageFile } from './resize-image.ts';

/** The start of every photo address the page may load (a scheme, the same in every language). */
const HTTPS = 'https://';

interface PhotoFieldProps {
  id: string;
  name: string;
  photo: string | undefined;
  seed: string | undefined;
  onChange: (photo: string | undefined) => void;
}

/** The persona's face: an uploaded photo (scaled to ≤ 256 px), a photo by its address, or the generated avatar. */
export function PhotoField({ id, name, photo, seed, onChange }: PhotoFieldProps) {
  const t = useT();
  const inputId = useId();
  const urlId = useId();
  const [failed, setFailed] = useState(false);
  const [address, setAddress] = useState(() => typedPhotoUrl(photo));
  const [badAddress, setBadAddress] = useState(false);
  const applyAddress = () => {
    const url = photoUrl(address);
    setBadAddress(url === null);
    if (url !== null) onChange(url);
  };
  return (
    <fieldset className="photo-field">
      <legend>{t('persona.photo')}</legend>
      <Avatar id={id} name={name} photo={photo} seed={seed} size={160} />
      <div className="photo-actions">
        <label htmlFor={inputId} className="button-like">
          <Upload size={14} aria-hidden="true" /> {t('persona.upload')}
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
            resizeImageFile(file).then(
              (uploaded) => {
                setAddress('');
                onChange(uploaded);
              },
              () => setFailed(true),
            );
          }}
        />
        <div className="photo-url">
          <label htmlFor={urlId}>{t('persona.photoUrl')}</label>
          <span className="photo-url-row">
            <input
              id={urlId}
              type="url"
              inputMode="url"
              placeholder={HTTPS}
              value={address}
              aria-invalid={badAddress}
              onChange={(event) => {
                setAddress(event.target.value);
                setBadAddress(false);
              }}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                applyAddress();
              }}
            />
            <button type="button" onClick={applyAddress}>
              <Link size={14} aria-hidden="true" /> {t('persona.photoUrlApply')}
            </button>
          </span>
        </div>
        {photo && (
          <button
            type="button"
            onClick={() => {
              setAddress('');
              onChange(undefined);
            }}
          >
            <UserRound size={14} aria-hidden="true" /> {t('persona.useAvatar')}
          </button>
        )}
        {badAddress && (
          <p role="alert" className="error-notice">
            {t('persona.photoUrlInvalid')}
          </p>
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
