export async function main(customer: object, weights: number[] = []) {
  return weights.length;
}
