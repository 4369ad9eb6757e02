import { memo } from 'react';
import { useLanguage } from '../../i18n/language-store.ts';
import { channelIcon, channelName } from './channel-icons.ts';

/** The icon of a touchpoint channel, named for screen readers and on hover. */
export const ChannelIcon = memo(function ChannelIcon({ channel }: { channel: string }) {
  const lang = useLanguage((state) => state.lang);
  const name = channelName(channel, lang);
  return (
    <span className="channel-icon" role="img" aria-label={name} title={name}>
      {channelIcon(channel)}
    </span>
  );
});
