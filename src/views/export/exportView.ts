/**
 * One export, end to end: data (CSV, JSON) from the data and the store; figures (SVG, PNG at 2×)
 * from the view's drawing on screen. Returns the sentence to tell the person what was saved.
 */
import type { DataIndex } from '../../model/dataIndex';
import type { ScoCore } from '../../model/core';
import type { DataClock } from '../../model/dataClock';
import { downloadBlob, downloadText } from '../../components/download';
import { toCsv, toJson } from './dataWriters';
import { exportFileStem, viewExport } from './exportTables';
import { VIEW_REGION_LABEL, type ViewId, type ViewState } from '../../state/viewState';
import { buildFigure, findViewRegion } from './exportFigure';
import { readShownYears } from './viewParts';
import { svgToPng } from './rasterise';

export const EXPORT_FORMATS = ['png', 'svg', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** PNGs are drawn at twice the figure's size: sharp on a slide and on a projector. */
export const PNG_SCALE = 2;

export interface ExportRequest {
  view: ViewId;
  format: ExportFormat;
  data: ScoCore;
  index: Pick<DataIndex, 'articleYears'>;
  state: ViewState;
  clock: DataClock;
}

export async function exportView({ view, format, data, index, state, clock }: ExportRequest): Promise<string> {
  const exported = viewExport(view, data, index, state, clock, readShownYears(findViewRegion(view)));
  const stem = exportFileStem(view, state, clock);
  if (format === 'csv') {
    downloadText(toCsv(exported), `${stem}.csv`, 'text/csv;charset=utf-8');
    return `Saved ${stem}.csv.`;
  }
  if (format === 'json') {
    downloadText(toJson(exported, data.generatedAt), `${stem}.json`, 'application/json');
    return `Saved ${stem}.json.`;
  }
  const figure = buildFigure(view, { title: exported.title, sourceLine: exported.sourceLine });
  if (figure === null) throw new Error(`The ${VIEW_REGION_LABEL[view].toLowerCase()} has nothing drawn to export yet.`);
  if (format === 'svg') {
    downloadText(figure.markup, `${stem}.svg`, 'image/svg+xml');
    return `Saved ${stem}.svg (${figure.width} × ${figure.height}).`;
  }
  const png = await svgToPng(figure.markup, figure.width, figure.height, PNG_SCALE);
  downloadBlob(png, `${stem}.png`);
  return `Saved ${stem}.png (${figure.width * PNG_SCALE} × ${figure.height * PNG_SCALE} pixels).`;
}
