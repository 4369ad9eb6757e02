import type { enData } from './en-data.ts';

/** Chinese strings of the data views' charts (see `en-data.ts`). */
export const zhData: Record<keyof typeof enData, string> = {
  'data.windowHint': '客户进入第一阶段后，在多长时间内到达后续阶段才计为转化。它不筛选日期。',
  'chart.stageColours': '阶段颜色',
  'process.activities': '活动',
  'process.paths': '路径',
  'process.shown': '显示 {nodes}/{totalNodes} 个活动，{links}/{totalLinks} 条路径',
  'process.events': '{n} 次事件',
  'process.transitions': '{n} 次',
  'process.transitionsTime': '{n} 次 · 中位数 {time}',
  'process.table': '以表格查看路径',
  'process.from': '从',
  'process.to': '到',
  'process.times': '次数',
  'process.medianTime': '间隔时间中位数',
  'paths.customers': '{n} 位客户',
  'paths.caption': '最常见的 {n} 条两步及以上的路径：占客户的 {share}（{customers}/{total}）',
  'paths.captionCount': '最常见的 {n} 条两步及以上的路径：{customers} 位客户',
  'dwell.by': '分组',
  'dwell.by.stage': '按阶段',
  'dwell.by.touchpoint': '按触点',
  'dwell.unit.s': '秒',
  'dwell.unit.min': '分钟',
  'dwell.unit.h': '小时',
  'dwell.unit.d': '天',
};
