import { Map as MapIcon } from 'lucide-react';
import { memo, useState } from 'react';
import { exportUrl } from '../../api/exports.ts';

/**
 * A small picture of a map: the server's SVG export of it (the same drawing as the download),
 * loaded when it scrolls into view; the version in the address makes an edited map redrawn.
 * Decorative: the link beside it names the map.
 */
export const MapThumbnail = memo(function MapThumbnail({ id, version }: { id: string; version: number }) {
  const [failed, setFailed] = useState(false);
  if (failed)
    return (
      <span className="map-thumbnail map-thumbnail-empty" aria-hidden="true">
        <MapIcon size={32} />
      </span>
    );
  return (
    <img
      className="map-thumbnail"
      src={`${exportUrl(id, 'svg')}&v=${version}`}
      alt=""
      loading="lazy"
      decoding="async"
      onError={() => setFailed(true)}
    />
  );
});
