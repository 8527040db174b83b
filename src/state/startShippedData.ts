// main.tsx has imported model/zodWithoutEval before this, in a step of its own: imported here, the
// bundle ran it after the chunk that builds the schemas, too late.
import { fetchSource } from './dataSource';
import { openDataset } from './dataset';

/** Opens the pipeline's files (index.html has been fetching them since its head was parsed). */
export function openShippedData(): void {
  void openDataset(fetchSource());
}
