import type { Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// The starter articles and quiz items were fact-checked after towns had
// already been seeded, and seeding only fills an empty database, so a town
// running the app still shows the first wording, some of it wrong or harmful:
// that a contract for illegal fundraising is void and useless (since the 2020
// rules on private lending courts do not treat it as automatically void, and
// the contract and the IOU are what a resident reports and claims refunds
// with), that school fees are paid by the term (training institutions may not
// take more than 3 months or 60 lessons at once), that 以房养老 is itself a red
// flag, that insurers hold a 金融许可证, that a licence or a real business makes
// fundraising lawful, that petitioning is to be avoided, that finance leasing
// is only between firms, a year for the P2P clear-out nobody verified, an old
// bank deposit rate, and a claim about what the town's grid workers do.
// Illustrative stories set "镇上", "全镇" or in the reader's own village read,
// on a town's or village committee's screen, as scams that happened here; they
// move elsewhere, as 20261224T0900-illustrative-places did for case lessons.
//
// Each passage is replaced only in the item it belongs to, only where the
// exact old words still stand (every wording a town may have been seeded
// with), by the exact words the starter content now has; anything the office
// rewrote is left alone. The current revision's saved copy gets the same
// words, so the history shows the text residents see.

export interface Fix {
  id: string
  from: string
  to: string
}

const CONTRACT_NOW =
  '合同上写着“保本”也好，“到期双倍返还”也好，盖了多少个章也好，许诺的那些利息和回报都拿不到。合同、收据还是要收好，它们是报案和退钱时的凭证；钱能追回多少，要靠报案：有关部门查清案子、追回财产以后，按各人交的钱的比例退还。'

export const ARTICLE_FIXES: Fix[] = [
  // Contracts: not "void", and kept as evidence.
  {
    id: 'basics-losses-not-covered',
    from: '参与非法集资的损失要自己承担，合同不受法律保护，别指望“政府兜底”。追回来的钱往往又少又慢。',
    to: '参与非法集资的损失自己承担，合同上许诺的回报拿不到，别指望“政府兜底”。追回的钱按比例退，又少又慢。'
  },
  { id: 'basics-losses-not-covered', from: '## 合同不管用', to: '## 合同保不住许诺的回报' },
  {
    id: 'basics-losses-not-covered',
    from: '非法集资签的合同，在法律上是无效的。不管上面写着“保本”还是“到期双倍返还”，盖了多少个章，都不能照着合同要钱。',
    to: CONTRACT_NOW
  },
  {
    // The wording of 62c7c34..98e6734, before it said to keep the contract.
    id: 'basics-losses-not-covered',
    from: '合同上写着“保本”也好，“到期双倍返还”也好，盖了多少个章也好，许诺的那些利息和回报都拿不到。钱能追回多少，要靠报案：有关部门查清案子、追回财产以后，按各人交的钱的比例退还。',
    to: CONTRACT_NOW
  },
  {
    id: 'private-lending-high-interest',
    from: '一旦厂子出事、老板跑路，手里的借条可能就成了一张纸。',
    to: '一旦厂子出事、老板跑路，手里的借条可能就换不回钱了。'
  },
  // School fees: at most 3 months or 60 lessons at once.
  {
    id: 'education-training-shares',
    from: '正常给孩子报班，按学期交学费、签合同、要收据，这是消费。',
    to: '正常给孩子报班，交的是学费：签合同、要收据，这是消费。按现在的规定，校外培训机构一次收费不能超过 3 个月或者 60 课时，要您一次交一年、交几年的，本身就不对劲。'
  },
  {
    id: 'education-training-shares',
    from: '- 给孩子报班，按学期或者按课时交费，不一次交太多。',
    to: '- 给孩子报班，按月或者按课时交费，一次最多交 3 个月或 60 课时的钱。'
  },
  // Insurers hold a 保险许可证.
  {
    id: 'basics-check-licence',
    from: '银行、保险公司这类机构，都应当能在这里查到金融许可证。',
    to: '银行这类机构，能在这里查到“金融许可证”；保险公司领的是“保险许可证”，也在这个网站上查。'
  },
  // A licence or a real business is no shield: breaking the rules is 非法性 too.
  {
    id: 'basics-four-features',
    from: '**一是非法性。** 向老百姓吸收资金，得有国家金融管理部门发的许可。一般的公司、门店、合作社，营业执照上没有这项许可，就不能向大伙儿揽钱。',
    to: '**一是非法性。** 向老百姓吸收资金，得有国家金融管理部门发的许可，还得守金融管理规定。一般的公司、门店、合作社，营业执照上没有这项许可，就不能向大伙儿揽钱。要当心的是，有的公司执照是真的、门店也是真的，却拿这块正规牌子当外壳揽钱，照样是非法集资；有牌照的机构，超出许可的范围、违反规定揽钱，也一样。'
  },
  // Lawful petitioning is a right; blocking gates is not.
  {
    id: 'basics-already-paid',
    from: '着急、委屈，都能理解。可要是有人拉您去“组团上访”“堵门要钱”，说“闹一闹钱就来了”，千万别跟着去。这样要不回钱，还可能违法，把自己也搭进去。有诉求，就通过正当渠道反映。',
    to: '着急、委屈，都能理解。有诉求，可以依法信访，也可以向处置非法集资的部门、派出所反映，这是您的权利。可要是有人拉您去“堵门”“围堵”，说“闹一闹钱就来了”，千万别跟着去：扰乱秩序要不回钱，还可能违法，把自己也搭进去。'
  },
  // 以房养老 itself is a lawful insurance product; handing the money over is the flag.
  {
    id: 'housing-crowdfunding-build',
    from: '> [[以房养老|pension]]，把房子抵押出去拿一笔钱，交给我们投资，[[每月领一笔养老金|high_return]]，房子还归您住！',
    to:
      '> 以房养老，[[把房子抵押出去拿一笔钱，交给我们投资|pension]]，[[每月领一笔养老金|high_return]]，房子还归您住！\n\n' +
      '正规的“以房养老”，是保险公司经批准开办的住房反向抵押养老保险：由保险公司按月给您付养老金，不会让您把钱交给别的公司去“投资”。'
  },
  // Nobody checked that the town's grid workers search for such firms.
  {
    id: 'business-consulting-front',
    from: '镇里的网格员会排查这类公司，您看到可疑的门店，也可以告诉网格员。',
    to: '您看到可疑的门店，可以告诉村委会的网格员。'
  },
  // Stories set in the reader's own town or village.
  { id: 'business-consulting-front', from: '镇上商业街开了一家', to: '某地商业街上开了一家' },
  { id: 'business-consulting-seminar', from: '在镇上酒店办“理财知识讲座”', to: '在县城酒店办“理财知识讲座”' },
  { id: 'internal-fundraising-supplier', from: '镇上有家做家具的厂子', to: '某地有家做家具的厂子' },
  { id: 'internal-fundraising-workplace', from: '小赵在镇上一家公司上班', to: '小赵在某地一家公司上班' },
  { id: 'rebate-membership-card', from: '镇上新开了一家大超市', to: '某县城新开了一家大超市' },
  { id: 'rebate-shopping-full-refund', from: '镇上新开了一家店', to: '某地新开了一家店' },
  { id: 'wealth-investment-high-yield', from: '镇上新开了一家门脸', to: '某县城新开了一家门脸' },
  { id: 'private-lending-high-interest', from: '老板“月息三分”借遍全村，这钱别借', to: '老板挨家挨户借钱、许“月息三分”，这钱别借' },
  { id: 'private-lending-high-interest', from: '村东头开厂的王老板', to: '某村开厂的王老板' },
  { id: 'wealth-investment-online-platform', from: '村西的李婶', to: '某村的李婶' },
  { id: 'equity-original-shares', from: '村里的老周，接到', to: '某村的老周，接到' },
  { id: 'wealth-management-private-fund', from: '带着村里的刘阿姨', to: '带着某村的刘阿姨' }
]

export const QUIZ_FIXES: Fix[] = [
  {
    id: 'quiz-basics-losses-borne',
    from: '非法集资的合同不受法律保护，参与非法集资的损失由参与者自行承担；司法机关会依法追赃，但能追回多少很难说。',
    to: '参与非法集资的损失由参与者自行承担：签了合同，也拿不到上面许诺的利息和回报。钱要靠报案追回，有关部门追回财产后，按各人交的钱的比例退还，能退多少很难说。'
  },
  {
    // The first wording left out "or in breach of national financial rules".
    id: 'quiz-basics-four-features',
    from: '按照《防范和处置非法集资条例》第二条，没有国务院金融管理部门的许可、许诺还本付息或者给回报、向不特定的社会公众吸收资金，就是非法集资，宣传上常说成非法性、利诱性、社会性、公开性。',
    to: '没有许可（或者违反金融管理规定）、许诺回报、向社会上不特定的人收钱，三条都占就是非法集资（《防范和处置非法集资条例》第二条）；到处宣传（公开性）是它常见的样子。'
  },
  {
    id: 'quiz-project-equipment-leasing',
    from: '正规的融资租赁是租赁公司把设备租给用设备的企业，',
    to: '正规的融资租赁是租赁公司自己买下设备、租给用设备的人，'
  },
  { id: 'quiz-private-lending-p2p-app', from: '网络借贷（P2P）平台在2020年已经全部清退', to: '网络借贷（P2P）平台早已全部清退' },
  { id: 'quiz-wealth-investment-bank-deposit-notice', from: '整存整取一年：1.10%', to: '整存整取一年：0.95%' },
  // Stories set in the reader's own town or village.
  { id: 'quiz-education-kindergarten-partner', from: '要在镇上开第二家分园', to: '要在县城开第二家分园' },
  { id: 'quiz-village-coop-shares-dividend', from: '欢迎全镇村民入股', to: '欢迎周边各村村民入股' },
  { id: 'quiz-village-coop-shares-dividend', from: '合作社面向全镇村民招', to: '合作社面向周边各村的村民招' },
  { id: 'quiz-village-coop-deposits-rule', from: '村里的合作社说“把钱存到社里', to: '有个合作社说“把钱存到社里' },
  { id: 'quiz-village-coop-deposits-rule', from: '行，合作社是村里办的，肯定靠得住', to: '行，合作社是乡亲们自己办的，肯定靠得住' }
]

const ARTICLE_TEXTS = ['title', 'summary', 'body'] as const
const QUIZ_TEXTS = ['prompt', 'explanation'] as const
/** Quiz columns holding JSON (the advert and the options), fixed string by string. */
const QUIZ_JSON = ['advert', 'options'] as const

function fixer(fixes: Fix[], id: string): (text: string) => string {
  const mine = fixes.filter((f) => f.id === id)
  return (text) => mine.reduce((t, f) => t.split(f.from).join(f.to), text)
}

function fixStrings(value: unknown, fix: (text: string) => string): unknown {
  if (typeof value === 'string') return fix(value)
  if (Array.isArray(value)) return value.map((v) => fixStrings(v, fix))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fixStrings(v, fix)]))
  }
  return value
}

