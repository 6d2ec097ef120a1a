"""Teasers of other stories after the article in the forms a run of them takes: short blurbs cut off mid-sentence,
with a source's name or a date between them; and the article's own short last lines, which stay."""

import pytest
from test_detectors import BODY

from cleaner import clean_text

ARTICLE = BODY + (
    "Engineers inspecting the northern bridge found corroded steel cables, cracked concrete piers and "
    "drainage channels blocked by decades of silt, according to a report published by the transport office.\n"
)
BLURBS = [
    "Shares of the carmaker fell sharply in early trading in Frankfurt after it cut its forecast for",
    "A preclearance service for travellers to select airports in Japan will be available from next",
    "Scientists studying glaciers in Patagonia say melting has accelerated over the past decade and that",
]


def removed(tail: str) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in clean_text(ARTICLE + tail, language="en").removals]


@pytest.mark.parametrize("count", [2, 3])
def test_short_blurbs_of_other_stories_cut_off_after_the_article_go(count: int) -> None:
    blurbs = BLURBS[:count]
    assert removed("".join(b + "\n" for b in blurbs)) == [("teaser", b) for b in blurbs]


def test_a_source_s_name_under_each_short_blurb_goes_with_them() -> None:
    tail = "".join(f"{b}\nReuters\n" for b in BLURBS)
    assert [text for _, text in removed(tail)] == [line for b in BLURBS for line in (b, "Reuters")]


def test_a_short_blurb_above_a_long_teaser_goes_with_it() -> None:
    long = BLURBS[2] + " the ice sheet could lose a fifth of its mass by the end of the century, with"
    assert removed(f"{BLURBS[0]}\n{long}\n") == [("teaser", BLURBS[0]), ("teaser", long)]


@pytest.mark.parametrize("own", [
    # the article's own last lines: they share its words
    ["The council will vote on the budget for schools and roads again in March after the",
     "Opposition members said the mayor's plan for the bridges would need more tax revenue than"],
    # a list the article opens with a colon
    ["The items the council cut from the budget:", "Summer concerts in three parks and a festival of lights by the",
     "A new fleet of electric buses for the routes to the airport and the harbour and"],
])
def test_the_article_s_own_short_last_lines_stay(own: list[str]) -> None:
    assert removed("".join(line + "\n" for line in own)) == []


def test_an_aside_in_brackets_over_the_blurbs_stays() -> None:
    aside = "(An earlier version of this story gave a wrong date for the first hearing)"
    assert removed(f"{aside}\n" + "".join(b + "\n" for b in BLURBS)) == [("teaser", b) for b in BLURBS]


def test_a_numbered_note_is_no_blurb() -> None:
    notes = ["[1] Alarm fatigue and its effect on the safety of patients in hospital wards",
             "[2] Joint Commission goals for the management of alarms in intensive care units"]
    assert removed("".join(n + "\n" for n in notes)) == []


def test_the_headline_over_the_first_short_blurb_goes_and_a_short_last_line_of_the_article_stays() -> None:
    headline, last = "Carmaker cuts its forecast", "The council meets again in March"
    tail = f"{last}\n{headline}\n" + "".join(b + "\n" for b in BLURBS)
    assert removed(tail) == [("teaser", headline)] + [("teaser", b) for b in BLURBS]
    assert removed(f"{headline}\n{last}\n" + "".join(b + "\n" for b in BLURBS)) == [("teaser", b) for b in BLURBS]


