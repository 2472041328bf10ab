export async function main(customer: string, price: number, term_months: number) {
  return {
    summary: `${customer}: ${price} EUR/year for ${term_months} months`,
  };
}
