import type { EmotionCurve } from '../model/map-view.ts';
import { personaName } from '../model/map-view.ts';
import { address, FIRST_STAGE_COL, SUB_COL, type Writer } from './map-sheet-layout.ts';
import { thinBorder } from './xlsx-style.ts';

/** Red (−2) through yellow (0) to green (+2), as Excel's own three-colour scale. */
export const EMOTION_SCALE = { low: 'FFF8696B', mid: 'FFFFEB84', high: 'FF63BE7B' };

/**
 * One row per emotion curve: the persona in column B, the scores as numbers limited to
 * −2 … +2 by data validation, and a colour scale over the row.
 */
export function writeEmotionRows(w: Writer, curves: readonly EmotionCurve[]): void {
  const { sheet, map } = w;
  for (const curve of curves) {
    const row = w.row++;
    sheet.getCell(row, SUB_COL).value = personaName(w.personas, curve.persona, w.lang);
    map.stages.forEach((stage, i) => {
      const cell = sheet.getCell(row, FIRST_STAGE_COL + i);
      cell.dataValidation = {
        type: 'decimal',
        operator: 'between',
        formulae: [-2, 2],
        allowBlank: true,
        showErrorMessage: true,
        error: '−2 … +2',
      };
      cell.numFmt = '+0.0;-0.0;0';
      cell.alignment = { horizontal: 'center' };
      thinBorder(cell);
      const point = curve.points.find((p) => p.stage === stage.id);
      if (!point) return;
      cell.value = point.score;
      if (point.note) cell.note = point.note;
      w.meta.push({
        kind: 'emotion',
        id: '',
        cell: address(w, row, FIRST_STAGE_COL + i),
        type: '',
        data: JSON.stringify({ stage: stage.id, persona: curve.persona, note: point.note }),
      });
    });
    colourEmotionRow(w, row);
  }
}

/** Excel's three-colour scale over a row of emotion scores, one cell per stage. */
export function colourEmotionRow(w: Pick<Writer, 'sheet' | 'map'>, row: number): void {
  const { sheet, map } = w;
  if (map.stages.length === 0) return;
  const first = sheet.getCell(row, FIRST_STAGE_COL).address;
  const last = sheet.getCell(row, FIRST_STAGE_COL + map.stages.length - 1).address;
  sheet.addConditionalFormatting({
    ref: `${first}:${last}`,
    rules: [
      {
        type: 'colorScale',
        priority: 1,
        cfvo: [
          { type: 'num', value: -2 },
          { type: 'num', value: 0 },
          { type: 'num', value: 2 },
        ],
        color: [{ argb: EMOTION_SCALE.low }, { argb: EMOTION_SCALE.mid }, { argb: EMOTION_SCALE.high }],
      },
    ],
  });
}
