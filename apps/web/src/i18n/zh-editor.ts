import type { enEditor } from './en-editor.ts';

/** 编辑器网格、首页搜索与预览、用户画像卡片的中文文本。 */
export const zhEditor: Record<keyof typeof enEditor, string> = {
  'figures.reached': '到达客户数',
  'figures.reachedHint': '到达此阶段的客户数',
  'figures.ofFirst': '占第 1 阶段',
  'figures.ofFirstHint': '第一阶段的客户中到达此阶段的比例',
  'figures.toNext': '进入下一阶段',
  'figures.toNextHint': '此阶段的客户中进入下一阶段的比例',
  'figures.timeToNext': '到下一阶段时间中位数',
  'figures.timeToNextHint': '从此阶段到下一阶段所用时间的中位数',
  'figures.noData': '暂无数据',
  'figures.noDataUnbound': '此阶段没有绑定事件规则的触点，因此这里没有测量数据。',
  'figures.noDataEvents': '此地图尚未测量到任何客户事件。',
  'figures.loading': '正在计算…',
  'figures.period': '数字：{period}',
  'figures.periodTitle': '地图上数字的时间范围',
  'figures.periodHint': '地图上的数字、数据情绪曲线和含数据的导出只计这些日期内的事件，含首尾两天；留空表示全部时间。',
  'figures.allTime': '全部时间',

  'lanes.touchpoints': '触点',
  'lanes.opportunities': '改进机会',
  'lanes.wholeJourney': '整个旅程',
  'lanes.touchpoint': '触点：{name}',
  'lanes.touchpointReached': '{count} 位客户',
  'lanes.opportunity': '改进机会：{title}',
  'lanes.owner': '负责人：{owner}',
  'lanes.impactEffort': '影响 {impact}/5 · 投入 {effort}/5',

  'missingMap.title': '此地图不存在',
  'missingMap.text': '没有 ID 为“{id}”的地图：它可能已被删除，或链接有误。',
  'missingMap.home': '返回工作区',
  'missingPersona.title': '此用户画像不存在',
  'missingPersona.text': '没有 ID 为“{id}”的用户画像：它可能已被删除，或链接有误。',

  'home.search': '按标题搜索地图',
  'home.searchPlaceholder': '按标题搜索…',
  'home.noMatches': '没有标题包含“{query}”的地图。',
  'home.matches': '{total} 张地图中的 {count} 张',

  'persona.photoUrl': '照片地址（URL）',
  'persona.photoUrlApply': '使用此地址',
  'persona.photoUrlInvalid': '照片地址须以 https:// 开头',
  'persona.card': '用户画像卡片：{name}',
  'persona.noItems': '暂无',
  'persona.about': '简介',
};
