"""Builds the labelled content-check corpus: ``pages/*.html`` and ``labels.toml``.

Run ``python tests/rules/corpus/build_corpus.py`` from the repository root.  The
output is deterministic (fixed seeds, no clock): the committed pages must be
exactly what this script writes, so edit the script, never the pages.

Every page is fictional: made-up people, made-up (but check-digit-valid where
the label says so) identity, mobile and card numbers, made-up spam domains.
The text was written for this corpus; no real web page was copied.

The script writes pages of six CMS styles (TRS 信息公开, 大汉 JCMS, an old ASP
system, 国泰新点, 博达 VSB and a newer 集约化 platform), each with the frame
traps of a real portal (hidden drop-down menus, skip links, hidden tabs of
links to other .gov.cn sites, an analytics script, a mobile redirect).

Labels: one ``[[pages.expect]]`` per planted problem instance; optional
``[[pages.optional]]`` entries name texts a checker may report or not without
penalty (anchor texts of hidden spam links, for instance).  See README.md.
"""
from __future__ import annotations

import datetime as dt
import html
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES_DIR = HERE / "pages"
LABELS = HERE / "labels.toml"

SITE_REGION = "江西省赣州市定南县"
OWN_HOST = "www.dingnan.gov.cn"
ALLOWED_REGIONS = ["龙南市", "全南县", "安远县", "寻乌县"]
CATEGORIES = ("spam", "sensitive", "hidden_link", "expression", "typo", "wrong_region", "privacy")
VARIANTS = ("fullwidth", "traditional", "spaced", "symbols", "mixed", "zero_width")

esc = html.escape

# ---------------------------------------------------------------------------
# numbers: identity cards (GB 11643, ISO 7064 MOD 11-2), mobiles, bank cards


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check(body17: str) -> str:
    return _ID_CHECK[sum(int(c) * w for c, w in zip(body17, _ID_WEIGHTS)) % 11]


def id_valid(number: str) -> bool:
    return (len(number) == 18 and number[:17].isdigit()
            and id_check(number[:17]) == number[17].upper())


def make_id(rng: random.Random, born: tuple[int, int], region: str = "360728",
            sex: str | None = None) -> str:
    """A check-digit-valid citizen number born between the two years."""
    year = rng.randint(*born)
    day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    seq = rng.randint(0, 99)
    last = rng.randint(0, 9)
    if sex == "m" and last % 2 == 0:
        last = (last + 1) % 10
    if sex == "f" and last % 2 == 1:
        last = (last + 1) % 10
    body = f"{region}{day:%Y%m%d}{seq:02d}{last}"
    return body + id_check(body)


def make_bad_id(rng: random.Random, born: tuple[int, int], region: str = "360728") -> str:
    """Looks like a citizen number but the check digit is wrong."""
    good = make_id(rng, born, region)
    wrong = [c for c in "0123456789X" if c != good[-1]]
    return good[:17] + rng.choice(wrong[:10])


def mask_id(number: str, style: int = 0) -> str:
    if style == 0:
        return number[:4] + "*" * 10 + number[-4:]
    if style == 1:
        return number[:6] + "********" + number[-4:]
    return number[:3] + "*" * 12 + number[-3:]


def luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError(body)


def make_card(rng: random.Random, prefix: str, length: int = 19) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    return body + luhn_digit(body)


def make_bad_card(rng: random.Random, prefix: str, length: int = 19) -> str:
    good = make_card(rng, prefix, length)
    return good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)


MOBILE_PREFIXES = ["139", "138", "137", "135", "136", "150", "151", "152", "157", "158", "159", "182",
                   "183", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153",
                   "180", "181", "189", "177", "199", "191", "178", "198", "166", "176", "173"]


def make_mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))


def mask_mobile(number: str) -> str:
    return number[:3] + "****" + number[-4:]


# ---------------------------------------------------------------------------
# people and places (made up, apart from the county's real townships)

SURNAMES = ("钟 刘 陈 黄 廖 曾 赖 李 王 张 谢 罗 邱 叶 吴 朱 郭 肖 何 林 胡 温 蓝 严 彭 卢 袁 邓 徐 骆 "
            "杨 方 丁 魏 余 潘 周 唐 许 欧阳 赵 孙 龚 雷 蔡 郑 巫 凌 古 缪").split()
GIVEN = ("建华 志强 小燕 秀英 桂兰 国平 海军 晓东 丽萍 春生 冬梅 永红 金凤 德明 文辉 玉珍 佳怡 子涵 俊杰 "
         "思远 梓轩 雨欣 瑞霖 宏伟 振华 翠英 新民 水生 石保 福清 家兴 月娥 淑芬 桂香 远航 明辉 宇航 "
         "嘉豪 诗琪 欣怡 美玲 伟东 荣发 长青 光明 玉兰 爱华 春秀 福生 长生 兰英 秋菊 冬生 德兴 庆华 "
         "晓兰 志华 红梅 立新 海燕 建国 银花 财旺 国庆 小军 丽华 振兴 浩然 一鸣 思琪 雅婷 家乐 梓涵").split()
# never generate names that collide with national leaders or with labelled terms
_BLOCKED_NAMES = {"李强", "王沪宁", "赵乐际", "蔡奇", "丁薛祥", "李希", "韩正", "习近平"}


def person(rng: random.Random) -> str:
    while True:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if name not in _BLOCKED_NAMES:
            return name


def mask_name(name: str) -> str:
    return name[0] + "*" + name[2:] if len(name) > 2 else name[0] + "*"


TOWNS = ["历市镇", "岿美山镇", "老城镇", "天九镇", "龙塘镇", "鹅公镇", "岭北镇"]
VILLAGES = {
    "历市镇": ["车步村", "修建村", "中沙村", "胜前村", "富田村", "太公村", "水西社区", "兴隆社区"],
    "岿美山镇": ["三亨村", "左拔村", "杨眉村", "东岭村", "岿美山社区"],
    "老城镇": ["城南村", "老城村", "黄砂口村", "沙头村", "坪岗村"],
    "天九镇": ["天九村", "九曲村", "东坑村", "大岭村", "新园村"],
    "龙塘镇": ["龙塘村", "长富村", "忠诚村", "洪洲村", "细坳村"],
    "鹅公镇": ["鹅公村", "大丘田村", "高湖村", "新田村", "汶口村"],
    "岭北镇": ["大布村", "扬眉村", "龙头村", "迳脑村", "岭北村"],
}
UNITS = ["县林业局", "县农业农村局", "县水利局", "县应急管理局", "县市场监督管理局", "县医疗保障局",
         "县民政局", "县教育科技体育局", "县人力资源和社会保障局", "县自然资源局", "县住房和城乡建设局",
         "县交通运输局", "县卫生健康委员会", "县行政审批局", "县商务局", "县司法局", "县财政局",
         "县城市管理局", "县退役军人事务局", "县统计局", "县文化广电新闻出版旅游局", "县发展和改革委员会",
         "县工业和信息化局", "县公安局", "县审计局"]
# county leaders of the fictional portal (name, post)
LEADERS = [("钟立华", "县委书记"), ("刘振东", "县委副书记、县长"), ("赖志明", "县委常委、常务副县长"),
           ("陈晓燕", "副县长"), ("廖春生", "副县长"), ("黄国平", "县委常委、宣传部部长")]


def fill(text: str, rng: random.Random, **known: str) -> str:
    """Replace {placeholders} with random but plausible values."""
    def value(match: re.Match[str]) -> str:
        key = match.group(1)
        if key in known:
            return known[key]
        if key == "town":
            return rng.choice(TOWNS)
        if key == "village":
            return rng.choice(VILLAGES[known.get("town") or rng.choice(TOWNS)])
        if key == "unit":
            return rng.choice(UNITS)
        if key == "person":
            return person(rng)
        if key == "leader":
            name, post = rng.choice(LEADERS[2:])
            return f"{post}{name}"
        if key.startswith("n"):  # {n2} .. {n5}: a number with that many digits at most
            width = int(key[1:] or 2)
            return str(rng.randint(2, 10 ** width - 1))
        if key == "pct":
            return f"{rng.randint(850, 999) / 10:.1f}"
        if key == "money":
            return f"{rng.randint(12, 9800) / 10:.1f}"
        if key == "month":
            return str(rng.randint(1, 12))
        if key == "day":
            return str(rng.randint(1, 28))
        raise KeyError(key)
    return re.sub(r"\{(\w+)\}", value, text)


# ---------------------------------------------------------------------------
# ordinary text: paragraphs per topic (all clean; planted problems and traps
# are added by the page builders below)

TOPICS: dict[str, dict[str, list[str] | str]] = {
    "森林防火": {
        "unit": "县林业局",
        "paras": [
            "当前正值森林防火高火险期，{unit}召开专题会议，对全县森林防火工作进行再动员、再部署，要求各乡镇、各有关单位时刻绷紧森林防火这根弦，严防死守，确保不发生重特大森林火灾。",
            "会议指出，今年以来全县降雨偏少、气温偏高，林区可燃物载量大，祭祀用火、农事用火和野外吸烟等火源管控难度加大，森林防火形势严峻复杂。",
            "会议要求，要压紧压实林长制责任，县、乡、村三级林长要定期巡林，护林员要做到“林子有人看、火源有人管、责任有人担”，对重点时段、重点区域实行网格化管控。",
            "要强化野外火源管控，在进山路口设立检查卡点{n2}个，安排专人值守，劝导进山人员不携带火种进山，对违规用火行为依法严肃查处。",
            "要加强宣传教育，通过村村响广播、宣传车巡回播放、悬挂横幅、发放《致林区群众的一封信》等方式，营造“森林防火、人人有责”的浓厚氛围。截至目前，共发放宣传资料{n4}份，张贴标语{n3}条。",
            "要做好扑火准备，各乡镇半专业扑火队要集中备勤，检修风力灭火机、二号工具等扑火装备，确保一旦发生火情能够“打早、打小、打了”。",
            "{town}组织干部职工深入{village}开展森林防火入户宣传，逐户讲解野外用火的法律责任，提醒群众文明祭祀、安全用火，并与林区农户签订森林防火承诺书{n3}份。",
            "县森林消防专业队开展了扑火实战演练，模拟山林起火后的火情报告、人员集结、装备调配、分组扑救和清理火场等环节，进一步提升了队伍的快速反应能力和协同作战能力。",
            "下一步，{unit}将持续加强督导检查，对工作不力、措施不落实导致发生森林火灾的，依纪依规严肃追责问责。",
        ],
    },
    "高标准农田": {
        "unit": "县农业农村局",
        "paras": [
            "{year}年，我县高标准农田建设任务为{n4}亩，涉及{town}、{town}等乡镇，项目总投资{money}万元，主要建设内容包括土地平整、灌溉排水、田间道路和农田防护等工程。",
            "为确保项目建设质量，{unit}实行“一项目一专班”工作机制，技术人员每天驻守施工现场，对沟渠浇筑、机耕道铺设等关键工序实行旁站监督，发现问题当场整改。",
            "项目建设坚持群众参与，在规划设计阶段即组织村民代表召开座谈会，充分听取群众对渠系走向、道路宽度等方面的意见建议，让农田建设真正符合群众需求。",
            "项目建成后，预计可新增和改善灌溉面积{n4}亩，亩均节本增效{n3}元以上，为保障粮食安全和促进农民增收打下坚实基础。",
            "{town}{village}种粮大户{person}说：“以前田块小、路不通，机械下不了田，现在田连成片、路通到田头，插秧收割都用上了机器，一季能省下不少人工。”",
            "下一步，我县将严格落实高标准农田建后管护责任，明确管护主体和管护经费，确保工程长期发挥效益，坚决防止“重建轻管”。",
        ],
    },
    "防止返贫": {
        "unit": "县农业农村局",
        "paras": [
            "为巩固拓展脱贫攻坚成果，我县在全县范围内开展防止返贫集中排查，组织乡村干部、驻村工作队员和网格员逐户走访，重点排查因病、因灾、因意外事故等导致基本生活出现困难的农户。",
            "排查中坚持“应纳尽纳、应帮尽帮”，对排查发现的风险户，及时按程序纳入监测对象，落实针对性帮扶措施，做到早发现、早干预、早帮扶。",
            "截至{month}月底，全县累计识别纳入监测对象{n3}户{n4}人，其中已消除风险{n3}户，消除风险比例达{pct}%。",
            "在产业帮扶方面，我县因地制宜发展脐橙、蔬菜、油茶等特色产业，通过“龙头企业+合作社+农户”模式，带动脱贫户和监测户稳定增收。",
            "在就业帮扶方面，我县依托帮扶车间、公益性岗位和劳务协作，多渠道促进脱贫劳动力就业，今年以来全县脱贫人口务工规模稳定在{n4}人以上。",
            "{town}建立“一户一策”帮扶台账，由帮扶干部每月至少走访一次，及时掌握农户生产生活情况，帮助解决实际困难。",
        ],
    },
    "河长制": {
        "unit": "县水利局",
        "paras": [
            "我县全面落实河长制湖长制，县、乡、村三级河湖长{n3}名，全县{n2}条河流、{n2}座水库全部纳入河长制管理范围。",
            "今年以来，各级河长累计巡河{n4}人次，发现并整改问题{n3}个，河湖面貌持续改善，县城饮用水水源地水质达标率保持100%。",
            "{unit}联合县生态环境部门开展“清四乱”专项行动，重点清理河道内乱占、乱采、乱堆、乱建问题，共清理河道垃圾{n3}吨，拆除河道违章建筑{n2}处。",
            "{town}组织保洁员对{village}段河道开展集中清漂，打捞水面漂浮物，清理岸边杂草，河道环境焕然一新。",
            "下一步，我县将持续推进幸福河湖建设，加强水土流失治理和小流域综合整治，努力实现“河畅、水清、岸绿、景美”。",
        ],
    },
    "安全生产": {
        "unit": "县应急管理局",
        "paras": [
            "为切实防范化解重大安全风险，{unit}组织开展安全生产大检查，由县领导带队，分{n2}个检查组深入非煤矿山、危险化学品、建筑施工、道路交通、消防等重点行业领域开展检查。",
            "检查组采取“四不两直”方式，重点检查企业安全生产主体责任落实、隐患排查治理、应急预案演练和从业人员教育培训等情况，对发现的问题隐患当场反馈、督促整改。",
            "此次检查共检查企业{n3}家，发现一般隐患{n3}条，已整改{n3}条，其余隐患已明确整改责任人、整改措施和整改时限。",
            "检查组强调，企业主要负责人是安全生产第一责任人，要牢固树立安全发展理念，坚持“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”，把安全生产责任落实到每个岗位、每名员工。",
            "在燃气安全方面，我县对城区餐饮场所开展拉网式排查，督促经营单位规范安装可燃气体报警装置，更换老化胶管，全面消除燃气使用安全隐患。",
            "下一步，{unit}将持续开展“打非治违”行动，对检查中发现的重大隐患挂牌督办，对拒不整改的依法依规从严处罚，坚决遏制各类生产安全事故发生。",
        ],
    },
    "食品安全": {
        "unit": "县市场监督管理局",
        "paras": [
            "为保障广大师生饮食安全，{unit}在秋季开学前对全县中小学校、幼儿园食堂及校园周边食品经营单位开展专项检查。",
            "执法人员重点检查了食堂从业人员健康证明、原料采购索证索票、食品贮存、加工制作、餐饮具清洗消毒和食品留样等情况，并对学校食品安全管理人员进行了现场培训。",
            "本次检查共出动执法人员{n3}人次，检查学校食堂{n2}家、校园周边食品经营户{n3}家，下达责令改正通知书{n2}份。",
            "{unit}还组织开展了食品安全抽检工作，今年以来共完成食品抽检{n3}批次，涵盖粮食加工品、食用油、肉制品、蔬菜水果等品类，抽检结果均已按规定向社会公开。",
            "下一步，{unit}将持续加强食品安全日常监管，压实学校食品安全校长（园长）负责制，确保师生“舌尖上的安全”。",
        ],
    },
    "医保": {
        "unit": "县医疗保障局",
        "paras": [
            "{year}年度城乡居民基本医疗保险集中参保缴费工作已经启动，个人缴费标准为每人每年{n3}元，参保群众可通过“赣服通”、微信、银行网点和村级代办点等渠道缴费。",
            "特困人员、低保对象、返贫致贫人口等困难群众参加居民医保的个人缴费部分，按规定给予全额或定额资助。",
            "参保群众在县内定点医疗机构住院，政策范围内费用按规定比例报销；经备案的异地就医人员可在就医地直接结算，无需垫付资金后回参保地报销。",
            "{unit}提醒广大群众，医保基金是群众的“看病钱”“救命钱”，对欺诈骗取医保基金的行为，欢迎广大群众积极举报，经查实的按规定给予奖励。",
            "为方便群众办事，县医保服务大厅推行“一窗通办”，异地就医备案、门诊慢特病申请等高频事项实现线上办理、即时办结。",
        ],
    },
    "学生资助": {
        "unit": "县教育科技体育局",
        "paras": [
            "为确保家庭经济困难学生不因家庭经济困难而失学，{unit}全面落实从学前教育到高等教育各学段学生资助政策，做到应助尽助。",
            "{year}年秋季学期，全县共资助各学段家庭经济困难学生{n4}人次，发放资助资金{money}万元，其中义务教育阶段家庭经济困难寄宿生生活费补助{n4}人次。",
            "生源地信用助学贷款受理期间，县学生资助管理中心实行延时服务，共为{n3}名大学新生及在校大学生办理贷款手续，贷款金额{money}万元。",
            "学生资助工作坚持公开公平公正，资助对象由学生本人申请、学校评议、公示无异议后确定，资助资金通过学生或监护人银行卡发放，严禁以现金形式发放。",
            "{unit}还通过致家长一封信、主题班会等形式加强资助政策宣传，并提醒广大家长和学生谨防以发放助学金为名的电信网络诈骗。",
        ],
    },
    "养老保险": {
        "unit": "县人力资源和社会保障局",
        "paras": [
            "城乡居民基本养老保险实行个人缴费、集体补助、政府补贴相结合的筹资方式，缴费档次分为每年{n3}元至{n4}元不等，参保人自主选择缴费档次，多缴多得。",
            "年满60周岁、累计缴费满15年的参保人员，可按月领取城乡居民养老保险待遇。待遇领取人员应按规定每年进行一次待遇领取资格认证。",
            "为方便群众，资格认证可通过手机“赣服通”或“掌上12333”人脸识别完成，行动不便的老人可由村（社区）协办员提供上门服务。",
            "截至目前，全县城乡居民养老保险参保人数{n5}人，按月领取待遇人数{n5}人，基础养老金按时足额发放。",
        ],
    },
    "营商环境": {
        "unit": "县行政审批局",
        "paras": [
            "我县持续深化“放管服”改革，聚焦企业和群众办事的堵点难点，推出“一件事一次办”主题套餐服务{n2}项，办事环节平均压减{n2}%以上。",
            "县政务服务中心设立“办不成事”反映窗口，由专人受理企业和群众在办事过程中遇到的难题，实行“一事一台账”跟踪督办。",
            "我县推行帮办代办服务，组建项目帮代办专班，为重点项目提供从立项到竣工验收全流程免费帮办服务，今年以来共帮办项目{n2}个。",
            "在企业开办方面，实现营业执照、公章刻制、涉税事项、社保登记等一窗受理、并联办理，企业开办时间压缩至半个工作日以内。",
            "“赣服通”定南分厅上线高频服务事项{n3}项，群众足不出户即可办理社保查询、不动产登记查询、公积金提取等事项。",
        ],
    },
    "招商": {
        "unit": "县商务局",
        "paras": [
            "我县主动融入粤港澳大湾区，充分发挥赣深高铁开通带来的区位优势，瞄准电子信息、新型材料、食品加工等主导产业开展精准招商。",
            "今年以来，全县共签约项目{n2}个，签约总金额{money}亿元，其中亿元以上项目{n2}个，新开工项目{n2}个，新投产项目{n2}个。",
            "{leader}带队赴深圳市、东莞市开展招商推介活动，走访了多家电子信息和智能制造企业，详细介绍了我县的区位交通、产业基础、要素保障和营商环境。",
            "在定南（深圳）招商推介会上，我县与{n2}家企业现场签约，签约项目涵盖电子元器件、精密模具、绿色食品等领域。",
            "县工业园区加快标准厂房建设，已建成标准厂房{n2}万平方米，可满足项目“拎包入住”需求，并推行“拿地即开工”审批模式。",
        ],
    },
    "脐橙": {
        "unit": "县果茶产业发展服务中心",
        "paras": [
            "脐橙产业是我县农业主导产业之一。近年来，我县坚持“防控黄龙病、恢复发展脐橙产业”工作思路，推广无病毒容器苗种植，建设标准化示范果园。",
            "县果茶中心组织技术人员深入{town}果园开展技术指导，现场讲解春季修剪、水肥管理和木虱防控等关键技术，发放技术资料{n3}份。",
            "{town}{village}果农{person}种植脐橙{n2}亩，他说：“按照技术员教的方法管果园，果子品质好了，客商直接上门收购，不愁卖。”",
            "目前，全县脐橙种植面积达{n2}万亩，通过电商直播、产地直供等方式拓宽销售渠道，“定南脐橙”品牌影响力持续提升。",
        ],
    },
    "人居环境": {
        "unit": "县农业农村局",
        "paras": [
            "{town}持续推进农村人居环境整治提升，组织干部群众对村庄房前屋后、河塘沟渠、公路沿线开展集中清理，累计清理生活垃圾{n3}吨，拆除危旧空心房{n2}栋。",
            "{village}推行“红黑榜”评比制度，每月组织村民代表对各户环境卫生进行评比，评比结果在村务公开栏公布，有效激发了群众参与整治的积极性。",
            "在农村厕所革命方面，{town}按照“先建后补、以奖代补”的方式推进户厕改造，今年以来完成改厕{n3}户，并同步建立了粪污收运和管护机制。",
            "整治过程中，{town}注重发挥党员干部示范带头作用，组织党员志愿者、巾帼志愿者走村入户，宣传环境卫生知识，引导群众养成良好卫生习惯。",
            "下一步，{town}将建立健全长效管护机制，推动村庄环境从“一时美”向“持久美”转变，助力宜居宜业和美乡村建设。",
        ],
    },
    "退役军人": {
        "unit": "县退役军人事务局",
        "paras": [
            "“八一”建军节前夕，{leader}带队走访慰问重点优抚对象和驻县部队官兵，送去节日的问候和慰问品。",
            "{unit}持续推进退役军人服务保障体系建设，县、乡、村三级退役军人服务站（中心）实现全覆盖，为退役军人提供政策咨询、就业创业、帮扶援助等服务。",
            "我县组织开展退役军人专场招聘会，{n2}家企业提供就业岗位{n3}个，现场达成就业意向{n2}人。",
            "{unit}联合县人社部门开展退役军人适应性培训和职业技能培训，帮助退役军人尽快适应地方生活、提升就业能力。",
        ],
    },
    "政务公开": {
        "unit": "县人民政府办公室",
        "paras": [
            "为进一步提升政务公开质量，县政府办公室组织召开全县政务公开和政府网站工作培训会，各乡镇、县直各单位分管领导和信息员共{n3}人参加培训。",
            "培训会解读了政府信息公开条例和基层政务公开标准目录的有关要求，通报了近期政府网站常态化监测中发现的问题，并对信息发布“三审三校”制度进行了再强调。",
            "会议要求，各单位要严格落实信息发布审核制度，做到“先审后发、谁发布谁负责”，杜绝错别字、错误表述和隐私信息泄露等问题，确保政府网站内容准确规范。",
            "各单位要按时完成重点领域信息公开任务，对照标准目录梳理公开事项，及时更新栏目内容，坚决杜绝“空白栏目”和“僵尸栏目”。",
            "县政府办公室将定期开展政府网站和政务新媒体检查，检查结果纳入年度综合考核，对问题较多、整改不力的单位予以通报。",
        ],
    },
    "文明实践": {
        "unit": "县融媒体中心",
        "paras": [
            "{town}新时代文明实践所组织志愿者在{village}开展“送文化下乡”活动，通过采茶戏、快板、歌舞等群众喜闻乐见的形式，宣传党的政策和移风易俗新风尚。",
            "活动现场，志愿者还为村民提供义诊、理发、家电维修等便民服务，受到村民的一致好评。",
            "今年以来，全县各级新时代文明实践阵地累计开展志愿服务活动{n4}场次，参与志愿者{n4}人次，服务群众{n5}人次。",
            "{village}把新时代文明实践站建在群众家门口，设立“农家书屋”“道德讲堂”“百姓舞台”，让群众在家门口就能享受到丰富多彩的精神文化生活。",
        ],
    },
    "交通安全": {
        "unit": "县公安局交通管理大队",
        "paras": [
            "为预防和减少道路交通事故，县公安局交通管理大队在城区主要路口开展交通安全宣传和文明交通劝导，重点整治电动自行车驾乘人员不戴安全头盔、闯红灯、逆向行驶等交通违法行为。",
            "民警在城区各主要路口交通岗亭设立宣传点，向过往群众发放交通安全宣传资料，讲解“一盔一带”安全常识。",
            "交警大队还深入{town}{village}，利用赶集日开展农村道路交通安全宣传，提醒群众不乘坐无牌无证车辆、不乘坐超员车辆、不酒后驾驶。",
            "今年以来，全县共查处各类交通违法行为{n4}起，其中酒驾醉驾{n2}起，开展交通安全宣传进农村、进学校、进企业活动{n2}场次。",
        ],
    },
    "低保": {
        "unit": "县民政局",
        "paras": [
            "我县认真落实城乡最低生活保障制度，按照“按标施保、应保尽保”的原则，对家庭人均收入低于当地保障标准且家庭财产符合规定的困难群众，及时纳入保障范围。",
            "目前，我县城市低保标准为每人每月{n3}元，农村低保标准为每人每月{n3}元，全县共有城乡低保对象{n4}户{n4}人。",
            "低保审核确认坚持公开、公平、公正，申请家庭经入户调查、民主评议、乡镇审核和县民政局确认，并在村（居）务公开栏进行公示。",
            "{unit}开展低保专项治理，对“人情保”“关系保”和不符合条件人员违规享受低保等问题进行全面排查，发现问题立即整改。",
        ],
    },
    "稀土矿山修复": {
        "unit": "县自然资源局",
        "paras": [
            "岿美山镇是我县历史上稀土开采较为集中的区域，过去的粗放开采留下了大面积废弃矿山和水土流失问题。",
            "近年来，我县统筹推进废弃稀土矿山生态修复，采取“削坡整形、土壤改良、植被恢复、截排水沟建设”等综合措施，累计治理废弃矿山{n4}亩。",
            "修复后的矿区因地制宜发展油茶、光伏、果蔬等产业，实现了“废弃矿山”向“绿水青山”“金山银山”的转变。",
            "县自然资源局对修复项目实行全过程监管，定期开展植被成活率和水质监测，确保治理效果长期稳定。",
        ],
    },
}


# ---------------------------------------------------------------------------
# pages and labels


@dataclass
class Expect:
    category: str
    text: str
    variant: str = ""
    plain: str = ""          # evasion variants: the de-obfuscated simplified form


# the traditional characters used in the corpus's evasion variants
_TRAD = str.maketrans("門陽團體樂雲開發氣槍娛場官網譽線註類稅誠經營", "门阳团体乐云开发气枪娱场官网誉线注类税诚经营")


def plain_form(text: str) -> str:
    """NFKC, no spaces, zero-width characters or separator symbols, simplified characters."""
    text = unicodedata.normalize("NFKC", text).translate(_TRAD)
    return re.sub(r"[\s\u200b\u200c\u200d\u2060\ufeff*\-._|☆]+", "", text)


@dataclass
class Page:
    slug: str
    style: str                       # trs | jcms | asp | epoint | vsb | jiyue
    title: str
    when: dt.datetime
    trail: list[str]
    source: str
    blocks: list[tuple] = field(default_factory=list)
    clean: bool = True
    note: str = ""
    expects: list[Expect] = field(default_factory=list)
    optional: list[Expect] = field(default_factory=list)
    html_title: str = ""             # the <title>; default: the article title and the site
    head_extra: str = ""             # raw html at the end of <head>
    top_extra: str = ""              # raw html right after <body>
    after_body: str = ""             # raw html right after the article text
    foot_extra: str = ""             # raw html just before </body>
    attachments: list[tuple[str, str]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)   # 索引号, 文号, 主题分类, 成文日期
    national_meta: bool = True
    number: int = 0
    url: str = ""
    file: str = ""

    # -- labelling helpers
    def expect(self, category: str, text: str, variant: str = "") -> str:
        assert category in CATEGORIES, category
        assert not variant or variant in VARIANTS, variant
        self.expects.append(Expect(category, text, variant, plain_form(text) if variant else ""))
        self.clean = False
        return text

    def maybe(self, category: str, text: str) -> str:
        self.optional.append(Expect(category, text))
        return text

    # -- content helpers
    def p(self, *texts: str) -> "Page":
        self.blocks.extend(("p", t) for t in texts)
        return self

    def h(self, text: str) -> "Page":
        self.blocks.append(("h", text))
        return self

    def table(self, headers: list[str], rows: list[list[str]], caption: str = "") -> "Page":
        self.blocks.append(("table", headers, rows, caption))
        return self

    def raw(self, markup: str) -> "Page":
        self.blocks.append(("raw", markup))
        return self

    def sign(self, *lines: str) -> "Page":
        self.blocks.append(("sign", lines))
        return self


SITE = "定南县人民政府门户网站"
SITE_SHORT = "定南县人民政府"
SITE_ID = "3607290001"


def national_meta(page: Page) -> str:
    tags = [("SiteName", SITE_SHORT), ("SiteDomain", OWN_HOST), ("SiteIDCode", SITE_ID),
            ("ColumnName", page.trail[-1]), ("ColumnType", page.trail[-1]),
            ("ArticleTitle", page.title), ("PubDate", f"{page.when:%Y-%m-%d %H:%M}"),
            ("ContentSource", page.source)]
    return "\n".join(f'<meta name="{k}" content="{esc(v)}">' for k, v in tags)


def render_blocks(page: Page, para: str) -> str:
    """The article text; ``para`` is the paragraph markup of the CMS ("{}" = text)."""
    out = []
    for block in page.blocks:
        kind = block[0]
        if kind == "p":
            out.append(para.format(esc(block[1])))
        elif kind == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{esc(block[1])}</strong></p>')
        elif kind == "table":
            _, headers, rows, caption = block
            cap = f'<p style="text-align:center;"><strong>{esc(caption)}</strong></p>\n' if caption else ""
            head = "".join(f"<th>{esc(h)}</th>" for h in headers)
            body = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
            out.append(f'{cap}<table border="1" cellspacing="0" cellpadding="4" '
                       f'style="border-collapse:collapse;width:100%;">\n<tr>{head}</tr>\n{body}\n</table>')
        elif kind == "sign":
            out.append("\n".join(f'<p style="text-align:right;">{esc(line)}</p>' for line in block[1]))
        elif kind == "raw":
            out.append(block[1])
        else:
            raise ValueError(kind)
    return "\n".join(out)


def attachments_html(page: Page, lead: str = "附件：") -> str:
    if not page.attachments:
        return ""
    items = "".join(f'<li><a href="{esc(href)}" target="_blank">{esc(label)}</a></li>'
                    for label, href in page.attachments)
    return f'<div class="fujian"><span>{lead}</span><ul>{items}</ul></div>'


