import { useId, useState, type FormEvent } from 'react';
import type { PastedArticle } from '../../../scripts/import/articleFile';

interface PasteArticleFormProps {
  disabled: boolean;
  onAdd: (pasted: PastedArticle) => Promise<boolean>;
}

const EMPTY: PastedArticle = { title: '', outlet: '', url: '', published: '', text: '' };

/** An article typed or pasted in: the fields of the front matter and the text. Cleared once it is in. */
export function PasteArticleForm({ disabled, onAdd }: PasteArticleFormProps) {
  const [fields, setFields] = useState<PastedArticle>(EMPTY);
  const id = useId();
  const field = (name: keyof PastedArticle) => ({
    id: `${id}-${name}`,
    name,
    value: fields[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      const { value } = event.currentTarget;
      setFields((f) => ({ ...f, [name]: value }));
    },
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onAdd(fields)) setFields(EMPTY);
  };
  return (
    <form className="paste-form" onSubmit={(event) => void submit(event)} aria-label="Paste an article">
      <div className="paste-form__row">
        <label htmlFor={`${id}-title`}>Title</label>
        <input type="text" required autoComplete="off" {...field('title')} />
      </div>
      <div className="paste-form__row">
        <label htmlFor={`${id}-outlet`}>Outlet</label>
        <input type="text" autoComplete="off" placeholder="Unknown outlet" {...field('outlet')} />
      </div>
      <div className="paste-form__row">
        <label htmlFor={`${id}-url`}>Address (url)</label>
        <input type="url" autoComplete="off" placeholder="https://…" {...field('url')} />
      </div>
      <div className="paste-form__row">
        <label htmlFor={`${id}-published`}>Date</label>
        <input type="text" required autoComplete="off" inputMode="numeric" placeholder="YYYY-MM-DD, YYYY-MM or YYYY" {...field('published')} />
      </div>
      <div className="paste-form__row paste-form__row--text">
        <label htmlFor={`${id}-text`}>Text</label>
        <textarea required rows={6} {...field('text')} />
      </div>
      <button type="submit" disabled={disabled}>
        Add this article
      </button>
    </form>
  );
}
