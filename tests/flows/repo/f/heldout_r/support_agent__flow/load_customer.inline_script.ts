export async function main(customer_id: string) {
  return { id: customer_id, name: "Ada", plan: "pro", email: "ada@example.com" }
}
