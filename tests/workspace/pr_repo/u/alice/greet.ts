export async function main(who: string, loud: boolean = false) {
  const text = `hello ${who}`;
  return loud ? text.toUpperCase() : text;
}