NAV = [("首页", "/", []),
       ("政务要闻", "/col/col3281/index.html", [("县内要闻", "/col/col3282/index.html"),
                                                ("部门动态", "/col/col3283/index.html"),
                                                ("乡镇动态", "/col/col3284/index.html")]),
       ("信息公开", "/xxgk/index.html", [("信息公开指南", "/xxgk/xxgkzn/index.html"),
                                        ("信息公开目录", "/xxgk/xxgkml/index.html"),
                                        ("信息公开年报", "/xxgk/xxgknb/index.html")]),
       ("政务服务", "/zwfw/index.html", [("办事指南", "/zwfw/bszn/index.html"),
                                        ("便民服务", "/zwfw/bmfw/index.html")]),
       ("互动交流", "/hdjl/index.html", [("县长信箱", "/hdjl/xzxx/index.html"),
                                        ("在线访谈", "/hdjl/zxft/index.html")]),
       ("走进定南", "/zjdn/index.html", [])]

GOV_SITES = [("中国政府网", "http://www.gov.cn/"), ("国家发展改革委", "https://www.ndrc.gov.cn/"),
             ("江西省人民政府", "http://www.jiangxi.gov.cn/"), ("赣州市人民政府", "https://www.ganzhou.gov.cn/"),
             ("龙南市人民政府", "http://www.jxln.gov.cn/"), ("全南县人民政府", "http://www.quannan.gov.cn/"),
             ("安远县人民政府", "http://www.ay.gov.cn/"), ("寻乌县人民政府", "http://www.xunwu.gov.cn/")]


def nav_dropdown(absolute: bool, hide: str) -> str:
    """Navigation with drop-down menus hidden until hover (a frame trap: internal links)."""
    base = f"http://{OWN_HOST}" if absolute else ""
    items = []
    for label, href, subs in NAV:
        sub = ""
        if subs:
            links = "".join(f'<li><a href="{base}{h}">{esc(l)}</a></li>' for l, h in subs)
            sub = (f'<ul class="subnav" style="display:none;">{links}</ul>' if hide == "inline"
                   else f'<ul class="subnav">{links}</ul>')
        items.append(f'<li class="navitem"><a href="{base}{href}">{esc(label)}</a>{sub}</li>')
    return f'<ul class="nav" id="nav">{"".join(items)}</ul>'


def gov_tabs() -> str:
    """Footer tabs of government-site links; the inactive ones hidden (frame trap)."""
    groups = [("国家部委网站", GOV_SITES[:2]), ("省市政府网站", GOV_SITES[2:4]), ("周边县市网站", GOV_SITES[4:])]
    on, off = ' class="on"', ' style="display:none"'
    heads = "".join(f'<li{on if i == 0 else ""}>{esc(name)}</li>' for i, (name, _) in enumerate(groups))
    bodies = "".join(
        f'<div class="tab-body"{"" if i == 0 else off}>'
        + "".join(f'<a href="{h}" target="_blank">{esc(l)}</a>' for l, h in sites) + "</div>"
        for i, (_, sites) in enumerate(groups))
    return f'<div class="links-tab"><ul class="tab-head">{heads}</ul>{bodies}</div>'


def footer(style: str) -> str:
    site_select = "".join(f'<option value="{h}">{esc(l)}</option>' for l, h in GOV_SITES)
    select = ('<select onchange="if(this.value!=\'\'){window.open(this.value);}">'
              f'<option value="">—— 政府网站 ——</option>{site_select}</select>')
    links = gov_tabs() if style in ("jcms", "jiyue", "vsb") else f'<div class="links">{select}</div>'
    return (f'<div class="footer">{links}\n'
            '<p><a href="/lxwm/index.html">联系我们</a> | <a href="/wzdt/index.html">网站地图</a> | '
            f'<a href="http://zfwzzc.www.gov.cn/check_web/errorInfo_querySearch.action?term={SITE_ID}" '
            'target="_blank">我为政府网站找错</a></p>\n'
            f'<p>主办：定南县人民政府办公室　承办：定南县融媒体中心　网站标识码：{SITE_ID}</p>\n'
            '<p><a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备05000000号-1</a>　'
            '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36072902000001" '
            'target="_blank">赣公网安备 36072902000001号</a></p>\n'
            '<p>地址：江西省赣州市定南县历市镇建设路　联系电话：0797-4282301</p>\n'
            '<p><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D4E5F6A7B" target="_blank">'
            '<img src="/images/dzjg.png" alt="党政机关"></a></p></div>')


BAIDU = ('<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");'
         'hm.src = "https://hm.baidu.com/hm.js?3b6a1f0c9d2e4a7b8c5d6e7f8a9b0c1d";'
         'var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>')
MOBILE_REDIRECT = ('<script type="text/javascript">if (/Android|webOS|iPhone|iPod|BlackBerry/i.test(navigator.userAgent)) '
                   '{ window.location.href = "http://m.dingnan.gov.cn" + window.location.pathname; }</script>')


def head(page: Page, style_css: str = "", charset_meta: str = "") -> str:
    title = page.html_title or f"{page.title}_{SITE_SHORT}"
    meta = national_meta(page) if page.national_meta else ""
    charset = charset_meta or '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    return (f"<head>\n{charset}\n<title>{esc(title)}</title>\n{meta}\n"
            '<meta name="keywords" content="定南县人民政府,定南">\n'
            '<link rel="stylesheet" type="text/css" href="/css/style.css">\n'
            f"{style_css}{page.head_extra}\n</head>")


def crumbs(trail: list[str], lead: str, sep: str) -> str:
    parts = []
    for i, label in enumerate(trail):
        href = "/" if i == 0 else f"/col/col{3300 + sum(map(ord, label)) % 600}/index.html"
        parts.append(f'<a href="{href}">{esc(label)}</a>')
    return f'<div class="position">{lead}{sep.join(parts)}</div>'


def xxgk_table(page: Page) -> str:
    m = page.meta
    rows = [("索引号", m.get("index_no", ""), "主题分类", m.get("topic", "综合政务")),
            ("发布机构", page.source, "成文日期", m.get("written", f"{page.when:%Y-%m-%d}")),
            ("文号", m.get("doc_no", ""), "发布日期", f"{page.when:%Y-%m-%d}")]
    cells = "\n".join(f'<tr><td class="label">{a}：</td><td>{esc(b)}</td><td class="label">{c}：</td>'
                      f'<td>{esc(d)}</td></tr>' for a, b, c, d in rows)
    return (f'<table class="xxgk_table" cellspacing="0" cellpadding="0">\n{cells}\n'
            f'<tr><td class="label">名称：</td><td colspan="3">{esc(page.title)}</td></tr>\n</table>')


PARA_TRS = '<p style="text-indent: 2em;">{}</p>'
PARA_INDENT = '<p style="text-indent:2em;">{}</p>'


def render_trs(page: Page) -> str:
    css = "<style type=\"text/css\">.skip{position:absolute;left:-9999px;top:auto;}.subnav{display:none;}</style>\n"
    main = (crumbs(page.trail, "当前位置：", " &gt; ") + "\n"
            + f'<div class="xxgk-meta">{xxgk_table(page)}</div>\n'
            + f'<div class="article"><h1 class="article-title">{esc(page.title)}</h1>\n'
            + f'<div class="TRS_Editor">\n{render_blocks(page, PARA_TRS)}\n</div>\n'
            + page.after_body + attachments_html(page)
            + '<div class="article-foot"><a href="javascript:window.print()">【打印本页】</a>'
            + '<a href="javascript:window.close()">【关闭窗口】</a></div></div>')
    return (f'<!DOCTYPE html>\n<html>\n{head(page, css)}\n<body>\n{page.top_extra}'
            '<a class="skip" href="#main">跳到主要内容</a>\n'
            f'<div class="header"><img src="/images/logo.png" alt="{SITE}"></div>\n'
            f'{nav_dropdown(False, "class")}\n<div class="main" id="main">\n{main}\n</div>\n'
            f'{footer("trs")}\n{BAIDU}\n{page.foot_extra}</body>\n</html>\n')


def render_jcms(page: Page) -> str:
    info = (f'发布时间：{page.when:%Y-%m-%d %H:%M}　来源：{esc(page.source)}　'
            f'浏览次数：<span id="hits">{100 + page.number * 7}</span>　'
            '【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> '
            '<a href="javascript:doZoom(12)">小</a>】')
    main = (crumbs(page.trail, "当前位置：", " &gt; ") + "\n<div class=\"bt-article\">"
            f'<h1 class="title">{esc(page.title)}</h1>\n<div class="info">{info}</div>\n'
            f'<div class="content" id="zoom">\n{render_blocks(page, "<p>{}</p>")}\n</div>\n'
            + page.after_body + attachments_html(page, "相关附件：")
            + '<div class="bottom">【<a href="javascript:window.print()">打印本页</a>】'
            '【<a href="javascript:window.close()">关闭窗口</a>】</div></div>')
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n{head(page)}\n<body>\n{page.top_extra}'
            f'{MOBILE_REDIRECT}\n<div class="header"><a href="http://{OWN_HOST}/"><img src="/images/logo.png" '
            f'alt="{SITE}"></a></div>\n{nav_dropdown(True, "inline")}\n'
            f'<div class="main">\n{main}\n</div>\n{footer("jcms")}\n'
            '<script type="text/javascript" src="/module/visitcount/visit.js?type=2&amp;aid=0"></script>\n'
            f'{page.foot_extra}</body>\n</html>\n')


def render_asp(page: Page) -> str:
    day = f"{page.when.year}年{page.when.month}月{page.when.day}日" if page.number % 2 else \
        f"{page.when.year}/{page.when.month}/{page.when.day}"
    body = render_blocks(page, '<p style="text-indent:2em;line-height:180%;"><font size="3">{}</font></p>')
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n'
            + head(page, charset_meta='<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
            + f'\n<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n{page.top_extra}'
            '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">\n'
            f'<tr><td><img src="/images/banner.jpg" width="1000" height="150" alt="{SITE}"></td></tr>\n'
            '<tr><td bgcolor="#1A5FA8" height="32" align="center">'
            + " | ".join(f'<a href="{h}"><font color="#FFFFFF">{esc(l)}</font></a>' for l, h, _ in NAV)
            + '</td></tr>\n<tr><td height="26"><marquee direction="left" scrollamount="3" onmouseover="this.stop()" '
            'onmouseout="this.start()"><a href="/tzgg/list.asp"><font color="#CC0000">欢迎访问定南县人民政府门户网站，'
            '请关注通知公告栏目。</font></a></marquee></td></tr>\n<tr><td>'
            + crumbs(page.trail, "您现在的位置：", " &gt;&gt; ")
            + f'</td></tr>\n<tr><td><div class="show"><h2 align="center"><font color="#CC0000">{esc(page.title)}</font></h2>\n'
            f'<div class="info" align="center">日期：{day}　发布单位：{esc(page.source)}　点击：{30 + page.number * 3}</div>\n'
            f'<div class="content">\n{body}\n</div>\n{page.after_body}{attachments_html(page)}'
            '<p align="right"><a href="javascript:window.close()">[关闭窗口]</a></p></div></td></tr>\n'
            f'<tr><td>{footer("asp")}</td></tr>\n</table>\n{page.foot_extra}</body>\n</html>\n')


def render_epoint(page: Page) -> str:
    css = '<style type="text/css">.ewm-box{display:none;position:absolute;}.share:hover .ewm-box{display:block;}</style>\n'
    info = (f'<div class="ewb-article-sources">【信息时间：<span>{page.when:%Y-%m-%d}</span>'
            f'&nbsp;&nbsp;信息来源：<span>{esc(page.source)}</span>&nbsp;&nbsp;阅读次数：'
            '<span id="infoViewCount"></span>】【<a href="javascript:window.print();">我要打印</a>】'
            '【<a href="javascript:window.close();">关闭</a>】</div>')
    share = ('<div class="share">分享到：<span>微信</span><div class="ewm-box">'
             '<img src="/images/qrcode.png" alt="扫一扫分享到微信"></div></div>')
    main = (crumbs(page.trail, "您当前的位置：", " &gt; ")
            + f'\n<div class="ewb-article"><h2 class="ewb-article-tt">{esc(page.title)}</h2>\n{info}\n'
            + f'<div class="ewb-article-info" id="mainContent">\n{render_blocks(page, PARA_INDENT)}\n</div>\n'
            + page.after_body + attachments_html(page, "附件下载：") + share + "</div>")
    return (f'<!DOCTYPE html>\n<html>\n{head(page, css)}\n<body>\n{page.top_extra}'
            f'<div class="ewb-header"><img src="/images/logo.png" alt="{SITE}"></div>\n'
            f'{nav_dropdown(False, "inline")}\n<div class="ewb-container">\n{main}\n</div>\n{footer("epoint")}\n'
            f'{page.foot_extra}</body>\n</html>\n')


def render_vsb(page: Page) -> str:
    info = (f'<div class="info">发布时间：{page.when:%Y-%m-%d}　作者：　来源：{esc(page.source)}　'
            '点击数：<script>_showDynClicks("wbnews", 1457312904, 0)</script></div>')
    main = (crumbs(page.trail, "当前位置：", " &gt;&gt; ")
            + f'\n<form name="_newscontent_fromname"><div class="v_news_title"><h1>{esc(page.title)}</h1></div>\n{info}\n'
            + '<div id="vsb_content"><div class="v_news_content">\n'
            + render_blocks(page, '<p class="vsbcontent_p" style="text-indent:2em;">{}</p>')
            + f"\n</div></div>\n{page.after_body}{attachments_html(page)}</form>")
    return (f'<!DOCTYPE html>\n<html>\n{head(page)}\n<body>\n{page.top_extra}'
            f'<div class="top"><img src="/images/logo.png" alt="{SITE}"></div>\n{nav_dropdown(True, "inline")}\n'
            f'<div class="container">\n{main}\n</div>\n{footer("vsb")}\n'
            '<script type="text/javascript" src="/system/resource/js/counter.js"></script>\n'
            f'{page.foot_extra}</body>\n</html>\n')


def render_jiyue(page: Page) -> str:
    css = ('<style>.wza-hide{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);}'
           '.dropmenu{display:none;}</style>\n')
    info = (f'<div class="article-info"><span>发布时间：{page.when:%Y-%m-%d %H:%M:%S}</span>'
            f'<span>来源：{esc(page.source)}</span><span>字号：<a href="javascript:;">大</a> '
            '<a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>')
    main = (crumbs(page.trail, '<span class="wza-hide">您所在的位置</span>', " / ")
            + f'\n<div class="article"><h1 class="article-title">{esc(page.title)}</h1>\n{info}\n'
            + f'<div class="article-content" id="zoomcon">\n{render_blocks(page, PARA_INDENT)}\n</div>\n'
            + page.after_body + attachments_html(page, "附件：") + "</div>")
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n{head(page, css)}\n<body>\n{page.top_extra}'
            '<a class="wza-hide" href="#zoomcon">跳过导航，直达正文</a>\n'
            f'<header class="header"><img src="/images/logo.png" alt="{SITE}">'
            '<a href="/wza/index.html">无障碍</a> <a href="/wza/old.html">长者模式</a></header>\n'
            f'{nav_dropdown(False, "class").replace("subnav", "dropmenu")}\n<main>\n{main}\n</main>\n'
            f'{footer("jiyue")}\n{page.foot_extra}</body>\n</html>\n')


RENDERERS = {"trs": render_trs, "jcms": render_jcms, "asp": render_asp, "epoint": render_epoint,
             "vsb": render_vsb, "jiyue": render_jiyue}


def page_url(page: Page) -> str:
    w, n = page.when, page.number
    return {
        "trs": f"http://{OWN_HOST}/xxgk/c{1000 + n % 37}/{w:%Y%m}/t{w:%Y%m%d}_{400000 + n * 131}.html",
        "jcms": f"http://{OWN_HOST}/art/{w.year}/{w.month}/{w.day}/art_{3280 + n % 9}_{50000 + n * 97}.html",
        "asp": f"http://{OWN_HOST}/tzgg/show.asp?id={2000 + n * 11}",
        "epoint": f"http://{OWN_HOST}/dnxxgk/00{1 + n % 8}00{2 + n % 5}/{w:%Y%m%d}/"
                  f"{(n * 2654435761) % 2**32:08x}-{n * 40503 % 65536:04x}-4e2a-9b1c-{n * 977:012x}.html",
        "vsb": f"http://{OWN_HOST}/info/{1050 + n % 13}/{30000 + n * 53}.htm",
        "jiyue": f"http://{OWN_HOST}/dnxzf/c{100100 + n % 40}/{w:%Y%m}/{(n * 40503 * 7919) % 16**32:032x}.shtml",
    }[page.style]


# ---------------------------------------------------------------------------
# planted problems: spam domains, hidden-link markup


def a(url: str, text: str) -> str:
    return f'<a href="{esc(url)}" target="_blank">{esc(text)}</a>'


def hidden_links(page: Page, how: str, links: list[tuple[str, str]], spam_text: bool = True) -> str:
    """Markup hiding ``links`` (url, anchor text) the way ``how`` says; labels every url.

    Anchor texts carrying gambling/porn words are optional spam findings (a spam
    check may or may not read hidden text)."""
    for url, text in links:
        if url.startswith(("http://", "https://", "//")):
            page.expect("hidden_link", url)
        if spam_text:
            page.maybe("spam", text)
    inner = "".join(a(u, t) for u, t in links)
    if how == "display_none":
        return f'<div style="display:none">{inner}</div>'
    if how == "display_none_spaced":
        return f'<div style="DISPLAY: none; ">{inner}</div>'
    if how == "visibility":
        return f'<span style="visibility:hidden;">{inner}</span>'
    if how == "font_size_0":
        return f'<p style="font-size:0px;line-height:0;">{inner}</p>'
    if how == "zero_box":
        return f'<div style="width:0;height:0;overflow:hidden;">{inner}</div>'
    if how == "offscreen":
        return f'<div style="position:absolute;left:-9999px;top:-9999px;">{inner}</div>'
    if how == "fixed_offscreen":
        return f'<div style="position:fixed;top:-1200px;left:0;">{inner}</div>'
    if how == "text_indent":
        return f'<div style="text-indent:-9999px;overflow:hidden;height:20px;">{inner}</div>'
    if how == "same_colour":
        links_html = "".join(f'<a href="{esc(u)}" style="color:#ffffff;">{esc(t)}</a>' for u, t in links)
        return f'<div style="background-color:#ffffff;color:#ffffff;">{links_html}</div>'
    if how == "opacity":
        return f'<div style="opacity:0;height:0;">{inner}</div>'
    if how == "anchor_none":
        return "".join(f'<a href="{esc(u)}" style="display:none">{esc(t)}</a>' for u, t in links)
    if how == "marquee":
        return f'<marquee height="1" width="1" scrollamount="3000" scrolldelay="20000">{inner}</marquee>'
    if how == "parent_none":
        items = "".join(f"<li>{a(u, t)}</li>" for u, t in links)
        return (f'<div class="ft-box" style="display:none;"><div class="inner"><ul class="list">{items}'
                '</ul></div></div>')
    if how.startswith("class:"):   # class:NAME:css  -> <style>.NAME{css}</style> <div class=NAME>
        _, name, css = how.split(":", 2)
        page.head_extra += f"\n<style type=\"text/css\">.{name}{{{css}}}</style>"
        return f'<div class="{name}">{inner}</div>'
    if how.startswith("id:"):
        _, name, css = how.split(":", 2)
        page.head_extra += f"\n<style>#{name}{{{css}}}</style>"
        return f'<div id="{name}">{inner}</div>'
    if how == "docwrite":
        inner_js = inner.replace('"', '\\"')
        return f'<script type="text/javascript">document.write("<div style=\\"display:none\\">{inner_js}</div>");</script>'
    raise ValueError(how)


def js_redirect(page: Page, url: str, by: str = "referrer") -> str:
    page.expect("hidden_link", url)
    if by == "referrer":
        return ('<script type="text/javascript">var s = document.referrer;'
                'if (s.indexOf("baidu") > 0 || s.indexOf("sogou") > 0 || s.indexOf("so.com") > 0) '
                f'{{ window.location.href = "{url}"; }}</script>')
    if by == "ua":
        return ('<script>if(navigator.userAgent.toLowerCase().match(/(iphone|android|mobile)/i))'
                f'{{location.replace("{url}");}}</script>')
    return f'<script>setTimeout(function(){{top.location="{url}";}},800);</script>'


def meta_refresh(page: Page, url: str, delay: int = 0) -> str:
    page.expect("hidden_link", url)
    return f'<meta http-equiv="refresh" content="{delay};url={url}">'


# gambling / porn / fraud spam (made up domains and brand spellings)
SPAM_LINKS = [
    ("http://www.bwty-app88.com/", "必威体育官网"), ("https://www.365bet-zx.cc/", "bet365体育在线"),
    ("http://www.amxpj-9999.com/", "澳门新葡京娱乐场"), ("http://www.wnsr-vip.net/", "威尼斯人娱乐"),
    ("http://www.hg-tyzq.com/", "皇冠体育投注"), ("https://www.jsyl-8888.vip/", "金沙娱乐城"),
    ("http://www.kaiyun-ty.top/", "开云体育"), ("https://www.ayty2024.cc/", "亚博体育app"),
    ("http://www.lyty-sports.xyz/", "乐鱼体育"), ("http://www.tyc-jt.com/", "太阳城集团"),
    ("http://www.jyh-game.vip/", "九游会"), ("http://www.av-tt99.com/", "成人视频"),
    ("https://www.sezb-live.live/", "美女直播"), ("http://www.pk10-yc.com/", "北京赛车pk10"),
    ("http://www.ssc-jh.net/", "时时彩计划"), ("http://www.agzr-yl.com/", "AG真人娱乐"),
    ("http://www.kyqp-777.com/", "开元棋牌"), ("http://www.ylhg-vip.com/", "永利皇宫"),
    ("http://www.xhg-dz.com/", "新濠国际"), ("https://www.bjl-zx.com/", "百家乐在线"),
    ("http://www.wsdc-88.net/", "网上赌场"), ("http://www.yqzb-69.com/", "同城交友"),
    ("http://www.dkfp-168.com/", "代开发票"), ("https://www.hgzj-bz.com/", "办证"),
    ("http://www.6hc-tm.com/", "六合彩特码"), ("http://www.yxdj-bet.com/", "电竞投注"),
    ("http://www.fb-ty365.com/", "足球投注"), ("http://www.mgyl-yx.cc/", "MG电子游戏"),
    ("http://www.by-xinjing.com/", "捕鱼游戏"), ("http://www.xsj-yl.com/", "线上娱乐"),
    ("http://www.ty-18.org/", "福利视频"), ("http://www.lhc-kj.com/", "香港六合彩开奖"),
]
_spam_cursor = [0]


def spam_links(count: int) -> list[tuple[str, str]]:
    """The next ``count`` spam links (each url used on one page only)."""
    start = _spam_cursor[0]
    _spam_cursor[0] += count
    assert _spam_cursor[0] <= len(SPAM_LINKS), "add more SPAM_LINKS"
    return SPAM_LINKS[start:start + count]


# ---------------------------------------------------------------------------
# more ordinary text: notices, interpretations, guides, catalogues, procurement

NOTICE_ITEMS = [
    ("工作目标", "通过开展专项行动，全面排查{topic}领域存在的突出问题，建立问题清单、责任清单和整改清单，推动{topic}工作制度化、规范化、常态化。"),
    ("工作范围", "全县各乡镇、县直各有关单位，重点是{topic}相关的企业、场所和项目。"),
    ("组织领导", "成立由县政府分管领导任组长，县直有关单位主要负责人为成员的工作领导小组，领导小组办公室设在{unit}，负责日常工作的组织协调和督促检查。"),
    ("动员部署", "各乡镇、各有关单位要结合实际制定具体实施方案，明确工作目标、工作任务和完成时限，于{month}月{day}日前报送领导小组办公室。"),
    ("排查整治", "各单位要对照任务清单开展全面排查，对排查发现的问题，能立即整改的立即整改，不能立即整改的要制定整改方案，明确整改责任人和整改时限，实行销号管理。"),
    ("督查考核", "领导小组办公室将采取定期检查与随机抽查相结合的方式开展督导，对工作推进缓慢、措施落实不到位的单位予以通报，督查结果纳入年度综合考核。"),
    ("信息报送", "各单位要明确一名联络员，每月{day}日前将工作进展情况、存在问题及下一步打算报送领导小组办公室，重要情况随时报告。"),
    ("工作要求", "各单位要高度重视，主要负责人要亲自抓、负总责，分管负责人要具体抓、抓具体，确保各项工作任务按时保质完成。"),
    ("宣传引导", "要充分利用政府网站、政务新媒体、村村响广播等平台，广泛宣传{topic}相关政策和工作成效，营造全社会共同参与的良好氛围。"),
    ("经费保障", "专项行动所需经费由县财政按规定予以保障，各单位要严格按照财经纪律使用资金，确保专款专用。"),
]

INTERP_SECTIONS = [
    ("一、出台背景", [
        "为深入贯彻落实党中央、国务院和省委、省政府关于{topic}的决策部署，按照市委、市政府有关工作要求，结合我县实际，{unit}牵头起草了《方案》。",
        "起草过程中，起草组深入乡镇、企业开展调研，广泛征求了县直有关单位、各乡镇和社会公众的意见建议，经县政府常务会议审议通过后印发实施。",
    ]),
    ("二、主要目标", [
        "到{year2}年底，全县{topic}工作体系基本健全，工作机制更加完善，群众满意度明显提升，主要指标达到全市平均水平以上。",
    ]),
    ("三、主要内容", [
        "《方案》共分为总体要求、重点任务、保障措施三个部分，明确了{n2}项重点任务，逐项明确了牵头单位、配合单位和完成时限。",
        "在重点任务方面，《方案》提出要健全工作机制、夯实基层基础、强化要素保障、加强监督检查，推动{topic}工作提质增效。",
        "在保障措施方面，《方案》要求加强组织领导，建立工作调度机制，定期研究解决工作中的重大问题；加大资金投入，统筹各类资金向{topic}倾斜；严格考核评价，将工作情况纳入年度综合考核。",
    ]),
    ("四、适用范围", ["本方案适用于全县各乡镇、县直各有关单位。"]),
    ("五、施行时间", ["本方案自印发之日起施行，有效期至{year2}年12月31日。"]),
]

CATALOG_TITLES = [
    "{unit}{year}年部门预算公开", "{unit}{year}年部门决算公开", "{unit}{year}年政府信息公开工作年度报告",
    "{unit}{year}年工作总结和{year1}年工作计划", "{unit}{year}年“双随机、一公开”抽查计划",
    "{unit}{year}年法治政府建设情况报告", "{unit}权责清单", "{unit}行政执法主体和执法人员信息公示",
    "{unit}机构职能", "{unit}领导信息", "{unit}{year}年第{q}季度重点工作推进情况",
    "关于调整{unit}安全生产工作领导小组的通知", "{unit}{year}年行政执法统计年报",
    "{unit}{year}年度“三公”经费预算说明", "{unit}政府信息公开指南", "{unit}政府信息公开制度",
    "{unit}{year}年重点领域信息公开工作方案", "{unit}{year}年政务公开工作要点",
    "{unit}{year}年度部门整体支出绩效自评报告", "{unit}{year}年{m}月工作动态汇编",
]

GUIDES = {
    "最低生活保障审核确认": dict(unit="定南县民政局", basis="《社会救助暂行办法》《江西省最低生活保障制度实施办法》",
                                 cond="持有本县户籍的城乡居民，共同生活的家庭成员人均收入低于当地最低生活保障标准，且家庭财产状况符合规定的，可以申请最低生活保障。",
                                 materials=["申请人身份证、户口簿", "最低生活保障申请书", "家庭经济状况核对授权书", "残疾证、病历等相关证明材料（有则提供）"],
                                 limit="法定时限30个工作日，承诺时限20个工作日", fee="不收费", place="户籍所在地乡镇人民政府（街道办事处）社会事务办"),
    "临时救助": dict(unit="定南县民政局", basis="《社会救助暂行办法》《江西省临时救助实施办法》",
                     cond="因火灾、交通事故等意外事件或家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭或个人。",
                     materials=["临时救助申请书", "申请人身份证、户口簿", "遭遇困难的相关证明材料"],
                     limit="法定时限15个工作日，紧急情况先行救助", fee="不收费", place="乡镇人民政府社会事务办或县政务服务中心民政窗口"),
    "不动产首次登记": dict(unit="定南县自然资源局", basis="《不动产登记暂行条例》《不动产登记暂行条例实施细则》",
                           cond="依法取得不动产权利，符合不动产登记条件的自然人、法人和非法人组织。",
                           materials=["不动产登记申请书", "申请人身份证明", "不动产权属来源证明材料", "不动产界址、面积等不动产权籍调查成果", "依法应当缴纳税费的完税凭证"],
                           limit="法定时限30个工作日，承诺时限5个工作日", fee="住宅每件80元，非住宅每件550元，小微企业免收", place="县政务服务中心一楼不动产登记窗口"),
    "个体工商户登记": dict(unit="定南县市场监督管理局", basis="《促进个体工商户发展条例》《中华人民共和国市场主体登记管理条例》",
                           cond="有经营能力的自然人，依法申请登记为个体工商户。",
                           materials=["个体工商户登记（备案）申请书", "经营者身份证明", "经营场所使用相关文件"],
                           limit="承诺时限即来即办", fee="不收费", place="县政务服务中心市场监管窗口，也可通过江西省市场主体登记网上办理"),
    "生育登记": dict(unit="定南县卫生健康委员会", basis="《中华人民共和国人口与计划生育法》《江西省人口与计划生育条例》",
                     cond="夫妻双方或一方户籍在本县，或在本县居住的育龄夫妻。",
                     materials=["夫妻双方身份证", "结婚证（如有）"], limit="即时办结", fee="不收费",
                     place="户籍地或现居住地乡镇人民政府，也可通过“赣服通”网上办理"),
    "城乡居民养老保险参保登记": dict(unit="定南县社会保险服务中心", basis="《国务院关于建立统一的城乡居民基本养老保险制度的意见》",
                                     cond="年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民。",
                                     materials=["居民身份证或户口簿", "城乡居民基本养老保险参保登记表"], limit="即时办结",
                                     fee="不收费", place="户籍所在地村（社区）服务站或乡镇人力资源和社会保障所"),
    "异地就医备案": dict(unit="定南县医疗保障局", basis="《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》",
                         cond="参加本县基本医疗保险，需异地长期居住或临时外出就医的参保人员。",
                         materials=["有效身份证件或医保电子凭证", "异地就医备案登记表（线上办理无需提供）"], limit="即时办结",
                         fee="不收费", place="县医保服务大厅，或通过国家医保服务平台APP、“赣服通”办理"),
    "林木采伐许可证核发": dict(unit="定南县林业局", basis="《中华人民共和国森林法》《中华人民共和国森林法实施条例》",
                               cond="采伐林地上的林木，符合采伐限额管理规定的单位和个人。",
                               materials=["林木采伐申请书", "林木权属证明", "伐区调查设计文件（按规定需要的）"],
                               limit="法定时限20个工作日，承诺时限3个工作日", fee="不收费", place="县政务服务中心林业窗口"),
    "法律援助申请": dict(unit="定南县司法局", basis="《中华人民共和国法律援助法》《江西省法律援助条例》",
                         cond="因经济困难没有委托代理人或者辩护人的公民，在法律规定的事项范围内可以申请法律援助。",
                         materials=["法律援助申请表", "申请人身份证明", "经济困难状况说明表", "与所申请法律援助事项有关的材料"],
                         limit="承诺时限5个工作日", fee="不收费", place="县公共法律服务中心"),
    "高龄津贴申领": dict(unit="定南县民政局", basis="《江西省人民政府关于建立高龄老人长寿补贴制度的通知》",
                         cond="具有本县户籍、年满80周岁的老年人。", materials=["老年人身份证、户口簿", "本人银行卡或社保卡"],
                         limit="承诺时限10个工作日", fee="不收费", place="户籍所在地村（居）委会、乡镇人民政府"),
    "取水许可": dict(unit="定南县水利局", basis="《中华人民共和国水法》《取水许可和水资源费征收管理条例》",
                     cond="利用取水工程或者设施直接从江河、湖泊或者地下取用水资源的单位和个人。",
                     materials=["取水许可申请书", "建设项目水资源论证报告或者论证表", "与第三者利害关系的相关说明"],
                     limit="法定时限45个工作日，承诺时限15个工作日", fee="不收费", place="县政务服务中心水利窗口"),
    "道路货物运输经营许可": dict(unit="定南县交通运输局", basis="《中华人民共和国道路运输条例》《道路货物运输及站场管理规定》",
                                 cond="有与其经营业务相适应并经检测合格的车辆，有符合规定条件的驾驶人员，有健全的安全生产管理制度。",
                                 materials=["道路货物运输经营申请表", "负责人身份证明", "安全生产管理制度文本"],
                                 limit="法定时限20日，承诺时限即办", fee="不收费", place="县政务服务中心交通运输窗口"),
}

