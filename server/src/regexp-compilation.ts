import { setFlagsFromString } from "node:v8";

// V8 first runs a regular expression as bytecode and compiles it to machine code again once it
// is hot. The detectors' few large patterns made that double compilation cost over 200 ms on the
// first letter; compiled once, straight away, the first analysis is about four times faster and
// later ones are no slower (see npm run bench). Imported first by the server and the CLI.
setFlagsFromString("--no-regexp-tier-up");
