// The site's own words, in every language an article can be written in. One dictionary per
// language, each complete (the type says so), chosen by the article's language tag: right to left
// is data here, not conditionals scattered through the components. Dari and Pashto readers get
// their own calendar and digits from `dates.locale` (fa-AF and ps-AF: the Solar Hijri calendar
// with Eastern Arabic-Indic digits).
import { isLanguageTag } from "../content/language";
import { site } from "../site";

export interface Labels {
  /** The BCP 47 locale for Intl: calendar, digits, month names and list words. */
  dates: {
    /** For full dates (publication, corrections, events on a known day). */
    locale: string;
    /**
     * For a month or a year alone. A Gregorian month or year does not fall within one Solar Hijri
     * month or year (2023 is 1401 and 1402), so those stay Gregorian, in the reader's digits.
     */
    periodLocale: string;
  };
  /** The language's edition, by its own name: English, دری, پښتو. */
  edition: string;
  /** The masthead's links to every edition. */
  editions: string;
  /** Before the links to a story's other versions: "Also in: دری · پښتو". */
  alsoIn: string;
  skipToContent: string;
  tagline: string;
  latestReporting: string;
  olderBySection: string;
  sectionDescription: (name: string) => string;
  tagDescription: (name: string) => string;
  noArticles: string;
  /** The links between the pages of a long list (components/StoryPageLinks.tsx). */
  storyPages: string;
  /** The first page of a list: its newest stories. */
  latestStories: string;
  newerStories: string;
  olderStories: string;
  pageNumber: (page: number) => string;
  /** A numbered page's title: the list's name and the page. */
  numberedPage: (name: string, page: number) => string;
  numberedPageDescription: (name: string, page: number) => string;
  footer: string;
  sections: string;
  /** The footer's navigation: the newsroom's own pages and the archive. */
  aboutTheSite: string;
  /**
   * The search form and page. The page's script fills in {count} and {query}: these are
   * templates, not functions, because they travel to the browser in the page.
   */
  search: {
    label: string;
    button: string;
    /** The masthead form's name, told apart from the search page's own form. */
    site: string;
    title: string;
    /** The search page's description. */
    description: string;
    needsJavaScript: string;
    browseSections: string;
    browseTopics: string;
    searching: string;
    one: string;
    many: string;
    none: string;
    failed: string;
  };
  by: (names: string) => string;
  reportingBy: string;
  published: string;
  updated: string;
  corrected: string;
  correction: string;
  corrections: string;
  readingTime: (minutes: number) => string;
  share: string;
  shareBy: { email: string; x: string; facebook: string; whatsapp: string; telegram: string };
  copyLink: string;
  linkCopied: string;
  copyFailed: string;
  photo: string;
  relatedEvents: string;
  thisArticle: string;
  alsoInTimelineOf: string;
  moreOnTopics: string;
  approximately: (date: string) => string;
  /** A live story's page (components/LiveUpdates.tsx) and its script's notice, whose {count} the script fills in. */
  live: {
    open: string;
    ended: string;
    whatWeKnow: string;
    updates: string;
    linkToUpdate: string;
    newOne: string;
    newMany: string;
  };
  /** An update's moment: its day, then the time of day. */
  dayAndTime: (day: string, time: string) => string;
}

const en: Labels = {
  dates: { locale: "en-GB", periodLocale: "en-GB" },
  edition: "English",
  editions: "Editions",
  alsoIn: "Also in",
  skipToContent: "Skip to content",
  tagline: site.tagline,
  latestReporting: "Latest reporting",
  olderBySection: "Older reporting, by section",
  sectionDescription: (name) => `The latest reporting in ${name}.`,
  tagDescription: (name) => `Every story about ${name}, newest first.`,
  noArticles: "No articles have been published yet.",
  storyPages: "Pages",
  latestStories: "Latest stories",
  newerStories: "Newer stories",
  olderStories: "Older stories",
  pageNumber: (page) => `Page ${page}`,
  numberedPage: (name, page) => `${name}, page ${page}`,
  numberedPageDescription: (name, page) => `Earlier reporting in ${name}, page ${page}, newest first.`,
  footer: "Reporting credited to its original publishers, linked on each article.",
  sections: "Sections",
  aboutTheSite: "About this site",
  search: {
    label: "Search",
    button: "Search",
    site: "Search the site",
    title: "Search",
    description: "Search every story.",
    needsJavaScript: "Searching runs in your browser and needs JavaScript, which is off. You can still find every story by section or by topic:",
    browseSections: "Sections",
    browseTopics: "Topics",
    searching: "Searching…",
    one: "1 result for “{query}”",
    many: "{count} results for “{query}”",
    none: "No results for “{query}”. Try another word, or browse the sections.",
    failed: "Search could not load. Reload the page to try again, or browse the sections.",
  },
  by: (names) => `By ${names}`,
  reportingBy: "Reporting by",
  published: "Published",
  updated: "Updated",
  corrected: "Corrected",
  correction: "Correction",
  corrections: "Corrections",
  readingTime: (minutes) => `${minutes} min read`,
  share: "Share",
  shareBy: { email: "Email", x: "X", facebook: "Facebook", whatsapp: "WhatsApp", telegram: "Telegram" },
  copyLink: "Copy link",
  linkCopied: "Link copied",
  copyFailed: "Could not copy: select the address bar to copy the link",
  photo: "Photo",
  relatedEvents: "Related events",
  thisArticle: "This article",
  alsoInTimelineOf: "Also in the timeline of",
  moreOnTopics: "More on these topics",
  approximately: (date) => `about ${date}`,
  live: {
    open: "Live",
    ended: "Ended",
    whatWeKnow: "What we know",
    updates: "Updates",
    linkToUpdate: "Link to this update",
    newOne: "1 new update: show",
    newMany: "{count} new updates: show",
  },
  dayAndTime: (day, time) => `${day}, ${time}`,
};

