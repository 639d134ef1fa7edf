/**
 * The filing documents the app prints (PDF), by stable id.
 *
 * `FORM_CATALOGUE` holds each form as a plain form: a neutral title and no
 * jurisdiction's bodies or articles. What a regulation says of a form (its
 * title, 附件 number, the bodies it goes to, the articles and checklist items
 * it carries) is that regulation's `FormProfile`, kept in its rule pack
 * (shared/rules/packs/<id>/forms.ts); a regulation that does not define a form
 * gets the plain one. Shared: the contract validates ids against this list.
 */
import type { ChangeReason } from './lifecycle-events';
import type { MaterialCode } from './materials';
import type { RegulationId } from './regulations';

export const FORM_IDS = [
  'compliance-report',
  'change-filing',
  'system-inventory',
  'declaration-approval',
  'declaration-form',
  'technical-design-outline',
  'supervision-request',
  'acceptance-application',
  'acceptance-report',
  'annual-plan',
  'performance-self-evaluation',
] as const;
export type FormId = (typeof FORM_IDS)[number];

/** What a form is about: one project, one year of the register, or either. */
export type FormScope = 'project' | 'year' | 'projectOrYear';

export interface FormBasis {
  regulation: RegulationId;
  article: number;
  /** The regulation's 附件 number, when the form is one of its attachments. */
  attachment?: number;
  /** `prescribes`: the article requires this very document; `serves`: the document helps meet it. */
  relation: 'prescribes' | 'serves';
}

export interface FormEntry {
  id: FormId;
  title: string;
  scope: FormScope;
  basis: readonly FormBasis[];
  /** One line on what the form is for, in Chinese. */
  summary: string;
}

/**
 * A fact the register can show, to tick a checklist item by itself; an item
 * without a fact or materials is left for the hand.
 */
export type FormFact =
  | 'completed'
  | 'preliminaryPassed'
  | 'preliminaryAndTrialRun'
  | 'contractFulfilled'
  | 'govCloud'
  | 'dataShared'
  | 'govCloudAndShared'
  | 'platformChecks'
  | 'keyProductsDomestic'
  | 'cryptoPlanned';

/** One line of a checklist, in the regulation's words. */
export interface FormCheck {
  text: string;
  /** The article it comes from (printed after it); of the profile's own regulation. */
  article?: number;
  /** Ticked when every one of these materials is attached… */
  materials?: readonly MaterialCode[];
  /** …and this fact holds. */
  fact?: FormFact;
  /** On a change form: ticked when the recorded change gives this reason. */
  changeReason?: ChangeReason;
  /** On a declaration: what the register already says to this point. */
  answer?: 'description' | 'sharing' | 'security' | 'investment';
}

export interface FormChecklist {
  /** The row's caption, e.g. '验收条件'. */
  caption: string;
  items: readonly FormCheck[];
}

/** A row for a body's written opinion. */
export interface FormOpinion {
  caption: string;
  /** Printed at the top of the cell, e.g. what the body reviews. */
  prompt?: string;
}

/** A form as one regulation defines it (or the plain form, `regulation` null). */
export interface FormProfile extends FormEntry {
  regulation: RegulationId | null;
  /** Whether the regulation defines this form; false: the plain form, perhaps serving some of its articles. */
  defined: boolean;
  /** The regulation's 附件 number, printed at the top left; null when it is not an attachment. */
  attachment: number | null;
  /** A line above the title (a cover's heading, e.g. '浔阳区政务信息化建设项目'). */
  heading: string | null;
  /** Whom the form is sent or addressed to, in the regulation's words. */
  addressees: readonly string[];
  /** Who organises what the form records (验收的组织单位). */
  organisers: readonly string[];
  /** Who may or must take part besides them. */
  participants: readonly string[];
  /** The opinion rows, in order. */
  opinions: readonly FormOpinion[];
  checklists: readonly FormChecklist[];
  /** Materials the form lists with a tick for each one attached. */
  materials: readonly MaterialCode[];
  /** Notes printed under the table. */
  notes: readonly string[];
  /** A self-evaluation's window, in months after the system went into operation (12 to 24). */
  evaluationMonths: readonly [number, number] | null;
}

