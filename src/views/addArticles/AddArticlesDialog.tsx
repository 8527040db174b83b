import { useEffect, useState } from 'react';
import type { PastedArticle } from '../../../scripts/import/articleFile';
import type { NewArticle, Rejected } from '../../../scripts/import/ownCorpus';
import { Dialog } from '../../components/Dialog';
import { shownSource } from '../../state/ownData';
import { AddReport } from './AddReport';
import { downloadCorpus, downloadData } from './corpusDownloads';
import { FileDrop } from './FileDrop';
import { addOwnArticles, removeOwnArticle, restoreOwnArticles, startOver, useOwnArticles } from './ownArticles';
import { OwnArticleList } from './OwnArticleList';
import { PasteArticleForm } from './PasteArticleForm';
import './addArticles.css';

/** The files' bytes; one that cannot be read (a folder, a file gone since it was chosen) is named, as the CLI names it. */
async function readFiles(files: readonly File[]): Promise<{ read: NewArticle[]; unreadable: Rejected[] }> {
  const settled = await Promise.allSettled(files.map(async (file) => new Uint8Array(await file.arrayBuffer())));
  const read: NewArticle[] = [];
  const unreadable: Rejected[] = [];
  settled.forEach((result, i) => {
    const name = files[i]?.name ?? '';
    if (result.status === 'fulfilled') read.push({ kind: 'file', name, bytes: result.value });
    else unreadable.push({ name, message: `${name}: cannot read the file (${result.reason instanceof Error ? result.reason.message : String(result.reason)})` });
  });
  return { read, unreadable };
}

/**
 * "Add articles": files dropped or chosen, or an article pasted into a form, read by the same
 * pipeline as the shipped ones in a worker, kept in this browser, and shown in every view.
 */
export function AddArticlesDialog() {
  const { articles, busy, report } = useOwnArticles();
  const [downloadError, setDownloadError] = useState<string | null>(null);

  useEffect(() => {
    void restoreOwnArticles();
  }, []);

  const addFiles = async (files: File[]) => {
    if (files.length === 0) return;
    // At once, before the bytes are read: the last report must not stand for this add.
    useOwnArticles.setState({ busy: `Reading ${files.length === 1 ? '1 file' : `${files.length} files`}…`, report: null });
    const { read, unreadable } = await readFiles(files);
    await addOwnArticles(read, unreadable);
  };
  const addPasted = async (pasted: PastedArticle) => {
    await addOwnArticles([{ kind: 'pasted', pasted }]);
    return useOwnArticles.getState().report?.rejected.length === 0;
  };
  const zip = () => {
    setDownloadError(null);
    downloadCorpus(articles).catch((error: unknown) => setDownloadError(`The zip could not be made: ${(error as Error).message}`));
  };
  const data = () => {
    setDownloadError(null);
    downloadData(shownSource()).catch((error: unknown) => setDownloadError(`The data could not be downloaded: ${(error as Error).message}`));
  };

  return (
    <Dialog openLabel="Add articles" title="Add articles" closeLabel="Close add articles" className="add-articles">
      <p className="add-articles__intro">
        Add news articles of your own. They are read here, in your browser, by the same pipeline as the shipped articles, and kept in this browser only:
        nothing is sent anywhere. The map, timeline and network then include them, marked <span className="own-tag">yours</span>.
      </p>
      <div className="add-articles__ways">
        <section aria-labelledby="add-files-heading">
          <h3 id="add-files-heading">Files</h3>
          <FileDrop disabled={busy !== null} onFiles={(files) => void addFiles(files)} />
        </section>
        <section aria-labelledby="paste-heading">
          <h3 id="paste-heading">Paste an article</h3>
          <PasteArticleForm disabled={busy !== null} onAdd={addPasted} />
        </section>
      </div>
      <AddReport busy={busy} report={report} />
      <section aria-labelledby="own-articles-heading" className="own-articles">
        <h3 id="own-articles-heading">Your articles ({articles.length})</h3>
        <OwnArticleList
          articles={articles}
          disabled={busy !== null}
          onRemove={(fileName) => void removeOwnArticle(fileName)}
          onStartOver={() => void startOver()}
        />
        <div className="own-articles__downloads">
          <button type="button" disabled={articles.length === 0} onClick={zip} title="A zip of .md files ready for data/articles/">
            Download corpus
          </button>
          <button type="button" onClick={data} title="The data the atlas shows now: the folder npm run preprocess writes, as a zip">
            Download data
          </button>
        </div>
        {downloadError !== null && (
          <p className="add-report__error" role="alert">
            {downloadError}
          </p>
        )}
        <p className="own-articles__note">
          To add them for everyone: unzip the corpus into <code>data/articles/</code> and run <code>npm run preprocess</code>.
        </p>
      </section>
    </Dialog>
  );
}