// Counts in the reader's own digits (Eastern Arabic-Indic for Dari and Pashto).
const faDigits = new Intl.NumberFormat("fa-AF");
const psDigits = new Intl.NumberFormat("ps-AF");

// Dari, as written in Afghanistan (Afghan month names: حمل، ثور، جوزا...).
const fa: Labels = {
  dates: { locale: "fa-AF", periodLocale: "fa-AF-u-ca-gregory" },
  edition: "دری",
  editions: "نسخه‌ها",
  alsoIn: "به زبان‌های دیگر",
  skipToContent: "رفتن به متن اصلی",
  tagline: "گزارش‌هایی از افغانستان و منطقه",
  latestReporting: "تازه‌ترین گزارش‌ها",
  olderBySection: "گزارش‌های پیشین، به تفکیک بخش",
  sectionDescription: (name) => `تازه‌ترین گزارش‌ها در بخش ${name}.`,
  tagDescription: (name) => `همه گزارش‌ها دربارهٔ ${name}، از تازه‌ترین.`,
  noArticles: "هنوز هیچ گزارشی نشر نشده است.",
  storyPages: "صفحه‌ها",
  latestStories: "تازه‌ترین گزارش‌ها",
  newerStories: "گزارش‌های تازه‌تر",
  olderStories: "گزارش‌های پیشین",
  pageNumber: (page) => `صفحهٔ ${faDigits.format(page)}`,
  numberedPage: (name, page) => `${name}، صفحهٔ ${faDigits.format(page)}`,
  numberedPageDescription: (name, page) => `گزارش‌های پیشین در ${name}، صفحهٔ ${faDigits.format(page)}، از تازه‌ترین.`,
  footer: "گزارش‌ها به نشر کنندگان اصلی آن‌ها نسبت داده شده و در هر مطلب لینک شده‌اند.",
  sections: "بخش‌ها",
  aboutTheSite: "درباره این سایت",
  search: {
    label: "جستجو",
    button: "جستجو",
    site: "جستجو در سایت",
    title: "جستجو",
    description: "در همه گزارش‌ها جستجو کنید.",
    needsJavaScript: "جستجو در مرورگر شما انجام می‌شود و به جاوااسکریپت نیاز دارد که خاموش است. همه گزارش‌ها را می‌توانید از راه بخش‌ها یا موضوع‌ها پیدا کنید:",
    browseSections: "بخش‌ها",
    browseTopics: "موضوع‌ها",
    searching: "در حال جستجو…",
    one: "۱ نتیجه برای «{query}»",
    many: "{count} نتیجه برای «{query}»",
    none: "نتیجه‌ای برای «{query}» پیدا نشد. واژه دیگری را امتحان کنید یا بخش‌ها را ببینید.",
    failed: "جستجو بار نشد. صفحه را دوباره بار کنید یا بخش‌ها را ببینید.",
  },
  by: (names) => `نویسنده: ${names}`,
  reportingBy: "گزارش از",
  published: "نشر شده",
  updated: "به‌روز شده",
  corrected: "اصلاح شده",
  correction: "اصلاحیه",
  corrections: "اصلاحیه‌ها",
  readingTime: (minutes) => `${faDigits.format(minutes)} دقیقه خواندن`,
  share: "شریک‌سازی",
  shareBy: { email: "ایمیل", x: "ایکس", facebook: "فیسبوک", whatsapp: "واتس‌اپ", telegram: "تلگرام" },
  copyLink: "کاپی لینک",
  linkCopied: "لینک کاپی شد",
  copyFailed: "کاپی نشد: لینک را از نوار آدرس کاپی کنید",
  photo: "عکس",
  relatedEvents: "رویدادهای مرتبط",
  thisArticle: "همین گزارش",
  alsoInTimelineOf: "همچنین در جدول زمانی",
  moreOnTopics: "بیشتر در این موضوع‌ها",
  approximately: (date) => `حدود ${date}`,
  live: {
    open: "زنده",
    ended: "پایان یافت",
    whatWeKnow: "آنچه می‌دانیم",
    updates: "تازه‌ترین‌ها",
    linkToUpdate: "پیوند این تازه",
    newOne: "۱ خبر تازه: نمایش",
    newMany: "{count} خبر تازه: نمایش",
  },
  dayAndTime: (day, time) => `${day}، ساعت ${time}`,
};

