import { formatCount, formatPercent } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { chanceText, pText, signedPercent } from './format-stats.ts';
import type { ExperimentVariant } from './schemas.ts';

/** One variant of an experiment: customers, conversions, rate, lift with its interval, p, chance to win. */
export function VariantRow({ variant }: { variant: ExperimentVariant }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const signed = (x: number) => signedPercent(lang, x);
  return (
    <tr>
      <th scope="row">
        {variant.control ? t('experiment.controlMark', { name: variant.name }) : variant.name}
      </th>
      <td>{formatCount(lang, variant.customers)}</td>
      <td>{formatCount(lang, variant.conversions)}</td>
      <td>{formatPercent(lang, variant.rate)}</td>
      <td>
        {variant.lift === null
          ? '—'
          : `${signed(variant.lift)}${variant.ci ? ` [${signed(variant.ci[0])}, ${signed(variant.ci[1])}]` : ''}`}
      </td>
      <td>{pText(variant.adjustedPValue ?? variant.pValue)}</td>
      <td>{chanceText(lang, variant.chanceToWin)}</td>
    </tr>
  );
}
