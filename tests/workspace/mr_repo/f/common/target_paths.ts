// Paths of the scripts and flows the workflows of f/mr run, kept in one place.
export const TARGETS = "f/mr/targets";
export const LOAD_ROWS = `${TARGETS}/load_rows`;
export const PIPELINE = "f/mr/pipeline";
export const OLD_LOADER = TARGETS + "/load_rows_v1";

export async function main() {
  return LOAD_ROWS;
}
