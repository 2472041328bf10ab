export async function main(requester: string, vendor: string, amount: number, remaining: number) {
  return { text: `${requester} asks ${amount} EUR for ${vendor}; ${remaining} EUR left on the budget` };
}
