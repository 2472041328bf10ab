async function main(a: string, b = 3) {
  return a;
}

export { main };
