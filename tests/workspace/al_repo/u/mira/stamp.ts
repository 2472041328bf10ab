// Mira's formatting helpers for crew notices.
export const stamp = (): string => new Date().toISOString().slice(0, 16).replace("T", " ");

export function turnLabel(turn: number, depot: string): string {
  return `${depot.toUpperCase()}-${String(turn).padStart(3, "0")}`;
}
