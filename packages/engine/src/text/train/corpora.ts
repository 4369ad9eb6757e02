import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv.ts';

/** A labelled text of a training corpus; every corpus is reduced to two classes. */
export interface LabelledDoc {
  text: string;
  label: 'positive' | 'negative';
}

/**
 * One public corpus: where it lives (a GitHub repository at a fixed commit), what its
 * licence allows, and how to read its file into labelled texts. `shippable: false` marks a
 * corpus whose licence does not allow shipping a model trained on it: it is only a test set.
 */
export interface CorpusSource {
  id: string;
  lang: 'ru' | 'en' | 'zh';
  domain: string;
  repo: string;
  commit: string;
  path: string;
  /** Further files of the same corpus at the same commit, read with the same parser. */
  morePaths?: readonly string[];
  licence: string;
  citation: string;
  shippable: boolean;
  parse: (content: Buffer) => LabelledDoc[];
}

const SOPHON = { repo: 'SophonPlus/ChineseNlpCorpus', commit: 'a0b781d72158bde242c0626c9e354d2b328865ff' };
const XED = { repo: 'Helsinki-NLP/XED', commit: '76666d251f147cf518071bef4f8415dab6b96115' };
const GOEMOTIONS_RU = { repo: 'searayeah/ru-goemotions', commit: 'e1303b0a2322a3709db41adeaf77a6fa36546197' };
const RU_SETS = {
  repo: 'searayeah/russian-sentiment-emotion-datasets',
  commit: 'b43a50a589e6664837f994ef72d0f75c4bd6fbcd',
};
const OPEN_SENTIMENT = {
  repo: 'yarfruct/open-sentiment-corpus',
  commit: '316733d895f4565be28cae755513b1c6e735a7b3',
};
const BRIGHTER = {
  repo: 'emotion-analysis-project/SemEval2025-Task11',
  commit: '513a7e8bef7ef6370ac416ced97efba338c47c97',
};
const BRIGHTER_DIR = 'task-dataset/semeval-2025-task11-dataset/track_a';
const RUSENTNE = {
  repo: 'dialogue-evaluation/RuSentNE-evaluation',
  commit: '4d08c885564b57117d35600cd8c6cea3626bbe98',
};
const EMOBANK = { repo: 'JULIELab/EmoBank', commit: '248ce2a43e165a66d31aeaed83cff9641d6654e0' };
const GOEMOTIONS_EN = {
  repo: 'monologg/GoEmotions-pytorch',
  commit: 'b75f9d3a8b76bc1060687925b04ca98a1b8ea66b',
};
/**
 * The licence of the corpora read only to evaluate: their repositories state none, so no
 * shipped weights may be trained on them (see docs/text-analysis.md, Training data).
 */
const NOT_LICENSED = 'none stated: not licensed for training; evaluation only (held-out fifth)';
const GOEMOTIONS_CITATION =
  'Demszky, Movshovitz-Attias, Ko, Cowen, Nemade, Ravi. GoEmotions: A Dataset of Fine-Grained Emotions. ACL 2020';
const BRIGHTER_CITATION =
  'Muhammad et al. BRIGHTER: BRIdging the Gap in Human-Annotated Textual Emotion Recognition Datasets for 28 Languages. ACL 2025 (arXiv:2502.11926); SemEval-2025 Task 11.';
const XED_CITATION =
  'Öhman, Pàmies, Kajava, Tiedemann. XED: A Multilingual Dataset for Sentiment Analysis and Emotion Detection. COLING 2020.';

