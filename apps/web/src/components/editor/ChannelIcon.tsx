import { memo } from 'react';
import { useLanguage } from '../../i18n/language-store.ts';
import { channelIcon, channelName } from './channel-icons.ts';

/** The icon of a touchpoint channel, named for screen readers and on hover. */
export const ChannelIcon = memo(function ChannelIcon({
  channel,
  named = true,
}: {
  channel: string;
  named?: boolean;
}) {
  const lang = useLanguage((state) => state.lang);
  const name = channelName(channel, lang);
  const Icon = channelIcon(channel);
  return named ? (
    <span className="channel-icon" role="img" aria-label={name} title={name}>
      <Icon size={14} aria-hidden="true" />
    </span>
  ) : (
    <span className="channel-icon" aria-hidden="true">
      <Icon size={14} />
    </span>
  );
});
