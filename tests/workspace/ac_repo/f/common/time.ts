// Resort-local stamps. The resort runs on Mountain time.
export function stamp(): string {
  return new Date().toLocaleString("en-US", { timeZone: "America/Denver" });
}

export function minutesLabel(minutes: number): string {
  const h = Math.floor(minutes / 60);
  return `${h}h${String(minutes % 60).padStart(2, "0")}`;
}

export default function dayKey(iso: string): string {
  return iso.slice(0, 10);
}
