export async function main(employee_id: string, amount: number, receipt_url: string) {
  if (amount <= 0) throw new Error("amount must be positive");
  if (amount > 5000) throw new Error("claims above 5000 go through procurement");
  if (!receipt_url.startsWith("https://")) throw new Error("receipt must be an https link");
  return { employee_id, amount: Math.round(amount * 100) / 100, receipt_url };
}
