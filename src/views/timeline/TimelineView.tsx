import { useCallback, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useData, useDataIndex } from '../../state/data';
import { useAtlasStore } from '../../state/store';
import { CellPanel, SummitPanel } from './TimelinePanel';
import { RangeControls } from './RangeControls';
import { ThemeLabels } from './ThemeLabels';
import { TimelineChart, type HoverTarget } from './TimelineChart';
import { TimelineLegend } from './TimelineLegend';
import { TimelineTooltip } from './TimelineTooltip';
import { yearInRange } from '../../model/dataIndex';
import { articlesByYear, involvedCells, maxCellWeight, ownCells, themeYearCells } from '../../model/themeYears';
import { columnEdges, rowCentre, timelineLayout } from './timelineLayout';
import { useElementSize } from '../../components/useElementSize';
import { useTouchLayout } from '../../components/useMediaQuery';
import { useScrollToRange } from './useScrollToRange';
import { useOffscreenYears } from './useOffscreenYears';
import { offscreenHint } from './offscreenYears';
import { useYearLabelWidths } from './useYearLabelWidths';
import { yearSpan, type SpanMode } from './yearSpan';
import './timeline.css';

/** The chart's size before the first measurement and where the browser cannot measure (jsdom). */
const CHART_TEST_SIZE = { width: 960, height: 400 };

type OpenPanel = { kind: 'cell'; key: string } | { kind: 'summit'; year: number } | null;

