// Entry of a synthesis worker thread: the TypeScript sources run through tsx, as in bin/rcc.js.
require("tsx/cjs/api").register();
require("./synth-worker.ts");
