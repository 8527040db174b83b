/** Types for eslint.boundaries.js (plain JS, so eslint.config.js can load it without a build step). */
export interface BoundaryZone {
  target: string;
  from: string;
  message: string;
  except?: string[];
}
export function viewFolders(root: string): string[];
export function layerBoundaries(root: string): BoundaryZone[];