/** The corpora OpenCJM's sentiment models are trained and evaluated on. */
export const CORPORA: readonly CorpusSource[] = [
  {
    id: 'zh-brighter',
    lang: 'zh',
    domain: 'social-media posts annotated with emotions (BRIGHTER, SemEval-2025 Task 11, Chinese)',
    ...BRIGHTER,
    // The task's train, dev and test files, all with labels, all training data for OpenCJM.
    path: `${BRIGHTER_DIR}/train/chn.csv`,
    morePaths: [`${BRIGHTER_DIR}/dev/chn.csv`, `${BRIGHTER_DIR}/test/chn.csv`],
    licence: 'CC BY 4.0',
    citation: BRIGHTER_CITATION,
    shippable: true,
    parse: parseBrighter,
  },
  {
    id: 'zh-xed',
    lang: 'zh',
    domain: 'movie subtitles, emotions projected from English and Finnish (simplified Chinese)',
    ...XED,
    path: 'Projections/cn-projections.tsv',
    licence: 'CC BY 4.0',
    citation: XED_CITATION,
    shippable: true,
    parse: parseXed,
  },
  {
    id: 'zh-waimai',
    lang: 'zh',
    domain: 'food delivery reviews',
    ...SOPHON,
    path: 'datasets/waimai_10k/waimai_10k.csv',
    licence: NOT_LICENSED,
    citation: 'SophonPlus, ChineseNlpCorpus: waimai_10k (https://github.com/SophonPlus/ChineseNlpCorpus)',
    shippable: false,
    parse: (content) => binaryRows(parseCsv(content.toString('utf8')).slice(1), 0, 1),
  },
  {
    id: 'en-goemotions',
    lang: 'en',
    domain: 'Reddit comments annotated with emotions',
    ...GOEMOTIONS_EN,
    // GoEmotions' own train, dev and test files (27 emotions + neutral), all training data
    // for OpenCJM, split by OpenCJM's hash like every corpus.
    path: 'data/original/train.tsv',
    morePaths: ['data/original/dev.tsv', 'data/original/test.tsv'],
    licence: 'Apache-2.0 (GoEmotions, and the repository that carries its files)',
    citation: GOEMOTIONS_CITATION,
    shippable: true,
    parse: parseGoEmotionsTsv,
  },
  {
    id: 'en-xed',
    lang: 'en',
    domain: 'movie subtitles annotated with emotions',
    ...XED,
    path: 'AnnotatedData/en-annotated.tsv',
    licence: 'CC BY 4.0',
    citation: XED_CITATION,
    shippable: true,
    parse: parseXed,
  },
  {
    id: 'en-brighter',
    lang: 'en',
    domain: 'social-media posts annotated with emotions (BRIGHTER, SemEval-2025 Task 11, English)',
    ...BRIGHTER,
    // The task's English test file has no labels; its train and dev files are read.
    path: `${BRIGHTER_DIR}/train/eng.csv`,
    morePaths: [`${BRIGHTER_DIR}/dev/eng.csv`],
    licence: 'CC BY 4.0',
    citation: BRIGHTER_CITATION,
    shippable: true,
    parse: parseBrighter,
  },
  {
    id: 'en-sst2',
    lang: 'en',
    domain: 'movie review sentences and phrases',
    repo: 'awake020/pytorch_Bert_sst2',
    commit: 'ce2ab1719d32182e6233b24b2de246bd32814fde',
    path: 'SST-2/train.tsv',
    licence: NOT_LICENSED,
    citation:
      'Socher et al. Recursive Deep Models for Semantic Compositionality Over a Sentiment Treebank. EMNLP 2013; Wang et al. GLUE. ICLR 2019.',
    shippable: false,
    parse: (content) =>
      binaryRows(
        content
          .toString('utf8')
          .split('\n')
          .slice(1)
          .map((line) => line.split('\t')),
        0,
        1,
      ),
  },
  {
    id: 'en-emobank',
    lang: 'en',
    domain:
      'sentences of news, blogs, letters, essays, fiction, travel guides and news headlines, valence rated by readers',
    ...EMOBANK,
    path: 'corpus/emobank.csv',
    licence: 'CC BY-SA 4.0 (README of the repository)',
    citation:
      'Buechel, Hahn. EmoBank: Studying the Impact of Annotation Perspective and Representation Format on Dimensional Emotion Analysis. EACL 2017.',
    shippable: true,
    parse: parseEmoBank,
  },
  {
    id: 'ru-xed',
    lang: 'ru',
    domain: 'movie subtitles, emotions projected from English and Finnish',
    ...XED,
    path: 'Projections/ru-projections.tsv',
    licence: 'CC BY 4.0',
    citation: XED_CITATION,
    shippable: true,
    parse: parseXed,
  },
  {
    id: 'ru-goemotions',
    lang: 'ru',
    domain: 'Reddit comments annotated with emotions, machine-translated into Russian',
    ...GOEMOTIONS_RU,
    // The repository's train file is too large for the fetched snapshot; its validation and
    // test files (5,426 + 5,427 comments) are read, both as training data for OpenCJM.
    path: 'dataset/ru-go-emotions-simplified-validation.csv',
    morePaths: ['dataset/ru-go-emotions-simplified-test.csv'],
    licence: 'MIT (the Russian translation, searayeah/ru-goemotions); GoEmotions itself Apache-2.0',
    citation: `${GOEMOTIONS_CITATION}; Russian translation: searayeah/ru-goemotions (https://github.com/searayeah/ru-goemotions).`,
    shippable: true,
    parse: parseGoEmotions,
  },
  {
    id: 'ru-cedr',
    lang: 'ru',
    domain: 'sentences of LiveJournal posts, Lenta.ru news and tweets annotated with emotions',
    // A collection repository: only CEDR's two files are read (it also lists RuReviews, an
    // evaluation set OpenCJM must never read; that file is neither read nor fetched).
    ...RU_SETS,
    path: 'CEDR/cedr-main-train.csv',
    morePaths: ['CEDR/cedr-main-test.csv'],
    licence: 'Apache-2.0 (CEDR, as published by its authors on the Hugging Face hub)',
    citation:
      'Sboev, Naumov, Rybka. Data-Driven Model for Emotion Detection in Russian Texts. Procedia Computer Science 190:637–642, 2021.',
    shippable: true,
    parse: parseCedr,
  },
  {
    id: 'ru-opensentiment',
    lang: 'ru',
    domain:
      'sentences of OpenCorpora: news, blogs, fiction and encyclopaedia texts, sentiment by 3+ annotators',
    ...OPEN_SENTIMENT,
    path: 'opensentimentcorpus-final-by-majority.csv',
    licence: 'CC BY-SA 3.0',
    citation:
      'Poletaev, Paramonov. Recursive Sentiment Detection Algorithm for Russian Sentences. Modeling and Analysis of Information Systems 29(2):134–147, 2022 (OpenSentimentCorpus, a derivative of OpenCorpora).',
    shippable: true,
    parse: parseOpenSentiment,
  },
  {
    id: 'ru-brighter',
    lang: 'ru',
    domain: 'social-media posts annotated with emotions (BRIGHTER, SemEval-2025 Task 11, Russian)',
    ...BRIGHTER,
    // The task's train, dev and test files, all with labels, all training data for OpenCJM.
    path: `${BRIGHTER_DIR}/train/rus.csv`,
    morePaths: [`${BRIGHTER_DIR}/dev/rus.csv`, `${BRIGHTER_DIR}/test/rus.csv`],
    licence: 'CC BY 4.0',
    citation: BRIGHTER_CITATION,
    shippable: true,
    parse: parseBrighter,
  },
  {
    id: 'ru-rusentne',
    lang: 'ru',
    domain: 'news sentences, sentiment towards the people and organisations they name',
    ...RUSENTNE,
    path: 'train_data.csv',
    morePaths: ['validation_data_labeled.csv'],
    licence: 'MIT (the RuSentNE-2023 repository)',
    citation:
      'Golubev, Rusnachenko, Loukachevitch. RuSentNE-2023: Evaluating Entity-Oriented Sentiment Analysis on Russian News Texts. Dialogue 2023.',
    shippable: true,
    parse: parseRuSentNE,
  },
  {
    id: 'ru-rusentitweet',
    lang: 'ru',
    domain: 'general-domain tweets',
    repo: 'sismetanin/rusentitweet',
    commit: 'bb714550c20f29cdab8ed6378bae15f4790f1b6d',
    path: 'rusentitweet_full.csv',
    licence: 'none stated: used only as a test set, never trained on for the shipped model',
    citation:
      'Smetanin. RuSentiTweet: A Sentiment Analysis Dataset of General Domain Tweets in Russian. PeerJ Computer Science 8:e1039, 2022.',
    shippable: false,
    parse: (content) =>
      parseCsv(content.toString('utf8'))
        .slice(1)
        .flatMap((row): LabelledDoc[] =>
          row[2] === 'positive' || row[2] === 'negative' ? [{ text: row[1] ?? '', label: row[2] }] : [],
        ),
  },
];