/** What a rule pack writes for a form: the profile without what is known from the catalogue. */
export type FormProfileInput = Partial<Omit<FormProfile, 'id' | 'scope' | 'regulation' | 'defined'>> & { defined: boolean };

/** A rule pack's forms: its place names and bodies (what no other office's forms may print), and its profiles. */
export interface JurisdictionForms {
  regulation: RegulationId;
  /** Place names the regulation uses for its own jurisdiction (郴州, 襄阳 …). */
  places: readonly string[];
  /** Every body the regulation names, as it names them. */
  bodies: readonly string[];
  profiles: Readonly<Partial<Record<FormId, FormProfileInput>>>;
}

const plain = (id: FormId, title: string, scope: FormScope, summary: string): FormEntry => ({ id, title, scope, basis: [], summary });

/** Every form as a plain form: neutral titles, no bodies, no articles. */
export const FORM_CATALOGUE: Readonly<Record<FormId, FormEntry>> = {
  'compliance-report': plain('compliance-report', '项目合规检查报告', 'project', '逐条列出项目的检查结论、依据条款原文、整改要求和期限。'),
  'change-filing': plain('change-filing', '政务信息化项目建设内容调整表', 'project', '记录建设内容调整的情形、数额和已履行的手续。'),
  'system-inventory': plain('system-inventory', '政务信息系统目录清单', 'projectOrYear', '列明本部门已建成投入运行的政务信息系统。'),
  'declaration-approval': plain('declaration-approval', '政务信息化项目申报审批表', 'project', '申报项目并记录审查部门的意见。'),
  'declaration-form': plain('declaration-form', '政务信息化建设项目申报表', 'project', '申报下一年度项目，附项目建议书封面。'),
  'technical-design-outline': plain('technical-design-outline', '项目建设方案（编制提纲）', 'project', '按章节列出建设方案的编写要点和已登记的情况。'),
  'supervision-request': plain('supervision-request', '信息化项目监理情况表', 'project', '记录中标结果、合同和工程监理的情况。'),
  'acceptance-application': plain('acceptance-application', '政务信息化项目竣工验收申请表', 'project', '对照验收条件和验收材料，提出竣工验收申请。'),
  'acceptance-report': plain('acceptance-report', '信息化项目验收报告', 'project', '记录验收的组织、专家组、条件和结论。'),
  'annual-plan': plain('annual-plan', '年度政务信息化项目计划汇总表', 'year', '汇总某一计划年度的项目、投资金额及合计。'),
  'performance-self-evaluation': plain('performance-self-evaluation', '政务信息化项目绩效自评价报告', 'project', '投入运行后结合绩效目标开展自评价。'),
};

/** The form as `regulation` defines it, over the plain form; the plain form when the regulation has nothing to say. */
export function resolveProfile(id: FormId, regulation: RegulationId | null, input: FormProfileInput | undefined): FormProfile {
  const entry = FORM_CATALOGUE[id];
  const base: FormProfile = {
    ...entry,
    regulation: null,
    defined: false,
    attachment: null,
    heading: null,
    addressees: [],
    organisers: [],
    participants: [],
    opinions: [],
    checklists: [],
    materials: [],
    notes: [],
    evaluationMonths: null,
  };
  if (!input || regulation === null) return base;
  return { ...base, ...input, id, scope: entry.scope, regulation };
}

/** Every article a profile prints: its bases and its checklist items. */
export function profileArticles(profile: Pick<FormProfile, 'basis' | 'checklists'>): number[] {
  const articles = new Set<number>(profile.basis.map((basis) => basis.article));
  for (const list of profile.checklists) for (const item of list.items) if (item.article !== undefined) articles.add(item.article);
  return [...articles].sort((a, b) => a - b);
}

export const prescribes = (regulation: RegulationId, article: number, attachment?: number): FormBasis =>
  attachment === undefined ? { regulation, article, relation: 'prescribes' } : { regulation, article, attachment, relation: 'prescribes' };
export const serves = (regulation: RegulationId, article: number): FormBasis => ({ regulation, article, relation: 'serves' });
