/**
 * Country names as the Korean press writes them, on top of what `world-countries` gives
 * (`translations.kor.common` / `official`, and its Hangul `altSpellings` such as 북한, 남한).
 * Data only: the rules that use it live in `countries.ts`, the table is built in `country-names.ts`.
 */

/** Package names that are wrong as search keys: [code, name]. */
export const PACKAGE_ERRATA: ReadonlyArray<readonly [string, string]> = [
  ["KP", "조선"], // the dynasty and the newspapers (조선일보, 조선비즈), not the press name for KP
  ["DM", "도미니카 공화국"], // the package gives Dominica the Dominican Republic's name
  ["IO", "인도"], // British Indian Ocean Territory is not 인도
  ["IO", "인도 공화국"],
  ["GS", "조지아"], // South Georgia is not 조지아
  ["AQ", "남극"], // a continent and a weather word, not a country page
];

/** Display names where the package's `kor.common` is not what a Korean reader expects. */
export const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  KP: "북한",
  TR: "튀르키예", // official Korean name since 2022; the package still says 터키
  MN: "몽골",
  DM: "도미니카 연방",
  IO: "영국령 인도양 지역",
  GS: "사우스조지아 사우스샌드위치 제도",
  ZA: "남아프리카공화국",
};

/** Press forms, matched anywhere in a word like the package names ("카자흐스탄을", "한-카자흐협력"). */
export const PRESS_ALIASES: Readonly<Record<string, readonly string[]>> = {
  KR: ["우리나라"],
  KP: ["조선중앙통신"],
  US: ["미합중국"],
  AU: ["오스트레일리아"],
  TW: ["타이완"],
  KZ: ["카자흐"],
  UZ: ["우즈벡", "우즈베크"],
  TM: ["투르크멘", "투르크"], // not 튀르키예 (TR); Turkic words are in BLOCKED
  KG: ["키르기스", "키르기즈", "키르기즈스탄"],
  TJ: ["타지크"],
  TR: ["튀르키예"],
  AE: ["아랍에미레이트"],
  SA: ["사우디"],
  ZA: ["남아공"],
  CD: ["민주콩고"],
  MK: ["마케도니아"],
  BA: ["보스니아"],
  ES: ["에스파냐"],
  ID: ["인니"],
};

/**
 * Names that are also common Korean words. They count only as a word of their own (a particle
 * may follow) and with country context: a joined form, another country next to them in a list,
 * or a cue word right after. `cues` replaces the default cue list for that name; `adjacency:
 * false` ignores neighbouring countries ("미국 조지아 주" is a US state).
 */
export const AMBIGUOUS: Readonly<Record<string, { cues?: readonly string[]; adjacency?: false }>> = {
  인도: {}, // 인도적, 인도하다, 인도주의, 인도·태평양
  인니: {},
  오만: {}, // 오만한, 오만 원
  가나: {}, // -가나 (verb ending), 가나다
  수단: { cues: ["정부", "대통령", "내전", "군부", "공화국", "수도", "난민", "국민", "대사", "분쟁", "하르툼", "다르푸르"] },
  조지아: { adjacency: false, cues: ["정부", "대통령", "총리", "대사", "수교", "외교", "외무", "트빌리시", "공화국"] },
  이란: {}, // 협력이란, 이란성
  말리: {}, // 말리다
  차드: {},
  기니: {},
  피지: {}, // 피지컬, 피지선
  통가: {},
  토고: {},
  몰타: {},
  가봉: {}, // 가봉 (sewing)
  부탄: {}, // 부탄가스
  아이티: {}, // IT
  아일랜드: {}, // resort names: 휘닉스 아일랜드
};

/** Default cue words: the next word (or the rest of the word) starting with one makes a country. */
export const CUE_WORDS: readonly string[] = [
  "정부", "대통령", "총리", "대사", "영사", "수교", "정상", "공화국", "국빈", "외교", "외무",
  "현지", "수출", "수입", "시장", "교역", "경제", "국민", "국적", "당국", "의회", "총선", "대선",
  "왕국", "국왕", "국경", "수도", "대표팀", "진출", "법인", "투자", "순방", "방문", "제재", "정세",
  "군사", "군부", "내전", "증시", "핵합의", "핵협상", "핵개발", "핵무기", "핵시설", "핵문제",
];
/** Cue words that count only as a whole word ("이란 핵", not "핵심"). */
export const WHOLE_CUE_WORDS: readonly string[] = ["핵"];
/** A word ending in one of these is clearly the country: 인도인, 인도산, 인도계, 이란 측. */
export const SUFFIX_CUES: readonly string[] = ["인", "인들", "인의", "산", "산의", "계", "측", "측은", "측의"];
/** One-syllable prefixes of a country word: 주인도 (駐), 대이란 (對), 친이란, 반이란, 재인도. */
export const WORD_PREFIXES: readonly string[] = ["주", "대", "친", "반", "재"];
/** Particles that may follow a name standing as its own word. */
export const PARTICLES: readonly string[] = [
  "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "으로", "에서", "까지", "만",
  "과의", "와의", "에게", "에는", "에도", "에서는", "에서도", "에서의", "으로는", "으로의", "로는",
  "로의", "이나", "나", "과는", "와는", "만의", "보다", "처럼", "부터", "이다", "이며", "이고",
];
/** Words linking two names of a list: "인도와 베트남", "미국 및 인도". */
export const LIST_LINKS: readonly string[] = ["와", "과", "및", "또는", "이나", "나", "그리고", "도"];

