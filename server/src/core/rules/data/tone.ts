/**
 * Words that put a letter's tone below a customer-service letter, with the courteous wording a
 * quick fix puts in their place. Matched as whole words, case-insensitively; spaces match any run
 * of spaces. `replacement: ""` removes the word; no replacement means no automatic fix.
 */
export interface ToneTerm {
  readonly term: string;
  readonly replacement?: string;
}

export const CASUAL_TERMS: readonly ToneTerm[] = [
  // Interjections and chat shorthand: the sentence reads better without them.
  ...["oops", "oopsie", "whoops", "whoopsie", "yikes", "welp", "ugh", "meh", "lol", "lmao", "rofl", "haha", "hahaha", "hehe", "tbh", "btw", "imo", "imho", "omg", "ngl", "smh", "easy peasy"].map(
    (term) => ({ term, replacement: "" }),
  ),
  { term: "my bad", replacement: "my mistake" },
  { term: "no worries", replacement: "please don't worry" },
  { term: "no biggie" },
  { term: "no big deal" },
  { term: "stuff happens" },
  { term: "tho", replacement: "though" },
  { term: "thx", replacement: "thank you" },
  { term: "thnx", replacement: "thank you" },
  { term: "pls", replacement: "please" },
  { term: "plz", replacement: "please" },
  { term: "sry", replacement: "sorry" },
  { term: "soz", replacement: "sorry" },
  { term: "cuz", replacement: "because" },
  { term: "gonna", replacement: "going to" },
  { term: "wanna", replacement: "want to" },
  { term: "gotta", replacement: "have to" },
  { term: "kinda", replacement: "somewhat" },
  { term: "sorta", replacement: "somewhat" },
  { term: "dunno", replacement: "do not know" },
  { term: "y'all", replacement: "you all" },
  { term: "u", replacement: "you" },
  { term: "ur", replacement: "your" },
  { term: "yeah", replacement: "yes" },
  { term: "yep", replacement: "yes" },
  { term: "nope", replacement: "no" },
  { term: "fam", replacement: "everyone" },
  { term: "you guys", replacement: "you" },
  { term: "dude" },
  { term: "bruh" },
  { term: "gg" },
  { term: "bummed", replacement: "disappointed" },
  { term: "stoked", replacement: "delighted" },
  { term: "super sorry", replacement: "very sorry" },
  { term: "crazy busy", replacement: "very busy" },
  { term: "screwed up" },
  { term: "sucks" },
  { term: "damn" },
  { term: "crap" },
  { term: "borked", replacement: "broken" },
  { term: "wtf" },
  { term: "hell of a", replacement: "very difficult" },
  { term: "bloody", replacement: "" },
  { term: "pissed off", replacement: "angry" },
  { term: "freaking", replacement: "" },
  { term: "ffs" },
];

/** Greeting words too familiar for a letter; a quick fix puts "Dear" in their place. */
export const CASUAL_GREETINGS: readonly string[] = ["hey", "hiya", "yo", "sup"];

/** Words after a casual greeting that stand for "whoever reads this": the fix addresses the customer instead. */
export const VAGUE_ADDRESSEES: readonly string[] = ["there", "all", "everyone", "everybody", "guys", "folks", "friend", "friends", "team", "y'all"];

/**
 * Short words written in capitals only to shout them ("lost your progress AND your loot").
 * Longer all-caps words are shouting unless they are a known acronym; shorter ones not listed
 * here are taken for acronyms.
 */
export const SHOUTED_WORDS: ReadonlySet<string> = new Set(
  (
    "all am an and any are as at be been best big but by can did do does done down each ever few for free from get " +
    "got had has have he her him his how huge if in into is it its just last less let like lost love made make many " +
    "may me more most much must my new next no none nor not now of off oh old on once one only or our out over own " +
    "paid past plus real same see she so some soon sorry still such sure than thank that the their them then there " +
    "these they this those to too total twice two up very was way we well were what when where which while who why " +
    "will with won wont worst would wrong yes yet you your again above never every fully truly super extra final " +
    "right today days hours month times help stop wait wow omg lol oops hey huge zero mess fail epic crazy happy sad " +
    "angry great good bad worse night week"
  ).split(" "),
);
