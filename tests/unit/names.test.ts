import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => JSON.parse(readFileSync(`data/${file}`, 'utf8'));

describe('one name per feature across the text and the map', () => {
  it('gives a linked feature the same English words in the text as on the map', () => {
    const manifest = read('atlas.json') as { layers: { file: string }[] };
    const names = new Map<string, { zh: string; en: string }>();
    for (const l of manifest.layers)
      for (const f of read(l.file).features as {
        id: string;
        properties: { name_zh: string; name_en: string };
      }[])
        names.set(f.id, { zh: f.properties.name_zh, en: f.properties.name_en });
    const links = read('text/links.json');
    const list = (Array.isArray(links) ? links : links.links) as {
      zh: string;
      en: string;
      features?: string[];
    }[];
    // A term that is the feature's Chinese name must be its English name too (the text capitalises it).
    const named = list.flatMap((l) =>
      (l.features ?? []).flatMap((id) => {
        const n = names.get(id);
        return n && n.zh === l.zh ? [[l.en.toLowerCase(), n.en.toLowerCase()]] : [];
      }),
    );
    expect(named.length).toBeGreaterThan(5);
    for (const [text, map] of named) expect(text).toBe(map);
  });
});
