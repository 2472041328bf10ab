// SDK: windmill-client 1.818.0 client.mjs: step() JSON-encodes its result, which calls JobTicket.toJSON; the body then reads only the plain fields toJSON gives
import { task, workflow, step } from "windmill-client";

class JobTicket {
  readonly lines: { sku: string; qty: number }[] = [];
  constructor(readonly orderId: string, readonly customer: string) {}
  add(sku: string, qty: number): this {
    this.lines.push({ sku, qty });
    return this;
  }
  get sheets(): number {
    return this.lines.reduce((acc, l) => acc + l.qty, 0);
  }
  toJSON() {
    return { orderId: this.orderId, customer: this.customer, lines: this.lines, sheets: this.sheets };
  }
}

const submitToMis = task(async (ticket: { orderId: string; lines: { sku: string; qty: number }[]; sheets: number }) => {
  const r = await fetch("https://mis.inkwell-print.example/tickets", { method: "POST", body: JSON.stringify(ticket) });
  return (await r.json()).ticketNo as string;
});

export const main = workflow(async (orderId: string, customer: string, items: { sku: string; qty: number }[]) => {
  const ticket = await step("build_ticket", () => {
    const t = new JobTicket(orderId, customer);
    for (const i of items) t.add(i.sku, i.qty);
    return t;
  });
  const ticketNo = await submitToMis(ticket);
  return { ticketNo, sheets: ticket.sheets, lines: ticket.lines.length };
});