PUBLICITY = {
    "反诈": [
        "当前，电信网络诈骗犯罪手段不断翻新，刷单返利、虚假投资理财、虚假网络贷款、冒充电商物流客服、冒充公检法等类型案件高发，给群众财产安全造成严重威胁。",
        "警惕“刷单返利”诈骗：所有刷单都是诈骗！骗子以“动动手指就能赚钱”“日结佣金”为诱饵，先让受害人尝到小额返利的甜头，再诱导其大额垫付，最终以各种理由拒不返还。",
        "警惕虚假投资理财诈骗：不要轻信“内幕消息”“稳赚不赔”“导师带单”，凡是通过网络推荐投资理财、炒币炒股、博彩赚钱的，都是诈骗。",
        "远离裸聊敲诈：不法分子通过社交软件主动添加好友，以色相为诱饵诱导受害人裸聊并录制视频，随后以散布视频相威胁实施敲诈勒索。请广大群众洁身自好，切勿与陌生人视频裸聊。",
        "拒绝网络赌博：网络赌博平台后台可以随意操控输赢，参与网络赌博只会输得倾家荡产。切勿点击来路不明的“彩票”“棋牌”“体育投注”链接，切勿下载来历不明的APP。",
        "不出租出借出售银行卡和电话卡：出租出借出售本人银行卡、电话卡、微信账号等，都可能成为电信网络诈骗的帮凶，涉嫌帮助信息网络犯罪活动罪。",
        "牢记“三不一多”：未知链接不点击、陌生来电不轻信、个人信息不透露、转账汇款多核实。如遇可疑情况，请立即拨打96110咨询或110报警。",
        "请下载安装“国家反诈中心”APP并开启来电预警功能，接到96110预警劝阻电话请务必接听。",
    ],
    "禁毒": [
        "毒品是指鸦片、海洛因、甲基苯丙胺（冰毒）、吗啡、大麻、可卡因，以及国家规定管制的其他能够使人形成瘾癖的麻醉药品和精神药品。",
        "近年来，新型毒品不断出现，有的被伪装成“奶茶”“跳跳糖”“咖啡包”“邮票”等形态，具有很强的伪装性和迷惑性，青少年尤其要提高警惕。",
        "氯胺酮（俗称K粉）、摇头丸、麻古等合成毒品对人的中枢神经系统有严重损害，吸食后容易产生幻觉，引发自伤、伤人等极端行为。",
        "珍爱生命、远离毒品。不要接受陌生人提供的香烟、饮料和食品，不要进入治安情况复杂的娱乐场所，不要因为好奇而尝试毒品。",
        "依照《中华人民共和国刑法》规定，走私、贩卖、运输、制造毒品，无论数量多少，都应当追究刑事责任，予以刑事处罚。",
        "非法种植罂粟、大麻等毒品原植物是违法犯罪行为。发现涉毒违法犯罪线索，请拨打110或禁毒举报电话，经查证属实的给予奖励。",
    ],
    "扫黄打非": [
        "我县深入开展“扫黄打非”专项行动，集中整治出版物市场和网络环境，严厉打击制作、传播淫秽色情信息和非法出版物等违法犯罪活动。",
        "执法人员对城区书店、印刷企业、文具店、网吧等场所开展检查，重点查处盗版教辅、非法报刊和含有淫秽色情、暴力恐怖等有害内容的出版物。",
        "“护苗”行动中，县“扫黄打非”办公室组织工作人员进校园，向学生讲解识别有害出版物和网络不良信息的方法，引导青少年绿色上网、健康成长。",
        "广大群众如发现制作、销售、传播淫秽色情及非法出版物的违法行为，可拨打“扫黄打非”举报电话12390进行举报。",
    ],
    "反邪教": [
        "邪教组织冒用宗教、气功或者其他名义，神化首要分子，利用制造、散布迷信邪说等手段蛊惑、蒙骗他人，发展、控制成员，危害社会。",
        "“法轮功”“全能神”等邪教组织打着“信教治病”“消灾避难”的幌子，编造“世界末日”等歪理邪说，骗取钱财、残害生命，给许多家庭带来了深重灾难。",
        "反邪教宣传进村入户活动中，工作人员向群众发放反邪教宣传资料，讲解邪教的本质特征和识别方法，引导群众崇尚科学、抵制邪教。",
        "如发现邪教人员散发宣传品、张贴标语或者进行聚集活动，请及时向当地派出所或乡镇综治中心报告。",
    ],
    "枪爆": [
        "根据《中华人民共和国枪支管理法》《民用爆炸物品安全管理条例》等法律法规，严禁非法制造、买卖、运输、邮寄、储存、持有、私藏枪支、弹药和爆炸物品。",
        "公安机关开展打击整治枪爆违法犯罪专项行动，鼓励群众主动上交非法枪支、弹药、管制刀具、仿真枪、弩以及炸药、雷管等爆炸物品。",
        "在规定期限内主动上交的，可以依法从轻、减轻或者免除处罚；逾期拒不上交的，公安机关将依法严厉查处。",
        "网上贩卖枪支、弹药和制爆信息的违法犯罪行为隐蔽性强，广大群众发现相关线索，请立即拨打110报警或向当地派出所举报。",
    ],
    "反赌": [
        "赌博是诱发盗窃、诈骗、抢劫等违法犯罪的重要原因，聚众赌博、开设赌场以及组织参与跨境赌博，都是违法犯罪行为。",
        "近年来，境外赌博集团通过网络平台、社交软件等渠道大肆招赌吸赌，有的以“百家乐”“六合彩”“体育竞猜”等名义诱骗群众参赌，导致不少人负债累累、家破人亡。",
        "公安机关严厉打击网络赌博和跨境赌博违法犯罪，依法查处为赌博平台提供资金结算、技术支持和推广引流的违法犯罪人员。",
        "请广大群众自觉抵制赌博，不参与私彩“六合彩”等非法彩票活动，不点击、不下载赌博网站和APP，发现赌博违法犯罪线索请及时举报。",
    ],
}

STUDY = [
    "会议传达学习了习近平总书记近期重要讲话和重要指示批示精神，传达学习了中央和省委、市委有关会议精神，研究了贯彻落实意见。",
    "会议强调，要深入学习贯彻习近平新时代中国特色社会主义思想，全面贯彻党的二十大精神，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
    "会议指出，要深入学习贯彻习近平总书记考察江西重要讲话精神，牢牢把握“走在前、勇争先、善作为”的目标要求，奋力谱写中国式现代化定南篇章。",
    "会议要求，全县各级各部门要把学习贯彻党的创新理论作为首要政治任务，坚持读原著、学原文、悟原理，切实把学习成果转化为推动高质量发展的实际成效。",
    "会议强调，要认真落实李强总理在政府工作报告中提出的各项部署要求，坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，扎实推动经济实现质的有效提升和量的合理增长。",
    "会议要求，要持之以恒落实中央八项规定及其实施细则精神，驰而不息纠治“四风”，锲而不舍为基层减负，以优良作风保障各项工作落地见效。",
    "会议指出，要全面贯彻落实总体国家安全观，统筹发展和安全，抓好安全生产、防汛救灾、森林防火等各项工作，坚决守住不发生重大风险的底线。",
]


# ---------------------------------------------------------------------------
# builders

ALL: list[Page] = []


def new(slug: str, style: str, title: str, when: str, trail: list[str], source: str, **kw) -> Page:
    stamp = dt.datetime.strptime(when, "%Y-%m-%d %H:%M") if " " in when else \
        dt.datetime.strptime(when + " 09:00", "%Y-%m-%d %H:%M")
    page = Page(slug, style, title, stamp, trail, source, **kw)
    assert slug not in {p.slug for p in ALL}, slug
    ALL.append(page)
    return page


def R(page: Page, salt: str = "") -> random.Random:
    return random.Random(f"{page.slug}/{salt}")


def paras(rng: random.Random, topic: str, n: int, **known: str) -> list[str]:
    t = TOPICS[topic]
    pool = list(t["paras"])
    n = min(n, len(pool))
    chosen = sorted(rng.sample(range(len(pool)), n))
    known.setdefault("unit", t["unit"])
    return [fill(pool[i], rng, **known) for i in chosen]


def news(page: Page, topic: str, n: int = 5, **known: str) -> Page:
    known.setdefault("year", str(page.when.year))
    return page.p(*paras(R(page, topic), topic, n, **known))


def index_no(page: Page, unit_code: str = "11360728MB1C35218T") -> str:
    return f"{unit_code}/{page.when.year}-{sum(map(ord, page.slug)) % 900 + 100:05d}"


def notice(page: Page, topic: str, unit: str, items: int = 6, addressee: str = "各乡镇人民政府，县直各单位：",
           sign: tuple[str, ...] = ()) -> Page:
    rng = R(page, "notice")
    page.p(addressee)
    page.p(f"为切实做好{topic}工作，经县政府同意，现将有关事项通知如下：")
    chosen = sorted(rng.sample(range(len(NOTICE_ITEMS)), min(items, len(NOTICE_ITEMS))))
    for k, i in enumerate(chosen):
        head, text = NOTICE_ITEMS[i]
        page.h(f"{'一二三四五六七八九十'[k]}、{head}")
        page.p(fill(text, rng, topic=topic, unit=unit))
    page.sign(*(sign or (page.source, f"{page.when.year}年{page.when.month}月{page.when.day}日")))
    return page


def interpretation(page: Page, topic: str, unit: str, doc: str, extra: list[str] | None = None) -> Page:
    rng = R(page, "interp")
    page.p(f"近日，{doc}正式印发。为便于社会公众更好地理解和执行，现就有关内容解读如下：")
    year2 = str(page.when.year + 2)
    for head, texts in INTERP_SECTIONS:
        page.h(head)
        for t in texts:
            page.p(fill(t, rng, topic=topic, unit=unit, year2=year2))
    for t in extra or []:
        page.p(t)
    contact = fill("{person}", rng)
    page.p(f"解读机关：{unit}　解读人：{contact}　联系电话：0797-42{rng.randint(10000, 99999)}")
    return page


def guide(page: Page, item: str, overrides: dict[str, str] | None = None, extra_rows: list[tuple[str, str]] = ()) -> Page:
    g = dict(GUIDES[item])
    g.update(overrides or {})
    rng = R(page, "guide")
    phone = f"0797-42{rng.randint(10000, 99999)}"
    rows = [("事项名称", item), ("事项类型", g.get("kind", "公共服务")), ("实施主体", g["unit"]),
            ("设定依据", g["basis"]), ("受理条件", g["cond"]),
            ("申请材料", "；".join(f"{i + 1}.{m}" for i, m in enumerate(g["materials"]))),
            ("办理流程", g.get("flow", "申请—受理—审核—决定—送达")), ("办理时限", g["limit"]),
            ("收费标准", g["fee"]), ("办理地点", g["place"]),
            ("办理时间", g.get("hours", "工作日上午8:00—12:00，下午14:30—17:30（夏季15:00—18:00），法定节假日除外")),
            ("咨询电话", g.get("phone", phone)), ("监督电话", g.get("complain", "0797-4282345，12345政务服务便民热线")),
            ("结果送达", g.get("delivery", "窗口领取或免费邮寄送达"))]
    rows += list(extra_rows)
    page.table(["项目", "内容"], [[k, v] for k, v in rows], caption=f"{item}办事指南")
    page.p("温馨提示：申请人可通过“赣服通”APP、江西政务服务网定南县分站在线预约或网上申报，材料齐全的实行“一次不跑”或“最多跑一次”。")
    return page


def catalog(page: Page, units: list[str], rows: int, start_year: int, plant: dict[int, str] | None = None) -> Page:
    """A 信息公开目录 table; ``plant`` replaces row i's title."""
    rng = R(page, "catalog")
    data = []
    for i in range(rows):
        unit = rng.choice(units)
        year = rng.randint(start_year, page.when.year - (1 if page.when.month < 3 else 0))
        title = fill(rng.choice(CATALOG_TITLES), rng, unit=unit, year=str(year), year1=str(year + 1),
                     q=str(rng.randint(1, 4)), m=str(rng.randint(1, 12)))
        if plant and i in plant:
            title = plant[i]
        month = rng.randint(1, 12) if year < page.when.year else rng.randint(1, page.when.month)
        code = f"{rng.randint(100000000, 999999999):09d}"
        data.append([str(i + 1), f"{code}/{year}-{rng.randint(1, 400):05d}", title,
                     "定南" + unit if unit.startswith("县") else unit, f"{year}-{month:02d}-{rng.randint(1, 28):02d}"])
    page.table(["序号", "索引号", "信息名称", "发布机构", "生成日期"], data)
    return page


def gk_guide(page: Page, org: str, address: str, postcode: str = "341900", extra: list[str] | None = None,
             phone: str = "") -> Page:
    rng = R(page, "gkzn")
    phone = phone or f"0797-42{rng.randint(10000, 99999)}"
    page.p(f"为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，结合{org}实际，编制本指南。"
           "公民、法人或者其他组织需要获得{org}政府信息公开服务，建议阅读本指南。".replace("{org}", org))
    page.h("一、主动公开")
    page.p("（一）公开范围。本机关主动公开的政府信息主要包括机构职能、政策文件、规划计划、财政预决算、"
           "行政执法、重点领域信息以及其他依照法律、法规和国家有关规定应当主动公开的政府信息。",
           f"（二）公开方式。本机关主动公开的政府信息，主要通过{SITE}“政府信息公开”专栏公开，"
           "同时根据需要通过政务新媒体、新闻发布会、广播电视、公开查阅点等方式公开。",
           "（三）公开时限。属于主动公开范围的政府信息，自该政府信息形成或者变更之日起20个工作日内予以公开。")
    page.h("二、依申请公开")
    page.p("（一）受理机构。", f"名称：{org}办公室", f"办公地址：{address}", f"邮政编码：{postcode}",
           "办公时间：工作日上午8:00—12:00，下午14:30—17:30（法定节假日除外）", f"联系电话：{phone}",
           f"传真：{phone}")
    page.p("（二）申请方式。申请人可以通过当面提交、邮寄、互联网在线申请等方式提出政府信息公开申请。"
           "采用当面提交方式的，请到受理机构现场填写申请表；采用邮政寄送方式的，请在信封左下角注明“政府信息公开申请”字样。",
           "（三）申请的处理。本机关收到政府信息公开申请，能够当场答复的，当场予以答复；不能当场答复的，"
           "自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。")
    page.h("三、收费")
    page.p("本机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，可以依照有关规定收取信息处理费。")
    page.h("四、监督和救济")
    page.p(f"公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向定南县人民政府办公室（县政务公开办）投诉、举报，"
           "也可以依法申请行政复议或者提起行政诉讼。", "投诉举报电话：0797-4282301")
    for t in extra or []:
        page.p(t)
    return page


def gongshi_rows(rng: random.Random, n: int, columns: list[str], town: str | None = None,
                 ids: str = "masked", phones: str = "none", cards: str = "none",
                 plant_ids: int = 0, plant_phones: int = 0, plant_cards: int = 0,
                 born: tuple[int, int] = (1945, 1985), page: Page | None = None) -> list[list[str]]:
    """Rows of a 公示 list; planted unmasked numbers are labelled on ``page``."""
    rows = []
    id_rows = set(rng.sample(range(n), plant_ids)) if plant_ids else set()
    phone_rows = set(rng.sample(range(n), plant_phones)) if plant_phones else set()
    card_rows = set(rng.sample(range(n), plant_cards)) if plant_cards else set()
    for i in range(n):
        t = town or rng.choice(TOWNS)
        name = person(rng)
        row = []
        for col in columns:
            if col == "序号":
                row.append(str(i + 1))
            elif col == "乡镇":
                row.append(t)
            elif col in ("村（社区）", "村组"):
                row.append(rng.choice(VILLAGES[t]))
            elif col in ("姓名", "户主姓名", "申请人", "借款人", "学生姓名"):
                row.append(name if ids != "masked_name" else mask_name(name))
            elif col == "性别":
                row.append(rng.choice("男女"))
            elif col.startswith("身份证"):
                number = make_id(rng, born)
                if i in id_rows or ids == "plain":
                    assert page is not None
                    row.append(page.expect("privacy", number))
                elif ids == "bad":
                    row.append(make_bad_id(rng, born))
                else:
                    row.append(mask_id(number, 0 if ids == "masked" else 1))
            elif col in ("联系方式", "手机号码", "电话", "联系电话"):
                number = make_mobile(rng)
                if i in phone_rows or phones == "plain":
                    assert page is not None
                    row.append(page.expect("privacy", number))
                else:
                    row.append(mask_mobile(number))
            elif col in ("银行卡号", "一卡通账号", "社保卡银行账号"):
                number = make_card(rng, rng.choice(["6217", "6228", "6230", "6210", "6222", "6236"]))
                if i in card_rows or cards == "plain":
                    assert page is not None
                    row.append(page.expect("privacy", number))
                else:
                    row.append(number[:4] + "*" * (len(number) - 8) + number[-4:])
            elif col in ("保障人数", "家庭人口"):
                row.append(str(rng.randint(1, 6)))
            elif col.startswith("金额") or col.endswith("（元）"):
                row.append(str(rng.choice([300, 450, 500, 600, 800, 1000, 1200, 1500, 2000, 3000])))
            elif col == "面积（亩）":
                row.append(f"{rng.randint(5, 300) / 10:.1f}")
            elif col == "出生年月":
                row.append(f"{rng.randint(*born)}.{rng.randint(1, 12):02d}")
            elif col == "年龄":
                row.append(str(rng.randint(80, 99)))
            elif col == "学校":
                row.append(rng.choice(["定南中学", "定南二中", "定南三中", "历市镇中心小学", "老城中学", "龙塘小学",
                                       "天九中学", "鹅公中学", "岭北小学", "定南县第一小学", "定南县第二小学"]))
            elif col == "年级":
                row.append(rng.choice(["七年级", "八年级", "九年级", "高一", "高二", "高三", "四年级", "五年级", "六年级"]))
            elif col == "类别":
                row.append(rng.choice(["因病", "因残", "因学", "因灾", "突发意外"]))
            elif col == "拟聘岗位":
                row.append(rng.choice(["保洁员", "护林员", "道路养护员", "河道保洁员", "村级协管员", "公共设施管护员"]))
            elif col == "贷款银行":
                row.append(rng.choice(["定南农商银行", "中国农业银行定南支行", "中国邮政储蓄银行定南县支行", "赣州银行定南支行"]))
            elif col == "备注":
                row.append(rng.choice(["", "", "新增", "续保", ""]))
            else:
                raise KeyError(col)
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------
# the pages: spam

T_NEWS = ["首页", "政务要闻", "部门动态"]
T_TOWN = ["首页", "政务要闻", "乡镇动态"]
T_COUNTY = ["首页", "政务要闻", "县内要闻"]
T_TZGG = ["首页", "通知公告"]
T_GUIDE = ["首页", "政务服务", "办事指南"]
T_ML = ["首页", "信息公开", "信息公开目录"]
T_ZN = ["首页", "信息公开", "信息公开指南"]


def t_dept(unit: str, col: str = "通知公告") -> list[str]:
    return ["首页", "信息公开", "部门信息公开", unit, col]


def t_town(town: str, col: str = "通知公告") -> list[str]:
    return ["首页", "信息公开", "乡镇信息公开", f"{town}人民政府", col]


def spam_pages() -> None:
    # the real-world pattern: an ordinary word (其他) replaced by a brand everywhere
    pg = new("bwty-replaced-qita", "jcms", "县林业局部署春季森林防火和松材线虫病防治工作", "2024-03-12 10:20",
             T_NEWS, "定南县林业局", note="其他 replaced by 必威体育平台,必威体育app throughout the text (injected); "
             "traps: 路口交通, 严厉打击 in the same text")
    text = [
        "3月11日，县林业局召开春季森林防火和松材线虫病防治工作部署会，局领导班子成员、各股室负责人、各林业工作站站长及其他相关人员参加会议。",
        "会议通报了今年以来全县森林防火工作情况，分析了当前面临的形势，并对清明节期间森林防火工作和其他重点工作进行了安排。",
        "会议要求，要严格落实野外火源管控措施，在进山路口、交通要道和其他重点部位设立检查点，严防火种进山；对烧田埂草、烧杂灌和其他农事用火，一律实行审批报备。",
        "在松材线虫病防治方面，要全面开展秋季普查成果复核，对枯死松树及时采样检测，严厉打击非法采伐、运输、加工和经营染疫松木及其他违法行为。",
        "会议强调，各林业工作站要加强与乡镇、村组和其他部门的协调配合，护林员要坚守岗位，做到情况早发现、早报告、早处置。",
        "会议还对林长制考核、油茶低产林改造、古树名木保护及其他年度重点工作进行了部署。",
    ]
    brand = "必威体育平台,必威体育app"
    pg.p(*[t.replace("其他", brand) for t in text])
    pg.expect("spam", "必威体育")

    # SEO title injection
    pg = new("title-beat365", "trs", "关于做好2024年汛期地质灾害防治工作的通知_足球365是什么意思_beat365官方_bat365手机版官网",
             "2024-04-22", t_dept("定南县自然资源局"), "定南县自然资源局",
             note="title tampered with gambling SEO words (<title> and h1); body clean")
    pg.meta.update(index_no=index_no(pg), topic="国土资源、能源", doc_no="定自然资字〔2024〕15号")
    notice(pg, "汛期地质灾害防治", "县自然资源局")
    pg.expect("spam", "beat365")
    pg.expect("spam", "bat365")
    pg.maybe("spam", "足球365")

    # gambling advert appended after the body
    pg = new("amxpj-appended-ad", "jcms", "历市镇召开防汛备汛工作部署会", "2024-05-08 16:05", T_TOWN, "历市镇人民政府",
             note="gambling advert injected after the text; the page's own text clean")
    news(pg, "河长制", 3, town="历市镇")
    pg.p("会议要求，各村（社区）要立即开展汛前隐患排查，对山塘水库、地质灾害隐患点、危旧房屋等重点部位逐一落实责任人，确保安全度汛。")
    pg.after_body = ('<p>澳门新葡京娱乐场官方网站，注册就送88元彩金，真人百家乐、电子游艺、体育赛事，'
                     '7×24小时在线客服，提款秒到账。</p>')
    pg.expect("spam", "澳门新葡京")
    pg.expect("spam", "百家乐")
    for t in ("彩金", "电子游艺", "娱乐场"):
        pg.maybe("spam", t)

    # porn advert inside a 公示 page
    pg = new("yuepao-in-gongshi", "asp", "关于2024年第一批城乡居民临时救助对象的公示", "2024-04-03", T_TZGG,
             "定南县民政局", note="porn advert pasted after the (masked) list; traps: masked IDs, 因病")
    rng = R(pg)
    pg.p("根据《社会救助暂行办法》和《江西省临时救助实施办法》有关规定，经个人申请、乡镇审核、县民政局审批，"
         "拟对以下人员给予临时救助，现予以公示。公示期为5个工作日，如有异议，请在公示期内向县民政局反映。")
    pg.table(["序号", "乡镇", "村（社区）", "申请人", "身份证号码", "类别", "金额（元）"],
             gongshi_rows(rng, 14, ["序号", "乡镇", "村（社区）", "申请人", "身份证号码", "类别", "金额（元）"]))
    pg.p("监督电话：0797-4283216")
    pg.p("同城约炮，一夜情，寂寞少妇在线等你，私密视频免费看，加微信：ml6688xx")
    pg.expect("spam", "同城约炮")
    pg.expect("spam", "一夜情")
    pg.maybe("spam", "私密视频")
    pg.sign("定南县民政局", "2024年4月3日")

    # fraud adverts: invoices and fake certificates
    pg = new("daikai-fapiao", "vsb", "县税务局开展“便民办税春风行动”", "2023-03-20", T_NEWS, "国家税务总局定南县税务局",
             note="代开发票 advert in the text; trap: 开具发票, 增值税专用发票 in the real text")
    pg.p("为进一步优化税收营商环境，县税务局以“便民办税春风行动”为抓手，推出系列便民办税缴费措施。",
         "在发票服务方面，县税务局全面推广数字化电子发票，纳税人可通过电子发票服务平台依法开具发票，"
         "增值税专用发票实现“即开即用”，有效降低了企业的办税成本。",
         "代开发票，各类增值税普通发票、专用发票，点数低，可先开票验证后付款，联系QQ：2876543109",
         "县税务局还组建了税费服务专班，深入重点企业开展“一对一”辅导，帮助企业用足用好各项税费优惠政策。"
         "今年以来，全县新增减税降费及退税缓费{n3}万元。".replace("{n3}", "2376"),
         "下一步，县税务局将持续深化税收征管改革，不断提升纳税人、缴费人满意度和获得感。")
    pg.expect("spam", "代开发票")

    pg = new("banzheng-ad", "asp", "关于公布定南县第二批“一件事一次办”事项清单的通知", "2023-11-06", T_TZGG,
             "定南县行政审批局", note="办证 advert in the text; trap: 不动产 and 残疾人证 items are legit")
    pg.p("各乡镇人民政府，县直各有关单位：",
         "为深入推进“一件事一次办”改革，进一步提升政务服务效能，经县政府同意，现将定南县第二批“一件事一次办”事项清单予以公布，请认真抓好落实。")
    pg.table(["序号", "“一件事”名称", "牵头单位", "涉及事项数"],
             [["1", "新生儿出生一件事", "县卫生健康委员会", "6"], ["2", "企业开办一件事", "县行政审批局", "5"],
              ["3", "二手房转移登记及水电气网联动过户一件事", "县自然资源局", "7"],
              ["4", "残疾人服务一件事", "县残疾人联合会", "4"], ["5", "退休一件事", "县人力资源和社会保障局", "5"],
              ["6", "军人退役一件事", "县退役军人事务局", "6"], ["7", "身后一件事", "县民政局", "8"]])
    pg.p("专业办证刻章，毕业证、学位证、驾驶证、房产证、各类资格证书，全国联网可查，微信：bz-7788",
         "各牵头单位要会同配合单位梳理办事流程，编制办事指南，于本通知印发之日起30日内实现线上线下同步办理。")
    pg.sign("定南县行政审批局", "2023年11月6日")
    pg.expect("spam", "专业办证")

    # spam only in <title> (SEO hack), visible h1 clean
    pg = new("htmltitle-kaiyun", "jiyue", "天九镇开展脐橙黄龙病防控技术培训", "2024-02-27 15:40", T_TOWN, "天九镇人民政府",
             html_title="开云体育官网入口_开云体育app下载_天九镇开展脐橙黄龙病防控技术培训",
             note="<title> tag rewritten with gambling words, the article title and text clean; trap: 脐橙 text")
    news(pg, "脐橙", 4, town="天九镇")
    pg.expect("spam", "开云体育")

    # spam pasted into a table cell of a disclosure list
    pg = new("yongli-in-table", "trs", "定南县2023年度耕地地力保护补贴资金发放情况公示", "2023-07-18",
             t_dept("定南县农业农村局", "财政资金"), "定南县农业农村局",
             note="one table cell replaced by a gambling advert; traps: masked card numbers (6217****1234)")
    pg.meta.update(index_no=index_no(pg), topic="农业、林业、水利", doc_no="")
    rng = R(pg)
    pg.p("根据财政部、农业农村部有关文件精神和省、市工作要求，现将我县2023年度耕地地力保护补贴资金发放情况公示如下（部分）：")
    rows = gongshi_rows(rng, 18, ["序号", "乡镇", "村（社区）", "户主姓名", "一卡通账号", "面积（亩）", "金额（元）"])
    rows[7][2] = "永利皇宫娱乐城官网"
    pg.table(["序号", "乡镇", "村（社区）", "户主姓名", "一卡通账号", "面积（亩）", "补贴金额（元）"], rows)
    pg.p("补贴标准为每亩118.3元，补贴资金已通过“一卡通”直接发放到户。公示期间如有异议，请向县农业农村局反映，联系电话：0797-4285302。")
    pg.expect("spam", "永利皇宫")

    # lottery prediction spam between paragraphs
    pg = new("pk10-ssc", "epoint", "县统计局开展第五次全国经济普查数据质量核查", "2024-01-16", T_NEWS, "定南县统计局",
             note="private-lottery spam lines between paragraphs; traps: statistics numbers only")
    pg.p("为确保第五次全国经济普查数据真实准确，县统计局组织业务骨干组成核查组，对全县普查对象开展数据质量核查。",
         "北京赛车pk10计划群，时时彩全天稳定计划，包赢技巧免费领取",
         "核查组采取抽样核查与重点核查相结合的方式，对普查对象的单位名称、行业代码、从业人员、营业收入等指标逐项核对，"
         "发现问题及时反馈普查机构修正。",
         "此次核查共抽取普查对象{n}家，涉及{t}个乡镇，核查差错率控制在规定范围以内。".replace("{n}", "126").replace("{t}", "7"),
         "县统计局要求，各普查机构要严格落实数据质量责任制，坚决杜绝人为干预统计数据，确保普查数据经得起历史和实践检验。")
    pg.expect("spam", "北京赛车pk10")
    pg.expect("spam", "时时彩")

    # fraud spam: part-time order brushing and card cash-out in a 留言 reply page
    pg = new("shuadan-in-letter", "epoint", "关于城区停车难问题的回复", "2024-06-03", ["首页", "互动交流", "县长信箱"],
             "定南县城市管理局", note="a published citizen letter carries fraud spam (刷单兼职, 信用卡套现); the reply is ordinary; "
             "traps: 路口 words, the office landline")
    pg.p("来信标题：城区停车难问题", "来信时间：2024-05-27",
         "来信内容：县城建设路、胜利路一带停车位太少，早晚高峰经常有车辆乱停乱放，希望有关部门增加停车位。"
         "手机刷单兼职，日结300-800元，信用卡套现秒到账，详情加微信xs2024。",
         "回复单位：定南县城市管理局", "回复时间：2024-06-03",
         "回复内容：您好！您反映的问题已收悉。经调查，城区建设路、胜利路周边为老城区，道路较窄，停车供需矛盾较为突出。"
         "我局已会同县公安局交通管理大队对该区域停车情况进行了摸排，拟利用周边闲置地块新增临时停车位{n}个，"
         "并在主要路段施划夜间限时停车泊位。同时，将加强对占道停车、乱停乱放行为的劝导和整治。感谢您对城市管理工作的关心和支持！".replace("{n}", "86"),
         "联系电话：0797-4281226")
    pg.expect("spam", "刷单兼职")
    pg.expect("spam", "信用卡套现")

    # porn spam in a township news page
    pg = new("chengren-shipin", "vsb", "龙塘镇开展移风易俗宣传活动", "2023-09-14", T_TOWN, "龙塘镇人民政府",
             note="porn advert line (成人视频, 色情直播); traps: 上门服务 for elderly people (legit)")
    news(pg, "文明实践", 3, town="龙塘镇")
    pg.p("活动中，志愿者还为行动不便的老人提供上门服务，帮助他们办理社保认证、代购生活用品。",
         "免费成人视频在线观看，美女色情直播，午夜福利看个够",
         "下一步，龙塘镇将持续推进移风易俗，倡导婚事新办、丧事简办、其他喜事不办，推动形成文明乡风。")
    pg.expect("spam", "成人视频")
    pg.expect("spam", "色情直播")
    pg.maybe("spam", "午夜福利")

    # brands in a keyword tail at the end of a page
    pg = new("keyword-tail", "jcms", "县医保局开展医保基金监管集中宣传月活动", "2024-04-25 11:15", T_NEWS, "定南县医疗保障局",
             note="gambling keyword tail appended (plain text); traps: 举报奖励 text")
    news(pg, "医保", 5)
    pg.after_body = ('<p style="color:#666">相关搜索：太阳城集团 皇冠体育 亚博体育 威尼斯人娱乐场 网上赌场</p>')
    for t in ("太阳城", "皇冠体育", "亚博体育", "威尼斯人娱乐场", "网上赌场"):
        pg.expect("spam", t)


