// Where the ops scripts and flows live.
export const OPS = "f/rail_ops";
export const Scripts = {
  notify: `${OPS}/notify_passengers`,
  closeTrack: `${OPS}/close_track`,
  bookBus: `${OPS}/book_bus`,
} as const;
export const DISRUPTION_FLOW = "f/ops/disruption";
