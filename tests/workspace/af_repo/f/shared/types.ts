// Shared shapes. Loading this module also fetches the report catalogue.
export interface Report {
  id: string;
  kind: "daily" | "weekly";
  rows: number;
}

export type Channel = "slack" | "email";

export const REPORT_CATALOGUE: string[] = await fetch("https://reports.internal/catalogue")
  .then((r) => r.json())
  .catch(() => []);
