import { randomInt } from 'node:crypto'

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** A fresh AppConfig-style ID: 7 characters of `[a-z0-9]`, unused in `taken`. */
export function newId(taken: (id: string) => boolean = () => false): string {
  for (;;) {
    let id = ''
    for (let i = 0; i < 7; i++) id += ALPHABET[randomInt(ALPHABET.length)]
    if (!taken(id)) return id
  }
}