/**
 * Where fetched corpora live: `$OPENCJM_CORPORA`, else a `corpora` folder next to the
 * repository. Each corpus is a clone (or bare git directory) named `owner+name`.
 */
export function corporaDir(): string {
  const root = fileURLToPath(new URL('../../../../../', import.meta.url));
  return process.env.OPENCJM_CORPORA ?? resolve(root, '..', 'corpora');
}

/** Whether the repository of a corpus has been fetched into {@link corporaDir}. */
export function hasCorpus(source: CorpusSource, dir = corporaDir()): boolean {
  return existsSync(repoDir(source, dir));
}

/** Reads a corpus at its pinned commit from its fetched repository. */
export function loadCorpus(source: CorpusSource, dir = corporaDir()): LabelledDoc[] {
  const repo = repoDir(source, dir);
  if (!existsSync(repo))
    throw new Error(
      `corpus ${source.id}: ${repo} is missing; clone https://github.com/${source.repo} there (commit ${source.commit})`,
    );
  const gitDir = existsSync(join(repo, '.git')) ? join(repo, '.git') : repo;
  const docs = [source.path, ...(source.morePaths ?? [])]
    .flatMap((path) =>
      source.parse(
        execFileSync('git', ['--git-dir', gitDir, 'show', `${source.commit}:${path}`], {
          maxBuffer: 1 << 30,
        }),
      ),
    )
    .filter((d) => d.text.trim() !== '');
  if (docs.length === 0) throw new Error(`corpus ${source.id}: no labelled texts in ${source.path}`);
  return docs;
}

