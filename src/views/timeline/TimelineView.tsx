import { useData } from '../../app/DataContext';

/** Placeholder until the Theme timeline issue lands: states what the data holds so the shell can be reviewed. */
export default function TimelineView() {
  const data = useData();
  return <p className="view-placeholder">Theme timeline: {data.articles.length} articles loaded.</p>;
}
