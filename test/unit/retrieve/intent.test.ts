import { describe, expect, it } from "vitest";
import { intentMatch, judgedIntents, questionIntents } from "../../../src/retrieve/intent";

const names = (question: string) => questionIntents(question).map((i) => i.name);
/** The intent of that name, as the question is read: none when the question does not ask for it. */
const askedFor = (question: string, name: string) => questionIntents(question).filter((i) => i.name === name);

describe("question intents", () => {
  it("reads 'när' and 'when' as question words only where a question or clause starts", () => {
    expect(names("när antogs strategin?")).toContain("time");
    expect(names("Hej! När antogs strategin?")).toContain("time");
    expect(names("vad gäller när någon begär ut en handling?")).not.toContain("time");
    expect(names("från när gäller kravet?")).toContain("time");
    expect(names("sen när finns riktlinjen?")).toContain("time");
    expect(names("when was it adopted?")).toContain("time");
    expect(names("Växjö strategy – when is it up for revision?")).toContain("time");
    expect(names("who adopted it and when?")).toContain("time");
    expect(names("who signs a refusal when someone asks for documents?")).not.toContain("time");
    expect(names("When working out the care fee, how are incomes treated?")).not.toContain("time");
    expect(names("När en brukare flyttar, vem beslutar då?")).not.toContain("time");
    expect(names("When can we hand it over despite secrecy?")).toContain("time");
  });

  it("reads 'who' as asking for someone only where it is no relative pronoun", () => {
    for (const q of ["who decides on fees?", "At Försäkringskassan, who gives the go-ahead?", "and who signs it?", "by whom is the plan adopted?", "vem beslutar?"]) {
      expect(names(q), q).toContain("agent");
    }
    for (const q of ["Can a wife who doesn't need care move in with her husband?", "An EU citizen who arrived last month asks for home help. Are they entitled to it?"]) {
      expect(names(q), q).not.toContain("agent");
    }
  });

  it("reads 'who can get', 'vem har rätt till' as asking whom something is for, not who provides it", () => {
    for (const q of ["who can get boendestöd?", "Who is eligible for respite care?", "who qualifies for the carer's allowance", "vem kan få boendestöd?", "vilka har rätt till anhörigstöd?", "Vem riktar sig stödet till?"]) {
      expect(names(q), q).toContain("eligibility");
      expect(names(q), q).not.toContain("agent");
    }
    for (const q of ["who decides on boendestöd?", "vem beviljar boendestöd?", "vem har rätt att fatta beslutet?"]) {
      expect(names(q), q).toContain("agent");
      expect(names(q), q).not.toContain("eligibility");
    }
    const eligibility = askedFor("who can get boendestöd?", "eligibility");
    expect(intentMatch(eligibility, "Boendestöd enligt SoL kan beviljas till personer under 65 år.")).toBe(1);
    expect(intentMatch(eligibility, "Anhörigstödet riktar sig främst till de som vårdar en närstående.")).toBe(1);
    expect(intentMatch(eligibility, "Biståndshandläggare utreder och beslutar om bistånd i form av boendestöd.")).toBe(0);
  });

  it("knows deadline questions and the way documents state a time limit", () => {
    for (const q of ["hur snabbt ska vi svara?", "how quickly must we reply?", "what is the deadline for an appeal?", "inom hur många dagar?"]) {
      expect(names(q)).toContain("deadline");
    }
    // The time one has to do something: a deadline, though "how long" may also ask for a period.
    for (const q of ["How long does the municipality have to answer?", "how much time do we have to appeal?", "hur länge har vi på oss att överklaga?"]) {
      expect(names(q), q).toContain("deadline");
    }
    const deadline = questionIntents("hur snabbt ska vi svara?");
    expect(intentMatch(deadline, "Besked ska normalt lämnas samma dag.")).toBe(1);
    expect(intentMatch(deadline, "Beslut ska fattas inom tre veckor.")).toBe(1);
    expect(intentMatch(deadline, "Svaret skickas med post.")).toBe(0);
  });

  it("knows amount questions put as a size, a named quantity or a range", () => {
    for (const q of ["hur stort är bidraget?", "hur hog ar avgiften?", "how high is the fee?", "what's the income threshold for 2024?", "what are the min and max fines?", "vilka är lägsta och högsta belopp?"]) {
      expect(names(q), q).toContain("amount");
    }
    expect(names("vad skulle reformen kosta per år?")).toContain("amount");
    for (const q of ["what share of the staff need a care qualification?", "what proportion of the homes are run privately?", "hur många procent av personalen ska ha utbildning?", "what's the fine for parking there?"]) {
      expect(names(q), q).toContain("amount");
    }
    // "What is the fee" in Swedish: the fee named in its definite form, not a definition ("vad är ett …").
    for (const q of ["Vad är maxtaxan för hemtjänst?", "vad blir hemtjänstavgiften om jag flyttar?", "vad var förbehållsbeloppet 2024?"]) {
      expect(names(q), q).toContain("amount");
    }
    expect(names("vad är ett förbehållsbelopp?")).not.toContain("amount");
    // A number of days counted by the day it ends on.
    const amount = askedFor("hur länge kan man vara hemma innan intyg krävs, hur många dagar?", "amount");
    expect(intentMatch(amount, "Läkarintyg ska lämnas från och med den åttonde dagen i vårdperioden.")).toBe(1);
    expect(intentMatch(amount, "Intyget lämnas från dag 8.")).toBe(1);
    expect(intentMatch(amount, "Intyget lämnas till andra dagar än helgdagar.")).toBe(0);
    expect(names("vad gäller för kostnaden?")).not.toContain("amount");
    expect(names("vad är det för antal platser på boendet?")).toContain("amount");
    expect(names("Ett antal brukare har klagat, vem ska vi kontakta?")).not.toContain("amount");
    expect(names("ett stort antal anhöriga hör av sig, vad gör vi?")).not.toContain("amount");
    expect(names("what is the purpose of the plan?")).not.toContain("amount");
  });

  it("reads 'revised' and 'revision' as validity, but not the Swedish auditors, 'revisorerna'", () => {
    expect(names("when was the plan last revised?")).toContain("validity");
    expect(names("when is it up for revision?")).toContain("validity");
    expect(names("måste vi lägga ut revisorernas rapport?")).not.toContain("validity");
    expect(names("vad säger revisionsberättelsen?")).not.toContain("validity");
  });

  it("reads 'how long' as validity only where it asks how long something applies", () => {
    for (const q of ["hur länge gäller policyn?", "how long does the plan apply?", "gäller strategin fortfarande, och till när?", "how long is it valid?"]) {
      expect(names(q), q).toContain("validity");
    }
    for (const q of ["hur länge måste vi spara journalen?", "how long can food stay in the warmer?", "Vad gäller för gåvor?"]) {
      expect(names(q), q).not.toContain("validity");
    }
    expect(names("hur länge måste vi spara journalen?")).toContain("duration");
  });

  it("does not take the year of an identifier for a date", () => {
    const time = askedFor("när antogs planen?", "time");
    expect(intentMatch(time, "Planen gäller under 2024.")).toBe(1);
    for (const identifier of ["Förordningen (2023:490) om statsbidrag.", "Se prop. 2012/13:144.", "Dnr VON/2022:00276"]) {
      expect(intentMatch(time, identifier), identifier).toBe(0);
    }
  });

  it("does not take a reference to a provision for an amount", () => {
    const amount = askedFor("hur mycket kostar en timme hemtjänst?", "amount");
    expect(intentMatch(amount, "Avgiften är 250 kronor per timme.")).toBe(1);
    expect(intentMatch(amount, "Minst 75 procent av personalen ska ha utbildning.")).toBe(1);
    for (const reference of ["Kommunen ska ersätta kostnaderna (29 kapitlet 6 § SoL).", "Enligt 4 kap. 1 § SoL prövas behovet.", "I artikel 79 regleras avgiftens storlek.", "Det framgår av punkt 3.", "Förordningen (2023:490) om statsbidrag.", "Kriterierna anges i bilaga\n\n1. (NFS 2014:23)"]) {
      expect(intentMatch(amount, reference), reference).toBe(0);
    }
  });

  it("takes a passive with 'av' for who does something in a sentence, not in a passage", () => {
    const who = askedFor("vem skriver intyget?", "agent");
    expect(who).toHaveLength(1);
    const sentence = "Intyget skrivs av sjuksköterska eller läkare.";
    expect(intentMatch(who, sentence, true)).toBe(1);
    expect(intentMatch(who, sentence)).toBe(0);
    expect(intentMatch(who, "Kostnader för lås bekostas av verksamheten.", true)).toBe(1);
    expect(intentMatch(who, "Intyget lämnas till personalen.", true)).toBe(0);
  });

  it("takes an authority named by a compound for where something is sent", () => {
    const where = askedFor("vart måste vi anmäla produkterna?", "place");
    expect(where).toHaveLength(1);
    expect(intentMatch(where, "Tillverkare ska göra en anmälan till Folkhälsomyndigheten.")).toBe(1);
    expect(intentMatch(where, "Överklagandet sänds till förvaltningsrätten i Stockholm.")).toBe(1);
    expect(intentMatch(where, "Anmälan ska göras till Skatteverket.")).toBe(1);
    expect(intentMatch(where, "Frågan ska gå till rätt person.")).toBe(0);
  });

  it("reads a temperature in a question as asking for the limits documents state in degrees", () => {
    const warm = askedFor("The food was only 57 degrees when it arrived. Can we serve it?", "temperature");
    expect(warm).toHaveLength(1);
    expect(names("kylen visade 10 grader i morse")).toContain("temperature");
    expect(names("vilken temperatur ska frysen ha?")).toContain("temperature");
    expect(intentMatch(warm, "Allvarlig avvikelse +55°C till +60°C. Maten kan återuppvärmas.")).toBe(1);
    expect(intentMatch(warm, "Maten ska hålla minst 60 grader.")).toBe(1);
    expect(intentMatch(warm, "Maten levereras i en värmevagn.")).toBe(0);
  });

  it("reads 'how far' as asking for a distance", () => {
    const far = askedFor("how far outside the grazing land does the survey reach?", "distance");
    expect(far).toHaveLength(1);
    expect(names("hur långt från skolan får man bo?")).toContain("distance");
    expect(names("hur långt i förväg måste man anmäla?")).not.toContain("distance");
    expect(intentMatch(far, "En zon på 5 km ska läggas till betesområdet.")).toBe(1);
    expect(intentMatch(far, "Zonen läggs till betesområdet.")).toBe(0);
  });

  it("reads what an application must contain or have attached", () => {
    const attach = askedFor("What do we have to attach to the application?", "contents");
    expect(attach).toHaveLength(1);
    expect(names("Vad ska ansökan innehålla?")).toContain("contents");
    expect(intentMatch(attach, "Till ansökan ska bifogas en riskbedömning.")).toBe(1);
    expect(intentMatch(attach, "Av ansökan ska framgå vilka ämnen som används.")).toBe(1);
    expect(intentMatch(attach, "Ansökan skickas till Arbetsmiljöverket.")).toBe(0);
  });

  it("reads how to go about something, answered by the steps", () => {
    for (const q of ["Hur gör man för att kolla termometern?", "Hur går det till när man söker?", "What's the process from here?", "How do I apply for home care?", "Vad behöver jag göra nu?"]) {
      expect(names(q), q).toContain("procedure");
    }
    expect(names("hur många gör det?")).not.toContain("procedure");
    const how = askedFor("hur anmäler jag felet?", "procedure");
    expect(intentMatch(how, "Anmälan görs via e-tjänsten på webbplatsen.")).toBe(1);
    expect(intentMatch(how, "Kontakta enhetschefen om något är fel.")).toBe(1);
    expect(intentMatch(how, "Felet är vanligt.")).toBe(0);
  });

  it("reads questions typed without å, ä, ö", () => {
    expect(names("nar antogs strategin?")).toContain("time");
    expect(names("hur manga platser finns?")).toContain("amount");
    expect(names("hur lange galler policyn?")).toContain("validity");
  });

  it("knows frequency questions and the way documents state how often", () => {
    const often = questionIntents("hur ofta ska strategin följas upp?");
    expect(often.map((i) => i.name)).toContain("frequency");
    expect(names("how often is the plan reviewed?")).toContain("frequency");
    expect(intentMatch(often, "Uppföljning görs minst en gång per mandatperiod.")).toBe(1);
    expect(intentMatch(often, "Kalibrering ska göras två gånger per år.")).toBe(1);
    expect(intentMatch(often, "Det är skäligt att få bostaden städad en gång var tredje vecka.")).toBe(1);
    expect(intentMatch(often, "Tvätt ingår var fjortonde dag.")).toBe(1);
    expect(intentMatch(often, "Kommunstyrelsen följer upp strategin.")).toBe(0);
  });

  it("knows questions about entry into force, in Swedish word order too, and how documents state it", () => {
    for (const q of ["when did the rules come into force?", "when does it take effect?", "when did the rules start applying?", "is the change coming into force this year?", "när började lagen gälla?", "när träder ändringen i kraft?", "nar borjade den galla?"]) {
      expect(names(q), q).toContain("inforce");
    }
    expect(names("vad gäller för avgiften?")).not.toContain("inforce");
    const inForce = askedFor("when did the regulation take effect?", "inforce");
    expect(intentMatch(inForce, "Denna författning träder i kraft den 1 juli 2012.")).toBe(1);
    expect(intentMatch(inForce, "Riktlinjen gäller från och med 1 januari.")).toBe(1);
    expect(intentMatch(inForce, "Kommunstyrelsen antog riktlinjen.")).toBe(0);
  });

  it("knows questions about how long something lasts and the way documents state a period", () => {
    const long = askedFor("hur länge kan avgiften jämkas?", "duration");
    expect(long).toHaveLength(1);
    expect(names("how long do we keep the permit?")).toContain("duration");
    expect(intentMatch(long, "Avgiften kan jämkas i högst tre månader.")).toBe(1);
    expect(intentMatch(long, "Bidraget förlängs till utgången av juni 2024.")).toBe(1);
    expect(intentMatch(long, "Avgiften jämkas efter ansökan.")).toBe(0);
    const send = askedFor("how long do I have to send the written order?", "duration");
    expect(intentMatch(send, "Beställningen skickas senast tre vardagar efter samtalet.")).toBe(1);
    expect(intentMatch(send, "Beställningen skickas via verksamhetssystemet.")).toBe(0);
  });

  it("reads 'from which day' as a time, answered by the day a period counts from", () => {
    for (const q of ["Från vilken dag måste man visa läkarintyg?", "From which day is a doctor's note needed?", "vilket blev det nya slutdatumet?"]) {
      expect(names(q), q).toContain("time");
    }
    const day = askedFor("från vilken dag krävs intyg?", "time");
    expect(intentMatch(day, "Intyg krävs från och med den åttonde dagen.")).toBe(1);
    expect(intentMatch(day, "Intyg krävs från dag 8 i perioden.")).toBe(1);
    expect(intentMatch(day, "Intyg krävs för ledighet.")).toBe(0);
  });

  it("takes a day and month as a date, and 'by when' as a deadline", () => {
    const time = askedFor("when is the carers' day?", "time");
    expect(intentMatch(time, "Anhörigdagen hålls den 6 oktober.")).toBe(1);
    expect(intentMatch(time, "Anhörigdagen hålls i kommunhuset.")).toBe(0);
    expect(intentMatch(time, "Beställningen skickas senast tre vardagar efter samtalet.")).toBe(1);
    expect(intentMatch(time, "Planen ska vara klar inom en månad.")).toBe(1);
    expect(names("när måste beställningen vara skickad?")).toContain("deadline");
    expect(names("by when must the plan be done?")).toContain("deadline");
  });

  it("knows questions about an age and the way documents state one", () => {
    const age = askedFor("vid vilken ålder får ett barn samtycka själv?", "age");
    expect(age).toHaveLength(1);
    expect(names("what's the age limit for consent?")).toContain("age");
    expect(intentMatch(age, "Den som är 15 år anses normalt kunna samtycka.")).toBe(1);
    expect(intentMatch(age, "Personer som är 75 år eller äldre har rätt till service.")).toBe(1);
    expect(intentMatch(age, "Barnet ska samtycka skriftligen.")).toBe(0);
  });

  it("reads someone's age in a question as asking about rules that depend on age", () => {
    for (const q of ["kan en 78-åring få hjälp hemma?", "gäller det 16-åriga elever?", "can a 16-year-old consent?", "what support do people aged 80 get?", "Min bror är 67 och har en diagnos. Kan han få boendestöd?", "My dad just turned 72. Can he get help?", "I'm 58 and get home help.", "min dotter fyller 7 i höst", "Min pappa är 78. Kan han få hjälp hemma?", "I'm 58. Do I pay the same?"]) {
      expect(names(q), q).toContain("age");
    }
    for (const q of ["vi är 3 personer i gruppen, räcker det?", "I'm 5 minutes late for the meeting, is that ok?", "avgiften är 250 kr, stämmer det?", "räntan är 3,5 procent nu?", "mötet är 10.30, hinner vi?"]) {
      expect(names(q), q).not.toContain("age");
    }
    expect(names("vad hände 2016?")).not.toContain("age");
    expect(names("hur många år gäller strategin?")).not.toContain("age");
  });

  it("knows questions of whether something is allowed, and the words rules grant and refuse with", () => {
    for (const q of ["Får vi ta emot en present från en brukare?", "kan personalen följa med till banken?", "är det ok att skicka journalen med mejl?", "Can staff accept a small gift?", "is it allowed to film in the home?", "Are relatives entitled to read the file?"]) {
      expect(names(q), q).toContain("permission");
    }
    expect(names("vem ansvarar för uppföljningen?")).not.toContain("permission");
    // Whether something must be done is another question: its answers rarely say what is allowed.
    expect(names("Måste vi spara journalen?")).not.toContain("permission");
    expect(names("what does the strategy say about twin towns?")).not.toContain("permission");
    const allowed = askedFor("får personalen ta emot gåvor?", "permission");
    for (const rule of ["Personalen får inte ta emot gåvor.", "Undantagsvis kan enklare gåvor tas emot.", "Det är tillåtet att tacka ja till en kopp kaffe.", "Den enskilde har rätt till insyn.", "Filmning är förbjuden."]) {
      expect(intentMatch(allowed, rule), rule).toBe(1);
    }
    expect(intentMatch(allowed, "Gåvor registreras av enhetschefen.")).toBe(0);
  });

  it("knows questions of where something is sent or published, but not 'where' inside a clause", () => {
    for (const q of ["where do I send the appeal?", "Var lägger kommunen upp sin kod?", "vart ska överklagandet skickas?", "which platform does the team use?", "what is the deadline and where do I send it?"]) {
      expect(names(q), q).toContain("place");
    }
    expect(names("in the case where a client refuses, who decides?")).not.toContain("place");
    expect(names("var det kommunen som beslutade?")).not.toContain("place");
    const place = askedFor("vart ska överklagandet skickas?", "place");
    for (const answer of ["Överklagandet ska skickas till vård- och omsorgsförvaltningen.", "Föreskrifterna kungörs på kommunens webbplats.", "Mer finns på www.av.se."]) {
      expect(intentMatch(place, answer), answer).toBe(1);
    }
    expect(intentMatch(place, "Överklagandet ska ha kommit in inom tre veckor.")).toBe(0);
  });

  it("knows questions of whether something costs, and the words documents charge and waive a fee with", () => {
    for (const q of ["do relatives have to pay for the support groups?", "Does that cost anything?", "is the safety alarm free of charge?", "Slipper hen betala för hemtjänsten när hon ligger på sjukhus?", "vem betalar för låsbytet?", "Ar traffarna gratis?", "Vad blir jag skyldig att betala om jag flyttar in?", "what will I have to pay for the room?"]) {
      expect(names(q), q).toContain("charge");
    }
    expect(names("how much is the fee?")).not.toContain("charge");
    expect(names("who pays attention to the follow-up?")).not.toContain("charge");
    const charge = askedFor("måste anhöriga betala för samtalen?", "charge");
    for (const answer of ["Allt är kostnadsfritt.", "Avlösning är avgiftsbefriad upp till 15 timmar per månad.", "Tid därutöver debiteras enligt taxan.", "Avgiften är 250 kr per månad.", "Kommunen bekostar låsbytet."]) {
      expect(intentMatch(charge, answer), answer).toBe(1);
    }
    expect(intentMatch(charge, "Samtalen leds av en anhörigkonsulent.")).toBe(0);
  });

  it("judges a text by the fact a question asks for, not by the other cues of its words", () => {
    const judged = (question: string) => judgedIntents(questionIntents(question)).map((i) => i.name);
    expect(names("hur länge får vi ha kvar akten?")).toEqual(expect.arrayContaining(["duration", "permission"]));
    expect(judged("hur länge får vi ha kvar akten?")).toEqual(["duration"]);
    expect(judged("får vi ha husdjur på boendet?")).toEqual(["permission"]);
  });
});
