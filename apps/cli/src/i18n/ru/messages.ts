import type { MessageTexts, Params } from '../en/messages.ts';

/**
 * Сообщения на русском. Числа стоят после двоеточия («клиентов: 4»), чтобы не склонять
 * существительные после числительных; названия из карты — в кавычках после родового слова.
 */
export const messages: MessageTexts = {
  errorPrefix: 'cjm: ',
  unexpected: (detail: string) => `непредвиденная ошибка: ${detail}`,
  commander: {
    missingArgument: (name: string) => `ошибка: не хватает обязательного аргумента '${name}'`,
    optionMissingArgument: (flags: string) => `ошибка: у параметра '${flags}' нет значения`,
    missingMandatoryOption: (flags: string) => `ошибка: не задан обязательный параметр '${flags}'`,
    unknownOption: (flag: string) => `ошибка: неизвестный параметр '${flag}'`,
    unknownCommand: (name: string) => `ошибка: неизвестная команда '${name}'`,
    excessArguments: 'ошибка: слишком много аргументов',
    invalidOptionValue: (flags: string, value: string, why: string) =>
      `ошибка: значение '${value}' параметра '${flags}' не подходит. ${why}`,
    invalidArgumentValue: (name: string, value: string, why: string) =>
      `ошибка: значение '${value}' аргумента '${name}' не подходит. ${why}`,
    didYouMean: (names: string) => `(Может быть, ${names}?)`,
  },
  parse: {
    oneOf: (choices: string) => `ожидается одно из: ${choices}`,
    wholeNumber: 'ожидается целое число ≥ 1',
    wholeNumberIn: (min: number, max: number) => `ожидается целое число от ${min} до ${max}`,
    positiveWhole: 'ожидается целое положительное число',
    bytes: 'ожидается целое число байт, не меньше 1024',
    clusters: 'ожидается от 2 до 12 кластеров',
    fraction: 'ожидается число между 0 и 1, например 0.05',
    positive: 'ожидается положительное число, например 0.1',
    notWeight: (part: string) => `«${part}» — не имя=вес (например, control=50,b=50)`,
    port: 'ожидается номер порта, 0–65535',
    isoDate: 'ожидается дата ISO, например 2026-03-01',
    isoInstant: 'ожидается дата или дата и время ISO 8601, например 2026-01-31 или 2026-01-31T09:00:00Z',
    periodOrder: (from: string, to: string) => `${from} должно быть раньше ${to}`,
    periodNeedsData: (flag: string) => `${flag} задаёт период показателей --with-data; добавьте --with-data`,
  },
  files: {
    unknownExtension: (path: string, ext: string) =>
      `${path}: неизвестное расширение «${ext}»; используйте .yaml, .yml или .json`,
    cannotRead: (path: string, code: string) => `${path}: не удаётся прочитать (${code})`,
    notYaml: (where: string, why: string) => `${where}: некорректный YAML: ${why}`,
    notJson: (where: string, why: string) => `${where}: некорректный JSON: ${why}`,
    notMap: (path: string) => `${path}: это не корректная карта пути клиента:`,
    exists: (path: string) => `${path} уже существует; чтобы перезаписать, добавьте --force`,
    noSuchFile: (files: string) => `нет такого файла: ${files}`,
  },
  new: {
    written: (file: string, stages: number, lanes: number, cards: number) =>
      `${file}: этапов — ${stages}, дорожек — ${lanes}, карточек — ${cards}`,
  },
  validate: {
    valid: (file: string) => `${file}: корректна`,
    older: ' (старая schemaVersion: выполните `cjm migrate`)',
    problems: (file: string, n: number) => `${file}: проблем — ${n}`,
    invalid: (failed: number, total: number) => `некорректных файлов: ${failed} из ${total}`,
  },
  migrate: {
    cannot: (file: string) => `${file}: обновить нельзя:`,
    current: (file: string, version: number) => `${file}: уже schemaVersion ${version}`,
    migrated: (file: string, from: number, to: number) =>
      `${file}: schemaVersion обновлена ${from} → ${to} (копия: ${file}.bak)`,
  },
  demo: {
    invalidExample: (id: string, why: string) => `пример карты ${id} некорректен: ${why}`,
    workspace: (dir: string) => `Демо-пространство OpenCJM: ${dir}`,
    tryNext: 'Что попробовать дальше:',
    templatesHint: '# модели этапов из статей о методе',
    generateHint: '# демо-магазин: события с заложенными проблемами',
    newTitle: 'Покупка онлайн',
    shop: (customers: string, events: string, span: string, seconds: string) =>
      `Демо-магазин OpenCJM: клиентов — ${customers}, событий — ${events} (${span}), за ${seconds} с`,
    segments: (list: string) => `Сегменты: ${list}`,
    planted: 'Заложенные проблемы:',
    problem: (kind: string, stage: string, touchpoints: string, id: string) =>
      `${kind}, этап ${stage} (${touchpoints}): ${id}`,
  },
  serve: {
    cannotStart: (why: string) => `не удаётся запустить сервер: ${why}`,
    running: (url: string) => `OpenCJM работает по адресу ${url}`,
    workspace: 'пространство:',
    docs: 'документация API:',
    noWebApp: '(веб-приложение не собрано: npm run build -w apps/web)',
    setup: (url: string) =>
      `Учётных записей ещё нет: откройте ${url}, чтобы создать владельца (ссылка работает один раз).`,
    signIn: 'Войдите по своему e-mail и паролю.',
    warning: (text: string) => `предупреждение: ${text}`,
    stop: 'Остановить — Ctrl-C.',
  },
  import: {
    badMapping: (file: string) => `${file}: некорректное сопоставление колонок:`,
    locked: (workspace: string) =>
      `пространство ${workspace} занято другим процессом (не запущен ли \`cjm serve\`?); остановите его или импортируйте через сервер.`,
    cannotOpen: (workspace: string, why: string) => `не удаётся открыть пространство ${workspace}: ${why}`,
    file: (
      file: string,
      format: string,
      read: string,
      accepted: string,
      quarantined: string,
      duplicates: string,
    ) =>
      `${file} (${format}): прочитано — ${read}, принято — ${accepted}, в карантине — ${quarantined}, дубликатов — ${duplicates}`,
    total: (
      accepted: string,
      read: string,
      seconds: string,
      quarantined: string,
      duplicates: string,
      id: string,
    ) =>
      `импортировано строк: ${accepted} из ${read} за ${seconds} с; в карантине — ${quarantined}, дубликатов — ${duplicates} (импорт ${id})`,
    quarantineFile: (file: string) => `строки в карантине: ${file}`,
    journeys: (seconds: string) => `пути клиентов упорядочены для анализа: ${seconds} с`,
  },
  sentiment: {
    headers: ['оценка', 'балл', 'язык', 'текст'],
    labels: { positive: 'позитив', neutral: 'нейтрально', negative: 'негатив' },
  },
  analytics: {
    'map-required': (p: Params) => `группировка по ${p.by} требует карту (--map FILE)`,
    'steps-or-map': () => 'задайте либо шаги, либо карту — не то и другое и не ничего',
    'too-few-steps': () => 'в воронке нужен хотя бы один шаг',
    'bad-duration': (p: Params) => `«${p.text}» — не срок вида 30m, 12h или 7d`,
    'unknown-customer': (p: Params) => `нет клиента или идентификатора «${p.customer}»`,
    'unknown-variant': (p: Params) =>
      `контрольный вариант «${p.control}» не встречается в событиях показа (встреченные варианты: ${p.variants})`,
    'bad-plan': (_p: Params, message: string) => `план теста невыполним: ${message}`,
    'unknown-attribute': (p: Params) =>
      `ни одно событие не несёт атрибут «${p.attribute}»; есть: ${p.available}`,
    'not-on-clickhouse': (p: Params) =>
      `анализ ${p.analysis} в таком виде пока не работает на хранилище ClickHouse; запустите его на рабочем пространстве DuckDB`,
  },
  analyze: {
    period: (from: string, to: string) => `период: ${from} … ${to} (не включая)`,
    periodFrom: (from: string) => `период: начиная с ${from}`,
    periodTo: (to: string) => `период: до ${to}`,
    noStore: (workspace: string) =>
      `в ${workspace} нет хранилища событий (сначала импортируйте события или укажите --workspace DIR)`,
    needsMap: (kind: string) => `${kind}: нужна карта, --map FILE`,
    notOnClickHouse: (kind: string, kinds: string) =>
      `cjm analyze ${kind} пока не работает на ClickHouse (задан OPENCJM_CLICKHOUSE_URL); хранилище ClickHouse отвечает на ${kinds}`,
    dimensions: { event: 'Событие', channel: 'Канал', touchpoint: 'Точка контакта', stage: 'Этап' },
    none: '(нет)',
    significant: 'p < 0,05',
    funnel: {
      window: (span: string) => `окно ${span}`,
      summary: (reached: string, started: string, share: string) =>
        `до последнего шага дошли ${reached} из ${started} вошедших клиентов (${share})`,
      headers: {
        step: 'Шаг',
        customers: 'Клиенты',
        conversion: 'Конверсия',
        ci: '95% ДИ',
        dropOff: 'Отток',
        median: 'Медиана времени',
        p90: 'P90 времени',
      },
    },
    dfg: {
      headers: { from: 'Откуда', to: 'Куда', count: 'Переходы', median: 'Медиана', mean: 'Среднее' },
      start: (list: string) => `начало: ${list}`,
      end: (list: string) => `конец: ${list}`,
    },
    variants: {
      head: (customers: string, variants: string) => `клиентов: ${customers}, вариантов пути: ${variants}`,
      headers: { count: 'Клиенты', share: 'Доля', path: 'Путь' },
    },
    paths: {
      flowHead: (customers: string, anchor: string, next: boolean) =>
        `клиентов с «${anchor}»: ${customers}; шаги ${next ? 'после' : 'до'}`,
      head: (customers: string) => `клиентов: ${customers}`,
      other: (paths: string) => `(прочие пути: ${paths})`,
      otherLabel: '(прочие)',
      dropOff: '(ушли)',
      headers: { step: 'Шаг', node: 'Узел', customers: 'Клиенты', share: 'Доля', path: 'Путь' },
    },
    dwell: {
      sessions: (gap: string) => `сессия заканчивается после ${gap} бездействия`,
      noChannels:
        'У этих событий нет канала, поэтому по каналам измерять нечего. Спросите по событиям (`cjm analyze dwell --by event`) или дайте карту (`--map FILE`), чтобы измерить точки контакта и этапы.',
      empty: 'Ни одно событие не несёт такой метки.',
      headers: {
        events: 'События',
        customers: 'Клиенты',
        median: 'Медиана',
        p90: 'P90',
        exits: 'Уходы',
        exitRate: 'Доля уходов',
        left: 'Ушли',
      },
    },
    outcomes: {
      head: (outcome: string, within: string | null, converted: string, not: string) =>
        `${outcome}${within ? ` в пределах ${within}` : ''}: достигли — ${converted}, не достигли — ${not}`,
      test: 'p: двусторонний точный тест Фишера',
      headers: {
        converted: 'Достигли',
        others: 'Остальные',
        shareConverted: 'Доля достигших',
        shareOthers: 'Доля остальных',
        lift: 'Прирост',
        difference: 'Разница',
        p: 'p',
      },
      more: 'чаще перед результатом',
      less: 'реже перед результатом',
      unclear: 'явной разницы нет',
      legend: 'Разница явная, когда такая большая разница возникала бы случайно реже чем в 5% случаев.',
    },
    timeline: {
      head: (customer: string, identifiers: string) => `клиент ${customer}: ${identifiers}`,
      headers: {
        time: 'Время (UTC)',
        event: 'Событие',
        channel: 'Канал',
        touchpoint: 'Точка контакта',
        identifier: 'Идентификатор',
        details: 'Подробности',
      },
      value: (value: string) => `сумма ${value}`,
      score: (score: string, question: string | null) => `оценка ${score}${question ? ` (${question})` : ''}`,
    },
    unmatched: {
      head: (unmatched: string, events: string) =>
        `не подходят ни под одну точку контакта: ${unmatched} из ${events} событий`,
      headers: {
        event: 'Событие',
        channel: 'Канал',
        count: 'Число',
        events: 'События',
        customers: 'Клиенты',
      },
    },
    survey: {
      n: (n: string) => `, n = ${n}`,
      invalid: (_n: number, shown: string) => `; неверных ответов не учтено: ${shown}`,
      likely: (lo: string, hi: string) => `вероятно, от ${lo} до ${hi}`,
      ci: (ci: string) => `95% ДИ ${ci}`,
      headers: { n: 'n', invalid: 'Неверные', ci: '95% ДИ', likely: 'Вероятный диапазон' },
      nps: {
        head: (nps: string, range: string, promoters: string, passives: string, detractors: string) =>
          `NPS ${nps} (${range}): сторонники — ${promoters}, нейтральные — ${passives}, критики — ${detractors}`,
        headers: { promoters: 'Сторонники', passives: 'Нейтральные', detractors: 'Критики' },
      },
      csat: {
        head: (csat: string, range: string, satisfied: string) =>
          `CSAT ${csat} (${range}): довольных — ${satisfied}`,
        headers: { satisfied: 'Довольные' },
      },
      ces: { head: (ces: string, range: string) => `CES ${ces} (${range})` },
    },
    emotions: {
      head: (score: string, range: string, n: string, texts: string, off: boolean, answers: string) =>
        `эмоция ${score} по шкале −2…+2 (${range}), сигналов: ${n}; текстов — ${texts}${off ? ' (тональность выключена)' : ''}, ответов опросов — ${answers}`,
      headers: { score: 'Оценка', texts: 'Тексты', answers: 'Ответы' },
    },
    pains: {
      head: (count: string, customers: string, alpha: string, minSample: string) =>
        `болей: ${count}, клиентов: ${customers} (p < ${alpha}, n ≥ ${minSample})`,
      severityNote: 'тяжесть = h Коэна × √охват',
      kinds: {
        'drop-off': 'отток',
        'long-dwell-exit': 'долгий визит и уход',
        loop: 'петля',
        'stage-return': 'возврат на этап',
        'negative-sentiment': 'негативные тексты',
        'low-csat': 'низкий CSAT',
      },
      headers: {
        kind: 'Вид',
        severity: 'Тяжесть',
        rate: 'Доля',
        baseline: 'Фон',
        n: 'n',
        p: 'p',
      },
      cards: 'Предлагаемые карточки болей:',
      offMap: '(нет на карте)',
    },
    sentiment: {
      head: (n: string, mean: string, positive: string, neutral: string, negative: string) =>
        `Тональность текстов (${n}): среднее ${mean} (−1 … +1); позитивных — ${positive}, нейтральных — ${neutral}, негативных — ${negative}`,
      headers: {
        texts: 'Тексты',
        mean: 'Среднее',
        positive: 'Позитивные',
        neutral: 'Нейтральные',
        negative: 'Негативные',
      },
      byStage: 'По этапам',
      byTouchpoint: 'По точкам контакта',
    },
    themes: {
      group: (key: string, _total: number, shown: string) => `${key}: текстов — ${shown}`,
      negative: 'негатив',
      positive: 'позитив',
      all: 'все тексты',
      unplaced: 'вне карты',
      none: 'В этом пространстве нет текстов клиентов.',
    },
    personas: {
      head: (customers: string, k: string, silhouette: string | null) =>
        `клиентов: ${customers}, кластеров: ${k}${silhouette ? ` (k по силуэту: ${silhouette})` : ''}`,
      cluster: (name: string, size: string, share: string) => `${name} — клиентов: ${size} (${share})`,
      converted: (rate: string, range: string) => `конверсия ${rate} (${range})`,
      reachedLast: (rate: string) => `; до последнего этапа дошли ${rate}`,
      channels: (list: string) => `каналы: ${list}`,
    },
    experiment: {
      method: 'p — двусторонний t-тест Уэлча, шанс на победу — с априорным Beta(1, 1)',
      control: (name: string) => `${name} (контроль)`,
      headers: {
        variant: 'Вариант',
        customers: 'Клиенты',
        conversions: 'Конв.',
        rate: 'Доля',
        ci: '95% ДИ',
        lift: 'Прирост',
        liftCi: '95% ДИ прироста',
        p: 'p',
        holm: 'p (Холм)',
        chance: 'Шанс на победу',
        loss: 'Ожид. потери',
        mean: (field: string) => `Среднее ${field}`,
        pOf: (field: string) => `p ${field}`,
      },
      pp: (x: string) => `${x} п. п.`,
      srm: (p: string, mismatch: boolean, mixed: string, unlabelled: string) =>
        `соотношение выборок: p ${p}${mismatch ? ' — НЕСООТВЕТСТВИЕ' : ''}; не учтены: в нескольких вариантах — ${mixed}, без варианта — ${unlabelled}`,
      srmPlain: (mismatch: boolean, mixed: string, unlabelled: string) =>
        `${mismatch ? 'варианты НЕ получили плановые доли клиентов: проверьте распределение, прежде чем верить результату' : 'варианты получили плановые доли клиентов'}; не учтены: в нескольких вариантах — ${mixed}, без варианта — ${unlabelled}`,
      planning: (planned: string, detectable: string) =>
        `план на вариант: ${planned}; заметный сейчас прирост: ${detectable}`,
    },
    attribution: {
      models: {
        first: 'первое касание',
        last: 'последнее касание',
        linear: 'линейная',
        position: 'по позиции',
        markov: 'цепи Маркова',
        shapley: 'вектор Шепли',
      },
      head: (model: string, conversion: string, lookback: string, total: string) =>
        `модель «${model}», ${conversion} в пределах ${lookback}: распределено конверсий — ${total}`,
      revenue: (x: string) => ` (выручка ${x})`,
      unattributed: (n: string, by: string) => `; без касаний (${by}) до конверсии — ${n}`,
      headers: { conversions: 'Конверсии', share: 'Доля', revenue: 'Выручка', removal: 'Эффект удаления' },
    },
  },
};