/** Separators of a joined form: 한-카자흐, 한·베, 한ㆍ베트남. */
export const JOIN_SEPARATORS = "-·ㆍ‧・∙";
/** One-syllable forms, counted only inside a joined form with a separator (한·베, 미-중). */
export const SHORT_FORMS: Readonly<Record<string, string>> = {
  한: "KR", 북: "KP", 미: "US", 중: "CN", 일: "JP", 러: "RU", 영: "GB", 독: "DE", 불: "FR",
  프: "FR", 호: "AU", 베: "VN", 인: "IN", 몽: "MN", 캐: "CA",
};
/** What may follow the last one-syllable form of a joined form, besides a particle (한·미 동맹, 한·중관계). */
export const JOIN_TAILS: readonly string[] = [
  "간", "관계", "동맹", "정상", "회담", "외교", "무역", "경제", "협력", "공동", "양국", "전략", "교역",
  "수교", "통상", "갈등", "경쟁", "합의", "협정", "연합", "훈련", "국방", "장관", "전쟁",
];
/** Joined forms without a separator, at the start of a word: 한미, 한중일. Each syllable is a SHORT_FORMS key. */
export const UNSEPARATED_JOINS: readonly string[] = [
  "한미", "한중", "한일", "한러", "미중", "미일", "북중", "북러", "중러", "한미일", "한중일",
];
/** Hanja abbreviations of headlines, counted only where no other Hanja touches them (美 대선, not 美術). */
export const HANJA: Readonly<Record<string, string>> = {
  韓: "KR", 美: "US", 中: "CN", 日: "JP", 北: "KP", 英: "GB", 佛: "FR", 獨: "DE", 露: "RU",
};

/** Strings that contain a name but are something else; the longest match wins, so these shadow it. */
export const BLOCKED: readonly string[] = [
  "북한산", "북한강", "남한산", "남한강", // mountain, fortress, rivers
  "대만족", "대만원", "호주머니", "호주제", "그리스도", "카타르시스",
  "투르크족", "투르크어", "투르크계", // Turkic, not Turkmen
  "한미약품", "한미반도체", "한미사이언스", "한일시멘트", "한일현대시멘트", // companies
  "북중미", // North and Central America (2026 북중미 월드컵)
  "중동부", "아프리카TV", "아프리카돼지열병", "해운대구 중동", "중동역", "페이스페인팅",
  "인도태평양", "인도 태평양", "인도·태평양", "인도ㆍ태평양", "인도-태평양", // the Indo-Pacific is not India
];

/** Country names that are also given names: 박영국 기자, 김태국 씨. After a surname they are blocked. */
export const GIVEN_NAMES: readonly string[] = ["영국", "태국"];
/** Common one-syllable surnames, without those that also prefix a country word (주, 대, 반, 친, 재). */
export const SURNAMES = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차우구민진나지엄채원천방공현함변염여추도석선설마길연위표명기왕금옥육맹제모탁어은편용예봉";

/** English common names from the package that are also ordinary words or names. */
export const ENGLISH_SKIPPED: readonly string[] = [
  "Georgia", "Jordan", "Chad", "Jersey", "Guernsey", "Niger", "Guinea", "Turkey", "Man", "Mali",
];
/** English forms besides the package's common names (case-sensitive, whole words). */
export const ENGLISH_ALIASES: Readonly<Record<string, readonly string[]>> = {
  KR: ["Korea", "Republic of Korea"],
  KP: ["DPRK"],
  US: ["USA", "U.S."],
  TR: ["Turkiye"],
  VN: ["Viet Nam"],
  AE: ["UAE"],
  GB: ["UK"],
};

export interface Region {
  id: string;
  name: string;
  /** Matched anywhere in a word, like country names. */
  names: readonly string[];
  /** Matched only as a word of its own (a particle may follow): 중앙아, not 중앙아파트. */
  words?: readonly string[];
  /** Latin forms, whole words. */
  latin?: readonly string[];
  /** Member countries where membership is a fixed list (not for continents); naming a region adds none of them. */
  members?: readonly string[];
}

export const REGIONS: readonly Region[] = [
  { id: "central-asia", name: "중앙아시아", names: ["중앙아시아"], words: ["중앙아"], members: ["KZ", "KG", "TJ", "TM", "UZ"] },
  {
    id: "southeast-asia", name: "동남아시아", names: ["동남아시아", "동남아", "아세안"], latin: ["ASEAN"],
    members: ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"],
  },
  {
    id: "middle-east", name: "중동", names: ["중동"],
    members: ["AE", "BH", "EG", "IL", "IQ", "IR", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "YE"],
  },
  { id: "europe", name: "유럽", names: ["유럽"], latin: ["EU"] },
  { id: "africa", name: "아프리카", names: ["아프리카", "중앙아프리카"] },
  { id: "latin-america", name: "중남미", names: ["중남미", "라틴아메리카"], words: ["남미"] },
];
