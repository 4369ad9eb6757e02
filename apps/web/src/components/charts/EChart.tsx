import { useEffect, useRef } from 'react';
import { type ChartOption, init } from './echarts-setup.ts';

interface EChartProps {
  option: ChartOption;
  /** Accessible name of the chart. */
  label: string;
  height?: number;
}

/** An ECharts chart that follows its option and the size of its box. */
export function EChart({ option, label, height = 420 }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={box} className="echart" role="img" aria-label={label} style={{ height }} />;
}
