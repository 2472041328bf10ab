type Odd = {
  "yes": string;
  "null": number;
  "a: b": string;
  "-x": string;
  "#x": string;
  "@x": string;
  "1": boolean;
  "0x1F": string;
  "with space": string;
  "trail ": string;
  "ключ": string;
  "🔑": string;
  "": string;
  "a\"b": string;
  "type": string;
  "default": number;
  "description": string;
};

export async function main(o: Odd, d = { "yes": 1, "a: b": 2, "": 3, "#": 4, "~": 5, "-": 6 }) {
  return o;
}
