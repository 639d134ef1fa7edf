/** The five regulations the product encodes; ids as in the regulations README. */
export const REGULATION_IDS = [
  'chenzhou-2022',
  'xichuan-2025',
  'laohekou-2024',
  'heze-2021',
  'xunyang-2022',
] as const;

export type RegulationId = (typeof REGULATION_IDS)[number];

/** A citation: which regulation and which (repaired) article number. */
export interface Citation {
  regulation: RegulationId;
  article: number;
}

export const JURISDICTION_NAMES: Record<RegulationId, string> = {
  'chenzhou-2022': '湖南省郴州市',
  'xichuan-2025': '河南省淅川县',
  'laohekou-2024': '湖北省老河口市',
  'heze-2021': '山东省菏泽市',
  'xunyang-2022': '江西省九江市浔阳区',
};
