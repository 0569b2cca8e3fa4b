/**
 * Korean news outlets (and the ministries and agencies whose releases a keeper files) a reader
 * names in Korean but a page may name otherwise: by the web address
 * of the story (`https://www.hani.co.kr/arti/…` is 한겨레's), or by a brand in Latin letters or a
 * site's name (`NEWSIS`, `dongA.com`, `한경닷컴`). The outlets' English-language editions keep
 * their own names (`The Korea Herald`, `Korea JoongAng Daily`).
 */

interface Outlet {
  name: string;
  /** Host names, each also with `www.`, `m.`, `news.` and the like before it. */
  hosts: string[];
  /** Other names for it: a brand in Latin letters, the site's name. Compared without case, spaces or a `www.`. */
  aliases?: string[];
  /** A ministry or an agency, not a news outlet. */
  agency?: boolean;
  /** Its office number at Naver News, which files the outlet's stories under it (`n.news.naver.com/article/003/…` is 뉴시스'). */
  naver?: string;
}

const OUTLETS: Outlet[] = [
  { name: "연합뉴스", hosts: ["yna.co.kr", "yonhapnews.co.kr"], aliases: ["yna.co.kr"], naver: "001" },
  { name: "Yonhap News Agency", hosts: ["en.yna.co.kr"] },
  { name: "연합뉴스TV", hosts: ["yonhapnewstv.co.kr"] },
  { name: "뉴시스", hosts: ["newsis.com"], aliases: ["NEWSIS", "newsis.com"], naver: "003" },
  { name: "뉴스1", hosts: ["news1.kr"], aliases: ["news1.kr"], naver: "421" },
  { name: "KBS", hosts: ["kbs.co.kr"], aliases: ["KBS NEWS", "KBS 뉴스"], naver: "056" },
  { name: "MBC", hosts: ["imbc.com", "imnews.imbc.com"], aliases: ["MBC NEWS", "MBC 뉴스"], naver: "214" },
  { name: "SBS", hosts: ["sbs.co.kr"], aliases: ["SBS NEWS", "SBS 뉴스"], naver: "055" },
  { name: "JTBC", hosts: ["jtbc.co.kr", "jtbc.joins.com"], aliases: ["JTBC NEWS", "JTBC 뉴스"], naver: "437" },
  { name: "YTN", hosts: ["ytn.co.kr"], aliases: ["YTN NEWS", "YTN 뉴스"], naver: "052" },
  { name: "MBN", hosts: ["mbn.co.kr"], aliases: ["MBN NEWS", "MBN 뉴스"], naver: "057" },
  { name: "채널A", hosts: ["ichannela.com"], naver: "449" },
  { name: "TV조선", hosts: ["tvchosun.com"], naver: "448" },
  { name: "조선일보", hosts: ["chosun.com"], aliases: ["chosun.com", "조선닷컴"], naver: "023" },
  { name: "조선비즈", hosts: ["biz.chosun.com", "chosunbiz.com"], aliases: ["ChosunBiz", "Chosun Biz", "chosunbiz.com"], naver: "366" },
  { name: "중앙일보", hosts: ["joongang.co.kr", "joins.com"], aliases: ["joongang.co.kr", "JoongAng Ilbo"], naver: "025" },
  { name: "Korea JoongAng Daily", hosts: ["koreajoongangdaily.joins.com"] },
  { name: "동아일보", hosts: ["donga.com"], aliases: ["dongA", "dongA.com", "동아닷컴"], naver: "020" },
  { name: "한겨레", hosts: ["hani.co.kr"], aliases: ["hani.co.kr", "한겨레신문", "The Hankyoreh"], naver: "028" },
  { name: "Hankyoreh", hosts: ["english.hani.co.kr"] },
  { name: "경향신문", hosts: ["khan.co.kr"], aliases: ["khan.co.kr", "경향닷컴"], naver: "032" },
  { name: "한국일보", hosts: ["hankookilbo.com"], aliases: ["hankookilbo.com", "Hankook Ilbo"], naver: "469" },
  { name: "국민일보", hosts: ["kmib.co.kr"], aliases: ["kmib.co.kr", "Kukmin Ilbo"], naver: "005" },
  { name: "세계일보", hosts: ["segye.com"], aliases: ["segye.com", "Segye Ilbo"], naver: "022" },
  { name: "서울신문", hosts: ["seoul.co.kr"], aliases: ["seoul.co.kr"], naver: "081" },
  { name: "문화일보", hosts: ["munhwa.com"], aliases: ["munhwa.com"], naver: "021" },
  { name: "한국경제", hosts: ["hankyung.com"], aliases: ["hankyung.com", "한경닷컴", "한국경제신문"], naver: "015" },
  { name: "매일경제", hosts: ["mk.co.kr"], aliases: ["mk.co.kr", "매경닷컴", "매일경제신문"], naver: "009" },
  { name: "머니투데이", hosts: ["mt.co.kr"], aliases: ["mt.co.kr"], naver: "008" },
  { name: "이데일리", hosts: ["edaily.co.kr"], aliases: ["edaily", "edaily.co.kr"], naver: "018" },
  { name: "아시아경제", hosts: ["asiae.co.kr"], aliases: ["asiae.co.kr"], naver: "277" },
  { name: "헤럴드경제", hosts: ["heraldcorp.com", "biz.heraldcorp.com"], aliases: ["heraldcorp.com"], naver: "016" },
  { name: "The Korea Herald", hosts: ["koreaherald.com"] },
  { name: "The Korea Times", hosts: ["koreatimes.co.kr"] },
  { name: "파이낸셜뉴스", hosts: ["fnnews.com"], aliases: ["fnnews", "fnnews.com"], naver: "014" },
  { name: "서울경제", hosts: ["sedaily.com"], aliases: ["sedaily.com"], naver: "011" },
  { name: "뉴스핌", hosts: ["newspim.com"], aliases: ["NEWSPIM", "NewsPim", "newspim.com"] },
  { name: "노컷뉴스", hosts: ["nocutnews.co.kr"], aliases: ["nocutnews.co.kr", "CBS 노컷뉴스"], naver: "079" },
  { name: "오마이뉴스", hosts: ["ohmynews.com"], aliases: ["OhmyNews", "ohmynews.com"], naver: "047" },
  { name: "프레시안", hosts: ["pressian.com"], aliases: ["PRESSIAN", "pressian.com"] },
  { name: "뉴스타파", hosts: ["newstapa.org"], aliases: ["Newstapa"] },
  { name: "미디어스", hosts: ["mediaus.co.kr"] },
  { name: "데일리안", hosts: ["dailian.co.kr"] },
  { name: "광주일보", hosts: ["kwangju.co.kr"] },
  { name: "인천일보", hosts: ["incheonilbo.com"] },
  { name: "미디어오늘", hosts: ["mediatoday.co.kr"] },
  { name: "시사IN", hosts: ["sisain.co.kr"] },
  { name: "전자신문", hosts: ["etnews.com"], aliases: ["etnews", "etnews.com"] },
  { name: "디지털타임스", hosts: ["dt.co.kr"], aliases: ["dt.co.kr"] },
  { name: "아이뉴스24", hosts: ["inews24.com"], aliases: ["inews24", "inews24.com"] },
  { name: "지디넷코리아", hosts: ["zdnet.co.kr"], aliases: ["ZDNet Korea", "zdnet.co.kr"] },
  { name: "더팩트", hosts: ["tf.co.kr"], aliases: ["THE FACT", "tf.co.kr"] },
  { name: "블로터", hosts: ["bloter.net"], aliases: ["Bloter", "bloter.net"] },
  { name: "이투데이", hosts: ["etoday.co.kr"], aliases: ["etoday.co.kr"] },
  { name: "에너지경제", hosts: ["ekn.kr"], aliases: ["에너지경제신문"] },
  { name: "부산일보", hosts: ["busan.com"], aliases: ["Busan Ilbo"] },
  { name: "매일신문", hosts: ["imaeil.com"] },
  { name: "강원일보", hosts: ["kwnews.co.kr"] },
  { name: "경남신문", hosts: ["knnews.co.kr"] },
  { name: "정책브리핑", hosts: ["korea.kr"], aliases: ["대한민국 정책브리핑"] },
  // Ministries and agencies, whose releases a keeper files too: by their sites and their English names.
  { name: "외교부", hosts: ["mofa.go.kr"], aliases: ["Ministry of Foreign Affairs", "MOFA"], agency: true },
  { name: "산업통상자원부", hosts: ["motie.go.kr"], aliases: ["Ministry of Trade, Industry and Energy", "MOTIE"], agency: true },
  { name: "국방부", hosts: ["mnd.go.kr"], aliases: ["Ministry of National Defense"], agency: true },
  { name: "기획재정부", hosts: ["moef.go.kr"], aliases: ["Ministry of Economy and Finance", "MOEF"], agency: true },
  { name: "과학기술정보통신부", hosts: ["msit.go.kr"], aliases: ["Ministry of Science and ICT", "MSIT"], agency: true },
  { name: "국토교통부", hosts: ["molit.go.kr"], aliases: ["Ministry of Land, Infrastructure and Transport", "MOLIT"], agency: true },
  { name: "환경부", hosts: ["me.go.kr"], aliases: ["Ministry of Environment"], agency: true },
  { name: "농림축산식품부", hosts: ["mafra.go.kr"], aliases: ["Ministry of Agriculture, Food and Rural Affairs", "MAFRA"], agency: true },
  { name: "통일부", hosts: ["unikorea.go.kr"], aliases: ["Ministry of Unification"], agency: true },
  { name: "중소벤처기업부", hosts: ["mss.go.kr"], aliases: ["Ministry of SMEs and Startups"], agency: true },
  { name: "해양수산부", hosts: ["mof.go.kr"], aliases: ["Ministry of Oceans and Fisheries"], agency: true },
  { name: "보건복지부", hosts: ["mohw.go.kr"], aliases: ["Ministry of Health and Welfare", "MOHW"], agency: true },
  { name: "행정안전부", hosts: ["mois.go.kr"], aliases: ["Ministry of the Interior and Safety", "MOIS"], agency: true },
  { name: "교육부", hosts: ["moe.go.kr"], aliases: ["Ministry of Education"], agency: true },
  { name: "고용노동부", hosts: ["moel.go.kr"], aliases: ["Ministry of Employment and Labor", "MOEL"], agency: true },
  { name: "법무부", hosts: ["moj.go.kr"], aliases: ["Ministry of Justice"], agency: true },
  { name: "문화체육관광부", hosts: ["mcst.go.kr"], aliases: ["Ministry of Culture, Sports and Tourism", "MCST"], agency: true },
  { name: "여성가족부", hosts: ["mogef.go.kr"], aliases: ["Ministry of Gender Equality and Family", "MOGEF"], agency: true },
  { name: "국가보훈부", hosts: ["mpva.go.kr"], aliases: ["Ministry of Patriots and Veterans Affairs"], agency: true },
  { name: "인사혁신처", hosts: ["mpm.go.kr"], aliases: ["Ministry of Personnel Management"], agency: true },
  { name: "법제처", hosts: ["moleg.go.kr"], aliases: ["Ministry of Government Legislation"], agency: true },
  { name: "식품의약품안전처", hosts: ["mfds.go.kr"], aliases: ["Ministry of Food and Drug Safety", "MFDS"], agency: true },
  { name: "금융위원회", hosts: ["fsc.go.kr"], aliases: ["Financial Services Commission"], agency: true },
  { name: "공정거래위원회", hosts: ["ftc.go.kr"], aliases: ["Korea Fair Trade Commission"], agency: true },
  { name: "방송통신위원회", hosts: ["kcc.go.kr"], aliases: ["Korea Communications Commission"], agency: true },
  { name: "개인정보보호위원회", hosts: ["pipc.go.kr"], aliases: ["Personal Information Protection Commission", "PIPC"], agency: true },
  { name: "통계청", hosts: ["kostat.go.kr"], aliases: ["Statistics Korea"], agency: true },
  { name: "기상청", hosts: ["kma.go.kr"], aliases: ["Korea Meteorological Administration"], agency: true },
  { name: "경찰청", hosts: ["police.go.kr"], aliases: ["Korean National Police Agency"], agency: true },
  { name: "해양경찰청", hosts: ["kcg.go.kr"], aliases: ["Korea Coast Guard"], agency: true },
  { name: "소방청", hosts: ["nfa.go.kr"], aliases: ["National Fire Agency"], agency: true },
  { name: "관세청", hosts: ["customs.go.kr"], aliases: ["Korea Customs Service"], agency: true },
  { name: "국세청", hosts: ["nts.go.kr"], aliases: ["National Tax Service"], agency: true },
  { name: "조달청", hosts: ["pps.go.kr"], aliases: ["Public Procurement Service"], agency: true },
  { name: "질병관리청", hosts: ["kdca.go.kr"], aliases: ["Korea Disease Control and Prevention Agency", "KDCA"], agency: true },
  { name: "산림청", hosts: ["forest.go.kr"], aliases: ["Korea Forest Service"], agency: true },
  { name: "농촌진흥청", hosts: ["rda.go.kr"], aliases: ["Rural Development Administration"], agency: true },
  { name: "특허청", hosts: ["kipo.go.kr"], aliases: ["Korean Intellectual Property Office", "KIPO"], agency: true },
  { name: "한국은행", hosts: ["bok.or.kr"], aliases: ["Bank of Korea", "The Bank of Korea"], agency: true },
  { name: "KOTRA", hosts: ["kotra.or.kr", "dream.kotra.or.kr"], aliases: ["대한무역투자진흥공사", "Korea Trade-Investment Promotion Agency"], agency: true },
];