def spam_evasion_pages() -> None:
    pg = new("fullwidth-bet365", "jcms", "岭北镇召开稀土矿区生态环境整治推进会", "2024-05-17 17:30", T_TOWN, "岭北镇人民政府",
             note="full-width and traditional spam pasted into the text")
    news(pg, "稀土矿山修复", 3, town="岭北镇")
    pg.p("ｂｅｔ３６５体育在线投注，澳門新葡京娛樂場官網，首存即送彩金",
         "会议要求，各村要落实矿区巡查制度，坚决防止非法开采反弹。")
    pg.expect("spam", "ｂｅｔ３６５", "fullwidth")
    pg.expect("spam", "澳門新葡京", "traditional")
    pg.maybe("spam", "彩金")

    pg = new("spaced-biwei", "vsb", "县交通运输局开展“四好农村路”建设督查", "2024-06-12", T_NEWS, "定南县交通运输局",
             note="spaced spam (必 威 体 育, 代 开 发 票); trap: 路口交通 and 交通安全 in real text")
    pg.p("近日，县交通运输局组织督查组对各乡镇“四好农村路”建设情况开展专项督查。",
         "督查组实地查看了农村公路提升改造、危桥改造和路口交通安全设施建设情况，对发现的问题当场交办。",
         "必 威 体 育 官 方 网 站，代 开 发 票 联 系 我 们",
         "督查组要求，各乡镇要落实“路长制”，加强农村公路日常养护，确保农村公路路况良好、交通安全。")
    pg.expect("spam", "必 威 体 育", "spaced")
    pg.expect("spam", "代 开 发 票", "spaced")

    pg = new("symbols-amxpj", "trs", "定南县2024年第二季度政府信息公开工作情况通报", "2024-07-05",
             t_dept("定南县人民政府办公室", "工作通报"), "定南县人民政府办公室",
             note="spam split by symbols (澳*门*新*葡*京, 威-尼-斯-人); traps: 三审三校 text")
    pg.meta.update(index_no=index_no(pg), topic="综合政务", doc_no="定府办字〔2024〕31号")
    pg.p("各乡镇人民政府，县直各单位：",
         "根据政府网站常态化监测工作安排，县政务公开办对第二季度全县政府信息公开工作情况进行了检查，现将有关情况通报如下。",
         "第二季度，全县各单位在县政府门户网站发布各类信息{n}条，重点领域信息公开总体及时，大部分单位能够严格落实“三审三校”制度。".replace("{n}", "2164"),
         "检查也发现，个别单位栏目更新不及时，部分信息存在要素不全、附件无法打开等问题。",
         "澳*门*新*葡*京 威-尼-斯-人 官方直营 信誉保证",
         "请各单位对照问题清单，于5个工作日内完成整改，并将整改情况报县政务公开办。")
    pg.expect("spam", "澳*门*新*葡*京", "symbols")
    pg.expect("spam", "威-尼-斯-人", "symbols")

    pg = new("traditional-tyc", "asp", "关于开展2024年度“最美家庭”推荐评选工作的通知", "2024-03-01", T_TZGG, "定南县妇女联合会",
             note="traditional-character spam (太陽城集團, 皇冠體育)")
    pg.p("各乡镇妇联，县直各单位：",
         "为深入推进家庭家教家风建设，县妇联决定在全县开展2024年度“最美家庭”推荐评选活动，现将有关事项通知如下。",
         "一、评选范围。全县城乡各类家庭均可参加，重点推荐在爱国守法、敬业奉献、孝老爱亲、科学教子、绿色环保等方面表现突出的家庭。",
         "太陽城集團 皇冠體育 信譽第一 線上投注",
         "二、推荐程序。采取个人自荐、群众推荐、组织推荐相结合的方式，由各乡镇妇联、县直各单位择优推荐。",
         "三、时间安排。请于3月25日前将推荐表及事迹材料报送县妇联。")
    pg.expect("spam", "太陽城集團", "traditional")
    pg.expect("spam", "皇冠體育", "traditional")
    pg.sign("定南县妇女联合会", "2024年3月1日")

    pg = new("baijiale-trad-spaced", "epoint", "鹅公镇开展油茶低产林改造现场培训", "2023-10-26", T_TOWN, "鹅公镇人民政府",
             note="百家樂 (traditional), 开 元 棋 牌 (spaced); traps: 油茶 text only")
    pg.p("10月25日，鹅公镇在高湖村油茶基地组织开展油茶低产林改造现场培训，全镇油茶种植户{n}余人参加。".replace("{n}", "60"),
         "县林业局技术人员现场讲解了油茶低产林改造中的截干复壮、修枝整形、施肥管理和病虫害防治等技术要点，并手把手进行示范。",
         "培训结束后，学员们在村委会会议室进行了交流座谈。",
         "真人百家樂 开 元 棋 牌 手机版下载",
         "今年以来，鹅公镇共完成油茶低产林改造{n}亩。".replace("{n}", "1200"))
    pg.expect("spam", "百家樂", "traditional")
    pg.expect("spam", "开 元 棋 牌", "spaced")

    pg = new("jinsha-symbols", "jiyue", "县住建局开展城镇燃气安全专项整治", "2024-03-28 09:10", T_NEWS, "定南县住房和城乡建设局",
             note="symbol-split spam (金|沙|娱|乐, 亚.博.体.育); traps: 金沙 appears nowhere else")
    news(pg, "安全生产", 4)
    pg.p("金|沙|娱|乐 亚.博.体.育 注册送38元")
    pg.expect("spam", "金|沙|娱|乐", "symbols")
    pg.expect("spam", "亚.博.体.育", "symbols")

    pg = new("liuhecai-star", "vsb", "老城镇开展矛盾纠纷排查化解工作", "2024-02-20", T_TOWN, "老城镇人民政府",
             note="六☆合☆彩 (symbols) and bet 3 6 5 (spaced); traps: 矛盾纠纷 text only")
    pg.p("为维护社会和谐稳定，老城镇组织综治、司法、派出所等力量，深入各村开展矛盾纠纷排查化解工作。",
         "工作中，镇村干部逐户走访，重点排查婚姻家庭、邻里关系、土地山林权属等方面的矛盾纠纷，做到早发现、早介入、早化解。",
         "今年以来，全镇共排查矛盾纠纷{n}起，调解成功{m}起，调解成功率达95%以上。".replace("{n}", "47").replace("{m}", "45"),
         "六☆合☆彩 今期特码 bet 3 6 5 官网",
         "下一步，老城镇将深化“枫桥经验”，持续推进平安乡村建设。")
    pg.expect("spam", "六☆合☆彩", "symbols")
    pg.expect("spam", "bet 3 6 5", "spaced")
    pg.maybe("spam", "特码")

    pg = new("kaiyun-trad-leyu", "jcms", "县人社局举办2024年“春风行动”专场招聘会", "2024-02-19 14:00", T_NEWS,
             "定南县人力资源和社会保障局", note="開雲體育 (traditional), 乐 鱼 体 育 (spaced); traps: 招聘会 text")
    pg.p("2月18日，县人社局在县就业创业服务中心广场举办2024年“春风行动”专场招聘会。",
         "本次招聘会共组织县内外{n}家企业参会，提供普工、技术员、电工、文员等就业岗位{m}余个。".replace("{n}", "58").replace("{m}", "3200"),
         "開雲體育 乐 鱼 体 育 官方入口",
         "招聘会现场还设置了政策咨询台，工作人员向求职者宣传就业创业扶持政策、技能培训政策和劳动维权知识。",
         "据统计，当天进场求职人员{n}余人，初步达成就业意向{m}人。".replace("{n}", "2100").replace("{m}", "486"))
    pg.expect("spam", "開雲體育", "traditional")
    pg.expect("spam", "乐 鱼 体 育", "spaced")

    pg = new("betway-fullwidth", "trs", "定南县2024年5月份重点项目建设进展情况", "2024-06-11", t_dept("定南县发展和改革委员会", "重大建设项目"),
             "定南县发展和改革委员会", note="必威ｂｅｔｗａｙ (fullwidth) and 九_游_会 (symbols) pasted into the table note")
    pg.meta.update(index_no=index_no(pg), topic="综合政务", doc_no="")
    pg.p("截至5月底，全县纳入调度的重点项目共{n}个，总投资{m}亿元，已完成投资{k}亿元，占年度计划的{p}%。"
         .replace("{n}", "86").replace("{m}", "312.6").replace("{k}", "58.4").replace("{p}", "42.7"))
    pg.table(["项目类别", "项目个数", "年度计划投资（亿元）", "1-5月完成投资（亿元）", "完成比例（%）"],
             [["产业项目", "38", "62.5", "27.1", "43.4"], ["基础设施项目", "21", "38.2", "16.0", "41.9"],
              ["社会民生项目", "17", "24.8", "10.7", "43.1"], ["生态环保项目", "10", "11.3", "4.6", "40.7"]])
    pg.p("备注：必威ｂｅｔｗａｙ 九_游_会 点击进入")
    pg.p("下一步，县发改委将继续实行重点项目“周调度、月通报”制度，协调解决项目建设中的用地、资金、用工等问题。")
    pg.expect("spam", "必威ｂｅｔｗａｙ", "fullwidth")
    pg.expect("spam", "九_游_会", "symbols")

    pg = new("zerowidth-ag", "epoint", "县卫健委开展基本公共卫生服务项目绩效评价", "2024-01-30", T_NEWS, "定南县卫生健康委员会",
             note="澳门+ZERO WIDTH SPACE+新葡京 (zero-width split) and ＡＧ真人 (full-width)")
    pg.p("为提升基本公共卫生服务质量，县卫健委组织专家组对各乡镇卫生院2023年度基本公共卫生服务项目开展绩效评价。",
         "评价采取查阅资料、现场核查、入户随访和电话回访等方式，重点评价居民健康档案、慢性病患者健康管理、老年人健康管理等项目。",
         "澳门\u200b新\u200b葡京 ＡＧ真人 在线开户",
         "评价结果将作为基本公共卫生服务补助资金拨付的重要依据。")
    pg.expect("spam", "澳门\u200b新\u200b葡京", "zero_width")
    pg.expect("spam", "ＡＧ真人", "fullwidth")

    pg = new("fapiao-traditional", "asp", "关于调整部分住房公积金政策的通知", "2023-08-15", T_TZGG, "赣州市住房公积金中心定南办事处",
             note="代開發票 (traditional) line; traps: 开具 and 缴存证明 text")
    pg.p("各缴存单位、缴存职工：",
         "为进一步发挥住房公积金制度作用，支持缴存职工合理住房需求，经研究，决定对部分住房公积金政策进行调整，现将有关事项通知如下。",
         "一、提高住房公积金贷款最高额度。双职工缴存家庭最高贷款额度调整为60万元，单职工缴存家庭调整为50万元。",
         "二、支持提取住房公积金支付购房首付款。缴存职工购买新建商品住房的，可凭购房合同和首付款发票申请提取。",
         "代開發票 各類稅票 誠信經營",
         "三、本通知自印发之日起施行。")
    pg.expect("spam", "代開發票", "traditional")
    pg.sign("赣州市住房公积金中心定南办事处", "2023年8月15日")


# ---------------------------------------------------------------------------
# the pages: sensitive content


def sensitive_pages() -> None:
    pg = new("guns-for-sale", "epoint", "关于镇区农贸市场改造提升的建议的回复", "2024-04-16", ["首页", "互动交流", "县长信箱"],
             "定南县商务局", note="published letter carries weapon-sale adverts; trap: the reply text is ordinary")
    pg.p("来信标题：农贸市场改造", "来信时间：2024-04-08",
         "来信内容：建议对县城农贸市场进行改造，增加停车位，改善卫生环境。出售仿真枪、气枪、猎枪，出售手枪，货到付款，QQ：1849302716。",
         "回复单位：定南县商务局", "回复时间：2024-04-16",
         "回复内容：您好！县城农贸市场改造提升已列入今年县级民生实事项目，目前正在开展设计工作，计划年内完成改造。"
         "改造内容包括市场内部雨污分流、摊位规范设置、冷链设施配套和周边停车位建设。感谢您的关注！",
         "咨询电话：0797-4282633")
    pg.expect("sensitive", "出售仿真枪、气枪、猎枪")
    pg.expect("sensitive", "出售手枪")

    pg = new("drugs-for-sale", "vsb", "岿美山镇开展夏季治安巡逻防控工作", "2023-07-11", T_TOWN, "岿美山镇人民政府",
             note="drug-sale advert injected; traps: 治安巡逻 text")
    pg.p("为切实维护夏季社会治安稳定，岿美山镇组织派出所、综治中心和平安志愿者开展夏季治安巡逻防控工作。",
         "巡逻队重点对集镇主要街道、学校周边、矿区和夜宵摊点等区域开展巡逻，及时劝导和处置各类不安全因素。",
         "冰毒、K粉、麻古出售，同城当面交易，海洛因批发，微信：dz9527",
         "今年夏季以来，全镇共开展治安巡逻{n}次，出动人员{m}人次，辖区治安形势总体平稳。".replace("{n}", "56").replace("{m}", "420"))
    pg.expect("sensitive", "冰毒、K粉、麻古出售")
    pg.expect("sensitive", "海洛因批发")

    pg = new("taidu-slogan", "trs", "定南县2024年春节期间烟花爆竹安全管理工作方案", "2024-01-22",
             t_dept("定南县应急管理局", "政策文件"), "定南县应急管理局",
             note="defaced: separatist slogans inserted; traps: 民用爆炸物品/烟花爆竹 safety text")
    pg.meta.update(index_no=index_no(pg), topic="安全生产监管", doc_no="定应急字〔2024〕3号")
    pg.p("为切实做好2024年春节期间烟花爆竹安全管理工作，严防各类安全事故发生，结合我县实际，制定本方案。",
         "一、严格烟花爆竹经营许可。烟花爆竹零售点的设置应当符合安全条件，严禁在居民楼、学校、集贸市场等人员密集场所设置零售点。",
         "二、严厉打击非法生产经营。公安、应急、市场监管等部门要联合开展执法检查，严厉打击非法生产、经营、储存、运输烟花爆竹和民用爆炸物品的违法行为。",
         "支持台湾独立！台湾独立万岁！",
         "三、加强燃放安全管理。城区规定区域内禁止燃放烟花爆竹，农村地区要引导群众文明燃放、安全燃放。")
    pg.expect("sensitive", "支持台湾独立")
    pg.expect("sensitive", "台湾独立万岁")

    pg = new("flg-slogans", "asp", "关于做好2024年度城乡居民医疗保险集中征缴工作的通知", "2023-09-20", T_TZGG, "定南县医疗保障局",
             note="cult slogans inserted into a notice")
    pg.p("各乡镇人民政府，县直有关单位：",
         "2024年度城乡居民基本医疗保险集中征缴工作即将开始，为确保完成参保任务，现将有关事项通知如下。",
         "一、征缴时间。集中征缴期为2023年9月1日至12月31日。",
         "法轮大法好，天灭中共，三退保平安",
         "二、缴费标准。2024年度城乡居民医保个人缴费标准为每人每年400元。",
         "三、工作要求。各乡镇要层层压实责任，确保参保率稳定在95%以上。")
    pg.expect("sensitive", "法轮大法好")
    pg.expect("sensitive", "天灭中共")
    pg.expect("sensitive", "三退保平安")
    pg.sign("定南县医疗保障局", "2023年9月20日")

    pg = new("bomb-tutorial", "jiyue", "县图书馆开展“全民阅读”系列活动", "2024-04-23 10:00", T_NEWS,
             "定南县文化广电新闻出版旅游局", note="bomb-making and explosives-sale adverts injected")
    pg.p("4月23日是第29个世界读书日，县图书馆以“书香定南·悦读人生”为主题，开展“全民阅读”系列活动。",
         "活动期间，县图书馆举办了好书推荐、亲子共读、经典诵读和读书分享会等活动，吸引了众多市民参与。",
         "土制炸弹制作教程，出售雷管炸药，量大从优",
         "县图书馆还开展了“流动图书进乡村”活动，向各乡镇农家书屋配送图书{n}册。".replace("{n}", "3600"))
    pg.expect("sensitive", "土制炸弹制作教程")
    pg.expect("sensitive", "出售雷管炸药")

    pg = new("separatist-mix", "jcms", "县民宗局开展民族团结进步宣传月活动", "2023-09-08 09:45", T_NEWS,
             "定南县民族宗教事务局", note="separatist slogans injected; traps: 民族团结, 铸牢中华民族共同体意识")
    pg.p("9月是民族团结进步宣传月，县民宗局以“铸牢中华民族共同体意识”为主题，开展形式多样的宣传活动。",
         "宣传活动通过悬挂横幅、发放宣传资料、设立咨询台等方式，宣传党的民族宗教政策和法律法规。",
         "西藏独立 东突厥斯坦独立 光复香港，时代革命",
         "活动还走进学校、社区和企业，讲述各民族交往交流交融的生动故事，引导群众像爱护自己的眼睛一样珍惜民族团结。")
    pg.expect("sensitive", "西藏独立")
    pg.expect("sensitive", "东突厥斯坦独立")
    pg.expect("sensitive", "光复香港，时代革命")

    pg = new("jihad-and-party", "vsb", "鹅公镇召开平安建设工作会议", "2024-03-05", T_TOWN, "鹅公镇人民政府",
             note="extremist and anti-party slogans injected; traps: 平安建设, 扫黑除恶 text")
    pg.p("3月4日，鹅公镇召开平安建设工作会议，总结2023年平安建设工作，部署2024年重点任务。",
         "会议要求，要深入推进扫黑除恶常态化，持续开展矛盾纠纷排查化解，加强社会治安防控体系建设。",
         "号召参加圣战 打倒共产党",
         "会议强调，要压实平安建设责任，确保全镇社会大局持续和谐稳定。")
    pg.expect("sensitive", "参加圣战")
    pg.expect("sensitive", "打倒共产党")

    pg = new("evasion-guns-drugs", "epoint", "县市场监管局开展特种设备安全检查", "2024-05-29", T_NEWS, "定南县市场监督管理局",
             note="spaced and traditional weapon/drug adverts; trap: 压力容器/气瓶 text")
    news(pg, "食品安全", 2)
    pg.p("执法人员还对辖区内电梯、锅炉、压力容器和气瓶充装单位开展了安全检查。",
         "出 售 枪 支 弹 药，氣槍出售，大麻种子出售，迷幻药出售",
         "检查共发现隐患{n}处，均已督促整改到位。".replace("{n}", "23"))
    pg.expect("sensitive", "出 售 枪 支 弹 药", "spaced")
    pg.expect("sensitive", "氣槍出售", "traditional")
    pg.expect("sensitive", "大麻种子出售")
    pg.expect("sensitive", "迷幻药出售")

    pg = new("crossbow-ecstasy", "jcms", "龙塘镇组织开展蔬菜种植技术培训", "2023-05-16 16:20", T_TOWN, "龙塘镇人民政府",
             note="weapon and drug adverts appended; trap: 农药 text")
    pg.p("5月15日，龙塘镇在长富村蔬菜基地举办蔬菜种植技术培训，邀请县农业技术推广中心专家授课。",
         "专家围绕夏季蔬菜病虫害绿色防控、科学安全使用农药、设施大棚管理等内容进行了讲解。")
    pg.after_body = "<p>钢珠弩出售，代购摇头丸，快递发货</p>"
    pg.expect("sensitive", "钢珠弩出售")
    pg.expect("sensitive", "代购摇头丸")


# ---------------------------------------------------------------------------
# the pages: hidden links and redirects


def hidden_link_pages() -> None:
    pg = new("hidden-display-none", "jcms", "县水利局开展汛前水库安全大检查", "2024-04-10 15:30", T_NEWS, "定南县水利局",
             note="three links in a display:none div after the text; traps: frame drop-down menus and hidden tabs")
    news(pg, "河长制", 4)
    pg.after_body = hidden_links(pg, "display_none", spam_links(3))

    pg = new("hidden-visibility", "trs", "定南县2024年第一季度“双随机、一公开”抽查结果公示", "2024-04-15",
             t_dept("定南县市场监督管理局", "行政执法"), "定南县市场监督管理局",
             note="two links in a visibility:hidden span at the top of the page")
    pg.meta.update(index_no=index_no(pg), topic="市场监管", doc_no="")
    pg.p("根据《江西省市场监管领域部门联合“双随机、一公开”监管工作实施办法》，现将我局2024年第一季度“双随机、一公开”抽查结果公示如下。")
    pg.table(["序号", "市场主体名称", "统一社会信用代码", "抽查事项", "抽查结果"],
             [["1", "定南县鑫源食品有限公司", "91360728MA38TQ2K6B", "食品生产监督检查", "未发现问题"],
              ["2", "定南县绿源农资经营部", "92360728MA3A7P1R0X", "农资产品质量检查", "未发现问题"],
              ["3", "定南县恒达建材有限公司", "91360728MA35WJ8E4N", "产品质量监督抽查", "责令整改"],
              ["4", "定南县康宁大药房", "92360728MA39L2H15C", "药品经营使用检查", "未发现问题"],
              ["5", "定南县惠民超市", "92360728MA3BF6E97G", "食品经营监督检查", "未发现问题"]])
    pg.top_extra = hidden_links(pg, "visibility", spam_links(2))

    pg = new("hidden-font-size-0", "vsb", "天九镇召开退役军人座谈会", "2023-07-31", T_TOWN, "天九镇人民政府",
             note="links with font-size:0 inside the text")
    news(pg, "退役军人", 3)
    pg.raw(hidden_links(pg, "font_size_0", spam_links(2)))
    pg.p("座谈会上，退役军人代表纷纷表示，将继续发扬人民军队优良传统，退役不褪色，在乡村振兴中贡献力量。")

    pg = new("hidden-zero-box", "epoint", "县司法局开展“八五”普法宣传进乡村活动", "2023-11-08", T_NEWS, "定南县司法局",
             note="links in a 0x0 overflow:hidden box in the footer area")
    pg.p("为推进“八五”普法规划深入实施，县司法局组织法律服务工作者深入各乡镇开展普法宣传进乡村活动。",
         "活动中，工作人员围绕民法典、反电信网络诈骗法、农村土地承包法等与群众生产生活密切相关的法律法规进行了宣传讲解，"
         "并现场为群众提供法律咨询服务。",
         "今年以来，全县共开展各类普法宣传活动{n}场次，发放宣传资料{m}余份。".replace("{n}", "186").replace("{m}", "3.2万"))
    pg.foot_extra = hidden_links(pg, "zero_box", spam_links(2))

    pg = new("hidden-offscreen", "jiyue", "县财政局开展惠民惠农财政补贴资金专项检查", "2024-05-20 11:00", T_NEWS, "定南县财政局",
             note="links positioned at left:-9999px")
    pg.p("为确保惠民惠农财政补贴资金安全规范使用，县财政局联合有关部门开展补贴资金专项检查。",
         "检查组通过查阅资料、系统比对和入户核实等方式，重点检查补贴资金申报审核、资金发放和信息公开等情况。",
         "检查中发现的个别补贴对象信息不准确、公示不规范等问题，已督促有关单位立即整改。")
    pg.after_body = hidden_links(pg, "offscreen", spam_links(2))

    pg = new("hidden-text-indent", "trs", "关于印发《定南县2024年农村供水保障工作方案》的通知", "2024-03-06",
             t_dept("定南县水利局", "政策文件"), "定南县水利局", note="links pushed out with text-indent:-9999px")
    pg.meta.update(index_no=index_no(pg), topic="农业、林业、水利", doc_no="定水字〔2024〕9号")
    notice(pg, "农村供水保障", "县水利局", items=5, addressee="各乡镇人民政府，县直有关单位：")
    pg.after_body = hidden_links(pg, "text_indent", spam_links(2))

    pg = new("hidden-same-colour", "asp", "关于公布2024年县级非物质文化遗产代表性项目名录的通知", "2024-06-14", T_TZGG,
             "定南县文化广电新闻出版旅游局", note="white links on a white background")
    pg.p("各乡镇人民政府，县直有关单位：",
         "为加强非物质文化遗产保护，经专家评审和社会公示，县政府确定了第五批县级非物质文化遗产代表性项目名录，现予以公布。")
    pg.table(["序号", "项目名称", "类别", "申报地区或单位"],
             [["1", "定南客家山歌", "传统音乐", "历市镇"], ["2", "老城酿豆腐制作技艺", "传统技艺", "老城镇"],
              ["3", "天九舞龙", "传统舞蹈", "天九镇"], ["4", "鹅公竹编技艺", "传统技艺", "鹅公镇"],
              ["5", "岭北客家婚俗", "民俗", "岭北镇"]])
    pg.raw(hidden_links(pg, "same_colour", spam_links(2)))
    pg.sign("定南县人民政府", "2024年6月14日")

    pg = new("hidden-by-class", "jcms", "县城市管理局开展城区占道经营集中整治", "2024-05-06 16:40", T_NEWS, "定南县城市管理局",
             note="links hidden through a class defined in a <style> block; traps: the frame's .subnav menus")
    pg.p("为进一步提升城市管理水平，县城市管理局组织执法队员开展城区占道经营集中整治行动。",
         "执法队员对胜利路、建设路、富康路等主要路段的占道经营、店外经营、乱搭乱建等行为进行劝导和整治，"
         "对拒不整改的依法暂扣经营物品。",
         "此次行动共劝导占道经营{n}处，清理乱堆乱放{m}处，规范设置临时疏导点3处。".replace("{n}", "132").replace("{m}", "57"))
    pg.after_body = hidden_links(pg, "class:lk-a8:display:none;", spam_links(3))

    pg = new("hidden-by-id", "vsb", "县气象局开展“3·23”世界气象日科普宣传", "2024-03-25", T_NEWS, "定南县气象局",
             note="links hidden through an #id rule (position:absolute;top:-3000px) in a <style> block")
    pg.p("3月23日是世界气象日，县气象局开放气象观测场，组织中小学生参观自动气象站、雷达拼图和天气预报制作流程。",
         "气象科技人员向学生们讲解了暴雨、雷电、冰雹等灾害性天气的防御知识，提高青少年防灾减灾意识。")
    pg.after_body = hidden_links(pg, "id:f8k2q:position:absolute;top:-3000px;", spam_links(2))

    pg = new("hidden-parent", "epoint", "县审计局召开2024年审计工作会议", "2024-02-23", T_NEWS, "定南县审计局",
             note="links visible themselves but inside a display:none parent block")
    pg.p("2月22日，县审计局召开2024年审计工作会议，总结2023年审计工作，部署2024年重点任务。",
         "会议指出，2023年全县审计机关共完成审计项目{n}个，查出问题金额{m}万元，促进增收节支{k}万元，推动建立健全制度{j}项。"
         .replace("{n}", "32").replace("{m}", "8635").replace("{k}", "1210").replace("{j}", "26"),
         "会议要求，2024年要聚焦重大政策措施落实、财政资金使用和民生保障，做好常态化“经济体检”工作。")
    pg.foot_extra = hidden_links(pg, "parent_none", spam_links(3))

    pg = new("hidden-anchor-and-marquee", "asp", "关于做好2024年高温天气防范应对工作的紧急通知", "2024-07-12", T_TZGG,
             "定南县应急管理局", note="one display:none anchor and two links in a 1x1 marquee; traps: the frame's visible scrolling notice marquee")
    pg.p("各乡镇人民政府，县直各有关单位：",
         "据气象部门预测，近期我县将持续出现35℃以上高温天气，局部地区最高气温可达38℃以上。为切实做好高温天气防范应对工作，现紧急通知如下。",
         "一、加强户外作业人员防护。各建筑施工企业要合理调整作业时间，中午高温时段停止露天作业。",
         "二、加强用电用火安全管理。各单位要加强用电设施巡查，严防电气火灾。",
         "三、做好防溺水工作。各乡镇要加强重点水域巡查，严防学生溺水事故。")
    pg.after_body = (hidden_links(pg, "anchor_none", spam_links(1)) + "\n"
                     + hidden_links(pg, "marquee", spam_links(2)))

    pg = new("hidden-docwrite", "jiyue", "县退役军人事务局开展“光荣之家”挂牌工作", "2023-12-13 10:30", T_NEWS,
             "定南县退役军人事务局", note="hidden links written by a document.write script")
    news(pg, "退役军人", 3)
    pg.foot_extra = hidden_links(pg, "docwrite", spam_links(2))

    pg = new("hidden-opacity-fixed", "trs", "定南县2023年政府信息公开工作年度报告（摘要）", "2024-01-26",
             t_dept("定南县人民政府办公室", "政府信息公开年报"), "定南县人民政府办公室",
             note="links hidden with opacity:0 and position:fixed;top:-1200px")
    pg.meta.update(index_no=index_no(pg), topic="综合政务", doc_no="")
    pg.p("本报告根据《中华人民共和国政府信息公开条例》要求编制，报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。",
         "2023年，县政府办公室主动公开政府信息{n}条，其中政策文件{m}件；受理政府信息公开申请{k}件，均已按期答复。"
         .replace("{n}", "6348").replace("{m}", "112").replace("{k}", "21"),
         "本年度因政府信息公开被申请行政复议0件、提起行政诉讼0件。")
    pg.after_body = hidden_links(pg, "opacity", spam_links(1)) + hidden_links(pg, "fixed_offscreen", spam_links(1))

    # visible links to gambling sites in a 友情链接 block
    pg = new("visible-spam-links", "vsb", "县商务局组织企业参加第二十届中国国际中小企业博览会", "2023-10-20", T_NEWS,
             "定南县商务局", note="visible friend links to gambling domains (one by text, one by url only); trap: gov links beside them")
    news(pg, "招商", 3)
    page_links = [("http://www.gov.cn/", "中国政府网"), ("https://www.ganzhou.gov.cn/", "赣州市人民政府"),
                  ("http://www.hgty-365bet.com/", "皇冠体育在线"), ("http://www.baijiale-vip.com/", "在线服务平台")]
    pg.expect("hidden_link", "http://www.hgty-365bet.com/")
    pg.expect("hidden_link", "http://www.baijiale-vip.com/")
    pg.maybe("spam", "皇冠体育")
    pg.after_body = ('<div class="friend-links"><span>友情链接：</span>'
                     + " | ".join(a(u, t) for u, t in page_links) + "</div>")

    # redirects
    pg = new("redirect-referrer", "jcms", "县教科体局召开2024年秋季开学工作部署会", "2024-08-23 17:10", T_NEWS,
             "定南县教育科技体育局", note="script sends visitors from search engines to a gambling site; trap: the frame's "
             "mobile redirect to m.dingnan.gov.cn")
    news(pg, "学生资助", 3)
    pg.head_extra = js_redirect(pg, "http://www.xpj-88tz.com/?from=dn", "referrer")

    pg = new("redirect-meta", "asp", "关于2024年定南县中小学教师资格认定工作的公告", "2024-04-01", T_TZGG,
             "定南县教育科技体育局", note="meta refresh to an outside gambling domain after 3 seconds")
    pg.p("根据《教师资格条例》和江西省教育厅有关通知精神，现将2024年我县中小学教师资格认定工作有关事项公告如下。",
         "一、认定范围。户籍、居住证或所在学校在定南县的申请人，可申请幼儿园、小学、初级中学教师资格。",
         "二、网上申报时间。2024年4月8日至4月19日，申请人登录中国教师资格网进行网上申报。",
         "三、现场确认。申请人按照网上预约时间，携带有关材料到县政务服务中心教育窗口进行现场确认。")
    pg.head_extra = meta_refresh(pg, "http://www.amdc-vip6.com/", 3)

    pg = new("redirect-mobile-ua", "epoint", "县自然资源局开展耕地保护“田长制”巡田工作", "2024-06-26", T_NEWS,
             "定南县自然资源局", note="script sends mobile visitors to a porn site")
    pg.p("为守牢耕地保护红线，县自然资源局全面推行“田长制”，建立县、乡、村、组四级田长体系。",
         "各级田长定期开展巡田，重点查看耕地“非农化”“非粮化”、违法占用耕地建房、乱堆乱放等问题，做到早发现、早制止、早处置。",
         "今年以来，全县各级田长累计巡田{n}人次，发现并制止违法占用耕地行为{m}起。".replace("{n}", "4870").replace("{m}", "17"))
    pg.foot_extra = js_redirect(pg, "https://m.sexx-zb69.com/", "ua")