/** The theme timeline: what experts talked about, year by year, and the year filter for every view. */
export default function TimelineView() {
  const data = useData();
  const index = useDataIndex();
  const { range, themes: chosenList, selectedCountry, selectedExpert } = useAtlasStore(
    useShallow((s) => ({ range: s.range, themes: s.themes, selectedCountry: s.selectedCountry, selectedExpert: s.selectedExpert })),
  );
  const setRange = useAtlasStore((s) => s.setRange);
  const toggleTheme = useAtlasStore((s) => s.toggleTheme);
  const selectExpert = useAtlasStore((s) => s.selectExpert);

  const [mode, setMode] = useState<SpanMode>('articles');
  const [hovered, setHovered] = useState<HoverTarget | null>(null);
  const [preview, setPreview] = useState<[number, number] | null>(null);
  const [open, setOpen] = useState<OpenPanel>(null);
  const openerRef = useRef<Element | null>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  // Only the width matters: the chart's height follows from its rows. Measured after the frame that
  // shows the view (no forced layout in its commit); the chart is drawn once, at that width.
  const measured = useElementSize(chartRef, CHART_TEST_SIZE, { afterLayout: true });
  const width = measured?.width ?? CHART_TEST_SIZE.width;
  const touch = useTouchLayout();
  const yearLabelWidths = useYearLabelWidths();

  const cells = useMemo(() => themeYearCells(data), [data]);
  const yearArticles = useMemo(() => new Map(articlesByYear(data.articles, data.themeWeights).map((y) => [y.year, y])), [data]);
  const referenceYear = Number(data.referenceAsOf.slice(0, 4));
  const span = useMemo(
    () => yearSpan({ articleYears: index.articleYears, summitYears: data.summits.map((s) => s.year), referenceYear, range }, mode),
    [index.articleYears, data.summits, referenceYear, range, mode],
  );
  const layout = useMemo(
    () => timelineLayout({ width, span, themeCount: data.themes.length, maxWeight: maxCellWeight(cells.values()), touch }),
    [width, span, data.themes.length, cells, touch],
  );
  const involved = useMemo(
    () => (selectedExpert === null && selectedCountry === null ? null : involvedCells(data, { expertId: selectedExpert, countryIso3: selectedCountry })),
    [data, selectedExpert, selectedCountry],
  );
  const chosen = useMemo(() => new Set(chosenList), [chosenList]);
  const own = useMemo(() => ownCells(data), [data]);
  const summits = useMemo(() => data.summits.filter((s) => s.year >= span[0] && s.year <= span[1]), [data.summits, span]);
  const themeById = index.themeById;
  const countryName = useCallback((iso3: string) => index.countryByIso3.get(iso3)?.name ?? iso3, [index]);
  const sourcesOf = (ids: readonly string[]) => data.sources.filter((s) => ids.includes(s.id));

  const openPanel = (next: OpenPanel) => {
    openerRef.current = document.activeElement;
    setOpen(next);
  };
  const closePanel = () => {
    setOpen(null);
    const opener = openerRef.current;
    if (opener instanceof HTMLElement || opener instanceof SVGElement) opener.focus();
  };

  const involvementName = selectedExpert !== null ? (index.expertById.get(selectedExpert)?.name ?? selectedExpert) : selectedCountry !== null ? countryName(selectedCountry) : null;
  useScrollToRange(bodyRef, chartRef, range, layout.x);
  const hint = offscreenHint(useOffscreenYears(bodyRef, chartRef, layout.years, layout.x));
  // Marks ringed on this axis: the legend says how many, so "Ringed: involves X" never promises rings that are not there.
  const involvedInSpan = involved === null ? 0 : [...involved].filter((key) => yearInRange(cells.get(key)?.year ?? NaN, span)).length;
  const openCell = open?.kind === 'cell' ? cells.get(open.key) : undefined;
  const openCellTheme = openCell === undefined ? undefined : themeById.get(openCell.themeId);
  const openSummit = open?.kind === 'summit' ? data.summits.find((s) => s.year === open.year) : undefined;

  const tooltip = (() => {
    if (hovered === null) return null;
    if (hovered.kind === 'cell') {
      const cell = cells.get(hovered.key);
      const row = data.themes.findIndex((t) => t.id === cell?.themeId);
      const theme = data.themes[row];
      if (cell === undefined || theme === undefined) return null;
      const [left, right] = columnEdges(layout.x, cell.year);
      return <TimelineTooltip position={{ left, right, y: rowCentre(layout, row), chartWidth: layout.width, placement: 'side' }} content={{ kind: 'cell', theme, cell }} />;
    }
    const summit = summits.find((s) => s.year === hovered.year);
    if (summit === undefined) return null;
    const [left, right] = columnEdges(layout.x, summit.year);
    return (
      <TimelineTooltip
        position={{ left, right, y: layout.summitTop + 2, chartWidth: layout.width, placement: 'above' }}
        content={{ kind: 'summit', summit, countryName: countryName(summit.country), sources: sourcesOf(summit.sources) }}
      />
    );
  })();

  if (data.themes.length === 0) {
    return <p className="timeline-empty">No themes to chart: the theme lexicon is empty, so the pipeline could not weigh any article.</p>;
  }

  return (
    <div className="timeline">
      <header className="timeline__header">
        <div className="timeline__title">
          <h2>Theme timeline</h2>
          <p>
            {data.articles.length === 0
              ? 'No articles yet: add Markdown files to data/articles and run npm run preprocess.'
              : 'What the experts talked about, year by year. Drag across the years to filter every view.'}
          </p>
        </div>
        <RangeControls span={span} range={range} onRange={setRange} preview={preview} />
        <button type="button" className="timeline__mode" aria-pressed={mode === 'history'} onClick={() => setMode(mode === 'history' ? 'articles' : 'history')}>
          SCO history since 1996
        </button>
      </header>
      <div className="timeline__body" ref={bodyRef}>
        <ThemeLabels layout={layout} themes={data.themes} chosen={chosen} onToggle={toggleTheme} />
        <div className="timeline__chart" ref={chartRef}>
          {measured !== null && (
            <TimelineChart
              layout={layout}
              themes={data.themes}
              cells={cells}
              articlesByYear={yearArticles}
              summits={summits}
              countryName={countryName}
              range={range}
              chosenThemes={chosen}
              involved={involved}
              involvementName={involvementName}
              own={own}
              openKey={open?.kind === 'cell' ? open.key : null}
              openSummitYear={open?.kind === 'summit' ? open.year : null}
              onRange={setRange}
              preview={preview}
              onPreview={setPreview}
              onHover={setHovered}
              onOpenCell={(key) => openPanel({ kind: 'cell', key })}
              onOpenSummit={(year) => openPanel({ kind: 'summit', year })}
              yearLabelWidths={yearLabelWidths}
            />
          )}
          {tooltip}
        </div>
      </div>
      {/* A touch screen shows no scrollbar until touched: say which years are out of view. The line is
          kept on touch layouts even when empty, so it appearing after the first measure moves nothing. */}
      {touch && <p className="timeline__offscreen">{hint}</p>}
      <TimelineLegend
        involvementName={involvementName}
        involvedCount={involvedInSpan}
        rangeActive={range !== null}
        ownShown={own.size > 0}
        shanghaiFiveShown={summits.some((s) => s.kind === 'shanghai-five')}
      />
      {openCell !== undefined && openCellTheme !== undefined && (
        <CellPanel theme={openCellTheme} cell={openCell} index={index} onSelectExpert={selectExpert} onClose={closePanel} />
      )}
      {openSummit !== undefined && (
        <SummitPanel summit={openSummit} countryName={countryName(openSummit.country)} sources={sourcesOf(openSummit.sources)} onClose={closePanel} />
      )}
    </div>
  );
}