LONG_ARTICLE = ARTICLE + (
    "The transport office said the northern bridge would close for repairs in April, and that buses to the "
    "schools would run over the southern bridge while engineers replaced the corroded cables and piers.\n"
    "Council members who voted against the budget said the repairs to the bridge should have been paid for "
    "years ago, and that the mayor had let the roads and school buildings decay before the election.\n"
    "The mayor said the council would publish a report on the cost of the bridge repairs each month, so that "
    "residents could follow the spending on roads, schools and libraries as the work went on.\n"
    "Library staff warned that cuts would shorten opening hours at the branches in the east of the city, where "
    "many families rely on computers, newspapers and books they cannot afford at home, and on free lessons.\n"
    "Park rangers, whose budget was frozen for a third year, said volunteers now mow the lawns and plant the "
    "flower beds, and that the city's playgrounds need new swings, fences and lighting before the summer.\n"
)
LEDES = [
    "Shares of the carmaker fell sharply in early trading in Frankfurt on Monday after it cut its forecast for "
    "the year, citing weaker demand for its electric models in China and the rising cost of batteries.",
    "Scientists studying glaciers in Patagonia say melting has accelerated over the past decade, and warn that "
    "the ice fields could lose a fifth of their mass by the end of the century unless emissions fall.",
]


@pytest.mark.parametrize("heading", ["Related", "More from Business", "Mehr zum Thema", "Читайте также"])
def test_finished_ledes_of_other_stories_under_a_heading_go(heading: str) -> None:
    result = clean_text(LONG_ARTICLE + heading + "\n" + "".join(x + "\n" for x in LEDES), language="en")
    assert [r.text for r in result.removals] == [heading, *LEDES]


def test_with_no_heading_a_lede_sharing_a_few_of_the_article_s_words_stays() -> None:
    """Next to the article, a paragraph sharing a few of its words (a year, a cost) may be its own last one: it
    stays; the lede under it shares none, and goes."""
    result = clean_text(LONG_ARTICLE + "".join(x + "\n" for x in LEDES), language="en")
    assert [r.text for r in result.removals] == LEDES[1:]


def test_the_article_s_own_paragraphs_under_an_inline_heading_stay() -> None:
    paragraphs = LONG_ARTICLE.splitlines(keepends=True)
    page = "".join(paragraphs[:-2]) + "Related\n" + "".join(paragraphs[-2:])
    assert [r.text for r in clean_text(page, language="en").removals] == ["Related"]


@pytest.mark.parametrize("line", ["Jan 24, 2026", "24.01.2026 10:32"])
def test_a_date_line_over_each_short_blurb_goes_with_them(line: str) -> None:
    tail = "".join(f"{line}\n{b}\n" for b in BLURBS)
    assert [text for _, text in removed(tail)] == [x for b in BLURBS for x in (line, b)]


def test_the_article_s_own_headlines_over_short_blurbs_stay() -> None:
    """A list of the article's own earlier stories shares its words: the run stops, the blurbs under it stay too."""
    own = ["Timeline", "Council approves the budget for schools and roads after a long debate",
           "Mayor defends the spending on bridges and school buildings in the city"]
    removals = removed("".join(line + "\n" for line in own + BLURBS))
    assert not {text for _, text in removals} & set(own)


@pytest.mark.parametrize("end", ["…", " ..."])
def test_short_blurbs_trailing_off_go_and_a_paragraph_cut_by_a_paywall_above_them_stays(end: str) -> None:
    blurbs = [b + end for b in BLURBS]
    paywalled = ("The mayor said the repairs to the bridges would begin in April and that the council would publish "
                 "the cost of the work on roads and schools every month, while residents" + end)
    assert removed("".join(b + "\n" for b in blurbs)) == [("teaser", b) for b in blurbs]
    assert removed(paywalled + "\n" + "".join(b + "\n" for b in blurbs)) == [("teaser", b) for b in blurbs]


