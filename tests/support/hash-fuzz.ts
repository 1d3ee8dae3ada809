/** Random and hostile URL hashes for the codec's fuzz tests (unit and browser), from a fixed seed. */
import { seededRandom } from './random';

const KEYS = [
  'lang',
  'm',
  'l',
  'o',
  'sel',
  'c',
  'b',
  'dim',
  'mode',
  'ca',
  'h',
  'pin',
  'r',
  'cat',
  'st',
  's',
  'v',
  'fl',
];
const JUNK_KEYS = ['x', 'zzz', '__proto__', 'constructor', 'prototype', '', '&', 'M', 'LANG', 'l[]'];

const HOSTILE = [
  '<img src=x onerror=window.pwned=1>',
  '"><img src=x onerror=alert(1)>',
  '<script>window.pwned=1</script>',
  'javascript:alert(1)',
  `$${'{'}alert(1)}`,
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
  '%',
  '%E0%A4%A',
  '%00',
  '\u202e\u0000',
  '罗湖',
  '-',
  ',,,',
  ':::',
];
const NUMBERS = [
  '1e308',
  '-1e308',
  '1e400',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  '99999999999999999999',
  '1,2',
  '',
  ' ',
];
const KNOWN = [
  'zh',
  'en',
  'm3',
  'm4',
  'intro',
  'ports',
  'layout',
  'projects',
  'osm',
  'embedded',
  'measure',
  'near',
  '3d',
  '1',
  '0',
];

export function randomHashes(count: number, seed = 1): string[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const value = (): string => {
    const r = random();
    if (r < 0.25) return pick(HOSTILE);
    if (r < 0.45) return pick(NUMBERS);
    if (r < 0.6) return pick(KNOWN);
    if (r < 0.7)
      return Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick([...NUMBERS, ...KNOWN])).join(
        ',',
      );
    if (r < 0.75) return 'x'.repeat(Math.floor(random() * 6000));
    if (r < 0.9)
      return `${(random() * 400 - 200).toFixed(3)},${(random() * 200 - 100).toFixed(3)},${(random() * 40 - 10).toFixed(1)}`;
    return String.fromCharCode(...Array.from({ length: 8 }, () => Math.floor(random() * 0xd7ff)));
  };
  return Array.from({ length: count }, () => {
    const pairs = Array.from({ length: 1 + Math.floor(random() * 6) }, () => {
      const key = random() < 0.85 ? pick(KEYS) : pick(JUNK_KEYS);
      const v = value();
      // Half the values go in raw, half encoded, as hand-edited and as copied links would.
      return `${key}=${random() < 0.5 ? v : encodeURIComponent(v)}`;
    });
    return `#${random() < 0.1 ? '#' : ''}${pairs.join(random() < 0.9 ? '&' : ';')}`;
  });
}
