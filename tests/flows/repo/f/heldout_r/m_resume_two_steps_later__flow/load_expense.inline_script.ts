export async function main(expense_id: string) {
  return { id: expense_id, amount: 120, employee: "bob@example.com" }
}