# Finished ledes of other stories with no heading over them: they share almost none of the article's words.
FOREIGN = {
    "en": (LONG_ARTICLE, [
        "TOKYO (Reuters) — Japanese carmakers shipped fewer hybrid vehicles abroad in October, as weaker demand in "
        "Europe and a stronger yen weighed on exports, industry figures showed on Thursday.",
        "Astronomers in Chile have spotted a faint comet approaching from the outer solar system and expect it to "
        "become visible with binoculars early next spring, the observatory announced.",
    ]),
    "de": ((
        "Der Stadtrat hat am Dienstag nach einer langen Debatte den Haushalt für das kommende Jahr beschlossen.\n"
        "Im Haushalt sind vor allem Mittel für die Sanierung der Brücken, der Straßen und der Schulen vorgesehen, "
        "sagte die Bürgermeisterin nach der Sitzung im Rathaus.\n"
        "Die Sanierung der Nordbrücke soll im April beginnen; während der Arbeiten fahren die Busse zu den Schulen "
        "über die Südbrücke, teilte das Verkehrsamt der Stadt mit.\n"
        "Die Opposition im Stadtrat kritisierte den Haushalt: Die Brücken und Straßen seien seit Jahren vernachlässigt "
        "worden, und die Kosten der Sanierung seien nun deutlich höher als nötig.\n"
        "Die Bürgermeisterin kündigte an, der Stadtrat werde jeden Monat einen Bericht über die Kosten der Sanierung "
        "der Brücken, Straßen und Schulen veröffentlichen, damit die Bürger die Ausgaben verfolgen könnten.\n"
        "Auch die Stadtbibliothek muss sparen: Nach dem neuen Haushalt werden die Öffnungszeiten der Zweigstellen im "
        "Osten der Stadt gekürzt, was Eltern und Schulen im Stadtrat scharf kritisierten.\n"
        "Die Leiterin der Bibliothek warnte, viele Familien im Osten der Stadt seien auf die Computer, Zeitungen und "
        "Bücher der Zweigstellen angewiesen, die sie sich zu Hause nicht leisten könnten.\n"
        "Auch die Parks der Stadt bekommen weniger Geld: Freiwillige mähen inzwischen die Wiesen, und die Spielplätze "
        "brauchen vor dem Sommer neue Schaukeln, Zäune und Lampen, hieß es im Stadtrat.\n"
        "Der Kämmerer rechnet damit, dass die Stadt für die Sanierung der Brücken neue Kredite aufnehmen muss, falls "
        "das Land die versprochenen Zuschüsse für Straßen und Schulen erst im Herbst auszahlt, wie ein Schreiben des "
        "Ministeriums nahelegt.\n"
    ), [
        "MÜNCHEN (dpa) — Der FC Bayern hat das Pokalspiel gegen Freiburg überraschend verloren und muss nun um den "
        "Einzug ins Viertelfinale bangen, nachdem zwei Stammspieler verletzt ausgewechselt wurden.",
        "Meteorologen erwarten für das Wochenende heftige Gewitter mit Hagel und Sturmböen im Süden Deutschlands; "
        "der Wetterdienst rät Autofahrern, nicht unbedingt nötige Fahrten zu verschieben.",
    ]),
    "ru": ((
        "Городской совет во вторник после долгих споров утвердил бюджет на следующий год.\n"
        "Большая часть бюджета пойдёт на ремонт мостов, дорог и школ, сообщила мэр города после заседания совета.\n"
        "Ремонт северного моста начнётся в апреле; на время работ автобусы к школам пойдут через южный мост, "
        "сообщили в транспортном управлении города.\n"
        "Оппозиция в городском совете раскритиковала бюджет: по её словам, ремонт мостов и дорог годами "
        "откладывали, и теперь он обойдётся городу намного дороже.\n"
        "Мэр пообещала, что совет будет каждый месяц публиковать отчёт о расходах на ремонт мостов, дорог и школ, "
        "чтобы жители города могли следить за бюджетом.\n"
        "Сокращения коснутся и городской библиотеки: по новому бюджету филиалы на востоке города будут работать "
        "меньше, что родители и учителя школ раскритиковали на заседании совета.\n"
        "Заведующая библиотекой предупредила, что многие семьи на востоке города пользуются компьютерами, газетами "
        "и книгами библиотеки, которые не могут позволить себе дома.\n"
        "Меньше денег получат и городские парки: газоны там уже косят добровольцы, а детским площадкам к лету нужны "
        "новые качели, заборы и фонари, говорили на заседании совета.\n"
    ), [
        "НОВОСИБИРСК — Учёные Сибирского отделения Академии наук обнаружили в алтайской пещере кости древнего "
        "медведя, возраст которых, по их оценке, превышает сорок тысяч лет.",
        "Футбольный клуб «Зенит» в субботу уверенно обыграл московский «Спартак» в Санкт-Петербурге и укрепил "
        "лидерство в чемпионате страны, опередив ближайшего соперника на пять очков.",
    ]),
    # unspaced: character bigrams, less those holding a kana of grammar
    "ja": ((
        "市議会は24日、来年度の予算案を賛成多数で可決した。予算の大半は橋や道路、学校の改修に充てられる。\n"
        "市長は議会の後、老朽化した北大橋の改修工事を4月に始めると説明し、工事の間は学校へのバスが南大橋を通ると述べた。\n"
        "野党の議員は予算案に反対し、橋や道路の改修は何年も先送りされてきたため、費用が大きく膨らんだと批判した。\n"
        "市長は、橋や道路、学校の改修にかかる費用を毎月公表し、市民が予算の使い道を確かめられるようにすると約束した。\n"
        "一方、市立図書館の予算は削られ、東部の分館では開館時間が短くなる。保護者や学校の関係者は議会で強く反対した。\n"
        "図書館の館長は、東部の多くの家庭が分館のパソコンや新聞、本に頼っており、開館時間の短縮は子どもたちの学習に響くと訴えた。\n"
        "公園の予算も据え置かれ、芝刈りや花壇の手入れは地域のボランティアが担っている。遊具や照明の更新は夏までに必要だとされる。\n"
        "財政担当の幹部は、県からの補助金の支払いが秋にずれ込めば、橋の改修のために新たな市債を発行する可能性があると明らかにした。\n"
        "議会は来月、改修工事の入札結果と工程表について改めて審議する予定で、市民向けの説明会も各地区の公民館で順次開かれる見通しだ。\n"
    ), [
        "気象庁によると、週末は西日本を中心に雷を伴った激しい雨が降るおそれがあり、土砂災害や河川の増水への警戒を呼びかけている。",
        "サッカーのＪリーグで、首位の神戸が敵地で横浜に逆転勝ちし、２位との勝ち点差を５に広げて初優勝へ大きく前進した。",
    ]),
}


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_finished_ledes_of_unrelated_stories_with_no_heading_go(language: str) -> None:
    article, ledes = FOREIGN[language]
    result = clean_text(article + "".join(x + "\n" for x in ledes))
    assert [(r.kind, r.text) for r in result.removals] == [("teaser", x) for x in ledes]
    assert clean_text(result.text).removals == []


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_the_article_alone_keeps_its_last_paragraph(language: str) -> None:
    assert clean_text(FOREIGN[language][0]).removals == []


