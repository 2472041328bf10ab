export function main(patient_name: string, starts_at: string) {
  const when = new Date(starts_at);
  const hh = String(when.getUTCHours()).padStart(2, "0");
  const mm = String(when.getUTCMinutes()).padStart(2, "0");
  return { text: `Hi ${patient_name}, a reminder of your appointment tomorrow at ${hh}:${mm}.` };
}