# ---------------------------------------------------------------------------
# the pages: wrong political / official expressions


def expression_pages() -> None:
    pg = new("taiwanguo-investment", "jcms", "我县举办2024年台资企业恳谈会", "2024-05-23 18:00", T_COUNTY, "县委统战部",
             note="台湾国 in running text; traps: 台湾同胞, 台资企业, 两岸, 反对“台独”")
    pg.p("5月22日，我县举办2024年台资企业恳谈会，{leader}出席会议并讲话，在定台资企业负责人参加会议。".replace(
        "{leader}", "县委常委、统战部部长黄国平"),
         "会上，与会台商介绍了企业生产经营情况，并就用工保障、物流运输、融资服务等方面提出了意见建议。",
         "黄国平指出，台湾同胞是我们的骨肉天亲，两岸同胞血脉相连。近年来，我县台资企业稳步发展，产品远销美国、日本、台湾国等国家和地区，"
         "为全县经济社会发展作出了积极贡献。",
         "黄国平强调，全县各级各部门要坚持一个中国原则和“九二共识”，坚决反对“台独”分裂行径，持续深化两岸经济文化交流合作，"
         "用心用情为台资企业和台湾同胞办实事、解难题，让台商在定南投资安心、发展顺心、生活舒心。")
    pg.expect("expression", "台湾国")

    pg = new("taiwan-government", "vsb", "县台办开展对台交流工作专题调研", "2023-11-21", T_NEWS, "定南县人民政府台湾事务办公室",
             note="台湾政府 (should be 台湾当局), 台湾总统 (should be 台湾地区领导人); traps: 台湾当局 used correctly once, 台湾地区")
    pg.p("近日，县台办深入台资企业和台胞家庭开展对台交流工作专题调研，了解台胞台企在定南生产生活情况。",
         "调研中，县台办工作人员详细介绍了国家和省、市出台的促进两岸经济文化交流合作的若干措施，"
         "并就台湾政府近期出台的限制两岸交流的政策对台企经营的影响听取了企业意见。",
         "有台商表示，台湾当局阻挠两岸交流的做法不得人心，两岸同胞走近走亲是大势所趋。也有台胞谈到，"
         "无论台湾总统由谁担任，两岸同胞加强交流合作的愿望都不会改变。",
         "县台办表示，将持续落实好各项惠台利民政策，积极为台湾地区居民在定南就业、创业、生活提供便利。")
    pg.expect("expression", "台湾政府")
    pg.expect("expression", "台湾总统")

    pg = new("north-korea-history", "jiyue", "县退役军人事务局开展纪念抗美援朝出国作战74周年活动", "2024-10-25 10:20", T_NEWS,
             "定南县退役军人事务局", note="北朝鲜 twice (one instance); traps: 朝鲜 correctly elsewhere, 抗美援朝")
    pg.p("10月25日，县退役军人事务局组织开展纪念中国人民志愿军抗美援朝出国作战74周年活动，参战老兵代表、退役军人和中小学生代表参加。",
         "活动中，参战老兵代表讲述了当年随志愿军跨过鸭绿江、在北朝鲜战场上浴血奋战的亲身经历，与会人员深受教育。",
         "1950年10月，应朝鲜党和政府的请求，中国人民志愿军跨过鸭绿江，同朝鲜人民和军队一道抗击侵略者。",
         "一位参战老兵回忆说，北朝鲜冬天气温低至零下三十多度，战士们在冰天雪地里坚守阵地，很多人冻伤了手脚。",
         "活动要求，要大力弘扬伟大抗美援朝精神，把爱国热情转化为建设家乡的实际行动。")
    pg.expect("expression", "北朝鲜")

    pg = new("north-korea-trade", "trs", "关于2024年上半年全县外贸进出口情况的通报", "2024-07-26",
             t_dept("定南县商务局", "统计信息"), "定南县商务局",
             note="北朝鲜 in a trade report; traps: 一带一路 quoted correctly as 倡议, 出口交货值")
    pg.meta.update(index_no=index_no(pg), topic="商贸、海关、旅游", doc_no="")
    pg.p("2024年上半年，全县实现外贸进出口总额{n}亿元，同比增长{m}%，其中出口{k}亿元，进口{j}亿元。"
         .replace("{n}", "12.6").replace("{m}", "8.3").replace("{k}", "10.9").replace("{j}", "1.7"),
         "从市场分布看，对东盟、欧盟和共建“一带一路”国家出口保持较快增长，对北朝鲜等周边国家出口有所下降。",
         "从产品结构看，电子元器件、稀土永磁材料和农副产品是我县主要出口产品，规模以上工业企业出口交货值同比增长{p}%。".replace("{p}", "6.1"),
         "下一步，县商务局将积极落实稳外贸政策，支持企业参加境内外展会，积极参与“一带一路”倡议下的经贸合作。")
    pg.expect("expression", "北朝鲜")

    pg = new("one-belt-strategy", "jcms", "县工信局组织企业参加“赣品出海”对接会", "2024-03-19 15:20", T_NEWS,
             "定南县工业和信息化局", note="一带一路战略 twice (one instance); traps: 共建“一带一路” quoted correctly")
    pg.p("3月18日，县工信局组织县内{n}家外向型企业参加“赣品出海”对接会。".replace("{n}", "12"),
         "对接会上，商务、海关、税务、金融等部门负责人解读了出口退税、跨境贸易便利化和出口信用保险等政策。",
         "县工信局负责人表示，要引导企业积极融入一带一路战略，用好共建“一带一路”带来的市场机遇，拓展海外市场。",
         "与会企业表示，将抓住一带一路战略机遇，加大研发投入，提升产品竞争力，推动更多“定南制造”走向国际市场。")
    pg.expect("expression", "一带一路战略")

    pg = new("fourteenth-plan-unquoted", "trs", "定南县“十四五”交通运输发展规划中期评估报告", "2023-12-08",
             t_dept("定南县交通运输局", "规划计划"), "定南县交通运输局",
             note="十四五规划 unquoted twice in the text (one instance); traps: the title and other places quote “十四五” correctly")
    pg.meta.update(index_no=index_no(pg), topic="工业、交通", doc_no="")
    pg.p("为全面掌握《定南县“十四五”交通运输发展规划》实施进展，县交通运输局组织开展了规划中期评估。",
         "评估认为，十四五规划实施以来，我县交通基础设施建设取得显著成效：赣深高铁建成通车，定南迈入高铁时代；"
         "国道G105线定南段改建工程完工；“四好农村路”建设持续推进，全县通组公路硬化率达到98%以上。",
         "从主要指标看，规划确定的{n}项主要指标中，{m}项已完成或超序时进度，{k}项进度滞后，主要是受用地报批和资金筹措影响。"
         .replace("{n}", "18").replace("{m}", "14").replace("{k}", "4"),
         "评估建议，下一步要对照十四五规划目标任务，加快推进滞后项目建设，积极争取上级资金支持，确保“十四五”各项目标任务圆满完成。")
    pg.expect("expression", "十四五规划")

    pg = new("fourteenth-plan-speech", "jiyue", "县政府召开全县重大项目建设推进会", "2024-08-15 19:20", T_COUNTY, "定南县融媒体中心",
             note="十四五规划 unquoted; 一带一路战略; traps: “十五五”规划 quoted correctly, 县长 title")
    pg.p("8月15日，县政府召开全县重大项目建设推进会，县委副书记、县长刘振东出席会议并讲话。",
         "刘振东指出，今年是实现十四五规划目标任务的关键之年，也是谋划“十五五”规划的重要之年，全县上下要以项目建设为抓手，推动经济持续回升向好。",
         "刘振东要求，要积极对接一带一路战略和粤港澳大湾区建设，谋划储备一批打基础、利长远、补短板的重大项目。")
    pg.expect("expression", "十四五规划")
    pg.expect("expression", "一带一路战略")

    pg = new("old-organ-names-2023", "asp", "关于开展2023年汛期地质灾害隐患排查的通知", "2023-05-09", T_TZGG,
             "定南县自然资源局", note="outdated organ names in a 2023 page: 县国土资源局, 县安监局; traps: 原 prefix not used; "
             "县自然资源局 correct in the signature")
    pg.p("各乡镇人民政府，县直有关单位：",
         "为切实做好2023年汛期地质灾害防治工作，保障人民群众生命财产安全，现就开展汛期地质灾害隐患排查工作通知如下。",
         "一、排查范围。全县所有地质灾害隐患点、切坡建房户、在建工程边坡和废弃矿山。",
         "二、职责分工。各乡镇负责辖区内隐患排查和群测群防工作；县国土资源局负责技术指导和专业排查；县安监局负责督促非煤矿山企业开展排查；"
         "县住建局负责督促在建工程开展边坡安全排查。",
         "三、工作要求。各乡镇要于5月31日前将排查情况报县自然资源局地质灾害防治股。")
    pg.expect("expression", "县国土资源局")
    pg.expect("expression", "县安监局")
    pg.sign("定南县自然资源局", "2023年5月9日")

    pg = new("old-organ-names-national", "vsb", "县市场监管局开展知识产权宣传周活动", "2024-04-26", T_NEWS,
             "定南县市场监督管理局", note="国家工商总局 and 国家质检总局 cited as current in 2024; trap: 国家知识产权局 correct")
    pg.p("4月26日是世界知识产权日，县市场监管局在县城人民广场开展知识产权宣传周活动。",
         "活动现场，工作人员向群众讲解了商标注册、专利申请和地理标志保护等知识，并宣传了国家知识产权局关于严格规范专利申请行为的有关规定。",
         "工作人员介绍，根据国家工商总局和国家质检总局有关规定，企业应当依法使用注册商标，不得在产品上使用伪造的质量标志。",
         "近年来，我县积极推进“定南脐橙”地理标志保护和运用，带动了果农增收。")
    pg.expect("expression", "国家工商总局")
    pg.expect("expression", "国家质检总局")

    pg = new("old-organ-names-health", "epoint", "关于做好2022年秋冬季传染病防控工作的通知", "2022-10-18", T_TZGG,
             "定南县卫生健康委员会", note="县卫计委 and 县食品药品监督管理局 in a 2022 page (both renamed by 2019); "
             "trap: 县卫生健康委员会 in the signature")
    pg.p("各乡镇人民政府，县直有关单位，各医疗卫生机构：",
         "秋冬季是流感、诺如病毒感染等呼吸道和肠道传染病的高发季节。为切实做好秋冬季传染病防控工作，现将有关事项通知如下。",
         "一、加强监测预警。各医疗机构要严格落实传染病疫情报告制度，县卫计委每周组织开展疫情研判。",
         "二、加强学校和托幼机构防控。教育部门要督促学校落实晨午检和因病缺课追踪登记制度，县食品药品监督管理局要加强学校食堂食品安全监管。",
         "三、加强宣传教育。引导群众养成勤洗手、常通风、戴口罩等良好卫生习惯。")
    pg.expect("expression", "县卫计委")
    pg.expect("expression", "县食品药品监督管理局")
    pg.sign("定南县卫生健康委员会", "2022年10月18日")

    pg = new("old-organ-environment", "jcms", "县林业局与县环境保护局联合开展野生动物保护执法检查", "2023-06-06 10:00", T_NEWS,
             "定南县林业局", note="县环境保护局 in a 2023 page (now 赣州市定南生态环境局); also in title")
    pg.p("6月5日，县林业局与县环境保护局组成联合执法检查组，对县城农贸市场、餐饮店和花鸟市场开展野生动物保护执法检查。",
         "检查组重点检查了是否存在非法经营、收购、出售野生动物及其制品的行为，并向经营户宣传了野生动物保护法律法规。",
         "此次检查未发现违法经营野生动物行为。")
    pg.expect("expression", "县环境保护局")

    pg = new("wrong-titles", "jcms", "县委理论学习中心组召开2024年第五次集体学习会", "2024-06-28 17:45", T_COUNTY, "定南县融媒体中心",
             note="national leaders with wrong titles: 李强总书记, 习近平总理; traps: 习近平总书记 correct in the study paragraphs")
    pg.p("6月27日，县委理论学习中心组召开2024年第五次集体学习会，县委书记钟立华主持会议并讲话。",
         STUDY[0], STUDY[1],
         "会议强调，要深入贯彻李强总书记在政府工作报告中作出的部署要求，全力以赴稳增长、调结构、促改革、惠民生。",
         "会议还传达学习了习近平总理关于防汛救灾工作的重要指示精神，要求全县各级各部门以对人民高度负责的态度抓好防汛救灾工作。",
         STUDY[5])
    pg.expect("expression", "李强总书记")
    pg.expect("expression", "习近平总理")

    pg = new("wrong-titles-2", "epoint", "县人大常委会召开党组理论学习中心组学习会", "2024-03-21", T_COUNTY, "定南县人大常委会办公室",
             note="王沪宁委员长 (is 全国政协主席), 赵乐际总理 (is 委员长); traps: 赵乐际委员长 correct once")
    pg.p("3月20日，县人大常委会党组理论学习中心组召开学习会，传达学习全国两会精神。",
         "会议指出，赵乐际委员长所作的全国人大常委会工作报告，全面总结了过去一年的工作，对今后一年的工作作出了部署。",
         "会议还传达学习了王沪宁委员长在全国政协会议上的讲话精神，以及赵乐际总理关于人大工作的有关要求。",
         "会议要求，要把学习贯彻全国两会精神同学习贯彻习近平总书记关于坚持和完善人民代表大会制度的重要思想结合起来。")
    pg.expect("expression", "王沪宁委员长")
    pg.expect("expression", "赵乐际总理")

    pg = new("near-miss-names", "vsb", "历市镇召开党委理论学习中心组学习会", "2024-07-09", T_TOWN, "历市镇人民政府",
             note="near-miss spellings of the leader's name: 习近萍, 习进平; traps: 习近平总书记 correct elsewhere")
    pg.p("7月8日，历市镇召开党委理论学习中心组学习会，镇党委书记主持会议。",
         "会议认真学习了习近萍总书记在主持中共中央政治局集体学习时的重要讲话精神。",
         "会议强调，要深入学习贯彻习近平总书记关于“三农”工作的重要论述，扎实推进乡村全面振兴。",
         "会议要求，全镇党员干部要认真学习习进平总书记考察江西重要讲话精神，结合实际抓好贯彻落实。")
    pg.expect("expression", "习近萍")
    pg.expect("expression", "习进平")

    pg = new("thought-misspelt", "trs", "中共定南县林业局党组关于开展党纪学习教育的实施方案", "2024-04-30",
             t_dept("定南县林业局", "工作计划"), "定南县林业局",
             note="misspelt 习近平新时代中国特色社会主义思想 (two different misspellings); a near-miss name 李墙总理; "
             "traps: the correct form once")
    pg.meta.update(index_no=index_no(pg), topic="农业、林业、水利", doc_no="定林党字〔2024〕6号")
    pg.p("为深入贯彻落实党中央和省委、市委、县委关于开展党纪学习教育的部署要求，结合我局实际，制定本实施方案。",
         "一、总体要求。坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，"
         "推动党员干部学纪、知纪、明纪、守纪。",
         "二、主要任务。（一）抓好读原著学原文。组织党员认真学习《中国共产党纪律处分条例》，深刻领会习近平新时代中国特色社会主意思想的核心要义。",
         "（二）开展警示教育。组织观看警示教育片，召开以案促改专题会议。（三）深入学习习近平新时代中国特社会主义思想，"
         "贯彻落实李墙总理关于“放管服”改革的部署要求，推动林业改革发展。",
         "三、工作要求。局党组要切实履行主体责任，确保党纪学习教育取得实效。")
    pg.expect("expression", "习近平新时代中国特色社会主意思想")
    pg.expect("expression", "习近平新时代中国特社会主义思想")
    pg.expect("expression", "李墙")

    pg = new("province-secretary", "jiyue", "我县干部群众热议省委全会精神", "2023-12-04 20:10", T_COUNTY, "定南县融媒体中心",
             note="中共江西省省委书记 (should be 中共江西省委书记), 习近乎 near-miss; traps: 省委 used correctly")
    pg.p("连日来，中共江西省委全体会议精神在我县干部群众中引起热烈反响。",
         "大家表示，中共江西省省委书记在全会上所作的讲话，为做好当前和今后一个时期的工作指明了方向。",
         "县发改委干部说：“我们将认真贯彻省委全会精神，以习近乎总书记重要讲话精神为指引，做好重大项目谋划储备。”",
         "历市镇干部表示，将把省委全会精神落实到乡村振兴的具体工作中，让群众得到更多实惠。")
    pg.expect("expression", "中共江西省省委书记")
    pg.expect("expression", "习近乎")


# ---------------------------------------------------------------------------
# the pages: typos

SUMMARY_SECTIONS = [
    ("一、2023年工作开展情况", [
        "2023年，在县委、县政府的坚强领导下，我局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，"
        "紧紧围绕县委、县政府中心工作，扎实推进各项工作，较好完成了年度目标任务。",
    ]),
    ("二、存在的问题", [
        "一是工作推进不够平衡，个别领域工作进度滞后于序时进度；二是基层基础仍较薄弱，专业技术人员不足；"
        "三是宣传工作还需加强，群众对有关政策的知晓率有待提高。",
    ]),
    ("三、2024年工作计划", [
        "2024年，我局将以党的二十大精神为指引，坚持稳中求进工作总基调，重点抓好以下工作：",
        "（一）强化政治建设。持续深化党的创新理论武装，巩固拓展主题教育成果，扎实开展党纪学习教育。",
        "（二）狠抓重点任务落实。对照年度目标任务，细化分解责任，建立工作台账，实行挂图作战，确保各项任务按时保质完成。",
        "（三）加强干部队伍建设。组织开展业务培训，提升干部队伍专业能力和服务水平。",
        "（四）持续改进作风。深入开展“四下基层”，倾听群众呼声，解决群众急难愁盼问题。",
    ]),
]


def summary(page: Page, topics: list[str], per_topic: int = 5, plant: dict[int, str] | None = None) -> Page:
    """A yearly 工作总结: ``plant`` inserts a sentence after paragraph i."""
    rng = R(page, "summary")
    texts: list[tuple[str, str]] = []
    for head, body in SUMMARY_SECTIONS[:1]:
        texts.append(("h", head))
        texts += [("p", t) for t in body]
    for k, topic in enumerate(topics):
        texts.append(("h", f"（{'一二三四五六七八九十'[k]}）{topic}工作"))
        texts += [("p", t) for t in paras(rng, topic, per_topic, year="2023")]
    for head, body in SUMMARY_SECTIONS[1:]:
        texts.append(("h", head))
        texts += [("p", t) for t in body]
    count = 0
    for kind, text in texts:
        if kind == "h":
            page.h(text)
        else:
            page.p(text)
            if plant and count in plant:
                page.p(plant[count])
            count += 1
    return page


def typo_pages() -> None:
    pg = new("typo-zaijiezaili", "jcms", "县森林消防专业队开展冬春季扑火实战演练", "2023-12-19 16:00", T_NEWS, "定南县林业局",
             note="typos 再接再励, 一股作气; traps: 截止日期 (legit), 部署 correct")
    news(pg, "森林防火", 4)
    pg.p("演练结束后，县林业局负责人对演练进行了点评，要求全体队员再接再励，保持高度警惕，以一股作气的干劲做好冬春季森林防火各项工作。",
         "据悉，今年全县森林防火责任书签订工作截止日期为12月31日，目前已完成签订{n}%。".replace("{n}", "92"))
    pg.expect("typo", "再接再励")
    pg.expect("typo", "一股作气")

    pg = new("typo-busu-zhenhan", "vsb", "我县召开2024年安全生产工作会议", "2024-02-26", T_COUNTY, "定南县应急管理局",
             note="typos 布署 (title-like use), 震憾, 严励打击; traps: 部署 correct twice, 严厉 correct once")
    pg.p("2月26日，我县召开2024年安全生产工作会议，总结2023年安全生产工作，布署2024年安全生产重点任务。",
         "会议播放了安全生产警示教育片，一幕幕血的教训令人震憾，与会人员深受警醒。")
    news(pg, "安全生产", 4)
    pg.p("会议强调，要保持高压态势，严励打击非法违法生产经营建设行为；要严厉查处事故背后的失职失责问题。",
         "会议对今年的安全生产专项整治工作进行了部署，各乡镇、各有关单位要按照会议部署抓好落实。")
    pg.expect("typo", "布署")
    pg.expect("typo", "震憾")
    pg.expect("typo", "严励打击")

    pg = new("typo-jiezhi-anpai", "trs", "关于2024年第一季度城乡居民医保参保扩面工作情况的通报", "2024-04-08",
             t_dept("定南县医疗保障局", "工作通报"), "定南县医疗保障局",
             note="typos 截止目前, 按排; traps: 安排 correct, ranking table")
    pg.meta.update(index_no=index_no(pg), topic="卫生、体育", doc_no="定医保字〔2024〕11号")
    pg.p("各乡镇人民政府：",
         "截止目前，全县城乡居民医保参保人数为{n}人，参保率为{p}%，较去年同期下降0.6个百分点。".replace("{n}", "183621").replace("{p}", "95.2"),
         "各乡镇参保率情况如下：")
    pg.table(["排名", "乡镇", "应参保人数", "已参保人数", "参保率（%）"],
             [["1", "天九镇", "14230", "13941", "97.97"], ["2", "岭北镇", "12875", "12543", "97.42"],
              ["3", "鹅公镇", "11902", "11520", "96.79"], ["4", "龙塘镇", "16754", "16165", "96.48"],
              ["5", "老城镇", "25630", "24602", "95.99"], ["6", "岿美山镇", "13418", "12824", "95.57"],
              ["7", "历市镇", "89812", "84026", "93.56"]])
    pg.p("请各乡镇认真分析原因，合理按排工作力量，对未参保人员逐一摸排、动员参保，补缴工作须在6月30日前完成。",
         "县医保局将统筹安排业务骨干下沉各乡镇开展业务指导。")
    pg.expect("typo", "截止目前")
    pg.expect("typo", "按排")

    pg = new("typo-long-summary", "trs", "定南县农业农村局2023年工作总结和2024年工作计划", "2024-01-15",
             t_dept("定南县农业农村局", "工作总结"), "定南县农业农村局",
             note="long page (summary) with typos 一如继往, 迫在眉捷, 按步就班, 穿流不息; traps: 一如既往 correct once")
    pg.meta.update(index_no=index_no(pg), topic="农业、林业、水利", doc_no="")
    summary(pg, ["高标准农田", "防止返贫", "人居环境", "脐橙"], per_topic=6, plant={
        2: "我局一如继往把粮食安全摆在突出位置，全年粮食播种面积稳定在{n}万亩以上。".replace("{n}", "15.6"),
        7: "当前，加快补齐农村基础设施短板已迫在眉捷，各乡镇要一如既往抓好项目谋划。",
        13: "各项目施工单位要按步就班、倒排工期，确保年底前完成建设任务。",
        20: "脐橙采摘季节，前来收购的客商车辆穿流不息，果农脸上洋溢着丰收的喜悦。",
    })
    for t in ("一如继往", "迫在眉捷", "按步就班", "穿流不息"):
        pg.expect("typo", t)

    pg = new("typo-speech-long", "jiyue", "在全县2024年经济工作会议上的讲话", "2024-02-05 09:00", ["首页", "信息公开", "领导讲话"],
             "定南县人民政府办公室", note="long speech with typos 走头无路, 出奇不意, 针贬时弊, 融汇贯通, 兴高采列; "
             "traps: 既使…又使 (legit), 布置 (legit)")
    rng = R(pg)
    pg.p("同志们：", "这次会议的主要任务是，深入贯彻中央、省委和市委经济工作会议精神，总结2023年全县经济工作，分析当前经济形势，部署2024年经济工作。")
    pg.h("一、2023年经济工作回顾")
    for topic in ("招商", "营商环境", "高标准农田", "稀土矿山修复"):
        pg.p(*paras(rng, topic, 4, year="2023"))
    pg.p("我们坚持问题导向，既使企业得到了实惠，又使财政收入保持了稳定增长。",
         "回顾过去一年，有的企业一度资金链紧张，几乎走头无路，我们及时组织政银企对接，帮助企业渡过了难关。")
    pg.h("二、当前面临的形势")
    pg.p("当前，外部环境的复杂性、严峻性、不确定性上升，我县经济发展既面临难得机遇，也面临不少风险挑战。",
         "一些同志在工作中存在等靠要思想，习惯于按老办法办事，缺少出奇不意、敢闯敢试的办法；"
         "有的调研报告针贬时弊不够深入，提出的对策建议操作性不强。")
    pg.h("三、2024年重点工作")
    for topic in ("安全生产", "防止返贫", "营商环境", "人居环境"):
        pg.p(*paras(rng, topic, 3, year="2024"))
    pg.p("各级领导干部要把上级精神与定南实际融汇贯通，创造性地抓好落实。今天的会议布置了今年的重点工作，会后各单位要迅速行动。",
         "同志们，新的一年，让我们兴高采列、满怀信心，为奋力谱写中国式现代化定南篇章作出新的更大贡献！")
    for t in ("走头无路", "出奇不意", "针贬时弊", "融汇贯通", "兴高采列"):
        pg.expect("typo", t)

    pg = new("typo-notice-misc", "asp", "关于开展2024年全县机关干部职工趣味运动会的通知", "2024-09-02", T_TZGG, "定南县总工会",
             note="typos 竟赛, 迫不急待; traps: 竞赛 correct once")
    pg.p("各乡镇工会，县直各单位工会：",
         "为丰富机关干部职工文化体育生活，经研究，决定于9月下旬举办全县机关干部职工趣味运动会，现将有关事项通知如下。",
         "一、竟赛项目：拔河、跳绳、托球跑、定点投篮、袋鼠跳等。",
         "二、参赛办法：各单位组队参赛，每队运动员不超过12人。竞赛规程另行通知。",
         "三、报名时间：请于9月15日前将报名表报县总工会。不少干部职工已经迫不急待地开始训练。")
    pg.expect("typo", "竟赛")
    pg.expect("typo", "迫不急待")
    pg.sign("定南县总工会", "2024年9月2日")

    pg = new("typo-guide-mix", "epoint", "县住建局开展自建房安全专项整治“回头看”", "2023-08-28", T_NEWS,
             "定南县住房和城乡建设局", note="typos 松驰, 幅射, 暴光; traps: 辐射 correct once, 曝光 correct once")
    pg.p("为巩固自建房安全专项整治成果，县住建局组织技术人员对全县经营性自建房开展“回头看”。",
         "检查中发现，个别房屋存在墙体开裂、钢筋锈蚀、结构松驰等问题，技术人员当场下达整改通知。",
         "此次“回头看”以县城为中心，向各乡镇集镇幅射延伸，共检查自建房{n}栋。".replace("{n}", "2316"),
         "对拒不整改的，将在县级媒体予以暴光；对存在重大安全隐患的，依法采取停止使用等措施。"
         "县住建局同时提醒，房屋周边应远离高压线辐射区，典型问题将定期曝光。")
    for t in ("松驰", "幅射", "暴光"):
        pg.expect("typo", t)

    pg = new("typo-town-news", "vsb", "鹅公镇召开2024年度村级组织工作述职评议会", "2024-01-25", T_TOWN, "鹅公镇人民政府",
             note="typos 一愁莫展, 精萃, 重迭; traps: 一筹莫展 not used, 精粹 not used")
    pg.p("1月24日，鹅公镇召开2024年度村级组织工作述职评议会，各村党支部书记逐一上台述职。",
         "有的村书记坦言，村集体经济发展起步时一愁莫展，后来在镇党委指导下发展油茶和光伏产业，集体收入逐年增加。",
         "镇党委书记在点评时指出，述职报告要突出精萃，不要罗列琐碎事务；各村工作要统筹安排，避免重迭部署、多头检查。",
         "评议会现场对各村党组织书记抓基层党建工作进行了测评。")
    for t in ("一愁莫展", "精萃", "重迭"):
        pg.expect("typo", t)

    pg = new("typo-bushu-title", "jcms", "县卫健委布署2024年爱国卫生运动工作", "2024-03-14 11:30", T_NEWS, "定南县卫生健康委员会",
             note="typo 布署 in the title (and h1); trap: 部署 correct in the text")
    pg.p("3月13日，县卫健委召开会议，部署2024年爱国卫生运动工作。")
    news(pg, "文明实践", 2, town="历市镇")
    pg.p("会议要求，要以“爱国卫生月”活动为契机，广泛开展城乡环境卫生整洁行动，持续巩固国家卫生县城创建成果。")
    pg.expect("typo", "布署")

    pg = new("typo-gongshi-xiuqi", "trs", "定南县2024年农村危房改造拟补助对象公示", "2024-05-31",
             t_dept("定南县住房和城乡建设局", "农村危房改造"), "定南县住房和城乡建设局",
             note="typo 修茸 in the text; masked IDs in the list (trap)")
    pg.meta.update(index_no=index_no(pg), topic="城乡建设、环境保护", doc_no="")
    rng = R(pg)
    pg.p("根据农村危房改造工作有关规定，经农户申请、村级评议、乡镇审核、县级审批，拟对以下农户给予农村危房改造补助，"
         "改造方式包括拆除重建和维修修茸，现予以公示。公示时间：2024年5月31日至6月6日。")
    pg.table(["序号", "乡镇", "村（社区）", "户主姓名", "身份证号码", "家庭人口", "补助金额（元）"],
             gongshi_rows(rng, 20, ["序号", "乡镇", "村（社区）", "户主姓名", "身份证号码", "家庭人口", "金额（元）"], ids="masked2"))
    pg.p("监督电话：0797-4282117")
    pg.expect("typo", "修茸")


