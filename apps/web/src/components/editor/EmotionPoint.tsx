import type { KeyboardEvent, PointerEvent } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { EMOTION_STEP, moodOf, snapScore } from '../../layout/emotion-geometry.ts';

interface EmotionPointProps {
  stageName: string;
  x: number;
  y: number;
  /** The score shown; `undefined`: no point set yet (drawn hollow at 0). */
  score: number | undefined;
  dragging: boolean;
  onDragStart: (event: PointerEvent<SVGGElement>) => void;
  onChange: (score: number) => void;
  onRemove: () => void;
  /** Shown, not changeable (the member may not write). */
  readOnly?: boolean;
}

/**
 * One draggable point of the emotion curve, a slider for assistive technology:
 * Up/Down change it by 0.5, Home/End go to +2/−2, Delete removes it.
 */
export function EmotionPoint(props: EmotionPointProps) {
  const { stageName, x, y, score, dragging, onDragStart, onChange, onRemove, readOnly } = props;
  const t = useT();
  const current = score ?? 0;
  const valueText =
    score === undefined
      ? t('emotion.unset')
      : t('emotion.valueText', { score: current, mood: t(`mood.${moodOf(current)}`) });
  const onKeyDown = (event: KeyboardEvent) => {
    const steps: Readonly<Record<string, number>> = {
      ArrowUp: current + EMOTION_STEP,
      ArrowRight: current + EMOTION_STEP,
      ArrowDown: current - EMOTION_STEP,
      ArrowLeft: current - EMOTION_STEP,
      Home: 2,
      End: -2,
    };
    const next = steps[event.key];
    if (next !== undefined) {
      event.preventDefault();
      onChange(snapScore(next));
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && score !== undefined) {
      event.preventDefault();
      onRemove();
    }
  };
  if (readOnly) {
    if (score === undefined) return null;
    return (
      <g className="emotion-point read-only">
        <circle className="dot" cx={x} cy={y} r={7} />
        <title>{`${stageName}: ${valueText}`}</title>
      </g>
    );
  }
  return (
    <g
      role="slider"
      tabIndex={0}
      className={`emotion-point${score === undefined ? ' unset' : ''}${dragging ? ' dragging' : ''}`}
      aria-label={t('emotion.point', { stage: stageName })}
      aria-valuemin={-2}
      aria-valuemax={2}
      aria-valuenow={current}
      aria-valuetext={valueText}
      aria-orientation="vertical"
      onPointerDown={onDragStart}
      onKeyDown={onKeyDown}
    >
      <circle className="hit" cx={x} cy={y} r={16} />
      <circle className="dot" cx={x} cy={y} r={7} />
      <title>{`${stageName}: ${valueText}`}</title>
    </g>
  );
}
