// The client build has no Node: `process.env.X` is text that Taro's build
// replaces with the value (global.d.ts lists the names), not a process object.
declare const process: { readonly env: NodeJS.ProcessEnv }