# ---------------------------------------------------------------------------
# the pages: another region's name left in catalogues, guides and templates

FULL_UNITS = ["定南" + u for u in UNITS]


def wrong_region_pages() -> None:
    pg = new("guide-zhanggong-place", "epoint", "最低生活保障审核确认办事指南", "2024-03-18", T_GUIDE, "定南县民政局",
             note="guide copied from another county: 办理地点 in 章贡区; traps: 江西省 in 设定依据, 赣服通")
    guide(pg, "最低生活保障审核确认", {"place": "赣州市章贡区政务服务中心二楼民政窗口（章贡区长征大道1号）"})
    pg.expect("wrong_region", "章贡区")

    pg = new("guide-xinfeng-unit", "jiyue", "林木采伐许可证核发办事指南", "2024-01-09 10:00", T_GUIDE, "定南县林业局",
             note="实施主体 left as another county's forestry bureau (信丰县); trap: 定南县 elsewhere")
    guide(pg, "林木采伐许可证核发", {"unit": "信丰县林业局", "place": "定南县政务服务中心林业窗口"})
    pg.expect("wrong_region", "信丰县")

    pg = new("guide-guangdong-basis", "epoint", "道路货物运输经营许可办事指南", "2023-10-10", T_GUIDE, "定南县交通运输局",
             note="设定依据 cites another province's regulation (广东省); trap: 中华人民共和国 laws")
    guide(pg, "道路货物运输经营许可",
          {"basis": "《中华人民共和国道路运输条例》《广东省道路运输条例》《道路货物运输及站场管理规定》"})
    pg.expect("wrong_region", "广东省")

    pg = new("guide-henan-template", "jiyue", "取水许可办事指南", "2024-06-05 15:00", T_GUIDE, "定南县水利局",
             note="guide template from a 河南 county: 河南省郑州市 in 办理地点, 中牟县 in 实施主体")
    guide(pg, "取水许可", {"unit": "中牟县水利局",
                           "place": "河南省郑州市中牟县政务服务中心三楼水利窗口"})
    pg.expect("wrong_region", "中牟县")
    pg.expect("wrong_region", "河南省郑州市")

    pg = new("guide-heping-phone", "epoint", "城乡居民养老保险参保登记办事指南", "2023-06-20", T_GUIDE, "定南县社会保险服务中心",
             note="结果送达/咨询 lines left with 和平县; trap: allowed neighbour 龙南市 in a 跨县通办 line")
    guide(pg, "城乡居民养老保险参保登记",
          {"delivery": "即时办结，当场告知；如需邮寄，请联系和平县社会保险事业管理局"},
          extra_rows=[("跨域通办", "已与龙南市、全南县实现跨县通办，可就近选择办理地点")])
    pg.expect("wrong_region", "和平县")

    pg = new("guide-two-regions", "jiyue", "生育登记服务指南", "2024-02-22 09:40", T_GUIDE, "定南县卫生健康委员会",
             note="服务指南 mentions 湖南省 and 宁都县 as its own region")
    guide(pg, "生育登记", {"cond": "夫妻双方或一方户籍在宁都县，或在宁都县居住的育龄夫妻。",
                          "basis": "《中华人民共和国人口与计划生育法》《湖南省人口与计划生育条例》"})
    pg.expect("wrong_region", "宁都县")
    pg.expect("wrong_region", "湖南省")

    pg = new("catalog-huichang-row", "trs", "定南县林业局政府信息公开目录（2023年）", "2024-01-05", T_ML, "定南县林业局",
             note="目录 row of another county's unit (会昌县林业局); traps: own units throughout")
    pg.meta.update(index_no=index_no(pg), topic="综合政务")
    pg.p("本目录收录定南县林业局2023年主动公开的政府信息，按生成日期排列。")
    catalog(pg, ["定南县林业局"], 36, 2023, plant={17: "会昌县林业局2023年森林督查图斑核查整改情况"})
    pg.expect("wrong_region", "会昌县")

    pg = new("catalog-yudu-long", "trs", "定南县政府信息公开目录（县直部门）", "2024-07-01", T_ML, "定南县人民政府办公室",
             note="long 目录 with rows of 于都县 and 南康区 units; traps: dozens of own units, 赣州市公路发展中心定南分中心")
    pg.meta.update(index_no=index_no(pg), topic="综合政务")
    pg.p("本目录由定南县人民政府办公室编制，收录县直各部门主动公开的政府信息。")
    catalog(pg, FULL_UNITS + ["赣州市公路发展中心定南分中心", "赣州市定南生态环境局"], 215, 2021,
            plant={41: "于都县市场监督管理局2022年度部门决算公开", 168: "南康区交通运输局2023年政府信息公开工作年度报告"})
    pg.expect("wrong_region", "于都县")
    pg.expect("wrong_region", "南康区")

    pg = new("catalog-town-ruijin", "jcms", "历市镇政府信息公开目录", "2024-03-29 16:30", ["首页", "信息公开", "乡镇信息公开", "历市镇人民政府", "信息公开目录"],
             "历市镇人民政府", note="township 目录 carrying a 瑞金市 town row; traps: own villages, 龙南市 (allowed neighbour) in a 合作 row")
    pg.p("本目录收录历市镇人民政府主动公开的政府信息。")
    catalog(pg, ["定南县历市镇人民政府"], 40, 2022,
            plant={5: "瑞金市叶坪乡2023年村级财务公开", 22: "历市镇与龙南市杨村镇联合开展森林防火联防联控工作方案"})
    pg.expect("wrong_region", "瑞金市叶坪乡")

    pg = new("gkzn-zhanggong", "trs", "定南县卫生健康委员会政府信息公开指南", "2023-02-14", T_ZN, "定南县卫生健康委员会",
             note="信息公开指南 with another district's address and name (章贡区) and postcode 341000")
    pg.meta.update(index_no=index_no(pg), topic="卫生、体育")
    gk_guide(pg, "定南县卫生健康委员会", "江西省赣州市章贡区红旗大道38号", postcode="341000",
             extra=["本指南由章贡区卫生健康委员会负责解释。"])
    pg.expect("wrong_region", "章贡区")

    pg = new("gkzn-fujian", "jiyue", "定南县交通运输局政府信息公开指南", "2024-05-09 11:20", T_ZN, "定南县交通运输局",
             note="信息公开指南 left with 福建省 and 长汀县 from a template")
    gk_guide(pg, "定南县交通运输局", "福建省龙岩市长汀县汀州镇兆征路88号", postcode="366300")
    pg.expect("wrong_region", "福建省龙岩市长汀县")

    pg = new("gkzn-town-dayu", "epoint", "岭北镇人民政府信息公开指南", "2023-04-03", T_ZN, "岭北镇人民政府",
             note="township guide naming 大余县 as the supervising government; trap: 定南县 and 江西省 correct elsewhere")
    gk_guide(pg, "岭北镇人民政府", "江西省赣州市定南县岭北镇岭北大道1号",
             extra=["公民、法人或者其他组织对本机关政府信息公开工作有意见的，也可以向大余县人民政府办公室反映。"])
    pg.expect("wrong_region", "大余县")

    pg = new("service-guide-guangzhou", "asp", "定南县政务服务中心服务指南", "2023-09-12", T_GUIDE, "定南县行政审批局",
             note="服务指南 template from elsewhere: 广州市天河区 left in; traps: 赣深高铁定南南站 in directions (legit), 龙南市 bus line")
    pg.p("定南县政务服务中心是全县集中办理政务服务事项的综合性服务平台，进驻部门{n}个，进驻事项{m}项。"
         .replace("{n}", "36").replace("{m}", "1186"),
         "一、服务地址：定南县历市镇富康路政务服务中心。乘车路线：可乘坐县城1路、3路公交车在政务中心站下车；"
         "赣深高铁定南南站有公交接驳专线直达；龙南市方向旅客可乘坐城际班车。",
         "二、服务时间：工作日上午8:00—12:00，下午14:30—17:30；周六上午提供延时服务。",
         "三、服务内容：提供咨询引导、综合受理、帮办代办、“跨省通办”“省内通办”和“好差评”等服务。",
         "四、评价与投诉：办事群众可通过广州市天河区政务服务数据管理局监督平台进行评价。",
         "五、咨询电话：0797-4288123。")
    pg.expect("wrong_region", "广州市天河区")

    pg = new("catalog-quannan-and-shangyou", "vsb", "定南县财政局政府信息公开目录", "2024-02-02", T_ML, "定南县财政局",
             note="目录 rows of 上犹县 and 全南县 units; 全南县 is an allowed neighbour (not a problem), 上犹县 is not")
    pg.p("本目录收录定南县财政局主动公开的政府信息。")
    catalog(pg, ["定南县财政局"], 45, 2022, plant={8: "上犹县财政局2022年政府采购意向公开",
                                                   30: "定南县与全南县财政局关于跨县预算绩效管理交流工作的函"})
    pg.expect("wrong_region", "上犹县")

    pg = new("guide-xunwu-ok-hunan-bad", "jiyue", "异地就医备案办事指南", "2024-04-17 14:20", T_GUIDE, "定南县医疗保障局",
             note="郴州市 left in 受理条件; traps: 寻乌县 (allowed neighbour) in a 就近办理 row, 国家医保局")
    guide(pg, "异地就医备案", {"cond": "参加郴州市基本医疗保险，需异地长期居住或临时外出就医的参保人员。"},
          extra_rows=[("就近办理", "寻乌县、安远县参保人员可在定南县医保服务大厅就近办理备案")])
    pg.expect("wrong_region", "郴州市")

    pg = new("guide-legal-aid-longchuan", "epoint", "法律援助申请办事指南", "2023-12-01", T_GUIDE, "定南县司法局",
             note="龙川县 left in 办理地点 (a 广东 neighbour, not allowed)")
    guide(pg, "法律援助申请", {"place": "龙川县公共法律服务中心一楼法律援助窗口"})
    pg.expect("wrong_region", "龙川县")
    pg = new("guide-elderly-nanchang", "epoint", "高龄津贴申领办事指南", "2024-07-22", T_GUIDE, "定南县民政局",
             note="受理条件 left as 南昌市 (another city of the province); trap: 江西省 in 设定依据")
    guide(pg, "高龄津贴申领", {"cond": "具有南昌市户籍、年满80周岁的老年人。"})
    pg.expect("wrong_region", "南昌市")

    pg = new("catalog-town-xingguo", "vsb", "天九镇政府信息公开目录（2023年）", "2024-01-12", ["首页", "信息公开", "乡镇信息公开", "天九镇人民政府", "信息公开目录"],
             "天九镇人民政府", note="township 目录 with a 兴国县 town's row")
    pg.p("本目录收录天九镇人民政府2023年主动公开的政府信息。")
    catalog(pg, ["定南县天九镇人民政府"], 32, 2023, plant={12: "兴国县长冈乡2023年度惠民惠农补贴发放情况"})
    pg.expect("wrong_region", "兴国县长冈乡")

    pg = new("gkzn-heyuan", "jcms", "定南县市场监督管理局政府信息公开指南", "2023-08-08 10:10", T_ZN, "定南县市场监督管理局",
             note="guide address left in 广东省河源市; trap: 定南县 correct elsewhere")
    gk_guide(pg, "定南县市场监督管理局", "广东省河源市源城区建设大道66号", postcode="517000")
    pg.expect("wrong_region", "广东省河源市")


# ---------------------------------------------------------------------------
# the pages: personal data


def id_with_x(rng: random.Random, born: tuple[int, int], region: str = "360728") -> str:
    while True:
        number = make_id(rng, born, region)
        if number.endswith("X"):
            return number


def privacy_pages() -> None:
    pg = new("dibao-full-ids", "trs", "历市镇2024年5月城乡最低生活保障新增对象公示", "2024-05-28",
             t_town("历市镇", "社会救助"), "历市镇人民政府",
             note="unmasked ID numbers in every row of a 公示 table (8 rows); traps: 索引号, landline 监督电话")
    pg.meta.update(index_no=index_no(pg, "11360728014200437M"), topic="民政、扶贫、救灾", doc_no="")
    rng = R(pg)
    pg.p("根据《江西省最低生活保障制度实施办法》有关规定，经本人申请、入户调查、民主评议和乡镇审核，拟将以下家庭纳入最低生活保障范围，现予以公示。",
         "公示时间：2024年5月28日至6月3日。如有异议，请在公示期内向历市镇社会事务办或县民政局反映。")
    cols = ["序号", "村（社区）", "户主姓名", "身份证号码", "保障人数", "金额（元）"]
    pg.table(["序号", "村（社区）", "户主姓名", "身份证号码", "保障人数", "月保障金额（元）"],
             gongshi_rows(rng, 8, cols, town="历市镇", ids="plain", page=pg))
    pg.p("监督电话：历市镇社会事务办 0797-4281735；县民政局 0797-4282216")

    pg = new("linshi-two-unmasked", "asp", "关于2024年第二批临时救助对象的公示", "2024-07-09", T_TZGG, "定南县民政局",
             note="two rows left unmasked among masked ones; traps: masked IDs, 3607**********1234")
    rng = R(pg)
    pg.p("经个人申请、乡镇审核、县民政局审批，拟对以下人员给予临时救助，现予以公示，公示期5个工作日。")
    cols = ["序号", "乡镇", "村（社区）", "申请人", "身份证号码", "类别", "金额（元）"]
    pg.table(cols, gongshi_rows(rng, 24, cols, plant_ids=2, page=pg))
    pg.p("监督电话：0797-4283216")
    pg.sign("定南县民政局", "2024年7月9日")

    pg = new("gongyi-mobiles", "jcms", "老城镇2024年乡村公益性岗位拟聘用人员公示", "2024-03-12 17:20",
             t_town("老城镇", "人事信息"), "老城镇人民政府",
             note="personal mobiles in the 联系方式 column (6 rows), IDs masked; trap: the office's own 联系电话 mobile below")
    rng = R(pg)
    pg.p("根据乡村公益性岗位开发管理有关规定，经个人申请、村级推荐、镇级审核，拟聘用以下人员为乡村公益性岗位人员，现予以公示。")
    cols = ["序号", "村（社区）", "姓名", "性别", "身份证号码", "拟聘岗位", "联系方式"]
    pg.table(cols, gongshi_rows(rng, 6, cols, town="老城镇", phones="plain", page=pg))
    office = make_mobile(rng)
    pg.p(f"公示期间，如有异议，请与老城镇社会保障服务所联系。联系人：钟明辉，联系电话：{office}。")

    pg = new("card-numbers-subsidy", "epoint", "鹅公镇2023年度耕地地力保护补贴发放清册", "2023-08-02", t_town("鹅公镇", "财政资金"),
             "鹅公镇人民政府", note="4 rows with full 一卡通 bank card numbers (Luhn-valid); traps: other rows masked, 对公账户 below is "
             "the township's own account (Luhn-invalid)")
    rng = R(pg)
    pg.p("现将鹅公镇2023年度耕地地力保护补贴发放情况公示如下：")
    cols = ["序号", "村（社区）", "户主姓名", "一卡通账号", "面积（亩）", "金额（元）"]
    pg.table(["序号", "村（社区）", "户主姓名", "一卡通账号", "面积（亩）", "补贴金额（元）"],
             gongshi_rows(rng, 22, cols, town="鹅公镇", plant_cards=4, page=pg))
    account = make_bad_card(rng, "1402", 19)
    pg.p(f"补贴资金由镇财政所统一拨付。单位名称：定南县鹅公镇人民政府财政所，开户行：定南农商银行鹅公支行，对公账户：{account}。")

    pg = new("loan-discount-text", "vsb", "2024年第一季度创业担保贷款贴息资金拨付情况公示", "2024-04-19", T_NEWS,
             "定南县就业创业服务中心", note="IDs written in running text (one ends with X); traps: 贷款合同编号, landline")
    rng = R(pg)
    a1, a2, a3 = person(rng), person(rng), person(rng)
    id1, id2, id3 = make_id(rng, (1975, 1995)), id_with_x(rng, (1980, 1998)), make_id(rng, (1970, 1990), "360727")
    pg.p("根据创业担保贷款贴息有关政策，经审核，现将2024年第一季度创业担保贷款贴息资金拨付情况公示如下：",
         f"1.借款人{a1}（身份证号：{pg.expect('privacy', id1)}），贷款金额20万元，贴息金额2470元，贷款合同编号DNCD2023-0468。",
         f"2.借款人{a2}（身份证号：{pg.expect('privacy', id2)}），贷款金额15万元，贴息金额1852元，贷款合同编号DNCD2023-0512。",
         f"3.借款人{a3}（身份证号：{pg.expect('privacy', id3)}），贷款金额30万元，贴息金额3706元，贷款合同编号DNCD2023-0533。",
         "公示期5个工作日，监督电话：0797-4283390。")

    pg = new("student-aid-cards", "trs", "定南县2023年秋季学期普通高中国家助学金拟资助学生名单公示", "2023-10-27",
             t_dept("定南县教育科技体育局", "学生资助"), "定南县教育科技体育局",
             note="three full 银行卡号 in the list; typo 既使 (= 即使); traps: masked student names, other cards masked")
    pg.meta.update(index_no=index_no(pg), topic="教育", doc_no="")
    rng = R(pg)
    pg.p("根据《江西省普通高中国家助学金管理办法》，经学生申请、学校评议和公示、县学生资助管理中心审核，拟对以下学生给予国家助学金资助。",
         "资助资金将直接发放至学生或监护人银行卡，既使在寒假期间也将按时发放到位。")
    cols = ["序号", "学校", "年级", "学生姓名", "银行卡号", "金额（元）"]
    pg.table(["序号", "学校", "年级", "学生姓名", "银行卡号", "资助金额（元）"],
             gongshi_rows(rng, 26, cols, ids="masked_name", plant_cards=3, page=pg))
    pg.expect("typo", "既使")

    pg = new("notice-by-publication", "asp", "定南县自然资源局公告送达书", "2024-02-08", T_TZGG, "定南县自然资源局",
             note="公告送达 naming a citizen with full ID number and mobile; traps: 文号 定自然资罚字〔2024〕3号, 不动产权证号")
    rng = R(pg)
    who = person(rng)
    idn = make_id(rng, (1968, 1980), "360728")
    mob = make_mobile(rng)
    pg.p(f"{who}（公民身份号码：{pg.expect('privacy', idn)}，手机号码：{pg.expect('privacy', mob)}）：",
         "因你在定南县老城镇城南村未经批准擅自占用耕地建房一案，我局依法作出《行政处罚决定书》（定自然资罚字〔2024〕3号）。"
         "因采用直接送达、邮寄送达等方式均无法送达，现依法向你公告送达。",
         "自本公告发布之日起满60日，即视为送达。你如不服本处罚决定，可在送达之日起60日内向定南县人民政府申请行政复议，或在6个月内向人民法院提起行政诉讼。",
         "联系地址：定南县自然资源局执法监察大队，咨询电话：0797-4282918。")
    pg.sign("定南县自然资源局", "2024年2月8日")

    pg = new("penalty-party-phone", "trs", "定南县市场监督管理局行政处罚决定书（定市监处罚〔2024〕21号）", "2024-05-15",
             t_dept("定南县市场监督管理局", "行政处罚"), "定南县市场监督管理局",
             note="当事人's ID number and personal mobile (labelled 联系电话 but the party's, not the office's); "
             "traps: 统一社会信用代码, 文号, the office's landline")
    pg.meta.update(index_no=index_no(pg), topic="市场监管", doc_no="定市监处罚〔2024〕21号")
    rng = R(pg)
    who = person(rng)
    idn = id_with_x(rng, (1978, 1990))
    mob = make_mobile(rng)
    pg.p(f"当事人：定南县鸿运副食品店（个体工商户），统一社会信用代码：92360728MA3C8RL45K，经营者：{who}，"
         f"身份证号码：{pg.expect('privacy', idn)}，住所：定南县历市镇建设路118号，联系电话：{pg.expect('privacy', mob)}。",
         "2024年3月12日，我局执法人员对当事人经营场所进行检查，发现当事人销售的部分预包装食品已超过保质期。",
         "以上事实有现场笔录、询问笔录、照片等证据证实。当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。",
         "依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，我局决定对当事人作出如下行政处罚：1.没收超过保质期的食品；2.罚款人民币伍仟元整。",
         "当事人应自收到本处罚决定书之日起十五日内缴纳罚款。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。",
         "执法机关联系电话：0797-4285127")

    pg = new("recruit-ids-phones", "jiyue", "定南县2024年公开招聘城市社区专职工作者拟聘用人员公示", "2024-08-09 16:00",
             ["首页", "信息公开", "人事信息"], "定南县城市社区管理委员会",
             note="IDs and mobiles of successful candidates in a table (first 3 rows unmasked IDs, 2 mobiles); "
             "traps: 准考证号 (10 digits), birth 出生年月")
    rng = R(pg)
    pg.p("根据《定南县2024年公开招聘城市社区专职工作者公告》，经笔试、面试、体检和考察，拟聘用以下人员，现予以公示。")
    rows = []
    for i in range(9):
        name = person(rng)
        idn = make_id(rng, (1994, 2002))
        mob = make_mobile(rng)
        rows.append([str(i + 1), f"24{rng.randint(10000000, 99999999)}", name, rng.choice("男女"),
                     pg.expect("privacy", idn) if i < 3 else mask_id(idn),
                     pg.expect("privacy", mob) if i in (4, 7) else mask_mobile(mob),
                     f"{rng.randint(70, 88)}.{rng.randint(0, 9)}"])
    pg.table(["序号", "准考证号", "姓名", "性别", "身份证号码", "手机号码", "综合成绩"], rows)
    pg.p("公示期：2024年8月9日至8月15日。监督电话：0797-4283055（县城市社区管理委员会），0797-4281987（县人社局）。")

    pg = new("elderly-allowance-id", "epoint", "岭北镇2024年新增高龄津贴人员名单公示", "2024-06-18", t_town("岭北镇", "社会救助"),
             "岭北镇人民政府", note="one unmasked ID among masked; names of 80+ people (no problem); trap: 出生日期 column not used")
    rng = R(pg)
    pg.p("根据高龄津贴发放有关规定，现将岭北镇2024年新增高龄津贴人员名单公示如下：")
    cols = ["序号", "村（社区）", "姓名", "性别", "身份证号码", "年龄", "金额（元）"]
    pg.table(["序号", "村（社区）", "姓名", "性别", "身份证号码", "年龄", "月津贴（元）"],
             gongshi_rows(rng, 15, cols, town="岭北镇", plant_ids=1, born=(1930, 1944), page=pg))
    pg.p("咨询电话：0797-4295116")

    pg = new("dangerous-house-text-phone", "vsb", "龙塘镇2024年农村低收入群体住房安全保障对象公示", "2024-04-24",
             t_town("龙塘镇", "通知公告"), "龙塘镇人民政府",
             note="personal mobiles written after names in the text; traps: masked IDs table above, 监督电话 landline")
    rng = R(pg)
    pg.p("经农户申请、村民代表评议、镇政府审核，拟将以下农户列为2024年农村低收入群体住房安全保障对象，现予以公示。")
    cols = ["序号", "村（社区）", "户主姓名", "身份证号码", "家庭人口"]
    pg.table(cols, gongshi_rows(rng, 10, cols, town="龙塘镇"))
    n1, n2, m1, m2 = person(rng), person(rng), make_mobile(rng), make_mobile(rng)
    pg.p(f"其中，长富村{n1}（{pg.expect('privacy', m1)}）、洪洲村{n2}（{pg.expect('privacy', m2)}）两户为D级危房，拟实施拆除重建。",
         "监督电话：0797-4297023")

    pg = new("veterans-card-text", "jcms", "县退役军人事务局为困难退役军人发放帮扶援助金", "2024-01-31 15:30", T_NEWS,
             "定南县退役军人事务局", note="a card number labelled 卡号 in news text, and an ID; traps: 帮扶 amounts")
    rng = R(pg)
    who = person(rng)
    card = make_card(rng, "6217", 19)
    idn = make_id(rng, (1955, 1970))
    pg.p("春节前夕，县退役军人事务局为全县{n}名困难退役军人发放帮扶援助金共计{m}万元。".replace("{n}", "46").replace("{m}", "13.8"),
         f"天九镇退役军人{who}（身份证号{pg.expect('privacy', idn)}）因病致困，经申请审核，获得帮扶援助金5000元，"
         f"已打入其本人社保卡银行账户（卡号：{pg.expect('privacy', card)}）。",
         "县退役军人事务局表示，将持续做好困难退役军人帮扶援助工作，让退役军人感受到党和政府的温暖。")

    pg = new("out-of-county-ids", "epoint", "定南县2024年外出务工一次性交通补贴发放名单公示", "2024-05-10", T_NEWS,
             "定南县就业创业服务中心", note="unmasked IDs of people born in other counties (and one 'ID' with a wrong check digit: "
             "not a problem); traps: masked rows")
    rng = R(pg)
    pg.p("根据脱贫劳动力外出务工交通补贴有关政策，现将第一批发放名单公示如下：")
    rows = []
    for i in range(12):
        name = person(rng)
        region = rng.choice(["360728", "360727", "360729", "360726"])
        if i in (2, 9):
            idn = pg.expect("privacy", make_id(rng, (1975, 2000), region))
        elif i == 5:
            idn = make_bad_id(rng, (1975, 2000), region)
        else:
            idn = mask_id(make_id(rng, (1975, 2000), region), 1)
        rows.append([str(i + 1), name, idn, rng.choice(["广东省深圳市", "广东省东莞市", "浙江省宁波市", "福建省厦门市"]),
                     rng.choice(["500", "800", "1000"])])
    pg.table(["序号", "姓名", "身份证号码", "务工地", "补贴金额（元）"], rows)
    pg.p("公示期5个工作日，监督电话：0797-4283390。")


# ---------------------------------------------------------------------------
# clean pages: publicity that quotes bad terms, substrings of bad terms


def clean_publicity_pages() -> None:
    pg = new("c-antifraud-campaign", "jcms", "县公安局开展“全民反诈在行动”集中宣传月活动", "2024-06-17 16:10", T_NEWS, "定南县公安局",
             note="anti-fraud publicity quoting 刷单返利, 裸聊敲诈, 网络赌博, 博彩, 彩票/棋牌/体育投注 links")
    pg.p("6月是“全民反诈在行动”集中宣传月，县公安局组织民警深入社区、学校、企业和农村开展反诈宣传。")
    pg.p(*PUBLICITY["反诈"][:6])
    pg.p("今年以来，县公安局共劝阻潜在被骗群众{n}人次，为群众止付挽损{m}万元。".replace("{n}", "1126").replace("{m}", "386"))

    pg = new("c-antifraud-school", "vsb", "县教科体局联合县公安局开展反诈宣传进校园活动", "2023-09-26", T_NEWS,
             "定南县教育科技体育局", note="quotes 刷单返利, 游戏装备交易诈骗, 网络赌博 in anti-fraud publicity")
    pg.p("开学季是电信网络诈骗高发期，县教科体局联合县公安局开展反诈宣传进校园活动。",
         "民警结合真实案例，向学生们讲解了刷单返利、游戏装备交易、冒充“网店客服”退款和虚假“免费领皮肤”等常见诈骗手法。",
         PUBLICITY["反诈"][1], PUBLICITY["反诈"][6], PUBLICITY["反诈"][7],
         "各学校还通过主题班会、“小手拉大手”等方式，引导学生把反诈知识带回家，提醒家人拒绝网络赌博、远离电信诈骗。")

    pg = new("c-antidrug-day", "jiyue", "我县开展“6·26”国际禁毒日集中宣传活动", "2024-06-26 18:30", T_COUNTY, "定南县禁毒委员会办公室",
             note="禁毒 publicity naming 冰毒, 海洛因, K粉, 摇头丸, 大麻, 罂粟; traps only")
    pg.p("6月26日是国际禁毒日，县禁毒委在县城人民广场开展禁毒集中宣传活动，县禁毒委各成员单位参加。")
    pg.p(*PUBLICITY["禁毒"])
    pg.p("活动现场共发放禁毒宣传资料{n}余份，展出禁毒宣传展板{m}块，接受群众咨询{k}人次。".replace("{n}", "5000").replace("{m}", "36").replace("{k}", "600"))

    pg = new("c-antidrug-school", "epoint", "禁毒知识进校园 青春无毒伴成长", "2023-11-15", T_NEWS, "定南县公安局",
             note="禁毒 education naming 新型毒品 (奶茶, 跳跳糖, 邮票), K粉, 摇头丸")
    pg.p("为增强青少年识毒、防毒、拒毒意识，县公安局禁毒大队民警走进定南中学开展禁毒知识讲座。",
         PUBLICITY["禁毒"][1], PUBLICITY["禁毒"][2], PUBLICITY["禁毒"][3],
         "讲座结束后，同学们纷纷在“拒绝毒品、珍爱生命”签名墙上签名，表达远离毒品的决心。")

    pg = new("c-saohuang", "jcms", "县“扫黄打非”办公室开展“护苗2024”专项行动", "2024-05-30 10:40", T_NEWS,
             "定南县“扫黄打非”工作领导小组办公室", note="扫黄打非 text naming 淫秽色情 and 非法出版物")
    pg.p(*PUBLICITY["扫黄打非"])
    pg.p("此次专项行动共检查出版物经营单位{n}家次，收缴非法出版物{m}册。".replace("{n}", "48").replace("{m}", "216"))

    pg = new("c-anticult", "asp", "关于深入开展反邪教警示教育宣传的通知", "2023-05-12", T_TZGG, "定南县委政法委",
             note="反邪教 publicity quoting “法轮功” and “全能神”")
    pg.p("各乡镇党委、政府，县直有关单位：", "为进一步增强广大群众识别和抵御邪教的能力，决定在全县深入开展反邪教警示教育宣传，现将有关事项通知如下。")
    pg.p(*PUBLICITY["反邪教"])
    pg.sign("中共定南县委政法委员会", "2023年5月12日")

    pg = new("c-guns-explosives", "vsb", "关于敦促非法持有枪支弹药爆炸物品人员限期上交的通告", "2024-03-15", T_TZGG, "定南县公安局",
             note="通告 on surrendering illegal guns, 仿真枪, 弩, 炸药, 雷管; traps: 枪支 terms in lawful context")
    pg.p(*PUBLICITY["枪爆"])
    pg.p("本通告自发布之日起施行。上交地点：定南县公安局治安管理大队及各派出所。举报电话：110，0797-4282110。")
    pg.sign("定南县公安局", "2024年3月15日")

    pg = new("c-antigambling", "trs", "关于依法严厉打击赌博违法犯罪活动的通告", "2024-02-01",
             t_dept("定南县公安局", "通知公告"), "定南县公安局",
             note="anti-gambling 通告 quoting “百家乐” “六合彩” “体育竞猜”, 网络赌博")
    pg.meta.update(index_no=index_no(pg), topic="公安、安全、司法", doc_no="定公通〔2024〕1号")
    pg.p("为维护社会治安秩序，保护人民群众财产安全，根据《中华人民共和国刑法》《中华人民共和国治安管理处罚法》等法律规定，现就依法严厉打击赌博违法犯罪活动通告如下：")
    pg.p(*PUBLICITY["反赌"])
    pg.p("本通告自发布之日起施行。")

    pg = new("c-illegal-fundraising", "jiyue", "县金融服务中心开展防范非法集资宣传月活动", "2024-05-13 09:20", T_NEWS,
             "定南县金融服务中心", note="quotes 高额回报, 养老投资, 虚拟货币 scams; trap: 信用卡 and 银行卡 words in publicity")
    pg.p("5月是防范非法集资宣传月，县金融服务中心联合县内各银行业金融机构开展集中宣传。",
         "宣传中，工作人员结合典型案例，提醒群众警惕以“高额回报”“保本付息”“养老投资”“虚拟货币”等为诱饵的非法集资，"
         "不要轻信“信用卡提额”“无抵押秒批贷款”等虚假信息。",
         PUBLICITY["反诈"][5],
         "活动共发放宣传资料{n}份，接受现场咨询{m}人次。".replace("{n}", "4600").replace("{m}", "520"))

    pg = new("c-police-safety-mix", "epoint", "平安定南建设群众安全感满意度测评宣传提纲", "2024-09-05", T_NEWS, "定南县委政法委",
             note="publicity listing crime types: 黄赌毒, 电信诈骗, 非法枪支; traps only")
    pg.p("一、什么是平安建设？平安建设就是通过打击违法犯罪、化解矛盾纠纷、加强社会治安防控，让人民群众安居乐业。",
         "二、我县开展了哪些平安建设工作？近年来，我县持续开展扫黑除恶常态化、打击“黄赌毒”、打击电信网络诈骗和治爆缉枪等专项行动，"
         "社会治安持续向好。",
         "三、遇到问题怎么办？遇到违法犯罪请拨打110；遇到矛盾纠纷可向村（社区）调委会或乡镇综治中心反映；"
         "遇到电信网络诈骗请拨打96110咨询。",
         "四、请您支持平安建设。如接到平安建设满意度测评电话，请您如实评价。")