/** `www.`, `m.`, `news.`, `n.` and `amp.` before a host name are the same site. */
const SITE_PREFIX = /^(?:www|m|mobile|amp|news|n)\./;
const key = (name: string) => name.replace(/\s+/g, "").replace(/^www\./i, "").toLowerCase();

const BY_HOST = new Map(OUTLETS.flatMap((outlet) => outlet.hosts.map((host) => [host, outlet.name] as const)));
const BY_ALIAS = new Map(OUTLETS.flatMap((outlet) => (outlet.aliases ?? []).map((alias) => [key(alias), outlet.name] as const)));

/** The outlet a host name belongs to (a sub-brand's own host, `sports.chosun.com`, is not its parent's). */
export function outletOfHost(host: string): string | null {
  const name = host.toLowerCase();
  return BY_HOST.get(name) ?? BY_HOST.get(name.replace(SITE_PREFIX, "")) ?? null;
}

const BY_NAVER_OFFICE = new Map(OUTLETS.flatMap((outlet) => (outlet.naver ? [[outlet.naver, outlet.name] as const] : [])));
/** A story's office number in Naver News' addresses: `/article/003/0012…`, `/mnews/article/003/…`, `read.naver?oid=003&aid=…`. */
const NAVER_ARTICLE = /\/article\/(?:[a-z]+\/)?(\d{3})\/\d+/;

