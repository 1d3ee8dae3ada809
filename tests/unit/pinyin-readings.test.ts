import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readingsFrom, readingsOf, readingTable } from '../../src/nearby/pinyin-readings';

const NAMES = [
  '1号线（罗宝线）',
  '罗湖 Port',
  '重庆 路',
  '长岭',
  '长安',
  '绿道',
  'A区B',
  '示例项目12345',
  ...JSON.parse(readFileSync('tests/fixtures/pack-fictional/layers/workshops.geojson', 'utf8')).features.map(
    (f: { properties: { name_zh: string } }) => f.properties.name_zh,
  ),
];

describe('compact pinyin readings', () => {
  it('give exactly what pinyin-pro reads, polyphonic characters in context included', () => {
    const table = readingTable(NAMES);
    for (const name of NAMES) expect(readingsFrom(table, name), name).toEqual(readingsOf(name));
    // 重 reads zhong alone but chong in 重庆: that name keeps its own syllables.
    expect(table.names['重庆 路']).toBe('chong qing lu');
  });

  it('grow with the characters used, not the names', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `示例项目${i}`);
    const size = JSON.stringify(readingTable(many)).length;
    expect(size).toBeLessThan(200);
  });
});
