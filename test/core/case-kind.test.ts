import { caseHeadline, caseKindLabel, originProblems, placeProblems } from '../../src/core/case-kind'

describe('case kind', () => {
  it('shows an illustrative case as one and a real one as real', () => {
    expect(caseKindLabel('illustrative')).toBe('情景案例，根据常见案情编写')
    expect(caseKindLabel('real')).toBe('真实案例')
  })

  it('carries the kind with the title where a case travels alone (a shared link, the banner)', () => {
    expect(caseHeadline({ kind: 'illustrative', title: '老刘的十二万没了' })).toBe('以案说法（情景案例）：老刘的十二万没了')
    expect(caseHeadline({ kind: 'real', title: '某区法院审结一起养老诈骗案' })).toBe('以案说法（真实案例）：某区法院审结一起养老诈骗案')
  })

  it('asks a real case for its public source and address, and an illustrative case for neither', () => {
    expect(originProblems({ kind: 'real', source: '某某区人民法院', sourceUrl: 'https://court.example.cn/a/1' })).toEqual([])
    expect(originProblems({ kind: 'real', source: '', sourceUrl: '' })).toHaveLength(2)
    expect(originProblems({ kind: 'real', source: '某某日报', sourceUrl: 'court.example.cn' })[0]).toContain('网址')
    expect(originProblems({ kind: 'illustrative', source: '', sourceUrl: '' })).toEqual([])
    expect(originProblems({ kind: 'illustrative', source: '某某日报', sourceUrl: '' })[0]).toContain('真实案例')
  })

  it('finds the town, its short name, "本镇" and the villages in an illustrative story', () => {
    const town = { name: '辛口镇', villages: ['大沙窝村', '王'] }
    expect(placeProblems(['某县农村的老刘（化名）在集上领到一张传单。', '同村的张婶也交了钱。'], town)).toEqual([])
    const [problem] = placeProblems(['本镇某村的老刘', '他在辛口集上', '大沙窝村的乡亲'], town)
    expect(problem).toContain('“本镇”')
    expect(problem).toContain('“辛口”')
    expect(problem).toContain('“大沙窝村”')
    // A one-character village name would match everywhere: such names are skipped.
    expect(problem).not.toContain('“王”')
  })

  it('finds "this town" and "our village" in a town whose villages are not listed yet', () => {
    const town = { name: '辛口镇', villages: [] }
    const [problem] = placeProblems(['镇上新开了一家超市', '村里的老周', '村东头的王老板', '连别的镇的家长'], town, 'story')
    expect(problem).toMatch(/^编写的故事不能发生在“镇上”、“别的镇”、“村里”、“村东头”/)
    expect(placeProblems(['某县城新开了一家超市', '同村的老周', '村口贴了张通知', '村民微信群里'], town, 'story')).toEqual([])
    // Either end of a village and "the whole town" read as here too; 农村 and a region's name do not.
    for (const here of ['村西的李婶', '住在村北边的老赵', '欢迎全镇村民入股']) expect(placeProblems([here], town, 'story')).toHaveLength(1)
    expect(placeProblems(['农村西部的一个县', '某村南面的山坡上'], town, 'story')).toEqual([])
  })
})
