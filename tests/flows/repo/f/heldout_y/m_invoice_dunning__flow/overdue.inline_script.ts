export async function main(days_overdue: number, max_reminders: number = 3) {
  const since = new Date(Date.now() - days_overdue * 86400_000).toISOString();
  const rows = [
    { number: "INV-2291", billing_email: "ap@globex.test", amount_due: 1200, reminders: 1, due: since },
  ];
  return rows.filter((r) => r.reminders < max_reminders);
}
