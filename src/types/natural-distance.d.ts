// natural ships types for its index only; the distance submodule is imported alone (see
// src/extract/medications-fuzzy.ts), so its one used export is declared here.
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  const distance: {
    DamerauLevenshteinDistance(source: string, target: string, options?: { restricted?: boolean; transposition_cost?: number }): number;
  };
  export default distance;
}