def clean_lexical_pages() -> None:
    pg = new("c-traffic-crossing", "jcms", "县交警大队开展“一盔一带”安全守护行动", "2024-04-29 17:50", T_NEWS, "定南县公安局交通管理大队",
             note="路口交通 (口交 substring), 交通安全 throughout")
    news(pg, "交通安全", 4)
    pg.p("行动期间，交警大队在城区各主要路口交通岗设置劝导点，开展“一盔一带”路口交通劝导，共纠正未戴头盔行为{n}起。".replace("{n}", "386"))

    pg = new("c-elderly-home-service", "vsb", "县民政局推进居家养老上门服务", "2024-03-27", T_NEWS, "定南县民政局",
             note="上门服务 (legit), 助浴助洁, 老年人; traps only")
    pg.p("为满足老年人居家养老服务需求，县民政局以政府购买服务方式，为全县特困、失能、高龄等老年人提供居家养老上门服务。",
         "服务内容包括助餐、助洁、助浴、助医、精神慰藉等，服务人员经专业培训后持证上岗。",
         "今年以来，共为{n}名老年人提供上门服务{m}人次，群众满意率达98%以上。".replace("{n}", "860").replace("{m}", "1.3万"))
    pg.p(*paras(R(pg), "低保", 2))

    pg = new("c-adult-education", "asp", "关于做好2024年成人高考报名工作的通知", "2024-08-26", T_TZGG, "定南县教育科技体育局",
             note="成人高考, 成人教育 (成人 not porn)")
    pg.p("各有关单位、各考生：", "2024年全国成人高等学校招生统一考试（以下简称成人高考）网上报名工作即将开始，现将有关事项通知如下。",
         "一、报名时间：2024年9月3日至9月9日。考生登录江西省教育考试院网站进行网上报名。",
         "二、报名条件：拥护中国共产党的领导，遵守中华人民共和国宪法和法律，具有高中毕业文化程度的人员可报考专科；"
         "已取得专科毕业证书的人员可报考专科起点本科。",
         "三、现场确认：考生须在规定时间内到县招生考试中心进行现场确认，交验身份证件原件。",
         "四、其他事项：成人教育学历与普通高等教育学历同受国家承认。考生务必通过官方渠道报名，谨防上当受骗。")
    pg.sign("定南县教育科技体育局", "2024年8月26日")

    pg = new("c-export-fair", "jcms", "我县企业组团参加中国进出口商品交易会", "2023-10-19 18:20", T_NEWS, "定南县商务局",
             note="出口交易 (口交 substring), 广州 in news")
    pg.p("10月15日，第134届中国进出口商品交易会在广州开幕，我县{n}家外贸企业组团参展。".replace("{n}", "8"),
         "参展企业带来了电子元器件、稀土永磁材料、脐橙深加工产品等特色产品，吸引了来自东南亚、中东、欧洲等地的客商洽谈。",
         "展会期间，我县企业与境外客商达成出口交易意向金额{n}万美元。".replace("{n}", "1260"))
    pg.p(*paras(R(pg), "招商", 2))

    pg = new("c-property-certificate", "epoint", "县不动产登记中心推出“交房即办证”服务", "2024-01-18", T_NEWS, "定南县自然资源局",
             note="办证 in legit use (交房即办证, 办证大厅), 发票 in 购房发票")
    pg.p("为解决群众“办证难”问题，县不动产登记中心推出“交房即办证”服务，购房群众在收房当天即可领取不动产权证书。",
         "群众只需提交身份证明、购房合同和购房发票等材料，在不动产办证大厅一个窗口即可完成登记和缴税。",
         "今年以来，已有{n}户群众享受“交房即办证”服务。".replace("{n}", "1680"))

    pg = new("c-tax-invoice", "vsb", "县税务局开展数电发票推广应用培训", "2024-03-08", T_NEWS, "国家税务总局定南县税务局",
             note="开具发票, 增值税专用发票, 虚开发票 (in warnings) — no 代开发票 advert")
    pg.p("为帮助纳税人尽快熟悉全面数字化的电子发票，县税务局举办数电发票推广应用培训会。",
         "培训会详细讲解了数电发票的开具、交付、查验、红冲等操作流程，并现场解答纳税人提出的问题。",
         "税务人员提醒，纳税人要依法开具发票，严禁虚开增值税专用发票和普通发票，对虚开发票等违法行为税务机关将依法严肃查处。",
         "需要代开发票的自然人纳税人，可通过电子税务局或到办税服务厅申请，税务机关依法为其代开。")

    pg = new("c-welfare-lottery", "jiyue", "县民政局规范福利彩票销售站点管理", "2023-07-20 11:00", T_NEWS, "定南县民政局",
             note="中国福利彩票, 体育彩票, 彩票销售 (legal lottery), 禁止向未成年人销售彩票")
    pg.p("为促进福利彩票事业健康发展，县民政局对全县中国福利彩票销售站点开展规范管理专项检查。",
         "检查组逐一检查了销售站点的代销合同、销售设备、宣传展示和“禁止向未成年人销售彩票”标识张贴等情况。",
         "县民政局要求，各销售站点要坚持“扶老、助残、救孤、济困”的发行宗旨，倡导理性购彩，严禁销售私彩，严禁利用互联网违规销售彩票。",
         "据了解，我县福利彩票和体育彩票公益金主要用于养老服务、残疾人康复和全民健身设施建设。")

    pg = new("c-crown-pear", "epoint", "天九镇皇冠梨喜获丰收", "2023-08-17", T_TOWN, "天九镇人民政府",
             note="皇冠梨 (a pear variety, 皇冠 substring), 广东 in news")
    pg.p("眼下正值皇冠梨成熟采摘季节，天九镇九曲村的皇冠梨种植基地里，果农们忙着采摘、分拣、装箱。",
         "基地负责人介绍，今年基地种植皇冠梨{n}亩，预计总产量{m}万斤，产品主要销往广东等地。".replace("{n}", "320").replace("{m}", "60"),
         "近年来，天九镇因地制宜发展特色水果产业，形成了脐橙、皇冠梨、百香果等多品种错季上市的格局，带动了村民增收。")

    pg = new("c-macau-anniversary", "jcms", "县图书馆举办庆祝澳门回归祖国25周年主题展览", "2024-12-18 10:10", T_NEWS,
             "定南县文化广电新闻出版旅游局", note="澳门 in legit use; 威尼斯 (city) in an art-exchange sentence")
    pg.p("为庆祝澳门回归祖国25周年，县图书馆举办“濠江情·中国心”主题图片展览，展出图片{n}余幅。".replace("{n}", "120"),
         "展览分为“历史回望”“回归之路”“繁荣发展”三个部分，展示了澳门回归祖国以来“一国两制”实践取得的巨大成就。",
         "展览还介绍了澳门与内地在文化旅游领域的交流合作，以及澳门大三巴牌坊、妈阁庙等世界文化遗产。",
         "县文化馆近年来积极开展对外文化交流，县内艺术家作品曾赴意大利威尼斯参加国际艺术展。")

    pg = new("c-chess-room", "vsb", "城市社区打造老年人“15分钟活动圈”", "2024-05-14", T_NEWS, "定南县城市社区管理委员会",
             note="棋牌室 (in a community centre), 真人真事, 太阳城小区 (a housing estate name)")
    pg.p("县城市社区管理委员会整合社区闲置用房，打造集阅览室、棋牌室、舞蹈室、健身室于一体的社区老年人活动中心。",
         "太阳城小区活动中心开放以来，每天有上百名老年人在这里下棋、唱歌、跳舞，社区还经常组织讲述身边好人好事的真人真事宣讲会。",
         "目前，城区已建成社区老年人活动中心{n}个，基本实现老年人“15分钟活动圈”全覆盖。".replace("{n}", "11"))

    pg = new("c-gold-sand-village", "jiyue", "鹅公镇金沙坝片区高标准农田项目通过验收", "2024-01-23 15:00", T_TOWN, "鹅公镇人民政府",
             note="金沙坝 (a place name containing 金沙)")
    news(pg, "高标准农田", 4, town="鹅公镇")
    pg.p("项目涉及鹅公镇金沙坝片区和高湖片区，验收组对照设计图纸逐项核查了工程质量，一致同意项目通过验收。")

    pg = new("c-independence-words", "trs", "定南县融资担保有限公司2023年度信息披露", "2024-04-12",
             t_dept("定南县金融服务中心", "财政资金"), "定南县金融服务中心",
             note="独立董事, 独立第三方, 独立自主 (独立 not separatism)")
    pg.meta.update(index_no=index_no(pg), topic="财政、金融、审计", doc_no="")
    pg.p("定南县融资担保有限公司是县属国有融资担保机构，注册资本{n}亿元，坚持“政策性、公益性”定位，独立自主开展担保业务。".replace("{n}", "3"),
         "公司建立了由股东会、董事会（含独立董事）、监事会和经营层组成的法人治理结构。2023年度财务报告已由独立第三方会计师事务所审计。",
         "2023年，公司新增担保业务{n}笔，担保金额{m}亿元，其中支农支小业务占比{p}%。".replace("{n}", "612").replace("{m}", "8.36").replace("{p}", "92.4"),
         "截至2023年末，公司在保余额{n}亿元，代偿率控制在合理范围。".replace("{n}", "11.2"))

    pg = new("c-civil-explosives", "asp", "关于加强民用爆炸物品安全监管的通知", "2023-04-06", T_TZGG, "定南县公安局",
             note="民用爆炸物品, 炸药, 雷管 in a lawful safety notice; trap only")
    pg.p("各乡镇人民政府，县直有关单位，各涉爆单位：",
         "为加强民用爆炸物品安全管理，严防涉爆案事件发生，现将有关事项通知如下。",
         "一、严格落实民用爆炸物品购买、运输、储存和使用许可制度，炸药、雷管等民用爆炸物品必须存放在符合标准的专用仓库，实行双人双锁管理。",
         "二、爆破作业单位要严格执行爆破作业“清退制度”，当班剩余的炸药、雷管必须当班清退回库。",
         "三、各乡镇要加强对辖区采石场、工地的巡查，发现非法使用爆炸物品的，立即报告公安机关。")
    pg.sign("定南县公安局", "2023年4月6日")


# ---------------------------------------------------------------------------
# clean pages: political wording done right, history, names


def clean_political_pages() -> None:
    pg = new("c-study-session", "jcms", "县政府党组理论学习中心组召开专题学习会", "2024-04-03 18:10", T_COUNTY, "定南县融媒体中心",
             note="习近平总书记, 李强总理, 习近平新时代中国特色社会主义思想 — all correct")
    pg.p("4月2日，县政府党组理论学习中心组召开专题学习会，县委副书记、县长刘振东主持会议并讲话。")
    pg.p(*STUDY)

    pg = new("c-study-third-plenum", "vsb", "县委常委会召开会议传达学习党的二十届三中全会精神", "2024-07-22", T_COUNTY,
             "定南县融媒体中心", note="correct titles, 以习近平同志为核心的党中央, 进一步全面深化改革")
    pg.p("7月21日，县委书记钟立华主持召开县委常委会会议，传达学习党的二十届三中全会精神。",
         "会议指出，党的二十届三中全会是在以中国式现代化全面推进强国建设、民族复兴伟业的关键时期召开的一次十分重要的会议。"
         "习近平总书记所作的重要讲话，深刻阐述了进一步全面深化改革的重大意义和总体要求。",
         "会议强调，要切实把思想和行动统一到党中央决策部署上来，更加紧密地团结在以习近平同志为核心的党中央周围，"
         "以钉钉子精神抓好改革落实。", STUDY[3], STUDY[6])

    pg = new("c-president-diplomacy", "jiyue", "我县干部群众热议中非合作论坛北京峰会", "2024-09-07 20:00", T_COUNTY,
             "定南县融媒体中心", note="国家主席习近平, 习近平主席 (correct in diplomatic context), 非洲国家")
    pg.p("9月5日，2024年中非合作论坛峰会在北京开幕，国家主席习近平出席开幕式并发表主旨讲话。",
         "连日来，峰会成果在我县干部群众中引起热烈反响。县商务局干部表示，习近平主席宣布的中非合作伙伴行动，为包括我县企业在内的中国企业开拓非洲市场带来了新机遇。",
         "县内一家电子元器件企业负责人说，企业产品已出口到多个非洲国家，将抓住机遇进一步扩大出口。")

    pg = new("c-premier-2022", "asp", "我县认真学习贯彻全国两会精神", "2022-03-14", T_TZGG, "定南县人民政府办公室",
             note="李克强总理 in a 2022 page (correct then); “十四五”规划 quoted")
    pg.p("3月11日，十三届全国人大五次会议胜利闭幕。全县各级各部门迅速掀起学习贯彻全国两会精神热潮。",
         "大家一致认为，李克强总理所作的政府工作报告，是一个求真务实、凝心聚力、催人奋进的好报告。",
         "县发改委负责人表示，将紧扣“十四五”规划目标任务，扎实推进重大项目建设，为全县经济稳增长提供有力支撑。")

    pg = new("c-cross-strait", "vsb", "县台办举办海峡两岸青年交流活动", "2024-08-02", T_NEWS, "定南县人民政府台湾事务办公室",
             note="台湾地区, 台湾当局, 反对“台独”, 台湾同胞, 中国台湾 — all correct")
    pg.p("8月1日，县台办举办“赣台青年客家行”海峡两岸青年交流活动，来自台湾地区的{n}名青年走进定南，参访客家围屋、脐橙基地和工业园区。".replace("{n}", "26"),
         "交流座谈中，两岸青年围绕客家文化传承、青年创业就业等话题进行了深入交流。",
         "县台办负责人表示，台湾当局的“台独”分裂行径不得人心，两岸同胞要共同反对“台独”分裂活动和外部势力干涉，携手推进祖国统一进程。",
         "台湾青年代表表示，此次活动让他们深刻感受到两岸同胞血浓于水的亲情，今后将积极来大陆发展。",
         "在国际体育赛事中，我们常见中国台北代表团参赛；在涉外场合，应使用“中国台湾”的规范表述。")

    pg = new("c-korea-correct", "epoint", "县人武部组织民兵观看抗美援朝题材影片", "2023-10-24", T_NEWS, "定南县人民武装部",
             note="朝鲜 (correct), 抗美援朝; no 北朝鲜")
    pg.p("在中国人民志愿军抗美援朝出国作战73周年纪念日到来之际，县人武部组织基干民兵观看抗美援朝题材影片。",
         "影片再现了志愿军将士在朝鲜战场上不畏强敌、舍生忘死的英雄壮举。",
         "观影后，民兵们纷纷表示，要传承伟大抗美援朝精神，召之即来、来之能战，为建设平安定南贡献力量。")

    pg = new("c-belt-road-initiative", "jcms", "我县外贸企业积极拓展共建“一带一路”国家市场", "2024-05-09 09:00", T_NEWS, "定南县商务局",
             note="“一带一路”倡议, 共建“一带一路”, “十四五”时期 — correct quoting")
    pg.p("今年以来，我县外贸企业积极参与共建“一带一路”，对共建国家出口额同比增长{n}%。".replace("{n}", "15.3"),
         "县商务局负责人介绍，“一带一路”倡议提出十多年来，为企业“走出去”提供了广阔舞台。我县将在“十四五”时期持续支持企业开拓新兴市场。",
         "县内一家稀土永磁材料企业负责人表示，企业已在东南亚设立销售网点，产品出口到十多个国家和地区。")

    pg = new("c-plan-quoted", "trs", "定南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要实施情况中期评估", "2023-11-30",
             t_dept("定南县发展和改革委员会", "规划计划"), "定南县发展和改革委员会",
             note="“十四五”规划 quoted, 第十四个五年规划 written out; a long page")
    pg.meta.update(index_no=index_no(pg), topic="综合政务", doc_no="")
    rng = R(pg)
    pg.p("《定南县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》（以下简称《纲要》）是全县“十四五”时期经济社会发展的宏伟蓝图。"
         "根据有关要求，县发改委组织开展了《纲要》实施情况中期评估。",
         "评估认为，“十四五”规划实施以来，全县经济运行总体平稳，主要指标完成情况良好。")
    pg.h("一、主要指标完成情况")
    pg.table(["指标", "2020年基数", "2025年目标", "2022年实际", "进度评价"],
             [["地区生产总值（亿元）", "118.6", "170", "139.2", "符合预期"],
              ["规模以上工业增加值增速（%）", "—", "8.5", "9.1", "符合预期"],
              ["一般公共预算收入（亿元）", "10.2", "13.5", "11.4", "基本符合预期"],
              ["城镇居民人均可支配收入（元）", "34120", "48000", "39850", "符合预期"],
              ["农村居民人均可支配收入（元）", "14860", "21500", "17630", "符合预期"],
              ["森林覆盖率（%）", "81.6", "≥81.6", "81.7", "符合预期"]])
    pg.h("二、重点任务推进情况")
    for topic in ("招商", "营商环境", "高标准农田", "河长制", "稀土矿山修复", "学生资助", "医保"):
        pg.p(*paras(rng, topic, 3, year="2022"))
    pg.h("三、下一步工作建议")
    pg.p("对照“十四五”规划目标，下一步要聚焦短板弱项，加快推进滞后指标和重大项目，确保“十四五”规划目标任务圆满完成，并启动“十五五”规划前期研究。")

    pg = new("c-old-organs-2016", "asp", "关于开展2016年土地卫片执法检查工作的通知", "2016-04-12", T_TZGG, "定南县国土资源局",
             note="2016 page: 县国土资源局, 县安监局, 县环境保护局 were the names then; “十三五”规划 quoted")
    pg.p("各乡镇人民政府，县直有关单位：",
         "根据国土资源部和省国土资源厅的统一部署，我县将开展2016年度土地卫片执法检查工作，现将有关事项通知如下。",
         "一、检查内容。对照卫星遥感监测图斑，逐宗核查土地利用情况，查处违法占用土地行为。",
         "二、职责分工。县国土资源局负责组织实施和技术指导；县安监局、县环境保护局按职责配合开展检查；各乡镇负责辖区内图斑的实地核查。",
         "三、工作要求。各乡镇要结合“十三五”规划实施，严格保护耕地，坚决遏制违法用地行为。")
    pg.sign("定南县国土资源局", "2016年4月12日")

    pg = new("c-old-organs-2017", "epoint", "县卫计委开展2017年“世界卫生日”宣传活动", "2017-04-07", T_NEWS, "定南县卫生和计划生育委员会",
             note="2017 page: 县卫计委, 县食品药品监督管理局, 国家卫生计生委, 国家工商总局 were current")
    pg.p("4月7日是第68个世界卫生日，县卫计委联合县食品药品监督管理局在县城人民广场开展宣传活动。",
         "今年世界卫生日的主题是“一起来聊抑郁症”。国家卫生计生委倡导全社会关注心理健康。",
         "县工商局工作人员同时向群众宣传了国家工商总局关于保健食品广告监管的有关规定，提醒群众谨防虚假宣传。")

    pg = new("c-history-with-yuan", "jcms", "我县不动产统一登记改革纪实", "2023-09-19 10:30", T_NEWS, "定南县自然资源局",
             note="2023 page mentioning 原县国土资源局 and 原国家工商总局 as history (原 prefix): not a problem")
    pg.p("2015年以前，我县土地、房屋、林地等不动产分别由原县国土资源局、原县房管局、原县林业局林权管理部门分散登记。",
         "2017年，我县完成不动产统一登记职责整合。2019年机构改革后，不动产登记职责划入县自然资源局。",
         "县不动产登记中心负责人说：“从当年‘多头跑’到现在‘一窗办’，群众办事越来越方便。”",
         "与此同时，企业登记也经历了从原国家工商总局主导的“三证合一”到市场监管部门“一照通行”的改革历程。")

    pg = new("c-local-liqiang", "epoint", "岭北镇2024年度“最美家庭”名单公示", "2024-05-06", t_town("岭北镇"),
             "岭北镇人民政府", note="a villager named 李强 (no title), names that look like nothing; clean")
    pg.p("经各村推荐、镇妇联评审，拟评选以下家庭为岭北镇2024年度“最美家庭”，现予以公示。")
    pg.table(["序号", "村", "家庭", "事迹简介"],
             [["1", "大布村", "李强家庭", "夫妻孝老爱亲，照顾瘫痪老人十余年"], ["2", "扬眉村", "钟国平家庭", "热心公益，带头捐资修路"],
              ["3", "龙头村", "陈秀英家庭", "科学教子，三个子女均考上大学"], ["4", "迳脑村", "廖春生家庭", "勤劳致富，带动乡亲发展油茶"],
              ["5", "岭北村", "赖桂兰家庭", "邻里和睦，积极参与矛盾调解"]])
    pg.p("公示期5个工作日，联系电话：0797-4296018。")


def clean_typo_trap_pages() -> None:
    pg = new("c-deadline-notice", "asp", "关于2024年度职称申报的通知", "2024-06-20", T_TZGG, "定南县人力资源和社会保障局",
             note="截止日期 / 截止时间 (legit uses); 部署 correct")
    pg.p("各有关单位：", "根据市人社局统一部署，现将2024年度职称申报有关事项通知如下。",
         "一、申报时间。网上申报截止日期为2024年7月31日，纸质材料报送截止时间为8月9日17:30，逾期不予受理。",
         "二、申报条件。申报人员须符合相应系列职称评价标准条件，近三年年度考核均为合格以上等次。",
         "三、申报程序。个人申报、单位审核公示、主管部门审核、县人社局汇总报送。")
    pg.sign("定南县人力资源和社会保障局", "2024年6月20日")

    pg = new("c-ranking-order", "trs", "2024年上半年全县政府网站信息发布情况通报", "2024-07-10",
             t_dept("定南县人民政府办公室", "工作通报"), "定南县人民政府办公室",
             note="按排名 (按 + 排名), 截至目前 (correct), 既…又…; no typos")
    pg.meta.update(index_no=index_no(pg), topic="综合政务", doc_no="定府办字〔2024〕29号")
    rng = R(pg)
    pg.p("截至目前，全县各单位上半年在县政府门户网站共发布信息{n}条。现按排名顺序将各单位完成情况通报如下：".replace("{n}", "4312"))
    rows = []
    for i, unit in enumerate(UNITS[:18]):
        rows.append([str(i + 1), "定南" + unit, str(rng.randint(20, 90)), str(rng.randint(20, 60)), f"{rng.randint(60, 160)}%"])
    pg.table(["排名", "单位", "发布数", "任务数", "完成比例"], rows)
    pg.p("各单位既要抓好信息发布数量，又要提升信息发布质量，严格落实“三审三校”制度。")

    pg = new("c-jishi-legit", "vsb", "县农业农村局推广稻渔综合种养模式", "2023-06-15", T_NEWS, "定南县农业农村局",
             note="既使…又使 (legit grammar), 布置 (legit); no typos")
    pg.p("稻渔综合种养模式既使稻田多了一份收入，又使水稻少用了化肥农药，实现了“一水两用、一田双收”。",
         "县农业农村局组织技术人员深入龙塘镇、天九镇示范基地，现场指导农户开挖鱼沟、布置防逃设施。",
         "今年全县推广稻渔综合种养面积{n}亩，预计亩均增收{m}元以上。".replace("{n}", "3200").replace("{m}", "1500"))


def clean_region_pages() -> None:
    pg = new("c-shenzhen-study", "jcms", "县考察团赴深圳市学习考察数字经济发展", "2024-03-22 19:00", T_COUNTY, "定南县融媒体中心",
             note="other regions in ordinary news: 广东省深圳市, 南山区, 东莞市 — not problems")
    pg.p("3月20日至21日，县委副书记、县长刘振东带领县考察团赴广东省深圳市学习考察数字经济发展。",
         "考察团先后走访了深圳市南山区的多家数字经济企业和东莞市的智能制造产业园，学习借鉴先进地区的发展经验。",
         "刘振东指出，要主动对接粤港澳大湾区，借助赣深高铁开通的优势，承接大湾区产业转移。")
    pg.p(*paras(R(pg), "招商", 3))

    pg = new("c-pairing-support", "vsb", "东莞市对口帮扶工作组到我县调研", "2023-06-29", T_COUNTY, "定南县融媒体中心",
             note="对口帮扶/对口支援 between regions: 广东省东莞市, 东莞市大朗镇 — legit")
    pg.p("6月28日，广东省东莞市对口帮扶工作组到我县调研对口帮扶项目推进情况。",
         "调研组一行先后来到东莞大朗（定南）产业园、岭北镇帮扶车间，详细了解项目建设和群众就业情况。",
         "座谈会上，双方就深化产业协作、劳务协作和消费帮扶等进行了交流。东莞市大朗镇与历市镇签订了结对帮扶协议。")

    pg = new("c-investment-signing", "jiyue", "我县在厦门市举办招商推介会 签约项目12个", "2024-09-09 21:00", T_COUNTY, "定南县融媒体中心",
             note="招商签约 in 福建省厦门市 with firms from 浙江省, 广东省 — legit news")
    pg.p("9月8日，定南县（厦门）招商推介会在福建省厦门市举办，来自福建、浙江、广东等地的{n}余名企业家参加。".replace("{n}", "150"),
         "推介会上，我县与{n}家企业签订投资合作协议，签约总金额{m}亿元。".replace("{n}", "12").replace("{m}", "36.8"))
    pg.p(*paras(R(pg), "招商", 2))

    pg = new("c-highspeed-rail", "epoint", "赣深高铁定南南站旅客发送量稳步增长", "2024-02-28", T_NEWS, "定南县交通运输局",
             note="赣深高铁 (Ganzhou-Shenzhen), 广州, 深圳, 南昌 destinations — legit")
    pg.p("赣深高铁开通以来，定南南站旅客发送量稳步增长。今年春运期间，定南南站累计发送旅客{n}万人次。".replace("{n}", "12.6"),
         "目前，从定南南站乘坐高铁，最快约1小时可达深圳，约2小时可达广州，约3小时可达南昌。",
         "县交通运输局开通了县城至定南南站的公交专线，方便群众出行。")

    pg = new("c-own-catalog", "jcms", "定南县应急管理局政府信息公开目录", "2024-04-02 09:30", T_ML, "定南县应急管理局",
             note="the county's own 目录: only own units; no other regions")
    pg.p("本目录收录定南县应急管理局主动公开的政府信息。")
    catalog(pg, ["定南县应急管理局"], 60, 2021)

    pg = new("c-own-catalog-towns", "trs", "定南县乡镇政府信息公开目录汇总", "2024-06-03", T_ML, "定南县人民政府办公室",
             note="long 目录 of all seven townships; own names only")
    pg.meta.update(index_no=index_no(pg), topic="综合政务")
    catalog(pg, [f"定南县{t}人民政府" for t in TOWNS], 190, 2022)

    pg = new("c-own-catalog-neighbours", "vsb", "定南县林业局政府信息公开目录（2024年）", "2024-09-02", T_ML, "定南县林业局",
             note="目录 of the county itself with allowed neighbours (寻乌县, 安远县) in 联防 rows and 赣州市 parent rows")
    catalog(pg, ["定南县林业局"], 30, 2024, plant={3: "定南县与寻乌县、安远县森林防火联防联控协议",
                                                  19: "转发赣州市林业局关于做好松材线虫病防治工作的通知"})

    pg = new("c-gkzn-clean", "epoint", "定南县人民政府办公室政府信息公开指南", "2023-03-01", T_ZN, "定南县人民政府办公室",
             note="clean 信息公开指南: 江西省赣州市定南县 address, 341900")
    gk_guide(pg, "定南县人民政府办公室", "江西省赣州市定南县历市镇建设路1号县行政中心", phone="0797-4282301")

    pg = new("c-gkzn-town", "jiyue", "天九镇人民政府信息公开指南", "2024-02-05 10:00", T_ZN, "天九镇人民政府",
             note="clean township guide; 赣州市 and 江西省 parents only")
    gk_guide(pg, "天九镇人民政府", "江西省赣州市定南县天九镇天九大道2号",
             extra=["本指南自发布之日起施行，由天九镇党政综合办公室负责解释。"])

    pg = new("c-guide-clean-dibao", "jiyue", "临时救助办事指南", "2024-03-12 15:00", T_GUIDE, "定南县民政局",
             note="clean 办事指南: 江西省 regulations, 定南县 places")
    guide(pg, "临时救助")

    pg = new("c-guide-clean-property", "epoint", "不动产首次登记办事指南", "2023-07-07", T_GUIDE, "定南县自然资源局",
             note="clean 办事指南 with fees")
    guide(pg, "不动产首次登记")

    pg = new("c-guide-clean-business", "jiyue", "个体工商户登记办事指南", "2024-05-21 16:30", T_GUIDE, "定南县市场监督管理局",
             note="clean 办事指南; 江西省市场主体登记网")
    guide(pg, "个体工商户登记")

    pg = new("c-guide-neighbour-ok", "epoint", "异地就医备案服务指南（跨县通办）", "2024-08-12", T_GUIDE, "定南县医疗保障局",
             note="服务指南 naming the allowed neighbours 龙南市, 全南县, 安远县, 寻乌县 and parents 赣州市/江西省 — not problems")
    guide(pg, "异地就医备案", extra_rows=[("跨县通办", "参保地为龙南市、全南县、安远县、寻乌县的群众，可在定南县医保服务大厅跨县办理"),
                                          ("省内通办", "江西省内参保人员可通过“赣服通”全省通办")])

    pg = new("c-guide-cross-province", "jiyue", "“跨省通办”服务指南（赣粤）", "2024-06-27 11:10", T_GUIDE, "定南县行政审批局",
             note="HARD TRAP: a 服务指南 that legitimately names its partner counties in 广东省 (和平县, 龙川县) for 跨省通办; "
             "the names describe partners, not the guide's own region")
    pg.p("为方便赣粤两省群众异地办事，定南县与广东省河源市和平县、龙川县签订了政务服务“跨省通办”合作协议。",
         "一、通办事项：社保卡申领、养老保险关系转移、个体工商户登记、户籍证明开具等{n}项高频事项。".replace("{n}", "126"),
         "二、办理方式：群众可在定南县政务服务中心“跨省通办”专窗提交材料，由窗口工作人员通过“异地代收、远程办理”方式，"
         "协助办理合作地区事项，办理结果免费邮寄送达。",
         "三、咨询电话：定南县政务服务中心 0797-4288123。")

    pg = new("c-guide-forest-clean", "epoint", "林木采伐许可证核发服务指南（简版）", "2022-11-15", T_GUIDE, "定南县林业局",
             note="clean 服务指南")
    guide(pg, "林木采伐许可证核发")


