export function newIncidentId(prefix = "inc"): string {
  return `${prefix}_${crypto.randomUUID()}`;
}
