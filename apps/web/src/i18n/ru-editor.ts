import type { enEditor } from './en-editor.ts';

/** Русские строки сетки редактора, поиска и превью на главной, карточки персоны. */
export const ruEditor: Record<keyof typeof enEditor, string> = {
  'figures.reached': 'Клиентов дошло',
  'figures.reachedHint': 'Клиенты, дошедшие до этого этапа',
  'figures.ofFirst': 'От 1-го этапа',
  'figures.ofFirstHint': 'Доля клиентов первого этапа, дошедших до этого этапа',
  'figures.toNext': 'В следующий этап',
  'figures.toNextHint': 'Доля клиентов этого этапа, перешедших в следующий',
  'figures.timeToNext': 'Медиана до следующего',
  'figures.timeToNextHint': 'Медианное время от этого этапа до следующего',
  'figures.noData': 'Нет данных',
  'figures.noDataUnbound':
    'Ни одна точка контакта этого этапа не связана с событиями, поэтому здесь ничего не измерено.',
  'figures.noDataEvents': 'Для этой карты пока не измерено ни одного события клиентов.',
  'figures.loading': 'Считаем…',
  'figures.period': 'Цифры: {period}',
  'figures.periodTitle': 'Период цифр на карте',
  'figures.periodHint':
    'Цифры на карте, кривая эмоций по данным и экспорт с данными учитывают только события этих дней, первый и последний включительно; пусто — за всё время.',
  'figures.allTime': 'За всё время',
  'figures.periodFull': 'Период цифр на карте: {period}',
  'toolbar.more': 'Ещё',
  'toolbar.moreTitle': 'Ещё инструменты карты',
  'toolbar.addStage': 'Этап',
  'save.short.saved': 'Сохранено',
  'save.short.saving': 'Сохранение…',
  'save.short.dirty': 'Не сохранено',
  'save.short.conflict': 'Конфликт',
  'save.short.error': 'Не сохранено',

  'lanes.touchpoints': 'Точки контакта',
  'lanes.opportunities': 'Возможности',
  'lanes.wholeJourney': 'Весь путь',
  'lanes.touchpoint': 'Точка контакта: {name}',
  'lanes.touchpointReached': 'клиентов: {count}',
  'lanes.opportunity': 'Возможность: {title}',
  'lanes.owner': 'Ответственный: {owner}',
  'lanes.impactEffort': 'Эффект {impact}/5 · усилия {effort}/5',

  'missingMap.title': 'Такой карты нет',
  'missingMap.text': 'Карты с идентификатором «{id}» нет: её могли удалить, или в ссылке опечатка.',
  'missingMap.home': 'Вернуться в рабочее пространство',
  'missingPersona.title': 'Такой персоны нет',
  'missingPersona.text': 'Персоны с идентификатором «{id}» нет: её могли удалить, или в ссылке опечатка.',

  'home.search': 'Поиск карт по названию',
  'home.searchPlaceholder': 'Поиск по названию…',
  'home.noMatches': 'Нет карт, в названии которых есть «{query}».',
  'home.matches': 'Карт: {count} из {total}',

  'persona.photoUrl': 'Адрес фото (URL)',
  'persona.photoUrlApply': 'Взять фото по адресу',
  'persona.photoUrlInvalid': 'Адрес фото начинается с https://',
  'persona.card': 'Карточка персоны: {name}',
  'persona.noItems': 'Пока ничего',
  'persona.about': 'О персоне',
};
