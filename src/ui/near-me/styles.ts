import { css } from 'lit';
import { borderBox, controlBase, focusRing, panelHost } from '../shared-styles';

export const styles = [
  panelHost,
  borderBox,
  controlBase,
  focusRing,
  css`
  h2 {
    font-size: 1.1rem;
    margin: 0 0 0.25rem;
  }
  h3 {
    font-size: 0.95rem;
    margin: 1rem 0 0.5rem;
    padding-bottom: 0.2rem;
    border-bottom: 1px solid #d9d2c3;
  }
  p {
    margin: 0.25rem 0;
  }
  .intro,
  .note {
    font-size: 0.85rem;
    color: #5b5346;
  }
  button {
    min-height: 44px;
    padding: 0.3rem 0.8rem;
    border: 1px solid #8c8171;
    border-radius: 6px;
    background: #ffffff;
    cursor: pointer;
  }
  button:disabled {
    cursor: progress;
  }
  place-search {
    margin: 0.75rem 0 0.5rem;
  }
  .locate {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .use-location {
    border-color: #9a3b24;
    color: #9a3b24;
    font-weight: 600;
  }
  .locate .note {
    flex: 1 1 12rem;
  }
  .failure p {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid #b3261e;
    background: #fde8e8;
    color: #7a1712;
  }
  .pin {
    margin: 0.75rem 0 0.25rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid #d9d2c3;
    border-radius: 6px;
    background: #ffffff;
  }
  .pin .clear {
    margin-top: 0.25rem;
  }
  .where {
    font-size: 0.85rem;
    color: #5b5346;
  }
  .radius {
    display: grid;
    grid-template-columns: auto 1fr 4.5rem;
    align-items: center;
    gap: 0.75rem;
    margin: 0.75rem 0;
  }
  .radius label {
    font-weight: 600;
  }
  .radius input {
    width: 100%;
    min-height: 44px;
    accent-color: #9a3b24;
  }
  .radius output {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  details.filters {
    margin: 0.5rem 0;
  }
  details.filters summary {
    min-height: 44px;
    line-height: 44px;
    cursor: pointer;
    font-weight: 600;
  }
  fieldset.checks {
    margin: 0.25rem 0 0.5rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid #d9d2c3;
    border-radius: 6px;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
  }
  fieldset.checks legend {
    font-size: 0.85rem;
    padding: 0 0.25rem;
  }
  fieldset.checks label {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 44px;
    cursor: pointer;
  }
  fieldset.checks input {
    width: 1.2rem;
    height: 1.2rem;
    accent-color: #9a3b24;
  }
  .n {
    margin-left: auto;
    padding-right: 0.25rem;
    font-size: 0.8rem;
    color: #5b5346;
    font-variant-numeric: tabular-nums;
  }
  ol.results,
  .placeless ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* A compact card, so three or more fit in a phone's half sheet: name and distance, then category,
     status, walk and measures on one line, then where it lies on one line. */
  .result {
    padding: 0.2rem 0 0.3rem;
    border-bottom: 1px solid #e6e0d3;
    scroll-margin: 0.5rem;
  }
  .result.selected {
    background: #fff3df;
    box-shadow: inset 4px 0 0 #9a3b24;
  }
  .pick {
    display: flex;
    width: 100%;
    min-height: 36px;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem;
    text-align: left;
    border: 0;
    background: transparent;
    padding: 0.2rem 0.4rem;
    line-height: 1.3;
  }
  .pick .name {
    font-weight: 600;
  }
  @media (max-width: 700px) {
    .pick {
      min-height: 44px;
    }
  }
  .pick .distance {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .facts,
  .where {
    padding: 0 0.4rem;
    margin: 0;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    align-items: center;
    font-size: 0.82rem;
  }
  .tag {
    padding: 0 0.4rem;
    border-radius: 4px;
    background: #efe9dc;
  }
  .status-planned {
    background: #e5eefb;
  }
  .status-under-construction {
    background: #fff0cc;
  }
  .walk {
    color: #5b5346;
  }
  .where {
    font-size: 0.8rem;
    color: #5b5346;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .serves {
    display: inline-flex;
    flex-wrap: wrap;
    align-self: flex-start;
    gap: 0 0.25rem;
    margin-left: auto;
    position: relative;
    z-index: 1;
  }
  .serves .measure {
    /* A 44 px target that takes one text line of the card: it reaches down over the line below,
       which holds no other target. */
    min-height: 44px;
    min-width: 44px;
    margin-bottom: -20px;
    align-self: flex-start;
    padding: 0 0.5rem 20px;
    border: 0;
    background: transparent;
    color: #9a3b24;
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .none {
    padding: 0.5rem 0.75rem;
    border: 1px dashed #b9b09f;
    border-radius: 6px;
  }
  .more {
    margin-top: 0.5rem;
    width: 100%;
  }
`,
];