function repoDir(source: CorpusSource, dir: string): string {
  return join(dir, source.repo.replace('/', '+'));
}

/** Rows with a 0/1 label column and a text column. */
function binaryRows(rows: string[][], labelAt: number, textAt: number): LabelledDoc[] {
  return rows.flatMap((row): LabelledDoc[] => {
    const label = row[labelAt]?.trim();
    const text = row[textAt]?.trim() ?? '';
    if (label === '1') return [{ text, label: 'positive' }];
    if (label === '0') return [{ text, label: 'negative' }];
    return [];
  });
}

// XED's Plutchik emotions (1 anger, 2 anticipation, 3 disgust, 4 fear, 5 joy, 6 sadness,
// 7 surprise, 8 trust) reduced to polarity: joy and trust are positive; anger, disgust,
// fear and sadness negative; lines with both, or only anticipation/surprise, are dropped.
const XED_POSITIVE = new Set(['5', '8']);
const XED_NEGATIVE = new Set(['1', '3', '4', '6']);

function parseXed(content: Buffer): LabelledDoc[] {
  return content
    .toString('utf8')
    .split('\n')
    .flatMap((line): LabelledDoc[] => {
      const tab = line.lastIndexOf('\t');
      if (tab < 0) return [];
      const labels = line
        .slice(tab + 1)
        .split(',')
        .map((l) => l.trim());
      const pos = labels.some((l) => XED_POSITIVE.has(l));
      const neg = labels.some((l) => XED_NEGATIVE.has(l));
      const text = line
        .slice(0, tab)
        .replace(/^[-–]\s*/, '')
        .trim();
      if (pos === neg || !/\p{L}/u.test(text)) return [];
      return [{ text, label: pos ? 'positive' : 'negative' }];
    });
}

// GoEmotions' 27 emotions (ids as in the dataset) reduced to polarity by the grouping of its
// paper (Demszky et al. 2020, "sentiment" level): positive and negative emotions; the
// ambiguous ones (confusion 6, curiosity 7, realization 22, surprise 26) and neutral (27)
// decide nothing, and a comment with both polarities, or neither, is dropped.
const GOEMOTIONS_POSITIVE = new Set([0, 1, 4, 5, 8, 13, 15, 17, 18, 20, 21, 23]);
const GOEMOTIONS_NEGATIVE = new Set([2, 3, 9, 10, 11, 12, 14, 16, 19, 24, 25]);

/** ru-goemotions CSV: ru_text, text (English), labels ("[4 27]"), id. */
export function parseGoEmotions(content: Buffer): LabelledDoc[] {
  return parseCsv(content.toString('utf8'))
    .slice(1)
    .flatMap((row) => goEmotionsDoc(row[0] ?? '', row[2] ?? ''));
}

/** GoEmotions' own TSV files: text, labels ("2" or "3,27"), id; no header. */
export function parseGoEmotionsTsv(content: Buffer): LabelledDoc[] {
  return content
    .toString('utf8')
    .split('\n')
    .flatMap((line) => {
      const [text, labels] = line.split('\t');
      return goEmotionsDoc(text ?? '', labels ?? '');
    });
}

function goEmotionsDoc(raw: string, labelCell: string): LabelledDoc[] {
  const labels = (labelCell.match(/\d+/g) ?? []).map(Number);
  const pos = labels.some((l) => GOEMOTIONS_POSITIVE.has(l));
  const neg = labels.some((l) => GOEMOTIONS_NEGATIVE.has(l));
  // Reddit's anonymised names ("[ИМЯ]", "[NAME]") carry no sentiment.
  const text = raw
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (pos === neg || !/\p{L}/u.test(text)) return [];
  return [{ text, label: pos ? 'positive' : 'negative' }];
}

/**
 * EmoBank CSV: id, split, V, A, D, text — valence, arousal and dominance on a 1–5 scale (3 is
 * neutral), the mean of the readers' ratings. Valence 3.5 or more is positive, 2.5 or less
 * negative; the sentences in between are dropped, being neither clearly one nor the other.
 */
