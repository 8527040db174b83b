import { useState } from 'react';
import { closeEnclosingDialog, Dialog } from '../../components/Dialog';
import { useData, useDataClock, useDataIndex } from '../../state/data';
import { selectViewState, useAtlasStore } from '../../state/store';
import { VIEW_IDS, VIEW_REGION_LABEL, type ViewId } from '../../state/viewState';
import { EXPORT_FORMATS, exportView, type ExportFormat } from './exportView';
import './export.css';
import './print.css';

const FORMAT_HINT: Record<ExportFormat, string> = {
  png: 'image for slides, twice the size on screen',
  svg: 'vector image, for print and editing',
  csv: 'the data shown, for spreadsheets',
  json: 'the data shown, with its filters',
};

type Status = { kind: 'done' | 'error'; text: string } | null;

/** "Export": each view as PNG, SVG, CSV or JSON, plus printing (a clean page per view). */
export function ExportDialog() {
  const data = useData();
  const index = useDataIndex();
  const clock = useDataClock();
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);

  const run = async (view: ViewId, format: ExportFormat) => {
    const key = `${view}-${format}`;
    setBusy(key);
    setStatus(null);
    try {
      const state = selectViewState(useAtlasStore.getState());
      setStatus({ kind: 'done', text: await exportView({ view, format, data, index, state, clock }) });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Dialog openLabel="Export" title="Export" closeLabel="Close export" className="export-dialog">
      <p>Each view as it is now: the figure with its title, legend and sources, or the data it shows.</p>
      <table className="export-dialog__table">
        <thead>
          <tr>
            <th scope="col">View</th>
            {EXPORT_FORMATS.map((f) => (
              <th scope="col" key={f}>
                {f.toUpperCase()}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {VIEW_IDS.map((view) => (
            <tr key={view}>
              <th scope="row">{VIEW_REGION_LABEL[view]}</th>
              {EXPORT_FORMATS.map((format) => (
                <td key={format}>
                  <button
                    type="button"
                    onClick={() => void run(view, format)}
                    disabled={busy !== null}
                    aria-label={`${VIEW_REGION_LABEL[view]} as ${format.toUpperCase()}`}
                    title={FORMAT_HINT[format]}
                  >
                    {busy === `${view}-${format}` ? '…' : format.toUpperCase()}
                  </button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="export-dialog__hints">
        {EXPORT_FORMATS.map((f) => (
          <li key={f}>
            <strong>{f.toUpperCase()}</strong>: {FORMAT_HINT[f]}
          </li>
        ))}
      </ul>
      <p className={`export-dialog__status${status?.kind === 'error' ? ' export-dialog__status--error' : ''}`} role="status">
        {status?.text ?? ''}
      </p>
      <p>
        <button
          type="button"
          onClick={(event) => {
            closeEnclosingDialog(event.currentTarget);
            window.print();
          }}
        >
          Print all views
        </button>{' '}
        <span className="export-dialog__note">One clean page per view, without the controls.</span>
      </p>
    </Dialog>
  );
}
