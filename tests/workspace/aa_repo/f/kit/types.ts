export type Period = "daily" | "weekly" | "monthly" | "quarterly";

export enum Channel {
  Email = "email",
  Slack = "slack",
  Sms = "sms",
}

export const DEFAULT_LIMIT = 250;

export interface OrderLine {
  sku: string;
  qty: number;
  cents: number;
}