/** Fixes the strings inside a JSON text; text that does not parse is left as it is. */
function fixJson(text: string | null, fix: (text: string) => string): string | null {
  if (text === null) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return text
  }
  const next = JSON.stringify(fixStrings(parsed, fix))
  return next === JSON.stringify(parsed) ? text : next
}

async function fixSavedCopy(db: Kysely<any>, type: 'article' | 'quiz', id: string, revision: number, fix: (text: string) => string): Promise<void> {
  const saved = await db.selectFrom('content_revisions').select(['id', 'data']).where('item_type', '=', type).where('item_id', '=', id).where('revision', '=', revision).executeTakeFirst()
  if (!saved) return
  const data = fixJson(saved.data as string, fix)
  if (data !== saved.data) await db.updateTable('content_revisions').set({ data }).where('id', '=', saved.id).execute()
}

export async function up(db: Kysely<any>): Promise<void> {
  const articleIds = [...new Set(ARTICLE_FIXES.map((f) => f.id))]
  const articles = await db
    .selectFrom('articles')
    .select(['id', 'revision', ...ARTICLE_TEXTS])
    .where('id', 'in', articleIds)
    .execute()
  for (const row of articles) {
    const fix = fixer(ARTICLE_FIXES, row.id)
    const next = Object.fromEntries(ARTICLE_TEXTS.map((k) => [k, fix(row[k] as string)]))
    if (ARTICLE_TEXTS.every((k) => next[k] === row[k])) continue
    await db.updateTable('articles').set(next).where('id', '=', row.id).execute()
    await fixSavedCopy(db, 'article', row.id, row.revision, fix)
  }

  const quizIds = [...new Set(QUIZ_FIXES.map((f) => f.id))]
  const items = await db
    .selectFrom('quiz_items')
    .select(['id', 'revision', ...QUIZ_TEXTS, ...QUIZ_JSON])
    .where('id', 'in', quizIds)
    .execute()
  for (const row of items) {
    const fix = fixer(QUIZ_FIXES, row.id)
    const next: Record<string, string | null> = {
      ...Object.fromEntries(QUIZ_TEXTS.map((k) => [k, fix(row[k] as string)])),
      ...Object.fromEntries(QUIZ_JSON.map((k) => [k, fixJson(row[k] as string | null, fix)]))
    }
    if ([...QUIZ_TEXTS, ...QUIZ_JSON].every((k) => next[k] === row[k])) continue
    await db.updateTable('quiz_items').set(next).where('id', '=', row.id).execute()
    await fixSavedCopy(db, 'quiz', row.id, row.revision, fix)
  }
}

// The old words were wrong, so there is nothing to put back.
export async function down(): Promise<void> {}
