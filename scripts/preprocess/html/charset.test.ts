/** Web pages in other encodings than UTF-8, declared the ways pages and servers declare them. */
import { charsetFromContentType, charsetFromMeta, decodePage } from './charset';
import { pageBytes } from './pageFixtures';

const latin1 = (text: string) => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));

describe('decodePage', () => {
  it('reads the windows-1251 fixture by its <meta http-equiv> charset', () => {
    const decoded = decodePage(pageBytes('windows-1251.html'));
    expect(decoded).toMatchObject({ charset: 'windows-1251', source: '<meta charset>' });
    expect(decoded.text).toContain('Эксперты обсудили расширение ШОС');
  });

  it('takes the Content-Type header over the page, as browsers do', () => {
    const bytes = pageBytes('windows-1251.html');
    expect(decodePage(bytes, 'text/html; charset="windows-1251"')).toMatchObject({ charset: 'windows-1251', source: 'Content-Type header' });
    // A server that says ISO-8859-1 is believed (windows-1252 is what TextDecoder gives for it): the page comes out wrong but readable.
    expect(decodePage(bytes, 'text/html; charset=ISO-8859-1').charset).toBe('windows-1252');
  });

  it('a byte order mark comes first of all', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="windows-1251"><p>Ш</p>')]);
    expect(decodePage(bytes, 'text/html; charset=iso-8859-1')).toMatchObject({ charset: 'utf-8', source: 'byte order mark' });
    expect(decodePage(bytes).text).toBe('<meta charset="windows-1251"><p>Ш</p>');
  });

  it('an undeclared page is UTF-8 when it is valid UTF-8, windows-1252 otherwise', () => {
    expect(decodePage(new TextEncoder().encode('<p>Астана</p>'))).toMatchObject({ text: '<p>Астана</p>', source: 'default (UTF-8)' });
    expect(decodePage(latin1('<p>Caf\u00e9 in Almaty</p>'))).toMatchObject({ text: '<p>Café in Almaty</p>', charset: 'windows-1252', source: 'fallback (windows-1252)' });
  });

  it('an unknown label, or UTF-16 named in a <meta>, is passed over', () => {
    expect(decodePage(latin1('<meta charset="x-klingon"><p>caf\u00e9</p>')).source).toBe('fallback (windows-1252)');
    expect(decodePage(new TextEncoder().encode('<meta charset="utf-16"><p>ok</p>')).charset).toBe('utf-8');
  });
});

describe('charset labels', () => {
  it('from Content-Type', () => {
    expect(charsetFromContentType('text/html; charset=KOI8-R')).toBe('KOI8-R');
    expect(charsetFromContentType('text/html')).toBeUndefined();
    expect(charsetFromContentType(undefined)).toBeUndefined();
  });

  it('from <meta charset> and <meta http-equiv>, in the first 4 KB only', () => {
    expect(charsetFromMeta(latin1("<head><meta charset='gbk'>"))).toBe('gbk');
    expect(charsetFromMeta(latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'))).toBe('iso-8859-1');
    expect(charsetFromMeta(latin1(`<!-- ${'x'.repeat(5000)} --><meta charset="gbk">`))).toBeUndefined();
  });
});
