// src/core runs on the phone, in the browser and on the server. Of what those
// hosts add to JavaScript it uses only this timer, which all three have.
declare function setTimeout(callback: (value?: unknown) => void, ms?: number): unknown
