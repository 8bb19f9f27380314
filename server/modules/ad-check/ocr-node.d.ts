/**
 * The part of @gutenye/ocr-node the photo process uses. The package ships
 * types, but only behind its `exports` map, which this project's `node`
 * module resolution does not read; its runtime is ES modules, loaded with
 * `import()` (compiled to `require`, which Node ≥ 20.19 allows for them).
 */
declare module '@gutenye/ocr-node' {
  export interface OcrLine {
    text: string
    /** The recogniser's mean confidence over the line's characters, 0 to 1. */
    mean: number
    box?: number[][]
  }
  export interface OcrOptions {
    onnxOptions?: { intraOpNumThreads?: number; interOpNumThreads?: number; enableCpuMemArena?: boolean }
  }
  export default class Ocr {
    static create(options?: OcrOptions): Promise<Ocr>
    /**
     * Typed as a path in the package; it hands the argument to sharp, which
     * takes an encoded picture in a Buffer just as well, so a photo never
     * needs to be written to a file.
     */
    detect(image: string | Buffer): Promise<OcrLine[]>
  }
}
