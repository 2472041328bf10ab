// Helpers of the billing folder (imported as "./helpers.ts").
import { appendFileSync } from "node:fs";

export function auditLine(invoiceId: string, action: string): string {
  return `${invoiceId}\t${action}`;
}

export function appendAudit(line: string): void {
  appendFileSync("/tmp/billing-audit.log", line + "\n");
}