# The article's own last paragraph on a new matter: it names the article's subject (the council), and stays.
NEW_MATTER = ("In other business, the council agreed a new contract for collecting household waste, which moves to "
              "a weekly schedule from January.")


def test_the_article_s_last_paragraph_on_a_new_matter_stays() -> None:
    article, ledes = FOREIGN["en"]
    assert clean_text(article + NEW_MATTER + "\n").removals == []
    result = clean_text(article + NEW_MATTER + "\n" + "".join(x + "\n" for x in ledes))
    assert [r.text for r in result.removals] == ledes


HEADLINES = ["Japanese carmakers ship fewer hybrids abroad",
             "Astronomers spot a faint comet from the outer solar system"]


@pytest.mark.parametrize("date", [False, True])
def test_headlines_and_dates_over_ledes_with_no_heading_go_and_the_article_s_short_last_line_stays(
        date: bool) -> None:
    article, ledes = FOREIGN["en"]
    last = "The council meets again in March"
    tail = [line for headline, lede in zip(HEADLINES, ledes, strict=True)
            for line in (headline, "Jan 24, 2026", lede) if date or line != "Jan 24, 2026"]
    result = clean_text(article + last + "\n" + "".join(x + "\n" for x in tail))
    assert [r.text for r in result.removals] == tail
    assert clean_text(result.text).removals == []