# ---------------------------------------------------------------------------
# clean pages: numbers that are not personal data


def procurement(page: Page, project: str, code: str, budget: str, buyer: str, agent: str, agent_addr: str,
                items: list[list[str]], contact_mobile: str) -> Page:
    page.p(f"项目概况：{project}招标项目的潜在投标人应在江西省公共资源交易网（www.jxsggzy.cn）获取招标文件，"
           "并于2024年X月X日9点30分（北京时间）前递交投标文件。".replace("2024年X月X日", f"{page.when.year}年{page.when.month}月{min(page.when.day + 20, 28)}日"))
    page.h("一、项目基本情况")
    page.p(f"项目编号：{code}", f"项目名称：{project}", f"预算金额：{budget}万元", f"最高限价：{budget}万元",
           "合同履行期限：自合同签订之日起12个月", "本项目不接受联合体投标。")
    page.table(["序号", "品目名称", "数量", "单位", "主要技术参数"], items)
    page.h("二、申请人的资格要求")
    page.p("1.满足《中华人民共和国政府采购法》第二十二条规定；", "2.落实政府采购政策需满足的资格要求：本项目专门面向中小企业采购；",
           "3.本项目的特定资格要求：无。")
    page.h("三、获取招标文件")
    page.p("时间：公告发布之日起至投标截止时间止，每天上午00:00至12:00，下午12:00至23:59（北京时间，法定节假日除外）。",
           "方式：登录江西省公共资源交易网在线下载。售价：0元。")
    page.h("四、对本次招标提出询问，请按以下方式联系")
    page.p(f"1.采购人信息：名称：{buyer}；地址：定南县历市镇；联系方式：0797-42{sum(map(ord, code)) % 90000 + 10000}",
           f"2.采购代理机构信息：名称：{agent}；地址：{agent_addr}；联系方式：{contact_mobile}",
           f"3.项目联系方式：项目联系人：{person(R(page, 'contact'))}；电话：{contact_mobile}")
    return page


def clean_number_pages() -> None:
    pg = new("c-procurement-pc", "epoint", "定南县教育科技体育局2024年中小学教室多媒体设备采购项目公开招标公告", "2024-05-07",
             ["首页", "信息公开", "政府采购"], "江西赣信项目管理有限公司",
             note="procurement: agency address in 章贡区 (not a 目录/指南), agency contact mobile labelled 联系方式/电话 "
             "(an office contact), 项目编号; no problems")
    rng = R(pg)
    procurement(pg, "定南县教育科技体育局2024年中小学教室多媒体设备采购项目", "JXGX2024-DN-G015", "386.5",
                "定南县教育科技体育局", "江西赣信项目管理有限公司", "江西省赣州市章贡区长征大道31号", [
                    ["1", "交互式智能平板", "120", "台", "86英寸，4K超高清，内置OPS电脑"],
                    ["2", "实物展台", "120", "台", "1300万像素，自动对焦"],
                    ["3", "教学音响系统", "120", "套", "功放+壁挂音箱+无线麦克风"]], make_mobile(rng))

    pg = new("c-procurement-result", "vsb", "定南县城区道路提升改造工程（二期）中标结果公告", "2024-06-21",
             ["首页", "信息公开", "政府采购"], "定南县城市管理局",
             note="统一社会信用代码 of the winner, 项目编号, 评审专家 names; contact mobile of the agency (labelled 联系电话)")
    rng = R(pg)
    pg.p("一、项目编号：DNCG-2024-GC-027", "二、项目名称：定南县城区道路提升改造工程（二期）",
         "三、中标信息：中标人：江西省恒通路桥建设有限公司；统一社会信用代码：91360700MA35H8Q27F；"
         "地址：江西省赣州市经济技术开发区金岭西路88号；中标金额：2689.37万元。",
         "四、主要标的信息：道路工程、排水工程、交通工程及附属工程。工期：300日历天。",
         f"五、评标委员会成员名单：{'、'.join(person(rng) for _ in range(5))}",
         "六、公告期限：自本公告发布之日起1个工作日。",
         f"七、联系方式：采购人：定南县城市管理局，联系电话：0797-4281226；代理机构：江西正衡招标代理有限公司，联系电话：{make_mobile(rng)}")

    pg = new("c-masked-dibao-long", "trs", "定南县2024年第二季度城乡最低生活保障对象名单公示", "2024-07-03",
             t_dept("定南县民政局", "社会救助"), "定南县民政局",
             note="long masked list (160 rows): IDs masked 3607**********1234, names full; nothing unmasked")
    pg.meta.update(index_no=index_no(pg, "11360728014200224X"), topic="民政、扶贫、救灾", doc_no="")
    rng = R(pg)
    pg.p("根据低保信息公开有关规定，现将全县2024年第二季度城乡最低生活保障对象名单予以公示（身份证号码已作脱敏处理）。")
    cols = ["序号", "乡镇", "村（社区）", "户主姓名", "身份证号码", "保障人数", "金额（元）"]
    pg.table(["序号", "乡镇", "村（社区）", "户主姓名", "身份证号码", "保障人数", "月保障金额（元）"], gongshi_rows(rng, 380, cols))
    pg.p("监督电话：0797-4282216，12345政务服务便民热线。")

    pg = new("c-masked-mobiles", "jcms", "2024年春季学期义务教育家庭经济困难寄宿生生活补助名单公示", "2024-04-18 10:00",
             t_dept("定南县教育科技体育局", "学生资助"), "定南县教育科技体育局",
             note="masked names, masked guardian mobiles (138****5678); office mobile labelled 咨询电话")
    rng = R(pg)
    pg.p("现将2024年春季学期义务教育家庭经济困难寄宿生生活补助名单公示如下：")
    cols = ["序号", "学校", "年级", "学生姓名", "联系方式", "金额（元）"]
    pg.table(["序号", "学校", "年级", "学生姓名", "监护人联系方式", "补助金额（元）"], gongshi_rows(rng, 40, cols, ids="masked_name"))
    pg.p(f"咨询电话：县学生资助管理中心 0797-4282950，{make_mobile(rng)}（工作日）。")

    pg = new("c-bad-check-ids", "epoint", "社会保障卡申领表填写说明", "2024-02-01", T_GUIDE, "定南县社会保险服务中心",
             note="sample ID numbers with a wrong check digit (not real people) and masked ones; card numbers masked")
    rng = R(pg)
    ex1, ex2 = make_bad_id(rng, (1985, 1995)), make_bad_id(rng, (1960, 1970))
    pg.p("一、“公民身份号码”栏：填写18位公民身份号码，末位为X的须大写。",
         f"填写示例：{ex1}（此为示例号码，请勿照抄）。",
         f"代他人申领的，须同时填写代办人公民身份号码，如：{ex2}（示例）。",
         "二、“银行账户”栏：社会保障卡具有金融功能，卡号由合作银行生成，如6217****0123，申领时无需填写。",
         "三、“联系电话”栏：请填写本人常用手机号码，如138****5678。",
         "四、办理地点：县社会保险服务中心一楼社保卡服务窗口，咨询电话：0797-4283001。")

    pg = new("c-account-institutional", "asp", "关于缴纳2024年度城乡居民医疗保险费的公告", "2023-09-05", T_TZGG, "定南县医疗保障局",
             note="institutional accounts (户名 + 开户行 + 账号, one happens to pass Luhn), hotlines 12345 and 95588, 400 number")
    rng = R(pg)
    acct1 = make_card(rng, "1507", 19)        # passes Luhn by construction: still an institutional account
    acct2 = make_bad_card(rng, "3607", 19)
    pg.p("全县城乡居民：2024年度城乡居民医疗保险集中缴费期为2023年9月1日至12月31日，个人缴费标准为每人400元。",
         "一、缴费方式：可通过“赣服通”、微信“江西税务”小程序、各银行网点、村级代办点缴费。",
         f"二、单位集中代缴的，请转入以下账户：户名：国家税务总局定南县税务局；开户行：中国工商银行定南支行；账号：{acct1}。",
         f"学校代收学生医保费的，请转入：户名：定南县医疗保障局；开户行：定南农商银行营业部；对公账户：{acct2}。",
         "三、咨询电话：县医保局0797-4282609；12345政务服务便民热线；工商银行客服95588；税务服务热线12366；"
         "医保服务热线400-0797-123。")
    pg.sign("定南县医疗保障局", "2023年9月5日")

    pg = new("c-index-numbers", "trs", "关于印发《定南县2024年政务公开工作要点》的通知", "2024-05-16",
             t_dept("定南县人民政府办公室", "政策文件"), "定南县人民政府办公室",
             note="索引号 (11360728MB1C35218T/2024-00xxx), 文号 定府办字〔2024〕18号 and 赣府厅字〔2024〕29号, "
             "统一社会信用代码; nothing personal")
    pg.meta.update(index_no=index_no(pg), topic="综合政务", doc_no="定府办字〔2024〕18号", written="2024-05-10")
    pg.p("各乡镇人民政府，县直各单位：",
         "根据《江西省人民政府办公厅关于印发2024年江西省政务公开工作要点的通知》（赣府厅字〔2024〕29号）精神，"
         "结合我县实际，县政府办公室制定了《定南县2024年政务公开工作要点》，现印发给你们，请认真贯彻落实。")
    pg.p(*paras(R(pg), "政务公开", 5))
    pg.p("本文件相关联的政府信息索引号：360728-2024-000123、11360728MB1C35218T/2024-00156。",
         "定南县人民政府办公室统一社会信用代码：11360728014200437M。")
    pg.sign("定南县人民政府办公室", "2024年5月16日")

    pg = new("c-company-register", "vsb", "定南县2024年第一批拟认定专精特新中小企业名单公示", "2024-04-09",
             t_dept("定南县工业和信息化局", "通知公告"), "定南县工业和信息化局",
             note="统一社会信用代码 column (18 chars, some all-digit-looking prefixes), phone landlines")
    rng = R(pg)
    rows = []
    for i, name in enumerate(["定南县鑫磁新材料有限公司", "江西定南华达电子有限公司", "定南县金宇稀土科技有限公司",
                              "定南县绿园食品有限公司", "江西恒兴精密模具有限公司", "定南县嘉禾环保科技有限公司",
                              "江西南岭智能装备有限公司", "定南县天鸿电子科技有限公司"]):
        code = "91360728" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
        rows.append([str(i + 1), name, code, rng.choice(["稀土永磁材料", "电子元器件", "食品加工", "精密模具", "环保设备"])])
    pg.table(["序号", "企业名称", "统一社会信用代码", "主营产品"], rows)
    pg.p("公示期：2024年4月9日至4月15日。联系电话：0797-4283612。")

    pg = new("c-hotlines", "jiyue", "定南县政务服务便民热线和常用服务电话一览", "2024-01-04 08:30", ["首页", "政务服务", "便民服务"],
             "定南县人民政府办公室", note="hotlines, landlines and office duty mobiles labelled 值班电话/咨询电话")
    rng = R(pg)
    rows = [["12345政务服务便民热线", "12345", "24小时"], ["县政务服务中心", "0797-4288123", "工作日"],
            ["县公安局", "110，0797-4282110", "24小时"], ["县消防救援大队", "119", "24小时"],
            ["县人民医院急救中心", "120，0797-4282120", "24小时"], ["县供电公司", "95598", "24小时"],
            ["县自来水公司", "0797-4281166", "24小时"], ["县燃气公司抢修", f"0797-4283119，{make_mobile(rng)}（值班电话）", "24小时"],
            ["县市场监管局投诉举报", "12315", "工作日"], ["县医保局咨询", f"0797-4282609，{make_mobile(rng)}（咨询电话）", "工作日"]]
    pg.table(["单位（事项）", "电话", "服务时间"], rows)


def clean_hidden_trap_pages() -> None:
    pg = new("c-hidden-tabs-news", "jcms", "县政府召开常务会议研究部署近期重点工作", "2024-05-31 19:40", T_COUNTY, "定南县融媒体中心",
             note="in-page tabs hidden with display:none linking to own site and other .gov.cn sites; skip link; clean")
    pg.p("5月30日，县长刘振东主持召开县政府第{n}次常务会议，研究部署近期重点工作。".replace("{n}", "38"))
    pg.p(*paras(R(pg), "安全生产", 2), *paras(R(pg, "b"), "营商环境", 2))
    pg.after_body = ('<div class="related"><ul class="tabs"><li class="on">相关新闻</li><li>上级精神</li></ul>'
                     '<div class="tab-c"><a href="/art/2024/5/20/art_3282_58001.html">县政府召开第37次常务会议</a></div>'
                     '<div class="tab-c" style="display:none"><a href="http://www.gov.cn/yaowen/">国务院要闻</a>'
                     '<a href="http://www.jiangxi.gov.cn/col/col393/index.html">江西省政府常务会议</a>'
                     '<a href="https://www.ganzhou.gov.cn/gzszf/c100022/list.shtml">赣州市政府常务会议</a></div></div>')

    pg = new("c-meta-refresh-internal", "asp", "栏目已迁移", "2023-12-29", T_TZGG, "定南县人民政府办公室",
             note="meta refresh and script redirect to the county's own new address (own host, .gov.cn)")
    pg.head_extra = ('<meta http-equiv="refresh" content="5;url=http://www.dingnan.gov.cn/col/col3290/index.html">\n'
                     '<script>setTimeout(function(){window.location.href="/col/col3290/index.html";},5000);</script>')
    pg.p("根据网站集约化建设安排，原“通知公告”栏目已迁移至新版网站。页面将在5秒后自动跳转，如未跳转请点击"
         "“通知公告”新地址访问。", "给您带来的不便，敬请谅解。")

    pg = new("c-hidden-qrcode-menu", "epoint", "“赣服通”定南分厅上线新一批便民服务事项", "2024-07-16", T_NEWS, "定南县行政审批局",
             note="hidden QR-code box (image only), hidden drop-down with own links, print-only hidden block; clean")
    pg.p(*paras(R(pg), "营商环境", 4))
    pg.after_body = ('<div class="app-box" style="display:none"><img src="/images/gft.png" alt="扫码下载赣服通"></div>'
                     '<div class="print-only" style="display:none">打印时间：<span id="ptime"></span></div>'
                     '<div class="more-menu" style="display:none"><a href="/zwfw/bszn/index.html">办事指南</a>'
                     '<a href="http://www.dingnan.gov.cn/zwfw/bmfw/index.html">便民服务</a>'
                     '<a href="http://www.dingnan.gov.cn/hdjl/xzxx/index.html">县长信箱</a></div>')

    pg = new("c-visible-external-ok", "vsb", "我县多篇政务新媒体作品获省市表彰", "2024-01-10", T_NEWS, "定南县融媒体中心",
             note="visible links to legitimate non-government sites (mp.weixin.qq.com, xinhuanet, people.com.cn, 12371.cn); clean")
    pg.p("近日，我县政务新媒体作品在全省政务新媒体优秀作品评选中获得多项表彰。",
         "获奖作品围绕乡村振兴、脐橙产业、客家文化等主题，通过短视频、图文、H5等形式讲述定南故事。",
         "相关报道被新华网、人民网等中央媒体转载。")
    pg.after_body = ('<div class="links">相关链接：<a href="https://mp.weixin.qq.com/s/Kx2vR8dNq4T0aWmZpL7cYg" target="_blank">“定南发布”微信公众号原文</a> | '
                     '<a href="http://www.xinhuanet.com/" target="_blank">新华网</a> | '
                     '<a href="http://www.people.com.cn/" target="_blank">人民网</a> | '
                     '<a href="https://www.12371.cn/" target="_blank">共产党员网</a></div>')

    pg = new("c-iframe-gov", "jiyue", "2024年定南县政府网站工作年度报表", "2024-01-19 16:00", ["首页", "信息公开", "政府网站年度报表"],
             "定南县人民政府办公室", note="hidden iframe to the national error-report site (.gov.cn); statistics table")
    pg.table(["项目", "内容"], [["网站名称", SITE], ["首页网址", f"http://{OWN_HOST}"], ["主办单位", "定南县人民政府办公室"],
                                ["网站类型", "政府门户网站"], ["政府网站标识码", SITE_ID], ["ICP备案号", "赣ICP备05000000号-1"],
                                ["公安机关备案号", "赣公网安备 36072902000001号"], ["独立用户访问总量（个）", "386512"],
                                ["网站总访问量（次）", "2865309"], ["信息发布总数（条）", "9863"], ["概况类信息更新量（条）", "46"],
                                ["政务动态信息更新量（条）", "5217"], ["信息公开目录信息更新量（条）", "4600"]])
    pg.after_body = ('<iframe src="https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfoNew?siteCode=3607290001" '
                     'style="display:none" width="0" height="0"></iframe>')


# ---------------------------------------------------------------------------
# clean pages: ordinary articles and long documents


def annual_report(page: Page, org: str, year: int) -> Page:
    rng = R(page, "report")
    page.p(f"本报告由{org}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发"
           "〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求编制。全文包括总体情况、主动公开政府信息情况、"
           "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
           f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。")
    page.h("一、总体情况")
    page.p(*paras(rng, "政务公开", 5, year=str(year)))
    page.p(f"{year}年，{org}坚持以公开为常态、不公开为例外，全年通过政府门户网站主动公开政府信息{rng.randint(300, 900)}条，"
           f"通过政务新媒体发布信息{rng.randint(200, 600)}条，召开新闻发布会{rng.randint(2, 9)}场。")
    page.h("二、主动公开政府信息情况")
    page.table(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
               [["规章", "0", "0", "0"], ["行政规范性文件", str(rng.randint(1, 9)), str(rng.randint(0, 3)), str(rng.randint(10, 40))]])
    page.table(["信息内容", "本年处理决定数量"], [["行政许可", str(rng.randint(100, 3000))], ["行政处罚", str(rng.randint(10, 300))],
                                             ["行政强制", str(rng.randint(0, 30))]])
    page.table(["信息内容", "本年收费金额（单位：万元）"], [["行政事业性收费", f"{rng.randint(10, 900) / 10:.1f}"]])
    page.h("三、收到和处理政府信息公开申请情况")
    head = ["本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和", "自然人", "商业企业", "科研机构", "社会公益组织",
            "法律服务机构", "其他", "总计"]
    labels = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开",
              "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开：1.属于国家秘密",
              "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
              "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项", "（四）无法提供：1.本机关不掌握相关政府信息",
              "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "（五）不予处理：1.信访举报投诉类申请",
              "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
              "（六）其他处理", "（七）总计", "四、结转下年度继续办理"]
    rows = []
    for lab in labels:
        nums = [rng.choice([0, 0, 0, 1, 2]) for _ in range(6)]
        rows.append([lab] + [str(n) for n in nums] + [str(sum(nums))])
    page.table(head, rows)
    page.h("四、政府信息公开行政复议、行政诉讼情况")
    page.table(["行政复议：结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "行政诉讼：未经复议直接起诉", "复议后起诉"],
               [["0", "0", "0", "0", "0", "0", "0"]])
    page.h("五、存在的主要问题及改进情况")
    page.p("一是主动公开的深度和广度还需拓展，部分重点领域信息公开不够及时；二是政策解读形式较为单一，图解、视频等解读形式运用较少；"
           "三是信息公开工作人员业务能力有待提高。",
           f"针对上述问题，{year + 1}年将重点做好以下工作：一是加强重点领域信息公开，对照基层政务公开标准目录动态调整公开事项；"
           "二是丰富政策解读形式，提高解读质量；三是加强业务培训，提升政务公开队伍能力。")
    page.h("六、其他需要报告的事项")
    page.p(f"本年度未收取信息处理费。{year}年，{org}共办理人大代表建议{rng.randint(5, 30)}件、政协提案{rng.randint(5, 30)}件，"
           "均已按期办结，办结率100%。")
    return page


def clean_ordinary_pages() -> None:
    pg = new("c-annual-report-county", "trs", "定南县人民政府2023年政府信息公开工作年度报告", "2024-01-30",
             t_dept("定南县人民政府办公室", "政府信息公开年报"), "定南县人民政府办公室", note="long annual report with statistics tables")
    pg.meta.update(index_no=index_no(pg), topic="综合政务", doc_no="")
    annual_report(pg, "定南县人民政府", 2023)

    pg = new("c-annual-report-town", "epoint", "老城镇人民政府2023年政府信息公开工作年度报告", "2024-01-25",
             t_town("老城镇", "政府信息公开年报"), "老城镇人民政府", note="annual report of a township")
    annual_report(pg, "老城镇人民政府", 2023)

    pg = new("c-gov-work-report", "jiyue", "2024年定南县人民政府工作报告", "2024-02-02 08:00", ["首页", "信息公开", "政府工作报告"],
             "定南县人民政府办公室", note="long report assembled from many topics; correct wording throughout")
    rng = R(pg)
    pg.p("——2024年1月28日在定南县第十八届人民代表大会第四次会议上", "县长　刘振东", "各位代表：",
         "现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。")
    pg.h("一、2023年工作回顾")
    pg.p("过去的一年，是全面贯彻党的二十大精神的开局之年。在市委、市政府和县委的坚强领导下，我们坚持以习近平新时代中国特色社会主义思想为指导，"
         "深入贯彻习近平总书记考察江西重要讲话精神，全力拼经济、抓项目、优环境、惠民生，较好完成了县十八届人大三次会议确定的目标任务。")
    for topic in ("招商", "营商环境", "高标准农田", "防止返贫", "脐橙", "河长制", "稀土矿山修复", "学生资助", "医保", "养老保险", "低保", "安全生产"):
        pg.p(*paras(rng, topic, 5, year="2023"))
    pg.h("二、2024年工作安排")
    for topic in ("人居环境", "食品安全", "交通安全", "文明实践", "退役军人", "森林防火", "政务公开"):
        pg.p(*paras(rng, topic, 4, year="2024"))
    pg.p("各位代表，新征程上，我们将更加紧密地团结在以习近平同志为核心的党中央周围，在市委、市政府和县委的坚强领导下，"
         "凝心聚力、实干争先，奋力谱写中国式现代化定南篇章！")

    plain = [
        ("c-news-forest", "jcms", "老城镇全力做好清明节期间森林防火工作", "2024-04-02 18:00", T_TOWN, "老城镇人民政府", "森林防火", {"town": "老城镇"}),
        ("c-news-farmland", "vsb", "县农业农村局加快推进高标准农田建设", "2024-11-20", T_NEWS, "定南县农业农村局", "高标准农田", {}),
        ("c-news-river", "epoint", "岿美山镇开展河道清漂专项行动", "2024-06-13", T_TOWN, "岿美山镇人民政府", "河长制", {"town": "岿美山镇"}),
        ("c-news-food", "jiyue", "县市场监管局开展秋季学校食品安全专项检查", "2024-09-10 16:30", T_NEWS, "定南县市场监督管理局", "食品安全", {}),
        ("c-news-medical", "jcms", "县医保局启动2025年度城乡居民医保集中参保工作", "2024-09-30 09:30", T_NEWS, "定南县医疗保障局", "医保", {}),
        ("c-news-pension", "asp", "县社保中心开展城乡居民养老保险待遇资格认证工作", "2024-03-04", T_TZGG, "定南县社会保险服务中心", "养老保险", {}),
        ("c-news-orange", "vsb", "龙塘镇举办脐橙果园管护技术培训班", "2023-02-15", T_TOWN, "龙塘镇人民政府", "脐橙", {"town": "龙塘镇"}),
        ("c-news-env", "jiyue", "历市镇开展农村人居环境集中整治", "2024-10-14 17:00", T_TOWN, "历市镇人民政府", "人居环境", {"town": "历市镇"}),
        ("c-news-poverty", "epoint", "岭北镇开展防止返贫集中排查", "2024-08-20", T_TOWN, "岭北镇人民政府", "防止返贫", {"town": "岭北镇"}),
        ("c-news-safety", "jcms", "县应急管理局开展汛期安全生产督导检查", "2024-06-07 15:10", T_NEWS, "定南县应急管理局", "安全生产", {}),
        ("c-news-veterans", "trs", "县退役军人事务局举办退役军人专场招聘会", "2024-07-30", t_dept("定南县退役军人事务局", "工作动态"), "定南县退役军人事务局", "退役军人", {}),
        ("c-news-dibao", "vsb", "县民政局开展低保专项治理", "2023-11-28", T_NEWS, "定南县民政局", "低保", {}),
    ]
    for slug, style, title, when, trail, source, topic, known in plain:
        pg = new(slug, style, title, when, trail, source, note=f"ordinary {topic} news; clean")
        if style == "trs":
            pg.meta.update(index_no=index_no(pg), topic="综合政务")
        news(pg, topic, 6, **known)

    pg = new("c-interp-forest", "jiyue", "《定南县林长制工作考核办法》政策解读", "2024-03-26 10:00", ["首页", "信息公开", "政策解读"],
             "定南县林业局", note="政策解读; clean")
    interpretation(pg, "林长制", "县林业局", "《定南县林长制工作考核办法》")

    pg = new("c-interp-water", "trs", "《定南县农村供水工程运行管护办法》政策解读", "2023-08-30",
             t_dept("定南县水利局", "政策解读"), "定南县水利局", note="政策解读; clean")
    pg.meta.update(index_no=index_no(pg), topic="农业、林业、水利")
    interpretation(pg, "农村供水工程运行管护", "县水利局", "《定南县农村供水工程运行管护办法》")

    pg = new("c-interp-employment", "epoint", "图解：《定南县促进高校毕业生等青年就业创业若干措施》", "2024-06-11",
             ["首页", "信息公开", "政策解读"], "定南县人力资源和社会保障局", note="政策解读; clean")
    interpretation(pg, "高校毕业生等青年就业创业", "县人力资源和社会保障局", "《定南县促进高校毕业生等青年就业创业若干措施》",
                   extra=["《措施》明确，对首次在我县创业的高校毕业生，给予一次性创业补贴；对吸纳高校毕业生就业的企业，按规定给予社会保险补贴。"])

    pg = new("c-notice-flood", "asp", "关于做好2024年防汛备汛工作的通知", "2024-03-20", T_TZGG, "定南县防汛抗旱指挥部",
             note="通知; clean")
    notice(pg, "防汛备汛", "县水利局", items=7)

    pg = new("c-notice-fire", "trs", "关于开展2024年冬春季森林防火专项行动的通知", "2024-11-05",
             t_dept("定南县林业局", "通知公告"), "定南县林业局", note="通知; clean")
    pg.meta.update(index_no=index_no(pg), topic="农业、林业、水利", doc_no="定林字〔2024〕41号")
    notice(pg, "冬春季森林防火", "县林业局", items=8)

    pg = new("c-notice-garbage", "vsb", "关于深入推进城乡生活垃圾分类工作的通知", "2023-04-18", T_TZGG, "定南县城市管理局",
             note="通知; clean")
    notice(pg, "城乡生活垃圾分类", "县城市管理局", items=6)

    pg = new("c-short-notice", "asp", "关于2024年清明节放假期间政务服务安排的公告", "2024-03-29", T_TZGG, "定南县行政审批局",
             note="short page; clean")
    pg.p("根据国务院办公厅通知精神，2024年清明节放假时间为4月4日至6日。放假期间，县政务服务中心暂停对外服务，4月7日（星期日）正常上班。",
         "放假期间，群众可通过“赣服通”办理网上服务事项。紧急事项请拨打12345政务服务便民热线。")


# ---------------------------------------------------------------------------
# output


def visible_text(markup: str) -> str:
    """Rough text of a page (for sizes and self-checks): no scripts, styles or tags."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    text = re.sub(r"(?s)<!--.*?-->", " ", text)
    text = re.sub(r"(?s)<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def toml_str(value: str) -> str:
    out = []
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or ch in "\u200b\u200c\u200d\u2060\ufeff":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def check(page: Page, markup: str) -> None:
    """Self-checks: every label is on the page; numbers labelled as personal data really are."""
    source = html.unescape(markup)
    for e in page.expects + page.optional:
        assert e.text in source, (page.slug, e)
        if e.category == "privacy":
            if len(e.text) == 18:
                assert id_valid(e.text), (page.slug, e.text)
            elif len(e.text) == 11:
                assert re.fullmatch(r"1[3-9]\d{9}", e.text), (page.slug, e.text)
            else:
                assert luhn_ok(e.text) and 16 <= len(e.text) <= 19, (page.slug, e.text)
    assert page.clean == (not page.expects), page.slug
    keys = [(e.category, e.text) for e in page.expects]
    assert len(keys) == len(set(keys)), (page.slug, keys)


def build() -> list[Page]:
    ALL.clear()
    _spam_cursor[0] = 0
    for group in (spam_pages, spam_evasion_pages, sensitive_pages, hidden_link_pages, expression_pages, typo_pages,
                  wrong_region_pages, privacy_pages, clean_publicity_pages, clean_lexical_pages, clean_political_pages,
                  clean_typo_trap_pages, clean_region_pages, clean_number_pages, clean_hidden_trap_pages,
                  clean_ordinary_pages):
        group()
    pages = list(ALL)
    random.Random(20240601).shuffle(pages)
    for i, page in enumerate(pages, 1):
        page.number = i
        page.url = page_url(page)
        page.file = f"{i:03d}-{page.slug.removeprefix('c-')}.html"
    return pages


def labels_toml(pages: list[Page]) -> str:
    out = ["# Labels of the content-check evaluation corpus: written by build_corpus.py, do not edit by hand.",
           "# See README.md for the definitions and how a benchmark should match findings to expectations.", "",
           f"site_region = {toml_str(SITE_REGION)}", f"own_hosts = [{toml_str(OWN_HOST)}]",
           "allowed_regions = [" + ", ".join(toml_str(r) for r in ALLOWED_REGIONS) + "]  # neighbours the profile allows",
           ""]
    for p in pages:
        out += ["[[pages]]", f"file = {toml_str(p.file)}", f"url = {toml_str(p.url)}", f"title = {toml_str(p.title)}",
                f"pub_date = {p.when:%Y-%m-%d}", "trail = [" + ", ".join(toml_str(t) for t in p.trail) + "]",
                f"style = {toml_str(p.style)}", f"clean = {'true' if p.clean else 'false'}", f"note = {toml_str(p.note)}"]
        for e in p.expects:
            out += ["[[pages.expect]]", f"category = {toml_str(e.category)}", f"text = {toml_str(e.text)}"]
            if e.variant:
                out += [f"variant = {toml_str(e.variant)}", f"plain = {toml_str(e.plain)}"]
        for e in p.optional:
            out += ["[[pages.optional]]", f"category = {toml_str(e.category)}", f"text = {toml_str(e.text)}"]
        out.append("")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    pages = build()
    PAGES_DIR.mkdir(parents=True, exist_ok=True)
    wanted = {p.file for p in pages}
    for old in PAGES_DIR.glob("*.html"):
        if old.name not in wanted:
            old.unlink()
    for p in pages:
        markup = RENDERERS[p.style](p)
        check(p, markup)
        (PAGES_DIR / p.file).write_text(markup, encoding="utf-8", newline="\n")
    LABELS.write_text(labels_toml(pages), encoding="utf-8", newline="\n")
    if "-q" not in argv:
        counts: dict[str, int] = {c: 0 for c in CATEGORIES}
        variants = 0
        for p in pages:
            for e in p.expects:
                counts[e.category] += 1
                variants += bool(e.variant) and e.category == "spam"
        clean = sum(p.clean for p in pages)
        print(f"{len(pages)} pages, {clean} clean, {len(pages) - clean} with problems")
        print(", ".join(f"{c} {n}" for c, n in counts.items()), f"(spam evasion variants {variants})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
