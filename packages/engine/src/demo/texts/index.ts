import { EN } from './en.ts';
import type { Phrasebooks } from './phrasebook.ts';
import { RU } from './ru.ts';
import { ZH } from './zh.ts';

export { allTexts, composeText, type Phrasebook, TEXT_TOPICS, type TextTopic } from './phrasebook.ts';

/** The demo shop's texts in Russian, English and Chinese. */
export const PHRASEBOOKS: Phrasebooks = { ru: RU, en: EN, zh: ZH };