# Summaries of other stories on the article's own subject, two sentences each, some trailing off where the page cut
# them and the others finished.
SUMMARIES = {
    "en": ["Corroded cables are the most common fault of old bridges. This article looks at the causes and what…",
           "The northern bridge was first inspected in 1987. Learn more about the history of the bridge.",
           "Repairs to bridges and roads cost the city more each year. Learn how the council pays for them.",
           "Engineers say that drainage channels blocked by silt may weaken the piers of a bridge over…",
           "Many councils are cutting budgets for schools and libraries. If you want to know how the cuts…"],
    "de": ["Korrodierte Seile sind der häufigste Schaden alter Brücken. Dieser Artikel erklärt die Ursachen und…",
           "Die nördliche Brücke wurde 1987 zum ersten Mal geprüft. Erfahren Sie mehr über ihre Geschichte.",
           "Reparaturen an Brücken und Straßen kosten die Stadt jedes Jahr mehr. So bezahlt der Rat dafür.",
           "Ingenieure sagen, dass verstopfte Abflüsse die Pfeiler einer Brücke mit der Zeit schwächen können...",
           "Viele Gemeinden kürzen die Mittel für Schulen und Bibliotheken. Wer wissen will, wie die Kürzungen…"],
}


@pytest.mark.parametrize("language", sorted(SUMMARIES))
def test_summaries_of_other_stories_some_trailing_off_go(language: str) -> None:
    """Their words are the article's (a page lists stories on its subject): the shape tells, three trailing off."""
    summaries = SUMMARIES[language]
    result = clean_text(LONG_ARTICLE + "".join(s + "\n" for s in summaries), language="en")
    assert [(r.kind, r.text) for r in result.removals] == [("teaser", s) for s in summaries]


def test_the_article_s_finished_paragraphs_over_the_first_summary_trailing_off_stay() -> None:
    own = "The council will vote on the repairs again in March. Residents can send their views until then."
    first, *others = (SUMMARIES["en"][i] for i in (1, 0, 2, 3, 4))  # the first finished: it may be the article's
    result = clean_text(LONG_ARTICLE + own + "\n" + "".join(s + "\n" for s in [first, *others]), language="en")
    assert [r.text for r in result.removals] == others


def test_the_article_s_own_short_paragraphs_trailing_off_stay() -> None:
    """Two trailing off among the article's last short paragraphs (a speaker breaking off, a quote) stay, and so
    does a paragraph whose trailing dots a quote closes."""
    own = ["The mayor paused before answering the question about the northern bridge. “We will see…”",
           "Residents who cross the bridge every day said they were tired of waiting for the repairs to begin.",
           "One of them, a teacher at the school by the river, said she was not sure the council would ever…",
           "The council will vote on the repairs to the bridge again in March, the mayor's office said.",
           "Until then, the buses to the schools will run over the southern bridge as they do now, and the…"]
    assert clean_text(LONG_ARTICLE + "".join(s + "\n" for s in own), language="en").removals == []


# Headlines of other stories with their deks, a section's kicker repeated over some of them.
PAIRS = {
    "en": ["Volcanic ash grounds flights across southern Italy for a second day",
           "Airlines cancelled hundreds of departures as the ash cloud drifted north.",
           "Teenage chess prodigy beats three grandmasters in one afternoon",
           "The prodigy won every game with the black pieces.",
           "Museum returns a stolen painting to its owners after forty years",
           "The painting was found in a garage during a house clearance."],
    "fr": ["Les cendres volcaniques clouent les avions au sol dans le sud de l'Italie",
           "Les compagnies ont annulé des centaines de vols tandis que les cendres dérivaient vers le nord.",
           "Un jeune prodige des échecs bat trois grands maîtres en un après-midi",
           "Le prodige a gagné toutes ses parties avec les pièces noires.",
           "Le musée rend un tableau volé à ses propriétaires après quarante ans",
           "Le tableau a été retrouvé dans un garage lors d'un débarras."],
}


