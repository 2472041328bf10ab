declare function main(a: string): void;
