interface Address {
  street: string;
  "zip-code"?: string;
  readonly number: number;
  1: boolean;
}

type Person = {
  name: string,
  age?: number,
  address: Address,
  addresses: Address[],
  tags: Array<string>,
  meta: Record<string, unknown>,
  nick: string | null,
};

export async function main(person: Person, people: Person[] = [], opt?: Person, inline: { a: string; b?: { c: number } } = { a: "x" }) {
  return person;
}
