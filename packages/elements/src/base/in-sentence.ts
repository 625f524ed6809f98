/**
 * A name inside a sentence: its first letter small ("Verzorgende IG" → "verzorgende IG"), a name
 * that starts with an abbreviation as it is ("MBO-verpleegkundige", "VCA-monteur"). Lowering the
 * whole name made "verzorgende ig".
 */
export const inSentence = (name: string): string =>
  /^\p{Lu}{2}/u.test(name) ? name : name.charAt(0).toLocaleLowerCase() + name.slice(1);
