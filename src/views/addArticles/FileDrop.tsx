import { useId, useState, type DragEvent } from 'react';

/** What the pipeline reads (scripts/preprocess/parseArticle.ts's ARTICLE_EXTENSIONS). */
const ACCEPT = '.md,.txt,.html,.htm,.xhtml,text/markdown,text/plain,text/html';

interface FileDropProps {
  disabled: boolean;
  onFiles: (files: File[]) => void;
}

/** Drop files on it, or choose them with the file picker; either way the same list goes on. */
export function FileDrop({ disabled, onFiles }: FileDropProps) {
  const inputId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) onFiles([...event.dataTransfer.files]);
  };
  return (
    <div
      className={`file-drop${over ? ' file-drop--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p className="file-drop__lead">Drop article files here</p>
      <label htmlFor={inputId} className="file-drop__choose">
        or choose files
      </label>
      <input
        id={inputId}
        type="file"
        multiple
        accept={ACCEPT}
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Cleared, so choosing the same file again (after removing it) still adds it.
          event.currentTarget.value = '';
          onFiles(files);
        }}
      />
      <p id={hintId} className="file-drop__hint">
        Markdown with front matter (<code>.md</code>), plain text with a “Published:” line (<code>.txt</code>), or a saved web page (<code>.html</code>).
      </p>
    </div>
  );
}