const ps: Labels = {
  dates: { locale: "ps-AF", periodLocale: "ps-AF-u-ca-gregory" },
  edition: "پښتو",
  editions: "نسخې",
  alsoIn: "په نورو ژبو",
  skipToContent: "اصلي متن ته ورشئ",
  tagline: "له افغانستان او سيمې راپورونه",
  latestReporting: "وروستي راپورونه",
  olderBySection: "پخواني راپورونه، د برخو له مخې",
  sectionDescription: (name) => `د ${name} برخې وروستي راپورونه.`,
  tagDescription: (name) => `د ${name} په اړه ټول راپورونه، له وروستي څخه.`,
  noArticles: "تر اوسه هېڅ راپور نه دی خپور شوی.",
  storyPages: "مخونه",
  latestStories: "وروستي راپورونه",
  newerStories: "نوي راپورونه",
  olderStories: "پخواني راپورونه",
  pageNumber: (page) => `${psDigits.format(page)} مخ`,
  numberedPage: (name, page) => `${name}، ${psDigits.format(page)} مخ`,
  numberedPageDescription: (name, page) => `په ${name} کې پخواني راپورونه، ${psDigits.format(page)} مخ، له وروستي څخه.`,
  footer: "راپورونه خپلو اصلي خپرونکو ته منسوب دي او په هره لیکنه کې یې لینک ورکړل شوی.",
  sections: "برخې",
  aboutTheSite: "د دې سایټ په اړه",
  search: {
    label: "لټون",
    button: "ولټوئ",
    site: "په سایټ کې لټون",
    title: "لټون",
    description: "په ټولو خبرونو کې لټون وکړئ.",
    needsJavaScript: "لټون ستاسو په براوزر کې کېږي او جاوااسکرېپټ ته اړتیا لري چې بند دی. ټول راپورونه د برخو یا موضوعاتو له لارې موندلای شئ:",
    browseSections: "برخې",
    browseTopics: "موضوعات",
    searching: "لټون روان دی…",
    one: "۱ پایله د «{query}» لپاره",
    many: "{count} پایلې د «{query}» لپاره",
    none: "د «{query}» لپاره پایله ونه موندل شوه. بله کلمه وازمویئ یا برخې وګورئ.",
    failed: "لټون پورته نه شو. پاڼه بیا پورته کړئ یا برخې وګورئ.",
  },
  by: (names) => `لیکوال: ${names}`,
  reportingBy: "راپور له",
  published: "خپور شوی",
  updated: "تازه شوی",
  corrected: "سم شوی",
  correction: "سمون",
  corrections: "سمونونه",
  readingTime: (minutes) => `${psDigits.format(minutes)} دقیقې لوستل`,
  share: "شریکول",
  shareBy: { email: "برېښنالیک", x: "ایکس", facebook: "فیسبوک", whatsapp: "واټس‌اپ", telegram: "ټلګرام" },
  copyLink: "لینک کاپي کړئ",
  linkCopied: "لینک کاپي شو",
  copyFailed: "کاپي نه شو: لینک د پتې له کرښې کاپي کړئ",
  photo: "انځور",
  relatedEvents: "اړوندې پېښې",
  thisArticle: "همدا راپور",
  alsoInTimelineOf: "همدارنګه د دې راپور په مهال‌وېش کې",
  moreOnTopics: "په دې موضوعاتو نور",
  approximately: (date) => `شاوخوا ${date}`,
  live: {
    open: "ژوندی",
    ended: "پای ته ورسېد",
    whatWeKnow: "هغه څه چې پوهېږو",
    updates: "تازه خبرونه",
    linkToUpdate: "د دې خبر لینک",
    newOne: "۱ نوی خبر: وښیه",
    newMany: "{count} نوي خبرونه: وښیه",
  },
  dayAndTime: (day, time) => `${day}، ${time} بجې`,
};

const dictionaries: Record<string, Labels> = { en, fa, prs: fa, ps, pbt: ps, pbu: ps };

/**
 * The labels for a language tag, by its primary subtag (fa-AF and fa are both Dari here). A
 * language with no dictionary yet gets English, so a page is never missing a word.
 */
export function labelsFor(language: string): Labels {
  return dictionaries[language.split("-")[0].toLowerCase()] ?? en;
}

/**
 * An edition's name in its own language, as the masthead lists it: from its dictionary, or for a
 * language with none yet, the name Intl knows it by in that language.
 */
export function editionName(code: string): string {
  const own = dictionaries[code]?.edition;
  if (own || !isLanguageTag(code)) return own ?? code;
  return new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
}

/** The languages that have their own labels, for tests and for editors' documentation. */
export const labelledLanguages = ["en", "fa", "ps"] as const;
