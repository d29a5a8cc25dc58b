// Imported first by main.ts, before anything loads the `debug` package (it reads DEBUG_* once).
// bpmn-elements makes a `debug` logger for every element of every engine it builds (one or more
// per step), and each asks whether stderr is a terminal, a syscall, unless DEBUG_COLORS answers.
process.env['DEBUG_COLORS'] ??= 'no';
