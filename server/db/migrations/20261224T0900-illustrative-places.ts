import type { Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// The first starter case lessons were made up but set their crimes, and the
// prosecutions that ended them, in "本镇某村" or "本镇某社区", and three said
// "村里": on a village committee's screen they read as crimes that happened
// here. A database seeded then still shows them. The words are replaced in
// every illustrative case where they still stand, exactly as the starter
// content now says them, whether or not the office has edited other words;
// a real case (with its public source) names its real place and is left alone.
// The current revision's saved copy gets the same words, so the history shows
// the text residents see.
const PLACES: [string, string][] = [
  ['本镇某村的李大哥', '某县农村的李大哥'],
  ['本镇某村的老刘', '某县农村的老刘'],
  ['本镇某村的钱老板', '某县一个村子里的钱老板'],
  ['本镇某村的高某', '某地一个村子里的高某'],
  ['本镇某社区门口', '某地一个小区门口'],
  ['在村里很有面子', '在当地很有面子'],
  ['村里人一看利息', '同村人一看利息'],
  ['在村里算个能人', '在当地算个能人'],
  ['连村里最谨慎的', '连同村最谨慎的'],
  ['村里的“互助社”收存款', '某村“互助社”收存款'],
  ['村里能人挂牌办', '某村能人挂牌办'],
  ['村里的“互助社”说存钱', '有个“互助社”说存钱'],
  // Anything else the first wording left: the place the README asks for.
  ['本镇某村', '某县农村'],
  ['本镇某社区', '某地一个小区']
]

const TEXTS = ['title', 'summary', 'story', 'outcome', 'lesson', 'question'] as const

function moved(text: string): string {
  return PLACES.reduce((t, [from, to]) => t.split(from).join(to), text)
}

export async function up(db: Kysely<any>): Promise<void> {
  const rows = await db
    .selectFrom('case_lessons')
    .select(['id', 'revision', ...TEXTS])
    .where('kind', '=', 'illustrative')
    .execute()
  for (const row of rows) {
    const next = Object.fromEntries(TEXTS.map((k) => [k, moved(row[k] as string)]))
    if (TEXTS.every((k) => next[k] === row[k])) continue
    await db.updateTable('case_lessons').set(next).where('id', '=', row.id).execute()
    const saved = await db.selectFrom('content_revisions').select(['id', 'data']).where('item_type', '=', 'case').where('item_id', '=', row.id).where('revision', '=', row.revision).executeTakeFirst()
    if (saved && moved(saved.data as string) !== saved.data) {
      await db
        .updateTable('content_revisions')
        .set({ data: moved(saved.data as string) })
        .where('id', '=', saved.id)
        .execute()
    }
  }
}

// The old words were never facts, so there is nothing to put back.
export async function down(): Promise<void> {}
