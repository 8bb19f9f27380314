import sharp from 'sharp'

/** A saved picture's pixels, read back from the file the browser wrote. */
export interface Picture {
  width: number
  height: number
  /** The red, green and blue of one pixel. */
  at(x: number, y: number): [number, number, number]
}

export async function readPicture(file: string): Promise<Picture> {
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const at = (x: number, y: number): [number, number, number] => {
    const i = (y * info.width + x) * 3
    return [data[i], data[i + 1], data[i + 2]]
  }
  return { width: info.width, height: info.height, at }
}

/** Dark type on a light card. */
export const dark = ([r, g, b]: [number, number, number]): boolean => r + g + b < 3 * 128

/**
 * The runs of columns that hold ink between rows `top` and `bottom`, left to
 * right, as [first, last] column: in a line of digits, one run per digit.
 */
export function inkRuns(picture: Picture, top: number, bottom: number, isInk: (pixel: [number, number, number]) => boolean): [number, number][] {
  const runs: [number, number][] = []
  for (let x = 0; x < picture.width; x++) {
    let inked = false
    for (let y = top; y < bottom && !inked; y++) inked = isInk(picture.at(x, y))
    if (!inked) continue
    const last = runs[runs.length - 1]
    if (last && last[1] === x - 1) last[1] = x
    else runs.push([x, x])
  }
  return runs
}

/**
 * The rows in which something other than the row's background comes within
 * `edge` pixels of the left or right side: text running off the picture
 * shows up here. Full-width bands of colour are backgrounds, not ink.
 */
export function rowsTouchingTheSides(picture: Picture, edge: number): number[] {
  const rows: number[] = []
  const same = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) <= 8)
  for (let y = 0; y < picture.height; y++) {
    const background = picture.at(0, y)
    for (let x = 0; x < edge; x++) {
      if (!same(picture.at(x, y), background) || !same(picture.at(picture.width - 1 - x, y), background)) {
        rows.push(y)
        break
      }
    }
  }
  return rows
}
