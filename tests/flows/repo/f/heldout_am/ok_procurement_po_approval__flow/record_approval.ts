export async function main(cost_center: string, approved_amount: number, approver: string) {
  return { cost_center, approved_amount, approved_by: approver };
}
