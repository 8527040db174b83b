import { useData } from '../../app/DataContext';

/** Placeholder until the Expert network issue lands: states what the data holds so the shell can be reviewed. */
export default function NetworkView() {
  const data = useData();
  return <p className="view-placeholder">Expert network: {data.articles.length} articles loaded.</p>;
}
