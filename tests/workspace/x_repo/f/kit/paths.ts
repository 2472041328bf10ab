// SDK: none; constant script / flow paths of this workspace
export const FLEET = "f/fleet";

export const ScriptPaths = {
  geocodeBatch: `${FLEET}/geocode_batch`,
  renderReport: `${FLEET}/render_report`,
  purgeStale: `${FLEET}/purge_stale`,
} as const;

export const NIGHTLY = [FLEET, "nightly_rollup"].join("/");
export const REPORT_FLOW = FLEET + "/render_report";
