import { type Language, TOUCHPOINT_CATALOGUE } from '@opencjm/core';
import {
  CircleHelp,
  ClipboardList,
  FileText,
  FolderOpen,
  Globe,
  Headphones,
  Link,
  type LucideIcon,
  Mail,
  Megaphone,
  MessageCircle,
  MessageSquareText,
  MessagesSquare,
  Newspaper,
  PenLine,
  Phone,
  Search,
  Signpost,
  Smartphone,
  Star,
  Store,
  TabletSmartphone,
  Tag,
  Target,
} from 'lucide-react';

/**
 * An icon (Lucide, drawn as SVG, so it shows whatever fonts the machine has) per channel
 * of the touchpoint catalogue; custom channels get the link icon.
 */
const ICONS: Readonly<Record<string, LucideIcon>> = {
  website: Globe,
  blog: PenLine,
  'blog-comments': MessageCircle,
  'social-content': Smartphone,
  'social-ads': Megaphone,
  'social-discussions': MessagesSquare,
  email: Mail,
  newsletter: Newspaper,
  'review-sites': Star,
  'search-ads': Search,
  'contextual-ads': Target,
  'mobile-app': TabletSmartphone,
  faq: CircleHelp,
  support: Headphones,
  crm: FolderOpen,
  store: Store,
  phone: Phone,
  sms: MessageSquareText,
  flyers: FileText,
  billboards: Signpost,
  'price-lists': ClipboardList,
  'price-tags': Tag,
};

/** The icon component of a channel id. */
export function channelIcon(channel: string): LucideIcon {
  return ICONS[channel] ?? Link;
}

/** The name of a catalogue channel in `lang`, or the id itself for a custom channel. */
export function channelName(channel: string, lang: Language): string {
  return TOUCHPOINT_CATALOGUE.find((entry) => entry.id === channel)?.name[lang] ?? channel;
}
