import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language-detect";

// Issue 14: texts written here for the test, one per language class the detector tells apart.
const TEXTS: Record<string, string> = {
  en: "The ministers of the two countries met in the capital and signed a memorandum of understanding. The agreement was welcomed by both sides, who said that trade has grown and will continue to grow with new routes for freight.",
  az: "Azərbaycan və Gürcüstan nazirləri paytaxtda görüşdülər və anlaşma memorandumu imzaladılar. Tərəflər ticarətin artdığını və yeni yük marşrutları ilə böyüməyə davam edəcəyini bildirdilər.",
  tr: "İki ülkenin bakanları başkentte bir araya geldi ve bir mutabakat zaptı imzaladı. Taraflar, ticaretin arttığını ve yeni yük güzergâhları ile büyümeye devam edeceğini söyledi; anlaşma için teşekkür ettiler.",
  ru: "Министры двух стран встретились в столице и подписали меморандум о взаимопонимании. Стороны отметили, что торговля растёт и будет расти благодаря новым грузовым маршрутам.",
  uk: "Міністри двох країн зустрілися в столиці та підписали меморандум про взаєморозуміння. Сторони зазначили, що торгівля зростає і зростатиме завдяки новим вантажним маршрутам; її підтримує уряд, і є ґрунт для співпраці.",
  kk: "Екі елдің министрлері астанада кездесіп, өзара түсіністік туралы меморандумға қол қойды. Тараптар сауданың өсіп келе жатқанын және жаңа жүк бағыттарының арқасында өсе беретінін атап өтті.",
  ar: "التقى وزيرا البلدين في العاصمة ووقعا مذكرة تفاهم. وأشار الجانبان إلى أن التجارة تنمو وستواصل النمو بفضل طرق الشحن الجديدة.",
  zh: "两国部长在首都会面，签署了谅解备忘录。双方表示，贸易正在增长，并将通过新的货运路线继续增长。",
  ja: "両国の大臣は首都で会談し、覚書に署名しました。双方は、貿易が拡大しており、新しい貨物ルートによって成長を続けると述べました。",
  fr: "Les ministres des deux pays se sont rencontrés dans la capitale et ont signé un protocole d'accord. Les deux parties ont souligné que le commerce est en croissance et que les nouvelles routes pour le fret sont une priorité.",
  de: "Die Minister der beiden Länder trafen sich in der Hauptstadt und unterzeichneten eine Absichtserklärung. Beide Seiten sagten, der Handel wachse und werde mit den neuen Frachtrouten auch weiter wachsen, und die Zusammenarbeit ist gut für die Region und nicht nur für die Häfen.",
};

describe("issue 14: the language of pasted text", () => {
  for (const [code, text] of Object.entries(TEXTS))
    it(`tells ${code}`, () => {
      expect(detectLanguage(text)).toBe(code);
    });

  it("says nothing about a text too short or without words of its own", () => {
    expect(detectLanguage("OK")).toBeNull();
    expect(detectLanguage("2024-07-04 10:00 +04:00")).toBeNull();
    expect(detectLanguage("Baku Tbilisi Ankara Astana Minsk Tashkent Yerevan")).toBeNull();
  });
});
