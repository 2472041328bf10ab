export type Refund = { id: string; cents: number };
