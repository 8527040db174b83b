import type { DataProblem } from '../model/parse';

interface ErrorPanelProps {
  problem: DataProblem;
  /** What the person can do about it; defaults to regenerating the data. */
  remedy?: React.ReactNode;
}

export function ErrorPanel({ problem, remedy }: ErrorPanelProps) {
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-panel-title">
      <h2 id="error-panel-title">SCO Atlas cannot show its data</h2>
      <p className="error-panel__title">{problem.title}</p>
      {problem.details.length > 0 && (
        <ul className="error-panel__details">
          {problem.details.map((detail, i) => (
            <li key={i}>
              <code>{detail}</code>
            </li>
          ))}
        </ul>
      )}
      {remedy ?? (
        <div className="error-panel__remedy">
          <p>Regenerate the data from the articles and reload this page:</p>
          <pre>
            <code>npm run preprocess</code>
          </pre>
          <p>
            The pipeline reads <code>data/articles/</code> and writes <code>public/data/sco-core.json</code> with its evidence files;
            it names the file and line of any article it cannot read.
          </p>
        </div>
      )}
    </section>
  );
}
