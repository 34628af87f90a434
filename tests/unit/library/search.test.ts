import { describe, expect, it } from 'vitest';
import { indexOf, markMatches, search, snippet, stemOf, wordsOf } from '../../../utils/library/search';

const item = (title: string, text: string, name = title) => ({ name, index: indexOf(title, text) });

describe('stemOf', () => {
  it('folds alef forms, ta marbuta, alef maqsura, diacritics and tatweel', () => {
    expect(stemOf('أَعْلَنَ')).toBe(stemOf('اعلن'));
    expect(stemOf('إعلان')).toBe(stemOf('اعلان'));
    expect(stemOf('آمال')).toBe(stemOf('امال'));
    expect(stemOf('مدينة')).toBe(stemOf('مدينه'));
    expect(stemOf('مستشفى')).toBe(stemOf('مستشفي'));
    expect(stemOf('الرئيـــس')).toBe(stemOf('الرئيس'));
  });
  it('takes off the article and the clinging prefixes, so one word meets all its written forms', () => {
    const forms = ['المدينة', 'مدينة', 'والمدينة', 'فالمدينة', 'بالمدينة', 'كالمدينة', 'للمدينة', 'وللمدينة', 'ومدينة', 'بمدينة'];
    expect(new Set(forms.map(stemOf))).toEqual(new Set(['مدينه']));
  });
  it('matches Persian ی and ک against Arabic ي and ك', () => {
    expect(stemOf('کتابی')).toBe(stemOf('كتابي'));
  });
});

describe('search', () => {
  const items = [
    item('أعلن بوتين محور محادثاته مع بايدن', 'قال الرئيس الروسي إن موسكو مستعدة أيضًا.', 'putin'),
    item('أخبار الطقس', 'تحدث بوتين عن المدينة.', 'weather'),
    item('الاقتصاد', 'البنك المركزي يعلن.', 'economy'),
  ];
  it('finds an article by a query in other spellings, without its diacritics', () => {
    expect(search('اعلن ايضا', items).map((r) => r.item.name)).toEqual(['putin']);
    expect(search('الروسى', items).map((r) => r.item.name)).toEqual(['putin']);
  });
  it('ranks a title match above a body match', () => {
    expect(search('بوتين', items).map((r) => r.item.name)).toEqual(['putin', 'weather']);
  });
  it('ranks more terms matched first', () => {
    const two = [item('بوتين', 'نص', 'one'), item('نص', 'بوتين في المدينة', 'both')];
    expect(search('بوتين والمدينة', two).map((r) => r.item.name)).toEqual(['both', 'one']);
  });
  it('ranks whole words above parts of words, and finds the parts', () => {
    const parts = [item('نص', 'محادثاتهم طويلة', 'part'), item('نص', 'محادثات طويلة', 'whole')];
    expect(search('محادثات', parts).map((r) => r.item.name)).toEqual(['whole', 'part']);
  });
  it('finds nothing for an empty query or a word in no article', () => {
    expect(search('  ', items)).toEqual([]);
    expect(search('طماطم', items)).toEqual([]);
  });
});

describe('markMatches and snippet', () => {
  it('mark the words as written, diacritics and prefixes included', () => {
    expect(markMatches('أعلن بوتين', 'اعلن')).toEqual([
      { text: 'أعلن', match: true },
      { text: ' بوتين', match: false },
    ]);
    const marked = markMatches('قال وللمدينة أيضًا', 'مدينة ايضا').filter((s) => s.match).map((s) => s.text);
    expect(marked).toEqual(['وللمدينة', 'أيضًا']);
  });
  it('cut a snippet around the first match, at word ends, saying where it was cut', () => {
    const text = `${'كلمة '.repeat(100)}بوتين ${'نص '.repeat(100)}`;
    const parts = snippet(text, 'بوتين', 80);
    expect(parts[0]).toEqual({ text: '… ', match: false });
    expect(parts.at(-1)).toEqual({ text: ' …', match: false });
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['بوتين']);
    const shown = parts.map((p) => p.text).join('');
    expect(shown.length).toBeLessThan(100);
    expect(shown).not.toMatch(/كلم(?!ة)/);
  });
  it('give the start of the text when nothing matches', () => {
    expect(snippet('نص قصير', 'طماطم')).toEqual([{ text: 'نص قصير', match: false }]);
  });
});

describe('wordsOf', () => {
  it('gives each folded word once, in order', () => {
    expect(wordsOf('المدينة، المدينة! مدينة بوتين')).toEqual(['المدينه', 'مدينه', 'بوتين']);
  });
});

describe('a word that only begins like a prefix', () => {
  it('is found whole and by its start', () => {
    const items = [item('بوتين في جنيف', 'نص')];
    expect(search('بوتين', items)).toHaveLength(1);
    expect(search('بوت', items)).toHaveLength(1);
    expect(search('لبوتين', items)).toHaveLength(1);
  });
});
