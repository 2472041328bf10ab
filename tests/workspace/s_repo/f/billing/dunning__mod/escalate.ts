// SDK: none; a module of the dunning script dispatched with taskScript("./escalate.ts")
export async function main(customer_id: string, level: number) {
  return { customer_id, escalated: level >= 3 };
}
