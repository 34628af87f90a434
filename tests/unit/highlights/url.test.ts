import { describe, expect, it } from 'vitest';
import { articleKey } from '../../../utils/highlights/url';

describe('articleKey', () => {
  it('drops the fragment and the tracking parameters, keeping those that name the page', () => {
    expect(articleKey('https://news.example/a/1?utm_source=x&utm_medium=y#comments')).toBe('https://news.example/a/1');
    expect(articleKey('https://news.example/story.php?id=42&fbclid=abc&gclid=d')).toBe('https://news.example/story.php?id=42');
    expect(articleKey('https://news.example/story?id=42&page=2')).toBe('https://news.example/story?id=42&page=2');
  });
  it('gives the same key for the same article shared two ways', () => {
    expect(articleKey('https://News.Example/a?utm_campaign=n')).toBe(articleKey('https://news.example/a#top'));
  });
  it('leaves what is no URL as it is', () => {
    expect(articleKey('not a url')).toBe('not a url');
  });
});

describe('articleKey, the query as written', () => {
  it('keeps each parameter it keeps exactly as it was encoded', () => {
    expect(articleKey('https://news.example/s?q=%D8%A7%D9%84%D9%82%D8%AF%D8%B3&utm_term=x&a=b+c')).toBe('https://news.example/s?q=%D8%A7%D9%84%D9%82%D8%AF%D8%B3&a=b+c');
  });
});
