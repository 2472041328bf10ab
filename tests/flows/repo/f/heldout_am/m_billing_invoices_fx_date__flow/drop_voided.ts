type Invoice = { id: string; status: string; amount: number; currency: string; customer: string };

export async function main(rows: Invoice[]) {
  return rows.filter((r) => r.status !== "void" && r.amount !== 0);
}
