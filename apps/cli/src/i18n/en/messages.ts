/**
 * English messages: what commands print and the errors they give. The other languages are
 * typed by this one (`MessageTexts`), so a message missing there is a compile error.
 */
/** The values an engine error carries. */
export type Params = Readonly<Record<string, string | number>>;

export const messages = {
  errorPrefix: 'cjm: ',
  unexpected: (detail: string) => `unexpected error: ${detail}`,
  commander: {
    missingArgument: (name: string) => `error: missing required argument '${name}'`,
    optionMissingArgument: (flags: string) => `error: option '${flags}' argument missing`,
    missingMandatoryOption: (flags: string) => `error: required option '${flags}' not specified`,
    unknownOption: (flag: string) => `error: unknown option '${flag}'`,
    unknownCommand: (name: string) => `error: unknown command '${name}'`,
    excessArguments: 'error: too many arguments',
    invalidOptionValue: (flags: string, value: string, why: string) =>
      `error: option '${flags}' argument '${value}' is invalid. ${why}`,
    invalidArgumentValue: (name: string, value: string, why: string) =>
      `error: argument '${name}' value '${value}' is invalid. ${why}`,
    didYouMean: (names: string) => `(Did you mean ${names}?)`,
  },
  parse: {
    oneOf: (choices: string) => `expected one of ${choices}`,
    wholeNumber: 'expected a whole number ≥ 1',
    wholeNumberIn: (min: number, max: number) => `expected a whole number from ${min} to ${max}`,
    positiveWhole: 'expected a positive whole number',
    bytes: 'expected a whole number of bytes, at least 1024',
    clusters: 'expected 2 to 12 clusters',
    fraction: 'expected a number between 0 and 1, e.g. 0.05',
    positive: 'expected a positive number, e.g. 0.1',
    notWeight: (part: string) => `"${part}" is not name=weight (e.g. control=50,b=50)`,
    port: 'expected a port number, 0-65535',
    isoDate: 'expected an ISO date, e.g. 2026-03-01',
    isoInstant: 'expected an ISO 8601 date or date-time, e.g. 2026-01-31 or 2026-01-31T09:00:00Z',
    periodOrder: (from: string, to: string) => `${from} must be before ${to}`,
    periodNeedsData: (flag: string) =>
      `${flag} chooses the period of the --with-data figures; add --with-data`,
  },
  files: {
    unknownExtension: (path: string, ext: string) =>
      `${path}: unknown extension "${ext}"; use .yaml, .yml or .json`,
    cannotRead: (path: string, code: string) => `${path}: cannot read (${code})`,
    notYaml: (where: string, why: string) => `${where}: not valid YAML: ${why}`,
    notJson: (where: string, why: string) => `${where}: not valid JSON: ${why}`,
    notMap: (path: string) => `${path}: not a valid journey map:`,
    exists: (path: string) => `${path} exists; pass --force to overwrite it`,
    noSuchFile: (files: string) => `no such file: ${files}`,
  },
  new: {
    written: (file: string, stages: number, lanes: number, cards: number) =>
      `${file}: ${stages} stages, ${lanes} lanes, ${cards} cards`,
  },
  validate: {
    valid: (file: string) => `${file}: valid`,
    older: ' (older schemaVersion: run `cjm migrate`)',
    problems: (file: string, n: number) => `${file}: ${n} problem${n === 1 ? '' : 's'}`,
    invalid: (failed: number, total: number) => `${failed} of ${total} file(s) invalid`,
  },
  migrate: {
    cannot: (file: string) => `${file}: cannot migrate:`,
    current: (file: string, version: number) => `${file}: already at schemaVersion ${version}`,
    migrated: (file: string, from: number, to: number) =>
      `${file}: migrated schemaVersion ${from} → ${to} (backup: ${file}.bak)`,
  },
  demo: {
    invalidExample: (id: string, why: string) => `example map ${id} is invalid: ${why}`,
    workspace: (dir: string) => `OpenCJM demo workspace: ${dir}`,
    tryNext: 'Try next:',
    templatesHint: '# stage models from the method articles',
    generateHint: '# the demo shop: events with planted problems',
    newTitle: 'Online purchase',
    shop: (customers: string, events: string, span: string, seconds: string) =>
      `OpenCJM demo shop: ${customers} customers, ${events} events (${span}) in ${seconds} s`,
    segments: (list: string) => `Segments: ${list}`,
    planted: 'Planted problems:',
    problem: (kind: string, stage: string, touchpoints: string, id: string) =>
      `${kind} at ${stage} (${touchpoints}): ${id}`,
  },
  serve: {
    cannotStart: (why: string) => `cannot start the server: ${why}`,
    running: (url: string) => `OpenCJM is running at ${url}`,
    workspace: 'workspace:',
    docs: 'API docs: ',
    noWebApp: '(web app not built: npm run build -w apps/web)',
    setup: (url: string) => `No account yet: open ${url} to create the owner (the link works once).`,
    signIn: 'Sign in with your e-mail and password.',
    warning: (text: string) => `warning: ${text}`,
    stop: 'Press Ctrl-C to stop.',
  },
  import: {
    badMapping: (file: string) => `${file}: not a valid mapping:`,
    locked: (workspace: string) =>
      `the workspace ${workspace} is locked by another process (is \`cjm serve\` running?); stop it or import through the server.`,
    cannotOpen: (workspace: string, why: string) => `cannot open the workspace ${workspace}: ${why}`,
    file: (
      file: string,
      format: string,
      read: string,
      accepted: string,
      quarantined: string,
      duplicates: string,
    ) =>
      `${file} (${format}): ${read} read, ${accepted} accepted, ${quarantined} quarantined, ${duplicates} duplicates`,
    total: (
      accepted: string,
      read: string,
      seconds: string,
      quarantined: string,
      duplicates: string,
      id: string,
    ) =>
      `imported ${accepted} of ${read} rows in ${seconds} s: ${quarantined} quarantined, ${duplicates} duplicates (import ${id})`,
    quarantineFile: (file: string) => `quarantined rows: ${file}`,
    journeys: (seconds: string) => `journeys ordered for analysis in ${seconds} s`,
  },
  sentiment: {
    headers: ['label', 'score', 'lang', 'text'] as [string, string, string, string],
    labels: { positive: 'positive', neutral: 'neutral', negative: 'negative' },
  },
  /** An analysis refusing its input, by the engine's code; English keeps the engine's own words. */
  analytics: {
    'map-required': (_p: Params, message: string) => message,
    'steps-or-map': (_p: Params, message: string) => message,
    'too-few-steps': (_p: Params, message: string) => message,
    'bad-duration': (_p: Params, message: string) => message,
    'unknown-customer': (_p: Params, message: string) => message,
    'unknown-variant': (_p: Params, message: string) => message,
    'bad-plan': (_p: Params, message: string) => message,
    'unknown-attribute': (_p: Params, message: string) => message,
    'not-on-clickhouse': (_p: Params, message: string) => message,
  },
  analyze: {
    period: (from: string, to: string) => `period: ${from} … ${to} (not included)`,
    periodFrom: (from: string) => `period: from ${from}`,
    periodTo: (to: string) => `period: before ${to}`,
    noStore: (workspace: string) =>
      `no event store in ${workspace} (import events first, or pass --workspace DIR)`,
    needsMap: (kind: string) => `${kind} needs --map FILE`,
    notOnClickHouse: (kind: string, kinds: string) =>
      `cjm analyze ${kind} does not run on ClickHouse yet (OPENCJM_CLICKHOUSE_URL is set); the ClickHouse store answers ${kinds}`,
    dimensions: { event: 'Event', channel: 'Channel', touchpoint: 'Touchpoint', stage: 'Stage' },
    none: '(none)',
    significant: 'p < 0.05',
    funnel: {
      window: (span: string) => `window ${span}`,
      summary: (reached: string, started: string, share: string) =>
        `${reached} of ${started} customers who entered reached the last step (${share})`,
      headers: {
        step: 'Step',
        customers: 'Customers',
        conversion: 'Conversion',
        ci: '95% CI',
        dropOff: 'Drop-off',
        median: 'Median time',
        p90: 'P90 time',
      },
    },
    dfg: {
      headers: { from: 'From', to: 'To', count: 'Count', median: 'Median', mean: 'Mean' },
      start: (list: string) => `start: ${list}`,
      end: (list: string) => `end: ${list}`,
    },
    variants: {
      head: (customers: string, variants: string) => `${customers} customers, ${variants} variants`,
      headers: { count: 'Count', share: 'Share', path: 'Path' },
    },
    paths: {
      flowHead: (customers: string, anchor: string, next: boolean) =>
        `${customers} customers with ${anchor}, ${next ? 'next' : 'previous'} steps`,
      head: (customers: string) => `${customers} customers`,
      other: (paths: string) => `(other: ${paths} paths)`,
      otherLabel: '(other)',
      dropOff: '(drop-off)',
      headers: { step: 'Step', node: 'Node', customers: 'Customers', share: 'Share', path: 'Path' },
    },
    dwell: {
      sessions: (gap: string) => `sessions end after ${gap} of inactivity`,
      noChannels:
        'These events carry no channel, so there is nothing to measure by channel. Ask by event instead (`cjm analyze dwell --by event`), or give a map (`--map FILE`) to measure touchpoints and stages.',
      empty: 'No events carry this label.',
      headers: {
        events: 'Events',
        customers: 'Customers',
        median: 'Median',
        p90: 'P90',
        exits: 'Exits',
        exitRate: 'Exit rate',
        left: 'Left',
      },
    },
    outcomes: {
      head: (outcome: string, within: string | null, converted: string, not: string) =>
        `${outcome}${within ? ` within ${within}` : ''}: ${converted} converted, ${not} not`,
      test: 'p: two-sided Fisher exact test',
      headers: {
        converted: 'Converted',
        others: 'Others',
        shareConverted: 'Share conv.',
        shareOthers: 'Share others',
        lift: 'Lift',
        difference: 'Difference',
        p: 'p',
      },
      more: 'more often before it',
      less: 'less often before it',
      unclear: 'no clear difference',
      legend:
        'Difference: clear when a difference this large would happen by chance less than 5% of the time.',
    },
    timeline: {
      head: (customer: string, identifiers: string) => `customer ${customer}: ${identifiers}`,
      headers: {
        time: 'Time (UTC)',
        event: 'Event',
        channel: 'Channel',
        touchpoint: 'Touchpoint',
        identifier: 'Identifier',
        details: 'Details',
      },
      value: (value: string) => `value ${value}`,
      score: (score: string, question: string | null) => `score ${score}${question ? ` (${question})` : ''}`,
    },
    unmatched: {
      head: (unmatched: string, events: string) => `${unmatched} of ${events} events match no touchpoint`,
      headers: {
        event: 'Event',
        channel: 'Channel',
        count: 'Count',
        events: 'Events',
        customers: 'Customers',
      },
    },
    survey: {
      n: (n: string) => `, n = ${n}`,
      invalid: (n: number, shown: string) => `; ${shown} invalid answer${n === 1 ? '' : 's'} left out`,
      likely: (lo: string, hi: string) => `likely between ${lo} and ${hi}`,
      ci: (ci: string) => `95% CI ${ci}`,
      headers: { n: 'n', invalid: 'Invalid', ci: '95% CI', likely: 'Likely range' },
      nps: {
        head: (nps: string, range: string, promoters: string, passives: string, detractors: string) =>
          `NPS ${nps} (${range}): ${promoters} promoters, ${passives} passives, ${detractors} detractors`,
        headers: { promoters: 'Promoters', passives: 'Passives', detractors: 'Detractors' },
      },
      csat: {
        head: (csat: string, range: string, satisfied: string) =>
          `CSAT ${csat} (${range}): ${satisfied} satisfied`,
        headers: { satisfied: 'Satisfied' },
      },
      ces: { head: (ces: string, range: string) => `CES ${ces} (${range})` },
    },
    emotions: {
      head: (score: string, range: string, n: string, texts: string, off: boolean, answers: string) =>
        `emotion ${score} on −2…+2 (${range}) from ${n} signals: ${texts} texts${off ? ' (sentiment off)' : ''}, ${answers} survey answers`,
      headers: { score: 'Score', texts: 'Texts', answers: 'Answers' },
    },
    pains: {
      head: (count: string, customers: string, alpha: string, minSample: string) =>
        `${count} pain points among ${customers} customers (p < ${alpha}, n ≥ ${minSample})`,
      severityNote: "severity = Cohen's h × √reach",
      kinds: {
        'drop-off': 'drop-off',
        'long-dwell-exit': 'long visit, then gone',
        loop: 'loop',
        'stage-return': 'return to a stage',
        'negative-sentiment': 'negative texts',
        'low-csat': 'low CSAT',
      },
      headers: {
        kind: 'Kind',
        severity: 'Severity',
        rate: 'Rate',
        baseline: 'Baseline',
        n: 'n',
        p: 'p',
      },
      cards: 'Proposed pain cards:',
      offMap: '(not on the map)',
    },
    sentiment: {
      head: (n: string, mean: string, positive: string, neutral: string, negative: string) =>
        `Sentiment of ${n} texts: mean ${mean} (−1 … +1), ${positive} positive, ${neutral} neutral, ${negative} negative`,
      headers: {
        texts: 'Texts',
        mean: 'Mean',
        positive: 'Positive',
        neutral: 'Neutral',
        negative: 'Negative',
      },
      byStage: 'By stage',
      byTouchpoint: 'By touchpoint',
    },
    themes: {
      group: (key: string, total: number, shown: string) =>
        `${key}: ${shown} ${total === 1 ? 'text' : 'texts'}`,
      negative: 'negative',
      positive: 'positive',
      all: 'all texts',
      unplaced: 'not on the map',
      none: 'No customer texts in this workspace.',
    },
    personas: {
      head: (customers: string, k: string, silhouette: string | null) =>
        `${customers} customers in ${k} clusters${silhouette ? ` (k by silhouette: ${silhouette})` : ''}`,
      cluster: (name: string, size: string, share: string) => `${name} — ${size} customers (${share})`,
      converted: (rate: string, range: string) => `converted ${rate} (${range})`,
      reachedLast: (rate: string) => `; reached the last stage ${rate}`,
      channels: (list: string) => `channels: ${list}`,
    },
    experiment: {
      method: "p from two-sided Welch's t-test, chance to win with Beta(1, 1) priors",
      control: (name: string) => `${name} (control)`,
      headers: {
        variant: 'Variant',
        customers: 'Customers',
        conversions: 'Conv.',
        rate: 'Rate',
        ci: '95% CI',
        lift: 'Lift',
        liftCi: 'Lift 95% CI',
        p: 'p',
        holm: 'p (Holm)',
        chance: 'Chance to win',
        loss: 'Exp. loss',
        mean: (field: string) => `Mean ${field}`,
        pOf: (field: string) => `p ${field}`,
      },
      pp: (x: string) => `${x} pp`,
      srm: (p: string, mismatch: boolean, mixed: string, unlabelled: string) =>
        `sample ratio: p ${p}${mismatch ? ' — MISMATCH' : ''}; left out: ${mixed} in several variants, ${unlabelled} without a variant`,
      srmPlain: (mismatch: boolean, mixed: string, unlabelled: string) =>
        `${mismatch ? 'the variants did NOT get the planned shares of customers: check the split before trusting the result' : 'the variants got the planned shares of customers'}; left out: ${mixed} in several variants, ${unlabelled} without a variant`,
      planning: (planned: string, detectable: string) =>
        `planned per variant: ${planned}; detectable lift now: ${detectable}`,
    },
    attribution: {
      models: {
        first: 'first touch',
        last: 'last touch',
        linear: 'linear',
        position: 'position-based',
        markov: 'Markov chain',
        shapley: 'Shapley value',
      },
      head: (model: string, conversion: string, lookback: string, total: string) =>
        `${model} model, ${conversion} within ${lookback}: ${total} conversions credited`,
      revenue: (x: string) => ` (revenue ${x})`,
      unattributed: (n: string, by: string) => `, ${n} with no ${by} before`,
      headers: { conversions: 'Conversions', share: 'Share', revenue: 'Revenue', removal: 'Removal effect' },
    },
  },
};

export type MessageTexts = typeof messages;
