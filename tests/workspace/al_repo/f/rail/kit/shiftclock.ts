// Shift arithmetic for the crew desk.
export default {
  now: (): number => Date.now(),
  hourOf: (iso: string): number => new Date(iso).getUTCHours(),
  minutesBetween: (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 60000,
};
