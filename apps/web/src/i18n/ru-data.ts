import type { enData } from './en-data.ts';

/** Russian strings of the data views' charts (see `en-data.ts`). */
export const ruData: Record<keyof typeof enData, string> = {
  'data.from': 'С',
  'data.through': 'По',
  'data.periodHint':
    'Только события этих дней, первый и последний включительно; пусто — за всё время. Период цифр на самой карте выбирается в редакторе.',
  'data.periodFrom': 'с {date}',
  'data.periodThrough': 'по {date} включительно',
  'data.allTime': 'всё время',
  'data.windowHint':
    'Сколько времени после входа в первый этап даётся клиенту, чтобы дойти до следующих и считаться конверсией. Даты этот выбор не ограничивает.',
  'chart.stageColours': 'Цвета этапов',
  'process.activities': 'Шаги',
  'process.paths': 'Переходы',
  'process.shown': 'Показано шагов: {nodes} из {totalNodes}, переходов: {links} из {totalLinks}',
  'process.events': 'Событий: {n}',
  'process.transitions': 'Переходов: {n}',
  'process.transitionsTime': 'Переходов: {n} · медиана {time}',
  'process.table': 'Переходы таблицей',
  'process.from': 'Откуда',
  'process.to': 'Куда',
  'process.times': 'Сколько раз',
  'process.medianTime': 'Медиана времени между шагами',
  'paths.customers': 'Клиентов: {n}',
  'paths.caption': 'Самые частые пути из двух шагов и более ({n}): {share} клиентов ({customers} из {total})',
  'paths.captionCount': 'Самые частые пути из двух шагов и более ({n}): клиентов — {customers}',
  'dwell.by': 'Группировка',
  'dwell.by.stage': 'По этапам',
  'dwell.by.touchpoint': 'По точкам контакта',
  'dwell.unit.s': 'секунды',
  'dwell.unit.min': 'минуты',
  'dwell.unit.h': 'часы',
  'dwell.unit.d': 'дни',
};
