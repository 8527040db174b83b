import type { StoryStep } from './storySchema';

interface StepEditorProps {
  step: StoryStep;
  index: number;
  count: number;
  summary: string;
  /** The title and caption with their placeholders filled, as the presentation will show them. */
  preview: { title: string; caption: string };
  problems: readonly string[];
  onChange: (change: Partial<Pick<StoryStep, 'title' | 'caption'>>) => void;
  onMove: (delta: number) => void;
  onDelete: () => void;
  onShow: () => void;
  onReplaceView: () => void;
}

/** One step of the user's story: title, caption, what it shows, and buttons to move, show, update or delete it. */
export function StepEditor({ step, index, count, summary, preview, problems, onChange, onMove, onDelete, onShow, onReplaceView }: StepEditorProps) {
  const n = index + 1;
  const id = `story-step-${n}`;
  return (
    <li className="step-editor" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="step-editor__heading">
        Step {n}
      </h3>
      <label className="step-editor__field">
        <span>Title of step {n}</span>
        <input type="text" value={step.title} maxLength={120} onChange={(e) => onChange({ title: e.target.value })} />
      </label>
      <label className="step-editor__field">
        <span>Caption of step {n}</span>
        <textarea value={step.caption} rows={3} maxLength={1200} onChange={(e) => onChange({ caption: e.target.value })} />
      </label>
      <p className="step-editor__summary">Shows: {summary}</p>
      {problems.length === 0 && (preview.caption !== step.caption || preview.title !== step.title) && (
        <p className="step-editor__preview">
          <span className="step-editor__preview-label">On screen: </span>
          <strong>{preview.title}</strong> {preview.caption}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="step-editor__problems" aria-label={`Problems in step ${n}`}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="step-editor__actions" role="group" aria-label={`Step ${n} actions`}>
        <button type="button" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Move step ${n} up`}>
          ↑ Up
        </button>
        <button type="button" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={`Move step ${n} down`}>
          ↓ Down
        </button>
        <button type="button" onClick={onShow} aria-label={`Show step ${n}`}>
          Show
        </button>
        <button type="button" onClick={onReplaceView} aria-label={`Use current view for step ${n}`}>
          Use current view
        </button>
        <button type="button" onClick={onDelete} disabled={count <= 1} aria-label={`Delete step ${n}`} className="step-editor__delete">
          Delete
        </button>
      </div>
    </li>
  );
}
