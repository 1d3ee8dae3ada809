import { html, nothing } from 'lit';
import { formatDistance } from '../../analysis/amounts';
import { atlasAnalysis, whatHereIn } from '../../analysis/atlas-context';
import type { Nearest, WhatHere } from '../../analysis/what-here';
import type { Content } from '../../content/load';
import type { Lang } from '../../content/types';
import { kindName, kindsWithRole, roleName } from '../../content/vocabulary';
import { tp } from '../../i18n/planner-tools';
import type { LngLat } from '../../state/store';
import { measureSections, sectionLabel } from '../feature-inspector/format';

/** What the "what applies here" card does when its buttons are pressed. */
export interface HereActions {
  select(id: string): void;
  measure(section: string): void;
  close(): void;
}

/** One row of the card: a heading and the features it names (empty when none does). */
export interface HereRow {
  heading: string;
  ids: string[];
  /** Straight-line distance to the one feature, for the "nearest" rows. */
  distance_m?: number;
  /** What the row says when it names no feature. */
  empty: string;
}

/**
 * The rows of "what applies here" at a point, in the manifest's words: the parts of the layout and the
 * area containing it, the nearest station and port. A row whose role no feature of the atlas plays is
 * left out, so an atlas without ports never reads "nearest port: none". Pure.
 */
export function hereRows(content: Content, w: WhatHere, lang: Lang): HereRow[] {
  const { manifest } = content;
  const here = atlasAnalysis(content).here;
  const rows: HereRow[] = [];
  if (here.layout.length)
    rows.push({
      heading: manifest.labels.layoutHeading[lang],
      ids: w.zones,
      empty: manifest.labels.noLayout[lang],
    });
  const area = kindsWithRole(manifest, 'area')[0];
  if (here.subdistricts.length && area !== undefined)
    rows.push({
      heading: tp(lang, 'inArea', { kind: kindName(manifest, area)[lang] }),
      ids: w.subdistrict ? [w.subdistrict] : [],
      empty: tp(lang, 'none'),
    });
  const nearestRow = (role: 'station' | 'port', n: Nearest | null) => {
    const kind = roleName(manifest, role, lang);
    if (kind === null) return;
    rows.push({
      heading: tp(lang, 'nearestOf', { kind }),
      ids: n ? [n.id] : [],
      ...(n ? { distance_m: n.distance_m } : {}),
      empty: tp(lang, 'none'),
    });
  };
  if (here.stations.length) nearestRow('station', w.nearestStation);
  if (here.ports.length) nearestRow('port', w.nearestPort);
  return rows;
}

/**
 * "What applies here": the rows of `hereRows` and the measures that apply, each leading to its
 * feature or its text.
 */
export function renderHereCard(content: Content, here: LngLat | null, lang: Lang, on: HereActions) {
  const name = (id: string) => {
    const p = content.features.get(id)?.feature.properties;
    return p ? (lang === 'zh' ? p.name_zh : p.name_en) : id;
  };
  const feature = (id: string, text = name(id)) =>
    html`<button type="button" class="link" @click=${() => on.select(id)}>${text}</button>`;
  const w = here ? whatHereIn(content, here) : null;
  const rows = w ? hereRows(content, w, lang) : [];
  const sections = w ? measureSections(w.measures, content.text.sections) : [];
  const value = (row: HereRow) => {
    if (!row.ids.length) return row.empty;
    if (row.distance_m !== undefined) {
      const id = row.ids[0] as string;
      return feature(
        id,
        tp(lang, 'nearestValue', { name: name(id), distance: formatDistance(row.distance_m, lang) }),
      );
    }
    return row.ids.length === 1
      ? feature(row.ids[0] as string)
      : html`<ul class="list">${row.ids.map((id) => html`<li>${feature(id)}</li>`)}</ul>`;
  };
  const sep = lang === 'zh' ? '、' : ', ';
  const status = rows
    .filter((r) => r.distance_m === undefined)
    .map((r) => (r.ids.length ? r.ids.map(name).join(sep) : r.empty))
    .join(lang === 'zh' ? '；' : '; ');
  return html`
    <section class="panel" aria-labelledby="pt-here-title">
      <header>
        <h2 id="pt-here-title">${tp(lang, 'hereTitle')}</h2>
        <button type="button" class="close" aria-label=${tp(lang, 'close')} @click=${on.close}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      ${
        !here || !w
          ? html`<p class="hint">${tp(lang, 'hereHint')}</p>`
          : html`
            <p class="coords">${tp(lang, 'herePoint', { lng: here[0].toFixed(5), lat: here[1].toFixed(5) })}</p>
            ${w.insideContainer ? nothing : html`<p class="warn">${tp(lang, 'outside')}</p>`}
            <dl class="facts" data-here-result>
              ${rows.map((row) => html`<dt>${row.heading}</dt><dd>${value(row)}</dd>`)}
              <dt>${tp(lang, 'measures')}</dt>
              <dd>
                ${
                  sections.length
                    ? html`<ul class="chips">
                        ${sections.map(
                          (s) =>
                            html`<li><button type="button" class="chip" @click=${() => on.measure(s.id)}>${sectionLabel(s, lang)}</button></li>`,
                        )}
                      </ul>`
                    : tp(lang, 'noMeasures')
                }
              </dd>
            </dl>
            <p class="hint">${tp(lang, 'straightLine')}</p>
            ${status ? html`<p class="vh" role="status">${tp(lang, 'hereStatus', { parts: status })}</p>` : nothing}
          `
      }
    </section>
  `;
}
