import { useData } from '../../app/DataContext';

/** Placeholder until the Membership map issue lands: states what the data holds so the shell can be reviewed. */
export default function MapView() {
  const data = useData();
  return <p className="view-placeholder">Membership map: {data.articles.length} articles loaded.</p>;
}
