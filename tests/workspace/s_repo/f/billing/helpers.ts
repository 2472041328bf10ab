// SDK: no windmill-client import; billing helpers imported as "./helpers.ts"
export function dueDate(termDays: number): string {
  const due = new Date(Date.now() + termDays * 86_400_000);
  return due.toISOString().slice(0, 10);
}

export function periodLabel(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

export function invoiceNumber(customerId: string, period: string): string {
  return `INV-${period}-${customerId.toUpperCase()}`;
}
