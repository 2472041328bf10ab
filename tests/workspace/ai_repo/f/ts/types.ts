export type Currency = "EUR" | "USD" | "GBP";

export interface Payout {
  id: string;
  merchantId: string;
  amountCents: number;
  currency: Currency;
  iban: string;
}

export interface KycCase {
  caseId: string;
  customerName: string;
  country: string;
  riskScore: number;
}
