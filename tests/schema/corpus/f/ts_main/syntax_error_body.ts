export async function main(a: string) {
  const x = ;
}