/** The outlet a story's address belongs to: by its host, or a portal's copy by the outlet's office number there. */
export function outletOfUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (/(?:^|\.)naver\.com$/i.test(parsed.hostname)) {
    const office = NAVER_ARTICLE.exec(parsed.pathname)?.[1] ?? parsed.searchParams.get("oid");
    return office ? (BY_NAVER_OFFICE.get(office) ?? null) : null;
  }
  return outletOfHost(parsed.hostname);
}

const NEWS_NAMES = new Set(OUTLETS.filter((outlet) => !outlet.agency).map((outlet) => outlet.name));

/** Whether a name is one of the news outlets listed here (`프레시안`, `블로터`, `시사IN`). */
export function isListedOutlet(name: string): boolean {
  return NEWS_NAMES.has(name);
}

const AGENCY_NAMES = new Set(OUTLETS.filter((outlet) => outlet.agency).map((outlet) => outlet.name));

/** Whether a name is one of the ministries and agencies listed here (`해양수산부`, `KOTRA`). */
export function isListedAgency(name: string): boolean {
  return AGENCY_NAMES.has(name);
}

/** A listed outlet named as its company: `부산일보사`, `한겨레신문사`, `(주)머니투데이` -> 부산일보, 한겨레, 머니투데이; else null. */
export function outletOfCompany(name: string): string | null {
  const stem = name.replace(/^\(주\)\s*|\s*\(주\)$|주식회사\s*/g, "").replace(/사$/, "").trim();
  if (stem === name.trim()) return null;
  const outlet = outletOfAlias(stem) ?? stem;
  return NEWS_NAMES.has(outlet) ? outlet : null;
}

/** The Korean name of an outlet a page names otherwise (`NEWSIS` -> 뉴시스, `한경닷컴` -> 한국경제), else null. */
export function outletOfAlias(name: string): string | null {
  return BY_ALIAS.get(key(name)) ?? null;
}
