import type { MessageTexts, Params } from '../en/messages.ts';

/** 中文消息：命令输出的内容及其错误。 */
export const messages: MessageTexts = {
  errorPrefix: 'cjm：',
  unexpected: (detail: string) => `意外错误：${detail}`,
  commander: {
    missingArgument: (name: string) => `错误：缺少必需的参数 '${name}'`,
    optionMissingArgument: (flags: string) => `错误：选项 '${flags}' 缺少值`,
    missingMandatoryOption: (flags: string) => `错误：未指定必需的选项 '${flags}'`,
    unknownOption: (flag: string) => `错误：未知选项 '${flag}'`,
    unknownCommand: (name: string) => `错误：未知命令 '${name}'`,
    excessArguments: '错误：参数过多',
    invalidOptionValue: (flags: string, value: string, why: string) =>
      `错误：选项 '${flags}' 的值 '${value}' 无效。${why}`,
    invalidArgumentValue: (name: string, value: string, why: string) =>
      `错误：参数 '${name}' 的值 '${value}' 无效。${why}`,
    didYouMean: (names: string) => `（您是否想用 ${names}？）`,
  },
  parse: {
    oneOf: (choices: string) => `应为以下之一：${choices}`,
    wholeNumber: '应为 ≥ 1 的整数',
    wholeNumberIn: (min: number, max: number) => `应为 ${min} 到 ${max} 之间的整数`,
    positiveWhole: '应为正整数',
    bytes: '应为整数字节数，至少 1024',
    clusters: '聚类数应为 2 到 12',
    fraction: '应为 0 到 1 之间的数，例如 0.05',
    positive: '应为正数，例如 0.1',
    notWeight: (part: string) => `“${part}”不是 名称=权重 的形式（例如 control=50,b=50）`,
    port: '应为端口号 0–65535',
    isoDate: '应为 ISO 日期，例如 2026-03-01',
    isoInstant: '应为 ISO 8601 日期或日期时间，例如 2026-01-31 或 2026-01-31T09:00:00Z',
    periodOrder: (from: string, to: string) => `${from} 必须早于 ${to}`,
    periodNeedsData: (flag: string) => `${flag} 用于选择 --with-data 数据的时间范围；请加上 --with-data`,
  },
  files: {
    unknownExtension: (path: string, ext: string) =>
      `${path}：未知扩展名“${ext}”；请使用 .yaml、.yml 或 .json`,
    cannotRead: (path: string, code: string) => `${path}：无法读取（${code}）`,
    notYaml: (where: string, why: string) => `${where}：不是有效的 YAML：${why}`,
    notJson: (where: string, why: string) => `${where}：不是有效的 JSON：${why}`,
    notMap: (path: string) => `${path}：不是有效的客户旅程地图：`,
    exists: (path: string) => `${path} 已存在；如需覆盖请加 --force`,
    noSuchFile: (files: string) => `文件不存在：${files}`,
  },
  new: {
    written: (file: string, stages: number, lanes: number, cards: number) =>
      `${file}：${stages} 个阶段，${lanes} 条泳道，${cards} 张卡片`,
  },
  validate: {
    valid: (file: string) => `${file}：有效`,
    older: '（schemaVersion 较旧：请运行 `cjm migrate`）',
    problems: (file: string, n: number) => `${file}：${n} 个问题`,
    invalid: (failed: number, total: number) => `${total} 个文件中有 ${failed} 个无效`,
  },
  migrate: {
    cannot: (file: string) => `${file}：无法升级：`,
    current: (file: string, version: number) => `${file}：已是 schemaVersion ${version}`,
    migrated: (file: string, from: number, to: number) =>
      `${file}：schemaVersion 已从 ${from} 升级到 ${to}（备份：${file}.bak）`,
  },
  demo: {
    invalidExample: (id: string, why: string) => `示例地图 ${id} 无效：${why}`,
    workspace: (dir: string) => `OpenCJM 演示工作区：${dir}`,
    tryNext: '接下来可以试试：',
    templatesHint: '# 方法文章中的阶段模型',
    generateHint: '# 演示商店：带预设问题的事件',
    newTitle: '在线购买',
    shop: (customers: string, events: string, span: string, seconds: string) =>
      `OpenCJM 演示商店：${customers} 位客户，${events} 个事件（${span}），用时 ${seconds} 秒`,
    segments: (list: string) => `客户分群：${list}`,
    planted: '预设的问题：',
    problem: (kind: string, stage: string, touchpoints: string, id: string) =>
      `${kind}，阶段 ${stage}（${touchpoints}）：${id}`,
  },
  serve: {
    cannotStart: (why: string) => `无法启动服务器：${why}`,
    running: (url: string) => `OpenCJM 正在运行：${url}`,
    workspace: '工作区：',
    docs: 'API 文档：',
    noWebApp: '（网页应用尚未构建：npm run build -w apps/web）',
    setup: (url: string) => `还没有账户：打开 ${url} 创建所有者（链接只能使用一次）。`,
    signIn: '请用您的电子邮件和密码登录。',
    warning: (text: string) => `警告：${text}`,
    stop: '按 Ctrl-C 停止。',
  },
  import: {
    badMapping: (file: string) => `${file}：不是有效的列映射：`,
    locked: (workspace: string) =>
      `工作区 ${workspace} 被另一个进程锁定（是否正在运行 \`cjm serve\`？）；请停止它或通过服务器导入。`,
    cannotOpen: (workspace: string, why: string) => `无法打开工作区 ${workspace}：${why}`,
    file: (
      file: string,
      format: string,
      read: string,
      accepted: string,
      quarantined: string,
      duplicates: string,
    ) => `${file}（${format}）：读取 ${read}，接受 ${accepted}，隔离 ${quarantined}，重复 ${duplicates}`,
    total: (
      accepted: string,
      read: string,
      seconds: string,
      quarantined: string,
      duplicates: string,
      id: string,
    ) =>
      `已导入 ${read} 行中的 ${accepted} 行，用时 ${seconds} 秒：隔离 ${quarantined}，重复 ${duplicates}（导入 ${id}）`,
    quarantineFile: (file: string) => `隔离的行：${file}`,
    journeys: (seconds: string) => `客户旅程已为分析排好序，用时 ${seconds} 秒`,
  },
  sentiment: {
    headers: ['倾向', '分数', '语言', '文本'],
    labels: { positive: '正面', neutral: '中性', negative: '负面' },
  },
  analytics: {
    'map-required': (p: Params) => `按 ${p.by} 分组需要地图（--map FILE）`,
    'steps-or-map': () => '请给出步骤或地图之一，不能两者都给或都不给',
    'too-few-steps': () => '漏斗至少需要一个步骤',
    'bad-duration': (p: Params) => `“${p.text}”不是 30m、12h 或 7d 这样的时长`,
    'unknown-customer': (p: Params) => `没有客户或标识符“${p.customer}”`,
    'unknown-variant': (p: Params) => `对照版本“${p.control}”未出现在曝光事件中（出现的版本：${p.variants}）`,
    'bad-plan': (_p: Params, message: string) => `测试计划无法实现：${message}`,
    'unknown-attribute': (p: Params) => `没有任何事件带有属性“${p.attribute}”；现有属性：${p.available}`,
    'not-on-clickhouse': (p: Params) =>
      `${p.analysis} 的这种用法暂不支持 ClickHouse 存储；请在 DuckDB 工作区上运行`,
  },
  analyze: {
    period: (from: string, to: string) => `时间范围：${from} … ${to}（不含）`,
    periodFrom: (from: string) => `时间范围：${from} 起`,
    periodTo: (to: string) => `时间范围：${to} 之前`,
    noStore: (workspace: string) => `${workspace} 中没有事件存储（请先导入事件，或指定 --workspace DIR）`,
    needsMap: (kind: string) => `${kind} 需要 --map FILE`,
    notOnClickHouse: (kind: string, kinds: string) =>
      `cjm analyze ${kind} 暂不支持 ClickHouse（已设置 OPENCJM_CLICKHOUSE_URL）；ClickHouse 存储支持 ${kinds}`,
    dimensions: { event: '事件', channel: '渠道', touchpoint: '触点', stage: '阶段' },
    none: '（无）',
    significant: 'p < 0.05',
    funnel: {
      window: (span: string) => `窗口 ${span}`,
      summary: (reached: string, started: string, share: string) =>
        `进入的 ${started} 位客户中有 ${reached} 位到达最后一步（${share}）`,
      headers: {
        step: '步骤',
        customers: '客户',
        conversion: '转化率',
        ci: '95% 置信区间',
        dropOff: '流失',
        median: '时间中位数',
        p90: '时间 P90',
      },
    },
    dfg: {
      headers: { from: '从', to: '到', count: '次数', median: '中位数', mean: '均值' },
      start: (list: string) => `开始：${list}`,
      end: (list: string) => `结束：${list}`,
    },
    variants: {
      head: (customers: string, variants: string) => `${customers} 位客户，${variants} 种路径`,
      headers: { count: '客户', share: '占比', path: '路径' },
    },
    paths: {
      flowHead: (customers: string, anchor: string, next: boolean) =>
        `经过“${anchor}”的客户 ${customers} 位，${next ? '之后' : '之前'}的步骤`,
      head: (customers: string) => `${customers} 位客户`,
      other: (paths: string) => `（其他：${paths} 条路径）`,
      otherLabel: '（其他）',
      dropOff: '（离开）',
      headers: { step: '步骤', node: '节点', customers: '客户', share: '占比', path: '路径' },
    },
    dwell: {
      sessions: (gap: string) => `无活动 ${gap} 后会话结束`,
      noChannels:
        '这些事件没有渠道，因此无法按渠道衡量。请改为按事件查询（`cjm analyze dwell --by event`），或提供地图（`--map FILE`）以衡量触点和阶段。',
      empty: '没有事件带有此标签。',
      headers: {
        events: '事件',
        customers: '客户',
        median: '中位数',
        p90: 'P90',
        exits: '离开',
        exitRate: '离开率',
        left: '流失客户',
      },
    },
    outcomes: {
      head: (outcome: string, within: string | null, converted: string, not: string) =>
        `${outcome}${within ? `（${within}内）` : ''}：达成 ${converted}，未达成 ${not}`,
      test: 'p：双侧 Fisher 精确检验',
      headers: {
        converted: '达成',
        others: '其他',
        shareConverted: '达成占比',
        shareOthers: '其他占比',
        lift: '提升',
        difference: '差异',
        p: 'p',
      },
      more: '在结果前更常出现',
      less: '在结果前更少出现',
      unclear: '无明显差异',
      legend: '差异明显：如此大的差异偶然出现的概率低于 5%。',
    },
    timeline: {
      head: (customer: string, identifiers: string) => `客户 ${customer}：${identifiers}`,
      headers: {
        time: '时间（UTC）',
        event: '事件',
        channel: '渠道',
        touchpoint: '触点',
        identifier: '标识符',
        details: '详情',
      },
      value: (value: string) => `金额 ${value}`,
      score: (score: string, question: string | null) => `评分 ${score}${question ? `（${question}）` : ''}`,
    },
    unmatched: {
      head: (unmatched: string, events: string) => `${events} 个事件中有 ${unmatched} 个不匹配任何触点`,
      headers: { event: '事件', channel: '渠道', count: '数量', events: '事件', customers: '客户' },
    },
    survey: {
      n: (n: string) => `，n = ${n}`,
      invalid: (_n: number, shown: string) => `；未计入 ${shown} 个无效回答`,
      likely: (lo: string, hi: string) => `大概在 ${lo} 到 ${hi} 之间`,
      ci: (ci: string) => `95% 置信区间 ${ci}`,
      headers: { n: 'n', invalid: '无效', ci: '95% 置信区间', likely: '可能范围' },
      nps: {
        head: (nps: string, range: string, promoters: string, passives: string, detractors: string) =>
          `NPS ${nps}（${range}）：推荐者 ${promoters}，被动者 ${passives}，贬损者 ${detractors}`,
        headers: { promoters: '推荐者', passives: '被动者', detractors: '贬损者' },
      },
      csat: {
        head: (csat: string, range: string, satisfied: string) =>
          `CSAT ${csat}（${range}）：满意 ${satisfied}`,
        headers: { satisfied: '满意' },
      },
      ces: { head: (ces: string, range: string) => `CES ${ces}（${range}）` },
    },
    emotions: {
      head: (score: string, range: string, n: string, texts: string, off: boolean, answers: string) =>
        `情绪 ${score}，量表 −2…+2（${range}），信号 ${n} 个：文本 ${texts}${off ? '（未计情感）' : ''}，调查回答 ${answers}`,
      headers: { score: '得分', texts: '文本', answers: '回答' },
    },
    pains: {
      head: (count: string, customers: string, alpha: string, minSample: string) =>
        `${customers} 位客户中发现 ${count} 个痛点（p < ${alpha}，n ≥ ${minSample}）`,
      severityNote: '严重度 = Cohen h × √覆盖面',
      kinds: {
        'drop-off': '流失',
        'long-dwell-exit': '长时间停留后离开',
        loop: '循环',
        'stage-return': '回到之前阶段',
        'negative-sentiment': '负面文本',
        'low-csat': '低 CSAT',
      },
      headers: {
        kind: '类型',
        severity: '严重度',
        rate: '比例',
        baseline: '基线',
        n: 'n',
        p: 'p',
      },
      cards: '建议的痛点卡片：',
      offMap: '（不在地图上）',
    },
    sentiment: {
      head: (n: string, mean: string, positive: string, neutral: string, negative: string) =>
        `${n} 条文本的情感：均值 ${mean}（−1 … +1），正面 ${positive}，中性 ${neutral}，负面 ${negative}`,
      headers: { texts: '文本', mean: '均值', positive: '正面', neutral: '中性', negative: '负面' },
      byStage: '按阶段',
      byTouchpoint: '按触点',
    },
    themes: {
      group: (key: string, _total: number, shown: string) => `${key}：${shown} 条文本`,
      negative: '负面',
      positive: '正面',
      all: '全部文本',
      unplaced: '不在地图上',
      none: '此工作区没有客户文本。',
    },
    personas: {
      head: (customers: string, k: string, silhouette: string | null) =>
        `${customers} 位客户分为 ${k} 个群组${silhouette ? `（按轮廓系数选 k：${silhouette}）` : ''}`,
      cluster: (name: string, size: string, share: string) => `${name} — ${size} 位客户（${share}）`,
      converted: (rate: string, range: string) => `转化 ${rate}（${range}）`,
      reachedLast: (rate: string) => `；到达最后阶段 ${rate}`,
      channels: (list: string) => `渠道：${list}`,
    },
    experiment: {
      method: 'p 来自双侧 Welch t 检验，获胜概率使用 Beta(1, 1) 先验',
      control: (name: string) => `${name}（对照）`,
      headers: {
        variant: '版本',
        customers: '客户',
        conversions: '转化',
        rate: '转化率',
        ci: '95% 置信区间',
        lift: '提升',
        liftCi: '提升 95% 置信区间',
        p: 'p',
        holm: 'p（Holm）',
        chance: '获胜概率',
        loss: '预期损失',
        mean: (field: string) => `${field} 均值`,
        pOf: (field: string) => `${field} 的 p`,
      },
      pp: (x: string) => `${x} 个百分点`,
      srm: (p: string, mismatch: boolean, mixed: string, unlabelled: string) =>
        `样本比例：p ${p}${mismatch ? ' — 不匹配' : ''}；未计入：多个版本中的 ${mixed}，无版本的 ${unlabelled}`,
      srmPlain: (mismatch: boolean, mixed: string, unlabelled: string) =>
        `${mismatch ? '各版本没有得到计划的客户比例：在相信结果之前请检查分配' : '各版本得到了计划的客户比例'}；未计入：多个版本中的 ${mixed}，无版本的 ${unlabelled}`,
      planning: (planned: string, detectable: string) =>
        `每个版本计划 ${planned}；当前可检测的提升：${detectable}`,
    },
    attribution: {
      models: {
        first: '首次触达',
        last: '末次触达',
        linear: '线性',
        position: '位置',
        markov: '马尔可夫链',
        shapley: 'Shapley 值',
      },
      head: (model: string, conversion: string, lookback: string, total: string) =>
        `${model}模型，${lookback}内的 ${conversion}：已分配 ${total} 次转化`,
      revenue: (x: string) => `（收入 ${x}）`,
      unattributed: (n: string, by: string) => `，${n} 次转化之前没有${by}`,
      headers: { conversions: '转化', share: '占比', revenue: '收入', removal: '移除效应' },
    },
  },
};
