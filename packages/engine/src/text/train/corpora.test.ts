import { describe, expect, it } from 'vitest';
import {
  CORPORA,
  parseBrighter,
  parseCedr,
  parseEmoBank,
  parseGoEmotions,
  parseGoEmotionsTsv,
  parseOpenSentiment,
  parseRuSentNE,
} from './corpora.ts';

const source = (id: string) => {
  const found = CORPORA.find((c) => c.id === id);
  if (!found) throw new Error(`no corpus ${id}`);
  return found;
};

describe('corpus readers', () => {
  it('map XED emotions to polarity, dropping mixed and undecided lines', () => {
    const tsv =
      'Превосходно.\t8\nДьявольская.\t1, 4, 7\n- Она красивая.\t5\nНу и ну.\t7\nХорошо и плохо.\t5, 6\n';
    expect(source('ru-xed').parse(Buffer.from(tsv))).toEqual([
      { text: 'Превосходно.', label: 'positive' },
      { text: 'Дьявольская.', label: 'negative' },
      { text: 'Она красивая.', label: 'positive' },
    ]);
  });

  it('map GoEmotions to polarity, dropping mixed, ambiguous-only and neutral comments', () => {
    const csv = [
      'ru_text,text,labels,id',
      '"Спасибо, [ИМЯ]!","Thanks, [NAME]!",[15],a',
      'Это бесит.,This is annoying.,[ 3 27],b',
      'Правда?,Really?,[7],c',
      'Вот оно!,There it is!,[27],d',
      '"Люблю, но грустно","Love it, but sad",[18 25],e',
      '"Ого, круто","Wow, cool",[ 0 26],f',
    ].join('\n');
    expect(parseGoEmotions(Buffer.from(csv))).toEqual([
      { text: 'Спасибо, !', label: 'positive' },
      { text: 'Это бесит.', label: 'negative' },
      { text: 'Ого, круто', label: 'positive' },
    ]);
  });

  it("read GoEmotions' own TSV files with the same grouping", () => {
    const tsv = [
      'Thanks, [NAME]!\t15\ta',
      'This is annoying.\t3,27\tb',
      'Really?\t7\tc',
      'Love it, but sad\t18,25\td',
      '',
    ].join('\n');
    expect(parseGoEmotionsTsv(Buffer.from(tsv))).toEqual([
      { text: 'Thanks, !', label: 'positive' },
      { text: 'This is annoying.', label: 'negative' },
    ]);
  });

  it('read EmoBank valence: 3.5 or more positive, 2.5 or less negative, the middle dropped', () => {
    const csv = [
      'id,split,V,A,D,text',
      'a,train,3.6,3.3,3.8,Coming here was the first step.',
      'b,test,2.14,3.14,2.86,He could not find a job.',
      'c,train,3.0,3.0,3.2,Remember what she said?',
      'd,dev,x,3.0,3.0,Broken row',
    ].join('\n');
    expect(parseEmoBank(Buffer.from(csv))).toEqual([
      { text: 'Coming here was the first step.', label: 'positive' },
      { text: 'He could not find a job.', label: 'negative' },
    ]);
  });

  it('map CEDR emotions to polarity: joy against sadness, fear and anger', () => {
    const csv = [
      'text,labels,source',
      'Суровый медведь .,[],lj',
      'Забавно как люди удивляются),[0],twitter',
      '"Страшно, и злюсь",[3 4],lj',
      'Неужели?,[2],lj',
      '"Рад, но грустно","[0, 1]",lj',
    ].join('\n');
    expect(parseCedr(Buffer.from(csv))).toEqual([
      { text: 'Забавно как люди удивляются)', label: 'positive' },
      { text: 'Страшно, и злюсь', label: 'negative' },
    ]);
  });

  it('read the majority label of OpenSentimentCorpus, dropping neutral and mixed sentences', () => {
    const csv = [
      'Sentence,Sentiment',
      '"Не будущее, а то, что прожили.",neutral',
      'Отличная работа всей команды.,positive',
      '"Хорошо, но дорого и долго.",mixed',
      'Это провал.,negative',
    ].join('\n');
    expect(parseOpenSentiment(Buffer.from(csv))).toEqual([
      { text: 'Отличная работа всей команды.', label: 'positive' },
      { text: 'Это провал.', label: 'negative' },
    ]);
  });

  it('map BRIGHTER emotion columns by their header names to polarity', () => {
    const csv = [
      'id,text,anger,disgust,fear,joy,sadness,surprise',
      'r1,Ужасно противно,0,1,0,0,0,0',
      'r2,Ура! Сдал экзамен,0,0,0,1,0,0',
      'r3,Ничего себе,0,0,0,0,0,1',
      'r4,"Рад, но страшно",0,0,1,1,0,0',
      'r5,Просто текст,0,0,0,0,0,0',
      'r6,"Спина болит( ужас(((",0,0,0,0,1,0',
    ].join('\n');
    expect(parseBrighter(Buffer.from(csv))).toEqual([
      { text: 'Ужасно противно', label: 'negative' },
      { text: 'Ура! Сдал экзамен', label: 'positive' },
      { text: 'Спина болит( ужас(((', label: 'negative' },
    ]);
    expect(() => parseBrighter(Buffer.from('id,text,label\nr1,ok,1\n'))).toThrow(/expected text, joy/);
  });

  it('label RuSentNE sentences by the sentiment towards the entities they name', () => {
    const tsv = [
      'sentence\tentity\tentity_tag\tentity_pos_start_rel\tentity_pos_end_rel\tlabel',
      'Суд оправдал врача, а прокурора уволили.\tврача\tPROFESSION\t12\t17\t1',
      'Суд оправдал врача, а прокурора уволили.\tпрокурора\tPROFESSION\t22\t31\t-1',
      'Команда блестяще выиграла турнир.\tКоманда\tORGANIZATION\t0\t7\t1',
      'Министр раскритиковал чиновников.\tМинистр\tPROFESSION\t0\t7\t0',
      'Министр раскритиковал чиновников.\tчиновников\tPROFESSION\t22\t32\t-1',
      'Встреча прошла в Москве.\tМоскве\tCITY\t17\t23\t0',
    ].join('\n');
    expect(parseRuSentNE(Buffer.from(tsv))).toEqual([
      { text: 'Команда блестяще выиграла турнир.', label: 'positive' },
      { text: 'Министр раскритиковал чиновников.', label: 'negative' },
    ]);
  });

  it('read SST-2 and waimai labels (evaluation only), and only the polar tweets of RuSentiTweet', () => {
    expect(source('en-sst2').parse(Buffer.from('label\tsentence\n0\tdull\n1\tcharming\n'))).toEqual([
      { text: 'dull', label: 'negative' },
      { text: 'charming', label: 'positive' },
    ]);
    expect(source('zh-waimai').parse(Buffer.from('label,review\n1,很快，好吃\n'))).toEqual([
      { text: '很快，好吃', label: 'positive' },
    ]);
    const tweets = ',text,label,id\n0,ура,positive,1\n1,"ну, ок",neutral,2\n2,беда,negative,3\n';
    expect(source('ru-rusentitweet').parse(Buffer.from(tweets))).toEqual([
      { text: 'ура', label: 'positive' },
      { text: 'беда', label: 'negative' },
    ]);
  });

  it('pin every corpus to a commit and name its licence', () => {
    for (const c of CORPORA) {
      expect(c.commit, c.id).toMatch(/^[0-9a-f]{40}$/);
      expect(c.licence, c.id).not.toBe('');
    }
    // Corpora without a licence are read for evaluation only, never trained on.
    expect(CORPORA.filter((c) => !c.shippable).map((c) => c.id)).toEqual([
      'zh-waimai',
      'en-sst2',
      'ru-rusentitweet',
    ]);
    for (const id of ['zh-waimai', 'en-sst2']) expect(source(id).licence).toMatch(/evaluation only/);
    expect(CORPORA.filter((c) => c.repo.startsWith('SophonPlus/')).map((c) => c.id)).toEqual(['zh-waimai']);
  });
});
