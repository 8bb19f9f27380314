/**
 * Where the receipt picture puts things, apart from the drawing so a test can
 * read the saved picture back against it. The 16 digits are four groups of
 * four, each centred in its own quarter of the width inside the margins: the
 * gaps between groups are fixed by the layout, not by the width of a space in
 * whatever font the phone has.
 */
const WIDTH = 720
const MARGIN = 40
const SLOT = (WIDTH - 2 * MARGIN) / 4

export const RECEIPT_LAYOUT = {
  width: WIDTH,
  height: 420,
  margin: MARGIN,
  code: {
    baseline: 210,
    size: 64,
    /** The x of each group's centre. */
    slots: [0, 1, 2, 3].map((i) => MARGIN + SLOT * (i + 0.5)),
    /** A group is at most this wide, leaving a clear gap to its neighbours. */
    groupWidth: SLOT - 28
  }
}