export function parseEmoBank(content: Buffer): LabelledDoc[] {
  return parseCsv(content.toString('utf8'))
    .slice(1)
    .flatMap((row): LabelledDoc[] => {
      const valence = Number(row[2]);
      const text = (row[5] ?? '').trim();
      if (!Number.isFinite(valence) || !/\p{L}/u.test(text)) return [];
      if (valence >= 3.5) return [{ text, label: 'positive' }];
      if (valence <= 2.5) return [{ text, label: 'negative' }];
      return [];
    });
}

// CEDR's emotions (0 joy, 1 sadness, 2 surprise, 3 fear, 4 anger) reduced to polarity: joy
// is positive; sadness, fear and anger negative; surprise alone, no emotion, or both
// polarities, are dropped.
const CEDR_NEGATIVE = new Set([1, 3, 4]);

/** CEDR CSV: text, labels ("[0]", "[1, 4]", "[]"), source. */
export function parseCedr(content: Buffer): LabelledDoc[] {
  return parseCsv(content.toString('utf8'))
    .slice(1)
    .flatMap((row): LabelledDoc[] => {
      const labels = (row[1]?.match(/\d+/g) ?? []).map(Number);
      const pos = labels.includes(0);
      const neg = labels.some((l) => CEDR_NEGATIVE.has(l));
      const text = (row[0] ?? '').trim();
      if (pos === neg || !/\p{L}/u.test(text)) return [];
      return [{ text, label: pos ? 'positive' : 'negative' }];
    });
}

/**
 * OpenSentimentCorpus CSV: Sentence, Sentiment (positive, negative, neutral, mixed); the
 * label of the annotators' majority. Neutral and mixed sentences are dropped.
 */
export function parseOpenSentiment(content: Buffer): LabelledDoc[] {
  return parseCsv(content.toString('utf8'))
    .slice(1)
    .flatMap((row): LabelledDoc[] => {
      const label = row[1]?.trim();
      const text = (row[0] ?? '').trim();
      if ((label !== 'positive' && label !== 'negative') || !/\p{L}/u.test(text)) return [];
      return [{ text, label }];
    });
}

/**
 * BRIGHTER track A CSV: id, text, then one 0/1 column per emotion, named in the header
 * (Russian: anger, disgust, fear, joy, sadness, surprise). Joy is positive; anger,
 * disgust, fear and sadness negative; surprise alone, no emotion, or both polarities are
 * dropped.
 */
export function parseBrighter(content: Buffer): LabelledDoc[] {
  const [header, ...rows] = parseCsv(content.toString('utf8'));
  const columns = (header ?? []).map((name) => name.trim().toLowerCase());
  const at = (name: string) => columns.indexOf(name);
  const text = at('text');
  const joy = at('joy');
  const negative = ['anger', 'disgust', 'fear', 'sadness'].map(at).filter((i) => i >= 0);
  if (text < 0 || joy < 0 || negative.length === 0)
    throw new Error(
      `BRIGHTER CSV: expected text, joy and negative emotion columns, got ${columns.join(', ')}`,
    );
  return rows.flatMap((row): LabelledDoc[] => {
    const pos = row[joy]?.trim() === '1';
    const neg = negative.some((i) => row[i]?.trim() === '1');
    const body = (row[text] ?? '').trim();
    if (pos === neg || !/\p{L}/u.test(body)) return [];
    return [{ text: body, label: pos ? 'positive' : 'negative' }];
  });
}

/**
 * RuSentNE TSV: sentence, entity, entity_tag, start, end, label (−1, 0, 1) — one row per
 * entity of a sentence. A sentence is positive when some entity is judged positively and
 * none negatively, negative the other way round; all-neutral and mixed sentences are dropped.
 */
export function parseRuSentNE(content: Buffer): LabelledDoc[] {
  const labels = new Map<string, Set<string>>();
  for (const line of content.toString('utf8').split('\n').slice(1)) {
    const cells = line.split('\t');
    const sentence = cells[0]?.trim() ?? '';
    const label = cells[5]?.trim();
    if (sentence === '' || label === undefined) continue;
    labels.set(sentence, (labels.get(sentence) ?? new Set()).add(label));
  }
  return [...labels].flatMap(([text, set]): LabelledDoc[] => {
    const pos = set.has('1');
    const neg = set.has('-1');
    if (pos === neg || !/\p{L}/u.test(text)) return [];
    return [{ text, label: pos ? 'positive' : 'negative' }];
  });
}
