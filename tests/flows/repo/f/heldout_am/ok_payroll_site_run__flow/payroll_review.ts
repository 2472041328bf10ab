export async function main(total_gross: number, employees: number, period_end: string) {
  return { headline: `Payroll to ${period_end}: ${employees} people, ${total_gross} EUR gross` };
}