@pytest.mark.parametrize("language", sorted(PAIRS))
def test_headlines_of_other_stories_with_their_deks_go(language: str) -> None:
    pairs = PAIRS[language]
    result = clean_text(LONG_ARTICLE + "".join(x + "\n" for x in pairs), language="en")
    assert [(r.kind, r.text) for r in result.removals] == [("teaser", x) for x in pairs]


def test_headlines_alone_under_a_repeated_kicker_go_with_the_pairs_and_a_line_over_them_stays() -> None:
    line = "The council thanked residents for their patience during the long works on the bridge"
    kicked = ["Science", "Scientists map the glaciers of Patagonia from the air",
              "Science", "A new telescope opens on a mountain in Chile",
              "Science", "Astronomers spot a comet heading for the inner solar system"]
    tail = [line, *kicked, *PAIRS["en"]]
    result = clean_text(LONG_ARTICLE + "".join(x + "\n" for x in tail), language="en")
    assert [r.text for r in result.removals] == kicked + PAIRS["en"]


def test_a_listicle_s_subheadings_and_paragraphs_stay() -> None:
    """A listicle's subheadings name things in a few words, and its paragraphs are on the article's subject; a dek
    that does not repeat a word of the line over it is none."""
    items = ["Northern bridge",
             "Engineers found corroded cables on the northern bridge and will replace them in April.",
             "Southern bridge", "Buses to the schools will run over the southern bridge while the repairs go on.",
             "Harbour road", "The council will repave the harbour road after the bridges, if the budget allows."]
    assert clean_text(LONG_ARTICLE + "".join(x + "\n" for x in items), language="en").removals == []
    unrelated = [PAIRS["en"][0], PAIRS["en"][3], PAIRS["en"][2], PAIRS["en"][1], PAIRS["en"][4], PAIRS["en"][5]]
    assert clean_text(LONG_ARTICLE + "".join(x + "\n" for x in unrelated), language="en").removals == []


@pytest.mark.parametrize("own", [
    # an FAQ: questions over their answers
    ["What happens if my train is cancelled because of the strike?",
     "Rail companies must offer a refund or a seat on a later train.",
     "Can I claim compensation for a missed flight connection?",
     "Compensation for a missed flight depends on the airline's own terms.",
     "Will season ticket holders get any money back this month?",
     "Season ticket holders can claim a partial refund online."],
    # a timeline: years under a label
    ["1987: The first suspension bridge in the region opens to traffic",
     "The suspension bridge carried twelve thousand cars a day at first.",
     "2004: Inspectors find rust on the main cables of the crossing",
     "The inspectors recommended replacing the cables within ten years.",
     "2019: A lorry strikes the railing during a winter storm",
     "The storm closed the crossing for two days."],
    # steps of a method
    ["Step one: whisk the eggs with the sugar until pale and thick",
     "Whisk the eggs for at least five minutes with an electric whisk.",
     "Step two: fold the flour gently into the egg mixture",
     "Fold the flour in three batches so the mixture keeps its air.",
     "Step three: bake the sponge for twenty minutes at 180 degrees",
     "Bake until the sponge springs back when pressed."],
    # a story's dialogue trailing off
    ["“I don't know,” she said, looking at the river. “Maybe the council will…",
     "He shook his head. “They never finish anything they start in this town…",
     "She laughed and turned away from the water, and the two of them walked back…",
     "Nobody said anything for a long time after that, and the bus came at last."],
])
def test_the_article_s_own_lists_and_dialogue_at_its_end_stay(own: list[str]) -> None:
    """Entries built alike (questions, years, steps) are a list of the article's; speech trailing off is told."""
    assert clean_text(LONG_ARTICLE + "".join(x + "\n" for x in own), language="en").removals == []
