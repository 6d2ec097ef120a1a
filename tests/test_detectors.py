"""Each detector on the forms it must know, in several languages, and on prose it must leave alone."""

import pytest

from cleaner import clean_text
from cleaner import text as tx

BODY = (
    "The city council approved the new budget on Tuesday after a debate that lasted well into the night, "
    "officials said.\n"
    "Members of the public raised concerns about the cost of the plan for local schools and the roads.\n"
    "The mayor defended the spending, saying the repairs to bridges and school buildings could not wait "
    "another winter and that the city had saved for them over three years.\n"
    "Opposition members argued that the budget relied on optimistic forecasts of tax revenue and would "
    "force cuts to libraries and parks if the economy slowed.\n"
)


def removed(head: str = "", tail: str = "") -> list[tuple[str, str]]:
    result = clean_text(head + BODY + tail, language="en")
    return [(r.kind, r.text) for r in result.removals]


def within(line: str) -> str:
    """BODY with ``line`` standing after its second paragraph."""
    lines = BODY.splitlines(keepends=True)
    return "".join(lines[:2]) + line + "\n" + "".join(lines[2:])


@pytest.mark.parametrize("line", [
    "date 2026-01-24",
    "Updated on: November 19, 2019 / 10:07 AM / CBS News",
    "24. Januar 2026",
    "Publié le 3 mars 2020 à 14:05",
    "2026年1月24日",
    "2026年1月24日 星期六 14:30",
    "2019-11-19T08:57:40+01:00",
    "Madrid, 24 ene 2026",
    "24 янв. 2026",
    "26 Haz 2021, 10:32",
    "Publicerad 24 januari 2026 kl. 10.32",
    "Bijgewerkt op 26 juni 2021 om 10:32",
    "Publikováno 26. června 2021 10:32",
    "Publicat 26 iunie 2021, 10:32",
    "2021. június 26. 10:32",
    "26 червня 2021, 10:32",
    "tarih 2026-01-24",
    "tanggal 2026-01-24",
    "24 Ocak 2026 Cumartesi 10:32",
    "January 24, 2026 / 10:32 AM / Updated 2 hours ago",
    "24/01/2026 10h32 Atualizado há 2 horas",
    "Kompas.com - 26/06/2021, 10:32 WIB",
    "Publié aujourd'hui à 10h32",
    "Сегодня, 10:32",
    "1/24/2026 10:32 AM",
    "heute, 10:32 Uhr",
    "24 de Enero de 2026 | 10:32 hs",
    "Ultimo aggiornamento: 24 gennaio 2026, 10:32",
    "24 января 2026 г.",
    "24 ianuarie 2026, ora 10:32",
    "Mis à jour le 24/01/2026 à 10:32 Publié le 24/01/2026 à 08:00",
    "2026.01.24 10:32 기자회견을 하는 장관. [연합뉴스 자료사진]",
    "입력 2026.01.24. 오전 10:32 수정 2026.01.24. 오후 2:05 기자회견을 하는 장관. /연합뉴스",
    "2026-01-24 10:32 部长在北京讲话。 新华社记者 张三 摄",
    "24.01.2026 Der Minister spricht in Berlin. (Foto: Anna Berg/dpa)",
    "Publicado el 24 de enero de 2026 El ministro habla en Madrid. Foto: EFE",
])
def test_date_headers(line: str) -> None:
    assert removed(line + "\n") == [("date-header", line)]


@pytest.mark.parametrize("line,kind", [
    ("Photo: Fang Pin-chao, Taipei Times", "photo-credit"),
    ("Foto: dpa", "photo-credit"),
    ("Getty Images", "photo-credit"),
    ("Trump at a rally in Louisiana. Credit... Doug Mills/The New York Times", "caption"),
    ("Jane Roe, the new fire chief Submitted photo", "caption"),
    ("Jason Roe/ZDNet", "photo-credit"),
    ("Image via Getty Images", "photo-credit"),
    ("Image: The mayor, left, speaks to reporters outside the council chamber", "caption"),
    ("Firefighters at the scene on Monday. (AP Photo/Evan Vucci)", "caption"),
    ("Les pompiers sur place lundi. Photo: Jean Dupont, AFP", "caption"),
    ("Image caption The minister arrives at the talks in Brussels", "caption"),
    ("2 of 4 A shopper looks at extension cords at a hardware store on Tuesday.", "caption"),
    ("The border check point near the port of entry in Nogales, Ariz. (AP)", "caption"),
    ("Firefighters at the scene on Monday in Grass Valley, Calif. (Jane Roe/The Union via AP)", "caption"),
    ("1 of 4 Firefighters look at the gas cans left on the shelves of a hardware store in Grass Valley, Calif., "
     "on Tuesday, Nov. 19, 2019, in preparation of the planned power shutdown across the county, which the "
     "utility says could last for days. (Jane Roe/The Union)", "caption"),
    ("圖：中央社", "photo-credit"),
    ("照片：台北市政府提供", "photo-credit"),
    ("Fotoğraf: AA", "photo-credit"),
    ("Zdjęcie: PAP", "photo-credit"),
    ("Kuva: Lehtikuva", "photo-credit"),
    ("(Foto ANSA)", "photo-credit"),
    ("fot. PAP/Jan Kowalski", "photo-credit"),
    ("Photo d'illustration AFP", "photo-credit"),
    ("Archivbild: dpa", "photo-credit"),
    ("Ilustrasi: Budi Santoso", "photo-credit"),
    ("Фото: пресс-служба правительства", "photo-credit"),
    ("사진=연합뉴스", "photo-credit"),
    ("[연합뉴스 자료사진]", "photo-credit"),
    ("기자회견을 하는 장관. 사진: 홍길동, 조선일보", "caption"),
    ("記者会見する首相（写真：共同通信）", "caption"),
    ("記者会見する首相。写真：山田太郎、朝日新聞", "caption"),
    ("記者会見する首相＝共同", "caption"),
    ("（共同）", "photo-credit"),
    ("图片来源：新华社", "photo-credit"),
    ("新华社记者 张三 摄", "caption"),
    ("The minister in London on Monday. Jane Doe/AP", "caption"),
    ("The minister in London on Monday. [Jane Doe/Al Jazeera]", "caption"),
    ("Menteri berbicara di Jakarta, Senin. (ANTARA/Budi Santoso)", "caption"),
    ("The Associated Press", "photo-credit"),
    ("사진=게티이미지뱅크", "photo-credit"),
    ("写真：ロイター／アフロ", "photo-credit"),
    ("新华社发（张三 摄）", "caption"),
    ("Beeld: ANP", "photo-credit"),
    ("기자회견을 하는 장관. [연합뉴스 자료사진]", "caption"),
    ("部长在北京讲话。新华社记者 张三 摄", "caption"),
    ("Foto: privat", "photo-credit"),
    ("Фото: из открытых источников", "photo-credit"),
    ("Foto: dok. pribadi", "photo-credit"),
    ("Photo: courtesy of the family", "photo-credit"),
    ("Photo d'archives", "caption"),
    ("Symbolbild", "caption"),
    ("The minister in London on Monday. Jane Doe for The New York Times", "caption"),
    ("Beeld Jan de Vries", "photo-credit"),
    ("De minister spreekt in Den Haag. Foto Jan de Vries", "caption"),
    ("(사진=홍길동 기자)", "photo-credit"),
    ("기자회견을 하는 장관. (사진=홍길동 기자)", "caption"),
])
def test_captions_and_credits(line: str, kind: str) -> None:
    assert removed(BODY.splitlines()[0] + "\n" + line + "\n") == [(kind, line)]


@pytest.mark.parametrize("line,kind", [
    ("배우 이지은. 사진=소속사 제공", "caption"),  # "=" before any short name, not only an agency's
    ("사진 제공=JTBC", "photo-credit"),
    ("ภาพ: ไทยรัฐออนไลน์", "photo-credit"),  # Thai: a picture word, and a name of one run with its vowel signs
    ("ท้องฟ้าเหนือกรุงเทพฯ ปกคลุมด้วยฝุ่น ภาพ: ไทยรัฐ", "caption"),
    ("(صورة: رويترز)", "photo-credit"),  # Arabic picture words and agencies
    ("منصة غاز في البحر المتوسط. (رويترز)", "caption"),
    ("(Foto Ansa)", "photo-credit"),  # an agency in title case after a picture word
    ("作家王芳在北京。（受访者供图）", "caption"),  # who supplied the picture
    ("图为北京街头行人。新华社发", "caption"),  # the agency that released it
    ("（资料图）", "caption"),  # a file photo's label
    ("市民在公园散步（资料图片）", "caption"),
    ("記者会見する首相（写真は東京都千代田区）", "caption"),  # what the photo shows
    ("圖／中央社", "photo-credit"),  # a full-width slash
    ("民眾在台北街頭穿上厚外套。（受訪者提供）", "caption"),  # "provided" in brackets
    ("（提供写真）", "caption"),
])
def test_captions_and_credits_in_more_forms(line: str, kind: str) -> None:
    assert removed(BODY.splitlines()[0] + "\n" + line + "\n") == [(kind, line)]


def test_a_japanese_note_on_the_photo_closing_a_paragraph_goes_alone() -> None:
    line = "日本銀行は24日まで開いた金融政策決定会合で、政策金利を据え置くことを決めた。（写真は日銀本店）"
    assert removed(BODY.splitlines()[0] + "\n" + line + "\n") == [("photo-credit", "（写真は日銀本店）")]


@pytest.mark.parametrize("line", [
    "ภาพรวมเศรษฐกิจไทยในปีนี้ยังคงเติบโตได้ดี", "这些设备由当地政府免费提供", "他说，这是开发。",
    "他说（由政府提供）的资金不足。",
    "Lo stesso giorno ha pubblicato una foto Ansa nel suo profilo",
    "사진=연합뉴스가 보도한 내용과 다르다는 주장이 나왔다."])
def test_a_picture_word_or_a_supplier_in_prose_stays(line: str) -> None:
    kinds = {kind for kind, _ in removed(BODY.splitlines()[0] + "\n" + line + "\n")}
    assert not kinds & {"caption", "photo-credit"}


@pytest.mark.parametrize("line,authors", [
    ("By Ben Blanchard / Reuters", ["Ben Blanchard"]),
    ("BY JANE DOE AND JOHN ROE", ["Jane Doe", "John Roe"]),
    ("Von Max Mustermann und Erika Musterfrau", ["Max Mustermann", "Erika Musterfrau"]),
    ("Tom Krisher, AP Auto Writer", ["Tom Krisher"]),
    ("Por María García", ["María García"]),
    ("Oleh Budi Santoso", ["Budi Santoso"]),
    ("Penulis: Budi Santoso | Editor: Siti Aminah", ["Budi Santoso"]),
    ("Yazar: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
    ("Ein Kommentar von Anna Berg", ["Anna Berg"]),
    ("Door onze redacteur Jan de Vries", ["Jan de Vries"]),
    ("By Jane Doe • Reuters", ["Jane Doe"]),
    ("Jane Doe, Reuters", ["Jane Doe"]),
    ("Jan Kowalski – PAP", ["Jan Kowalski"]),
    ("Иван Петров, корреспондент", ["Иван Петров"]),
    ("Jane Doe is a staff writer at The Atlantic", ["Jane Doe"]),
    ("Redacción EFE", []),
    ("(서울=연합뉴스) 홍길동 기자", ["홍길동"]),
    ("新华社记者 张三", ["张三"]),
    ("本报记者 张三 李四", ["张三", "李四"]),
    ("山田太郎記者", ["山田太郎"]),
    ("Laporan: Budi Santoso", ["Budi Santoso"]),
    ("Reportage : Jean Dupont", ["Jean Dupont"]),
    ("조선일보 홍길동 기자", ["홍길동"]),
    ("[아시아경제 홍길동 기자]", ["홍길동"]),
    ("홍길동·김철수 기자", ["홍길동", "김철수"]),
    ("Le Monde avec AFP", []),
    ("Staff and agencies", []),
    ("From staff and wire reports", []),
    ("Redacción con agencias", []),
])
def test_bylines(line: str, authors: list[str]) -> None:
    result = clean_text(line + "\n" + BODY, language="en")
    assert [(r.kind, r.text) for r in result.removals] == [("byline", line)]
    assert result.metadata.authors == authors


@pytest.mark.parametrize("line", [
    "Von dpa", "Von dpa und AFP", "NHK", "BBC", "Agencia EFE", "Редакція", "ทีมข่าว"])
def test_an_agency_or_outlet_alone_or_after_a_by_word_is_a_byline(line: str) -> None:
    result = clean_text(line + "\n" + BODY, language="en")
    assert [(r.kind, r.text) for r in result.removals] == [("byline", line)]
    assert result.metadata.authors == []


@pytest.mark.parametrize("line", ["Von dpa-Angaben zufolge stieg der Preis um drei Prozent.", "NHK reported it",
                                  "Agencia EFE informó que el presidente viajará mañana."])
def test_a_sentence_opening_with_an_agency_or_outlet_is_no_byline(line: str) -> None:
    result = clean_text(line + "\n" + BODY, language="en")
    assert all(r.kind != "byline" for r in result.removals)


@pytest.mark.parametrize("line", ["Police and agencies", "Gobierno y agencias", "Behörden und Agenturen",
                                  "Google and AFP", "Rząd z agencjami"])
def test_a_subheading_naming_agencies_after_the_first_paragraph_is_no_wire_byline(line: str) -> None:
    """One word before "and agencies" that is no staff word nor acronym is a subject: the subheading and the
    paragraph above it (which a byline under it would make the page's header) stay."""
    first, rest = BODY.split("\n", 1)
    assert clean_text(f"{first}\n{line}\n{rest}").removals == []


def test_a_photographer_and_agency_alone_is_a_credit_not_a_byline() -> None:
    result = clean_text("Alex Wong | Getty Images\n" + BODY, language="en")
    assert [(r.kind, r.text) for r in result.removals] == [("photo-credit", "Alex Wong | Getty Images")]
    assert result.metadata.authors == []


def test_words_of_meaning_in_one_language_are_not_another_s_stopwords() -> None:
    # STOPWORDS is one set for all languages: "care" (ro), "men" (sv), "mint" (hu) are English words of meaning
    line = "Men who care for the sick were given mint tea and a pro bono lawyer to sit with them."
    assert {"men", "care", "mint", "pro", "sit"} <= tx.terms(line)


def test_a_labelled_date_signed_with_a_name_goes_and_a_sentence_after_a_date_stays() -> None:
    from cleaner.detectors.dates import dated

    label = dated("Pubblicato il 5 maggio 2023 da Marco", 7, top=True, header=True)
    assert label is not None and label.span == (0, len("Pubblicato il 5 maggio 2023 "))
    assert removed("Published on 12 March 2019, the report found that most of the schools lacked heating.\n") == []


def test_a_us_date_gives_the_date() -> None:
    assert clean_text("Updated 1/24/2026\n" + BODY, language="en").metadata.date == "2026-01-24"


@pytest.mark.parametrize("line", [
    "Laporan Keuangan Bank Indonesia", "Haber Global Türkiye", "Text Messages Reveal Plot"])
def test_a_headline_opening_with_a_noun_that_may_label_a_byline_is_not_one(line: str) -> None:
    result = clean_text(line + "\n" + BODY, language="en")
    assert all(r.kind != "byline" for r in result.removals) and result.metadata.authors == []


@pytest.mark.parametrize("line", ["The talks with agencies.", "Er las die Bild am Sonntag", "Photo Gallery Highlights"])
def test_a_line_naming_agencies_or_a_picture_word_in_a_sentence_stays(line: str) -> None:
    result = clean_text(line + "\n" + BODY, language="en")
    assert all(r.kind not in ("byline", "photo-credit", "caption") for r in result.removals)


def test_a_korean_sentence_going_on_after_reporters_is_not_a_byline() -> None:
    result = clean_text("외신 기자 30명이 참석했다\n" + BODY, language="en")  # "30 foreign reporters attended"
    assert all(r.kind != "byline" for r in result.removals) and result.metadata.authors == []


@pytest.mark.parametrize("line", ["Jane Smith, CEO", "John Roe, MP", "Jane Doe, CFO"])
def test_a_name_and_a_role_in_capitals_is_not_an_author_and_outlet(line: str) -> None:
    result = clean_text(f"Council Approves New Budget\n{line}\n" + BODY, language="en")
    assert all(r.kind != "byline" for r in result.removals) and result.metadata.authors == []


def test_two_names_in_capitals_are_not_an_author_and_outlet() -> None:
    result = clean_text("Apple, IBM\n" + BODY, language="en")
    assert all(r.kind != "byline" for r in result.removals) and result.metadata.authors == []


@pytest.mark.parametrize("line,kind", [
    ("Advertisement", "advertisement"),
    ("Anzeige", "advertisement"),
    ("Read more:", "related-links"),
    ("Leggi anche", "related-links"),
    ("Read more: Storm closes schools across the region as the river rises for a third day in a row", "related-links"),
    ("(Leggi anche su: il consiglio approva il bilancio dopo un lungo dibattito in aula)", "related-links"),
    ("Sign up for our newsletter", "newsletter"),
    ("© 2019 Example News. All rights reserved.", "copyright"),
    ("5 min read", "reading-time"),
    ("Share this article", "share-prompt"),
    ("Storm closes schools across the region [VIDEO]", "related-links"),
    ("6 thoughts on “How the council spent its budget”", "comments"),
    ("Your email address will not be published. Required fields are marked *", "comments"),
    ("Ihre E-Mail-Adresse wird nicht veröffentlicht.", "comments"),
    ("Tinggalkan Balasan", "comments"),
    ("Deixe uma resposta", "comments"),
    ("User comments (12)", "comments"),
    ("Tags", "navigation"),
    ("News > Politics > Courts", "navigation"),
    ("Customer Service", "navigation"),
    ("Previous Auto News -", "navigation"),
    ("Example GmbH Hauptstr. 12 DE-60314 Frankfurt am Main Tel.: +49 (0)69 380 795 200", "contact-info"),
    ("〒101-0032 東京都千代田区岩本町二丁目6番2号", "contact-info"),
    ("All quotes delayed a minimum of 15 minutes.", "disclaimer"),
    ("Chat with us on WhatsApp.", "notification-prompt"),
    ("Every day we send an email with the top stories.", "newsletter"),
    ("Also: See our holiday coverage at Example News", "related-links"),
    ("Total Voters: 4,145", "share-prompt"),
    ("5603 usuários on-line", "share-prompt"),
    ("jane.roe@example.com", "contact-info"),
    ("@janeroe", "contact-info"),
    ("2980 N. National Road, Suite A, Columbus, IN 47201", "contact-info"),
    ("Read Next", "related-links"),
    ("Got a confidential news tip? We want to hear from you.", "promo"),
    ("Like us on Facebook to see similar stories", "notification-prompt"),
    ("This slideshow requires JavaScript.", "navigation"),
    ("Правовая информация", "copyright"),
    ("Follow our full coverage of the election and the new council at https://example.com/election", "related-links"),
    ("NEU: Unsere beste Story täglich per Browser-Push", "notification-prompt"),
    ("This story has been shared 44,976 times.", "share-prompt"),
    ("As you comment, please be respectful of other commenters and other viewpoints.", "comments"),
    ("Example Science is part of Example Media Inc, an international media group.", "copyright"),
    ("Please log in using one of these methods to post your comment:", "comments"),
    ("Главный редактор: Иван Петров", "copyright"),
    ("Get highlights of the news delivered to your email inbox", "newsletter"),
    ("Further reading", "related-links"),
    ("On example.com: Storm closes schools across the region", "related-links"),
    ("Support independent journalism", "support-appeal"),
    ("Support Example News and make a difference for readers everywhere.", "support-appeal"),
    ("Support Example News so we continue to pursue the facts for you.", "support-appeal"),
    ("If you enjoyed this article, we have a proposition for you: become a member and read without limits.",
     "support-appeal"),
    ("Wenn Ihnen dieser Artikel gefallen hat, unterstützen Sie unsere Arbeit mit einem Abo.", "support-appeal"),
    ("Si cet article vous a plu, soutenez notre rédaction.", "support-appeal"),
    ("Your feedback will go directly to Example editors.", "form-message"),
    ("We do not guarantee individual replies due to the high volume of correspondence.", "form-message"),
    ("Thank you for taking your time to send in your valued opinion to Example editors.", "form-message"),
    ("Votre message sera transmis directement à la rédaction.", "form-message"),
    ("+Results vary depending on starting point, goals and effort.", "disclaimer"),
    ("Individual results may vary.", "disclaimer"),
    ("Join our Space Forums to keep talking space on the latest missions!", "promo"),
    ("Tell us what you think...", "comments"),
    ("GET THE NEWS ON THE GO BY CLICKING HERE", "promo"),
    ('&amp;lt;span data-mce-type="bookmark" style="display: inline-block;"&amp;gt;', "markup"),
    ('[button link="https://example.com/review/" type="big"] Send us your review[/button]', "markup"),
    ("We use cookies and other tracking technologies to improve your browsing experience on our site, show "
     "personalized content and targeted ads, analyze site traffic, and understand where our audiences come from. "
     "To learn more or opt-out, read our Cookie Policy. Please also read our Privacy Notice and Terms of Use, "
     "which became effective December 20, 2019.", "cookie-notice"),
    ("Follow our full coverage of the election", "related-links"),
    ("Subscribe to Example News on YouTube for more", "newsletter"),
    ("If you buy something through this post, we may get a share of the sale.", "affiliate-disclosure"),
    ("jane says: May 4, 2020 at 4:05 pm", "comments"),
    ("Filed under: Politics, Courts", "navigation"),
    ("Schlagworte: Politik, Justiz", "navigation"),
    ("Thanks for contacting us. We've received your submission.", "form-message"),
    ("Следите за нами в Telegram", "notification-prompt"),
    ("Подписывайтесь на нас в Telegram", "notification-prompt"),
    ("Obserwuj nas na Facebooku", "notification-prompt"),
    ("Volg ons op Instagram", "notification-prompt"),
    ("关注我们的微信公众号", "notification-prompt"),
    ("Este artigo contém links de afiliados.", "affiliate-disclosure"),
    ("本記事はアフィリエイトリンクを含みます。", "affiliate-disclosure"),
    ("スポンサーリンク", "advertisement"),
    ("Sharing is caring!", "share-prompt"),
    ("This is a modal window.", "navigation"),
    ("By subscribing I accept the terms of use", "newsletter"),
    ('Want more? Subscribe to our sister title "Example Monthly" for the latest news!', "newsletter"),
    ("The information provided on this website is not a substitute for advice from your doctor.", "disclaimer"),
    ("This article is for informational purposes only and does not constitute financial advice.", "disclaimer"),
])
def test_site_furniture(line: str, kind: str) -> None:
    assert removed(tail=line + "\n") == [(kind, line)]


@pytest.mark.parametrize("line", [
    "Support grew and the party split over the plan for the northern bridge.",
    "Support for the bridge plan and the school budget fell after the vote, the poll showed.",
    "If you enjoyed this article, share it with a friend who crosses the bridge every day.",
    "Results vary depending on the soil, the engineers found.",
    "Join the community garden to share tools and seeds.",
])
def test_a_sentence_with_an_appeal_s_or_a_notice_s_words_stays(line: str) -> None:
    assert clean_text(within(line), language="en").removals == []


@pytest.mark.parametrize("line,kind", [
    ("Reklama", "advertisement"),
    ("Czytaj także: Rada miasta przyjęła budżet", "related-links"),
    ("Läs också", "related-links"),
    ("Ayrıca okuyun: Belediye bütçeyi onayladı", "related-links"),
    ("اقرأ أيضا", "related-links"),
    ("Tin liên quan", "related-links"),
    ("Yorumlar (12)", "comments"),
    ("Tüm hakları saklıdır.", "copyright"),
    ("© 2026 Gazeta. Wszelkie prawa zastrzeżone.", "copyright"),
    ("저작권자 ⓒ 연합뉴스, 무단전재 및 재배포 금지", "copyright"),
    ("Udostępnij", "share-prompt"),
    ("Zapisz się na nasz newsletter", "newsletter"),
    ("Suscríbete para seguir leyendo", "newsletter"),
    ("Get breaking space news and the latest updates on rocket launches, skywatching events and more!", "newsletter"),
    ("Recevez les dernières actualités directement par e-mail", "newsletter"),
    ("The best of culture from the magazine. Subscribe now for more from the authority on music and film.",
     "newsletter"),
    ("An email with an activation link has just been sent to your email address. Please activate your subscription "
     "by clicking on the activation link inside the email.", "form-message"),
    ("Wir haben Ihnen eine E-Mail mit einem Bestätigungslink gesendet.", "form-message"),
    ("Un e-mail de confirmation vous a été envoyé.", "form-message"),
    ("Te hemos enviado un correo para confirmar tu suscripción.", "form-message"),
    ("Also Read | Heatwave alert issued for five states as temperatures soar", "related-links"),
])
def test_site_furniture_in_more_languages(line: str, kind: str) -> None:
    assert removed(tail=line + "\n") == [(kind, line)]


@pytest.mark.parametrize("line,kind", [
    # WordPress and Jetpack: sharing, likes, related posts, the comment form, post navigation, footer credits
    ("Like Loading...", "share-prompt"),
    ("Click to share on Twitter (Opens in new window)", "share-prompt"),
    ("One blogger likes this.", "share-prompt"),
    ("Ähnliche Beiträge", "related-links"),
    ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "comments"),
    ("Diese Website verwendet Akismet, um Spam zu reduzieren.", "comments"),
    ("Notify me of follow-up comments by email.", "comments"),
    ("Notify me of new posts by email.", "comments"),
    ("Cancel reply", "comments"),
    ("Post navigation", "navigation"),
    ("Posted in Uncategorized", "navigation"),
    ("Proudly powered by WordPress", "copyright"),
    ("Compartilhe isso:", "share-prompt"),
    ("Curtir isso:", "share-prompt"),
    ("Teilen mit:", "share-prompt"),
    ("Gefällt mir:", "share-prompt"),
    ("J'aime :", "share-prompt"),
    ("Comparte esto:", "share-prompt"),
    ("Me gusta esto:", "share-prompt"),
    ("Mi piace:", "share-prompt"),
    ("Поделиться ссылкой:", "share-prompt"),
    ("Нравится:", "share-prompt"),
    ("Bagikan ini:", "share-prompt"),
    ("Suka ini:", "share-prompt"),
    ("Beitragsnavigation", "navigation"),
    ("Navigazione articoli", "navigation"),
    ("Prévenez-moi de tous les nouveaux commentaires par e-mail.", "comments"),
    ("Benachrichtige mich über neue Beiträge via E-Mail.", "comments"),
    ("Annuler la réponse", "comments"),
    ("コメントをキャンセル", "comments"),
    ("Artículo anterior", "navigation"),
    ("이전 글", "navigation"),
    ("Zum Inhalt springen", "navigation"),
    ("Recent Posts", "navigation"),
    ("Fièrement propulsé par WordPress", "copyright"),
    # Blogger, Disqus, Drupal, Medium, Substack, Ghost
    ("Posted by Jane Roe at 10:32 AM", "byline"),
    ("Newer Post Older Post Home", "navigation"),
    ("Subscribe to: Post Comments (Atom)", "navigation"),
    ("No comments:", "comments"),
    ("Nenhum comentário:", "comments"),
    ("Please enable JavaScript to view the comments powered by Disqus.", "navigation"),
    ("blog comments powered by Disqus", "comments"),
    ("Log in or register to post comments", "comments"),
    ("Member-only story", "promo"),
    ("Thanks for reading The Weekly Letter! Subscribe for free to receive new posts and support my work.",
     "newsletter"),
    ("Great! You’ve successfully signed up.", "form-message"),
    # news sites: ad slots, players, tools, paywalls
    ("Advertisement - Continue Reading Below", "advertisement"),
    ("La suite après cette publicité", "advertisement"),
    ("Skip Ad", "advertisement"),
    ("Continue reading", "navigation"),
    ("Continue reading the main story", "navigation"),
    ("Lire la suite", "navigation"),
    ("続きを読む", "navigation"),
    ("Hide comments", "comments"),
    ("Kommentare anzeigen", "comments"),
    ("Report an error", "navigation"),
    ("Сообщить об ошибке", "navigation"),
    ("Нашли ошибку? Выделите ее и нажмите Ctrl+Enter", "navigation"),
    ("Print", "share-prompt"),
    ("Drucken", "navigation"),
    ("Font size", "navigation"),
    ("Listen to this article", "navigation"),
    ("Escuchar artículo", "navigation"),
    ("Audio", "navigation"),
    ("Photo gallery", "navigation"),
    ("Galeria zdjęć", "navigation"),
    ("포토갤러리", "navigation"),
    ("Your browser does not support the video tag.", "navigation"),
    ("Subscribe to continue reading", "promo"),
    ("Article réservé aux abonnés", "promo"),
    ("Link copied", "share-prompt"),
    # the same in more languages, and more of WordPress's comment and subscription forms
    ("Dela det här:", "share-prompt"),
    ("Μου αρέσει αυτό:", "share-prompt"),
    ("Navigace pro příspěvky", "navigation"),
    ("ذات صلة", "related-links"),
    ("המשך קריאה", "navigation"),
    ("Слухати статтю", "navigation"),
    ("Pokračování článku pod reklamou", "advertisement"),
    ("Đọc tiếp", "navigation"),
    ("Your comment is awaiting moderation.", "comments"),
    ("Pingback: Council budget approved | Example Blog", "comments"),
    ("Email (Required)", "comments"),
    ("Post was not sent - check your email addresses!", "form-message"),
])
def test_blog_and_news_platform_furniture(line: str, kind: str) -> None:
    assert removed(tail=line + "\n") == [(kind, line)]


@pytest.mark.parametrize("line", [
    "I like this print, said the collector, who bought it at an auction in Paris last spring.",
    "Readers who want to continue reading about the budget can find the full report on the council's website.",
    "The newspaper said it would print a correction in its next edition after the error was reported by readers.",
    "The mayor posted in a group chat that the meeting had been moved to Thursday evening.",
    "The audio recording of the hearing was released on Monday by the court.",
    "The photo gallery at the museum will reopen in March after two years of repairs.",
    "Users of the platform can notify the company of follow-up problems by email, a spokesman said.",
    "Related research has shown that the bridges need more repairs than the council had planned.",
    "The video shows the mayor leaving the building shortly after the vote.",
    "Le maire a déclaré qu'il partagera les résultats avec les habitants la semaine prochaine.",
])
def test_prose_with_platform_words_is_left_alone(line: str) -> None:
    assert removed(line + "\n", line + "\n") == []


TEASER = (
    "A preclearance service for travellers to select airports in Japan will be available from next week "
    "at the international airport, the operator said on Tuesday, adding that the service would run until "
    "the end of February and that passengers on fifteen routes"
)


def test_teaser_cut_off_at_the_end() -> None:
    assert removed(tail=TEASER + "\n") == [("teaser", TEASER)]


OTHER_TEASER = ("Shares of the carmaker fell sharply in early trading in Frankfurt after it cut its forecast for "
                "the year, citing weaker demand for its electric models in China and rising costs of batteries and")


@pytest.mark.parametrize("title", ["Carmaker cuts its forecast for the year", "MARKETS:"])
def test_headlines_between_teasers_go_with_them_and_a_last_line_of_the_article_stays(title: str) -> None:
    """The line over the first blurb may be the article's last line, which shares the article's words, not the
    blurb's: it stays; the lines between blurbs go."""
    last_line = "The council meets again in March to vote on the budget for schools"
    tail = f"{last_line}\n{TEASER}\n{title}\n{OTHER_TEASER}\n"
    assert removed(tail=tail) == [("teaser", TEASER), ("teaser", title), ("teaser", OTHER_TEASER)]


def test_the_headline_over_the_first_teaser_goes_when_it_names_the_blurb_s_story() -> None:
    title = "Airport expands its preclearance service"
    assert removed(tail=f"{title}\n{TEASER}\n") == [("teaser", title), ("teaser", TEASER)]


def test_a_short_blurb_cut_off_under_a_teaser_goes_with_it() -> None:
    short = "Shares of the carmaker fell sharply in early trading in Frankfurt after it"
    assert removed(tail=f"{TEASER}\n{short}\n") == [("teaser", TEASER), ("teaser", short)]
    assert removed(tail=f"{short}\n") == []  # alone, a short cut line may be the article's


HINDI_ARTICLE = (
    "नगर परिषद ने मंगलवार को लंबी बहस के बाद नए बजट को मंजूरी दी, अधिकारियों ने बताया।\n"
    "जनता के सदस्यों ने स्थानीय स्कूलों और सड़कों के लिए योजना की लागत पर चिंता जताई।\n"
    "महापौर ने खर्च का बचाव करते हुए कहा कि पुलों और स्कूल भवनों की मरम्मत एक और सर्दी तक इंतजार नहीं कर सकती।\n"
    "विपक्ष के सदस्यों ने तर्क दिया कि बजट कर राजस्व के आशावादी अनुमानों पर निर्भर है और अर्थव्यवस्था धीमी "
    "होने पर पुस्तकालयों और पार्कों में कटौती करनी पड़ेगी।\n"
)
HINDI_TEASER = (
    "राष्ट्रीय क्रिकेट टीम ने रविवार को खेले गए रोमांचक मुकाबले में मेहमान टीम को पांच विकेट से हराकर श्रृंखला "
    "अपने नाम कर ली, और कप्तान ने जीत का श्रेय गेंदबाजों के अनुशासित प्रदर्शन को दिया और कहा कि टीम अगले"
)


def test_a_teaser_in_an_indic_script_is_measured_in_whole_words() -> None:
    """Vowel signs are not \\w: counted as such, every word would split into pieces too short to compare."""
    result = clean_text(HINDI_ARTICLE + HINDI_TEASER + "\n")
    assert [(r.kind, r.text) for r in result.removals] == [("teaser", HINDI_TEASER)]


def test_a_short_first_sentence_ended_by_a_danda_is_not_a_headline() -> None:
    """The danda is a full stop: once the headline above it goes, the sentence is still no headline."""
    line = "विज्ञापन पर खर्च पिछले साल बढ़ा।"  # "Spending on advertising rose last year."
    result = clean_text("लंबी बहस के बाद नगर परिषद ने बजट को मंजूरी दी\n" + line + "\n" + HINDI_ARTICLE)
    assert [r.text for r in result.removals] == ["लंबी बहस के बाद नगर परिषद ने बजट को मंजूरी दी"]


def test_a_finished_last_paragraph_in_hindi_stays() -> None:
    """The danda ends a sentence."""
    last = HINDI_TEASER.removesuffix(" और कहा कि टीम अगले") + "।"
    assert clean_text(HINDI_ARTICLE + last + "\n").removals == []


THAI_ARTICLE = (
    "สภาเมืองอนุมัติงบประมาณฉบับใหม่เมื่อวันอังคาร หลังการอภิปรายที่ยืดเยื้อจนถึงดึก โดยเน้นการซ่อมแซมสะพานและโรงเรียน\n"
    "นายกเทศมนตรีปกป้องการใช้จ่ายดังกล่าว โดยระบุว่างานซ่อมแซมไม่อาจรอไปอีกหนึ่งฤดูหนาวได้\n"
    "ฝ่ายค้านมองว่าแผนนี้อาศัยการคาดการณ์รายได้ภาษีที่มองโลกในแง่ดีเกินไป และจะนำไปสู่การตัดงบห้องสมุดและสวนสาธารณะ\n"
)


def test_thai_paragraphs_without_end_marks_are_not_cut_off_teasers() -> None:
    """Thai (and Lao) end a sentence with a space, not a mark: every paragraph would read as cut off."""
    assert clean_text(THAI_ARTICLE).removals == []


def test_a_teaser_cut_after_a_closing_bracket_is_cut() -> None:
    """A bracket or quote closes a sentence only after its end mark: '(at two more airports)' does not."""
    teaser = TEASER.removesuffix(" and that passengers on fifteen routes") + " (at two more airports)"
    assert removed(tail=teaser + "\n") == [("teaser", teaser)]


def test_teaser_trailing_off_after_a_long_article() -> None:
    teaser = TEASER.replace(" and that passengers on fifteen routes", ", and that passengers...")
    more = ("Engineers inspecting the northern bridge found corroded steel cables, cracked concrete piers and "
            "drainage channels blocked by decades of silt, according to a report published by the transport office.\n")
    assert removed(more, teaser + "\n") == [("teaser", teaser)]


def test_a_short_article_trailing_off_keeps_its_paragraph() -> None:
    teaser = TEASER.replace(" and that passengers on fifteen routes", ", and that passengers...")
    assert removed(tail=teaser + "\n") == []


@pytest.mark.parametrize("line", [
    "By the end of the year, the council expects to have spent most of the money it set aside for repairs.",
    "Photographs from the meeting show the council chamber full of residents.",
    "The source of the money remains unclear, the council said.",
    "On Monday, May 4, the council will meet again.",
    "Residents who subscribe to the theory that taxes will fall should read the forecast again.",
    "Consult your doctor before taking any new medicine, the health board advised on Monday.",
    "Two years ago 3 members of the council voted against a similar plan.",
    "The work set out in 2019 is not finished, and the council will set 12 new targets.",
    "Today, 10 members of the council said they would vote for the plan.",
    "Members saw the photo AFP published on Monday and asked who had taken it.",
    "24 January 2026 The council approved the budget after a debate that lasted well into the night, said Jane Doe.",
])
def test_prose_is_left_alone(line: str) -> None:
    assert removed(line + "\n", line + "\n") == []


@pytest.mark.parametrize("line", [  # lines between paragraphs that end in a credit's words but are not credits
    "The minister said the photo was taken by the AP",
    "Их снимок: архив семьи показал, что это правда",
    "他说这张照片是张三 摄",
    "記者会見する首相が語った内容は多くの人に伝えられた",
    "Thousands of people around the country shared the image via social media.",
    "The rumour had only one source: social media.",
    "The mayor shared a photo - courtesy of the family",
    "New Rules for The Road Ahead",
    "He said he had worked there for years. Then he left for The Hague",
    # sentences that open with a furniture cue's words
    "Related to this, the council said it would review the plan.",
    "Read more about the budget in our full report on the council.",
    "Comments from residents were mixed, the mayor said on Monday.",
    "Bình luận về việc này, ông Nam từ chối trả lời.",
    "Yorumlar arasında en dikkat çekeni bakanın açıklaması oldu.",
    '"Avísame cuando llegues", le dijo su madre antes de salir.',
    "Recibir un correo electrónico de phishing es cada vez más común.",
    "The regulator said its guidance does not constitute legal advice to firms.",
    "Police said the images were released for informational purposes only.",
    "More than 2,000 households now subscribe to our service, the company's chief executive said.",
    "By signing up for the programme, families receive free school meals.",
    "Discover more from the museum's collection in the archive, the curator told visitors.",
    "Publicado en el BOE el decreto de ayudas a la vivienda",
    "Found an error in the tax code that cost the state millions, the auditor said.",
    "Press Ctrl+Enter to send the message, the company said in its guidance.",
    "The film, powered by ghost stories from his childhood, became a surprise hit.",
    "Users can create a free website in minutes, the company said.",
    # the article's own subheadings opening with a related-links heading's words
    "More in common than divides us",
    "Most popular among voters was the plan to cut bus fares",
    "Recommended for you? Not quite, says the regulator",
])
def test_prose_between_paragraphs_is_left_alone(line: str) -> None:
    assert removed(BODY.splitlines()[0] + "\n" + line + "\n") == []


# Article sentences that open with (or hold) a cue word of some detector, in the languages the cues cover.
CUE_WORD_PROSE = [
    # by-words before a capitalised word that is not an author
    "By Monday, officials hope to have reopened the bridge.",
    "From London, the delegation travelled on to Paris.",
    "Author Salman Rushdie, who was attacked in 2022, spoke at the festival.",
    "Von Montag, 3. März, an gilt die neue Regel.",
    "Par Internet, les usagers peuvent désormais déclarer leurs revenus.",
    "Por Navidad, las ventas subieron un 12%.",
    "De Lima, o ministro seguiu para Brasília.",
    "Di Maio, intanto, ha annunciato le dimissioni.",
    "Door Corona, zo zegt de burgemeester, liep de bouw vertraging op.",
    "Oleh Presiden, rancangan itu dikembalikan ke DPR.",
    "Yazar Orhan Pamuk, yeni romanını İstanbul'da tanıttı.",
    "记者了解到，今年以来全市新增就业岗位三万个。",
    "记者会见上，市长回答了居民的提问。",
    # cookie and newsletter words in a sentence that does not speak to the reader
    "Cookie sales by the Girl Scouts raised $800 million last year.",
    "The company changed its privacy policy after the regulator's fine.",
    "Privacy settings on the app were changed without warning, users said.",
    "Datenschutzbeauftragte kritisierten das neue Gesetz scharf.",
    "La politique de confidentialité du réseau social a été jugée illégale.",
    "La política de privacidad de la empresa será revisada por el regulador.",
    "개인정보 유출 피해자가 30만 명에 이른다.",
    "隐私政策的修改引发了用户的不满。",
    "The newsletter, which has 40,000 readers, was sold to a media group.",
    "Newsletter und Werbemails machen ein Drittel aller E-Mails aus.",
    "Nyhetsbrevet från kommunen når 20 000 hushåll varje vecka.",
    "Bülten yayımlandıktan sonra piyasalar yükseldi.",
    "Berlangganan listrik prabayar kini bisa lewat aplikasi.",
    # an article's advice to its reader, a long sentence whose only address is a "you" inside it
    "The scam email lands in your inbox looking like a message from your bank, with the same logo and colours.",
    "If a message in your inbox asks you to confirm your password, delete it and call your bank directly.",
    "Most banks will send email alerts to your phone if a large payment leaves your account.",
    "If you have browsed the web in Europe, you have clicked through hundreds of cookie banners.",
    "Cookies are small files that websites store on your device to remember who you are.",
    "Si vous recevez ce type de message dans votre boîte mail, ne cliquez sur aucun lien, conseille la police.",
    "Deleting your cookies every week will log you out of most sites, but it also makes you harder to track.",
    # an inbox in the reader's language, "a site" of the story's: the article's advice
    "La falsa email arriva nella tua casella di posta con il logo della tua banca e un link a un sito falso.",
    "Si vous avez déjà navigué sur un site européen, vous avez cliqué sur des dizaines de bandeaux cookies.",
    # an app's notifications and download in an article's advice
    "Turn on notifications for your banking app so that you see every payment as soon as it leaves your account.",
    "Only download the app from the official store, and check the number of reviews before installing anything.",
    # advice to follow something that is not a person's name
    "Follow the airline on X for updates.",
    # a call quoted and given to its speaker after a dash
    "«Подписывайтесь на нас в Telegram», — призвал губернатор жителей области на встрече в понедельник.",
    # a report on who accepts cookies, its consent verb not speaking to the reader
    "Los avisos de cookies aparecen en casi todas las webs y la mayoría de usuarios los acepta sin leerlos.",
    "La CNIL a sanctionné trois sites où refuser les cookies était plus difficile que de les accepter.",
    "Most users accept cookies without reading the banner, according to a study by the consumer group.",
    # a call to the reader's words after their subject, the sentence going on: the article's
    "Publishers credit their newsletters, which many readers sign up for before they pay.",
    # copyright words in a sentence
    "Copyright lawyers say the ruling could affect thousands of artists.",
    "The court ruled that the song's copyright had expired in 2019.",
    "All rights reserved, the label said, for the band's early recordings.",
    "Alle Rechte vorbehalten, heißt es im Vertrag, auch für künftige Nutzungen.",
    "Tous droits réservés : la formule figure sur chaque page du contrat.",
    "Hak cipta lagu itu kini dipegang oleh keluarga sang musisi.",
    # words of a note about the author, in the article's last paragraph
    "Research by the University of Leeds found that the bridges were at risk.",
    "Reporting by local papers helped uncover the scandal.",
    "The anthology, edited by Jane Roe, was published in May.",
    "Her husband, who contributed to the report, declined to comment.",
    "The new law is a political compromise, analysts said.",
    "Smith was a staff sergeant in the army before entering politics.",
    "Follow the signs on the motorway, police advised drivers.",
    "Talks failed to reach agreement on the budget before midnight.",
    "Residents can contact the council at its offices on the high street.",
    "D'après l'AFP, le bilan s'élève à douze morts.",
    "Con información de la policía, los vecinos organizaron la búsqueda.",
    "Com informações da polícia, os moradores organizaram buscas.",
    "Ha collaborato alla ricerca anche l'università di Bologna.",
    "При участии волонтёров удалось расчистить завалы.",
    # a date label and a date opening a sentence of the first paragraph
    "Published on 12 March 2019, the report found the bridges were unsafe.",
    "Veröffentlicht am 12. März 2019, zeigte der Bericht große Mängel.",
    "Publié le 12 mars 2019, le rapport dénonçait déjà ces failles.",
    "Publicado el 12 de marzo de 2019, el informe ya alertaba de los fallos.",
    "Опубликовано 12 марта 2019 года, исследование показало серьёзные проблемы.",
    "2026年1月24日，市议会通过了预算。",
    "2026년 1월 24일, 시의회는 예산안을 통과시켰다.",
    # the words of comment buttons, headers and forms opening a sentence
    "All comments will be published by the council in March.",
    "Join the conversation, the mayor urged residents at the meeting.",
    "Tell us what you think, the council asked residents in its survey.",
    "The minister said: we cannot wait another year.",
    "Leave a comment in the book of condolences, mourners were told.",
    "Comments are closed at the consultation, but residents can still write to the council.",
    # a related-links heading's words opening a sentence of the article's own
    "Also: the council will vote on parking fees next month.",
    "Also on the agenda: the new library and the bus station.",
    # a caption label or a gallery's counter opening a sentence
    "Caption contests were popular in the magazine in the 1990s.",
    "Légende vivante du cyclisme, il s'est éteint lundi.",
    "1 of 4 bridges will be closed next year, the council said.",
    # the words of share counters, follow prompts, tip lines, contact boxes and tag lines in a sentence
    "The video was shared 20,000 times before it was removed.",
    "Critics like us on the left have warned about this for years.",
    "Folgen Sie uns, rief der Demonstrant der Menge zu.",
    "Suivez-nous, a lancé le chef de la police aux journalistes.",
    "Síguenos, gritó el guía a los turistas.",
    "Got a tip about the bridge, the engineer called the council.",
    "Residents can phone 0800 123 456 for advice, the council said.",
    "Das Bürgertelefon ist unter Telefon 030 1234567 erreichbar.",
    "Themen: Wohnen und Verkehr bestimmen den Wahlkampf.",
    "Temas: la vivienda y el empleo dominan la campaña.",
    # a call to subscribe, quoted or going on to something else than a subscription
    "Abonnieren Sie doch einfach, sagte der Verleger im Interview.",
    "Abonnez-vous, désabonnez-vous : les opérateurs compliquent la résiliation.",
    "Suscríbete, paga y olvídate: así funcionan las nuevas plataformas.",
    "Inscreva-se até sexta-feira, pede a universidade aos candidatos.",
    "Подпишитесь под обращением, призвали жителей активисты.",
    "Підпишіться під петицією, закликали активісти.",
    # a prompt's words quoted and given to someone
    "Help us keep the library open, residents urged the council.",
    "Enable notifications only if you need them, security experts advise.",
    "Get breaking news alerts from the police on your phone, the mayor urged residents.",
    "Download the app and you can track the bus in real time, the operator said.",
    "Thank you for your submission, the official wrote back, but the application is late.",
    "Check your inbox for a letter from the tax office, officials told residents.",
    "We will send an email to every parent explaining the changes, the head teacher said.",
    "This material is for informational purposes only, the bank told investors in its prospectus.",
]


@pytest.mark.parametrize("line", CUE_WORD_PROSE)
def test_prose_opening_with_a_cue_word_stays_at_the_top_between_paragraphs_and_at_the_end(line: str) -> None:
    first = BODY.splitlines()[0]
    for text in (f"Council approves the budget\n{line}\n{BODY}", f"{first}\n{line}\n{BODY}", f"{BODY}{line}\n"):
        assert [r for r in clean_text(text, language="en").removals if line in r.text or r.text in line] == [], text


# Article sentences holding the cue words added for more languages (share, follow, newsletter, contacts, ...):
# quoted, inflected or going on as a sentence, they are the article's. (Guard probe of 2026-11-27.)
CUE_WORD_PROSE_MORE_LANGUAGES = [
    # a follow prompt quoted in a sentence, or passed on to the public
    "Kampanjen «Følg oss på TikTok» ga kommunen 40 000 nye følgere på en måned.",
    "Seuraa meitä Instagramissa -kampanja toi kaupungille tuhansia uusia seuraajia.",
    "Mesajul „Urmărește-ne pe Facebook” a apărut pe toate autobuzele din oraș.",
    "הקמפיין \"עקבו אחרינו בטיקטוק\" הביא לעירייה אלפי עוקבים חדשים.",
    "Följ oss på Instagram, uppmanade polisen allmänheten under sökandet.",
    # a sentence about a newsletter, or one whose subject receives something every morning
    "Recibe cada mañana más de 200 llamadas, según el propio servicio de emergencias.",
    "Recevez chaque matin un bouquet de fleurs : c'est la promesse de cette start-up lyonnaise.",
    "Podle průzkumu čte newsletter alespoň jednou týdně třetina z nás.",
    "Newsletter ministerstva vás o změně neinformoval, stěžují si podnikatelé.",
    "Newsletterul nostru a fost trimis greșit tuturor clienților, a recunoscut banca.",
    # a press office's label opening a sentence
    "Všetky práva vyhradené je nápis, ktorý na obale nikto nečíta.",
    "All rights reserved is printed on every copy, yet the library lends them freely.",
    "Media contact: the ministry did not respond to requests for comment.",
    "Pressestelle: Das Ministerium äußerte sich bis Redaktionsschluss nicht.",
    "Ufficio stampa: così si chiamava il reparto dove lavorava da vent'anni.",
]


@pytest.mark.parametrize("line", CUE_WORD_PROSE_MORE_LANGUAGES)
def test_prose_with_a_cue_word_of_more_languages_stays_at_the_top_between_paragraphs_and_at_the_end(
        line: str) -> None:
    first = BODY.splitlines()[0]
    for text in (f"Council approves the budget\n{line}\n{BODY}", f"{first}\n{line}\n{BODY}", f"{BODY}{line}\n"):
        assert [r for r in clean_text(text).removals if line in r.text or r.text in line] == [], text


@pytest.mark.parametrize("line", [
    "Get the week's best stories in one email every Friday. Sign up for the newsletter now.",
    "The week's best stories, in one email every Friday: just sign up for the newsletter.",
    "Die wichtigsten Nachrichten jeden Morgen im Newsletter – jetzt kostenlos abonnieren!",
])
def test_a_call_to_the_reader_opening_or_ending_a_sentence_still_goes(line: str) -> None:
    assert [kind for kind, text in removed(tail=line + "\n") if text == line] == ["newsletter"]


@pytest.mark.parametrize("line", [
    "Get the day's top stories and exclusive analysis delivered to your inbox every weekday morning.",
    "Each weekday morning, the most important news of the day arrives in your inbox before breakfast.",
    "Thank you for signing up, look out for the first edition of the newsletter in your inbox soon.",
    "By entering your email address, you will receive the daily newsletter and occasional offers from partners.",
    "This content is blocked because you have not accepted cookies from social media providers on this device.",
    "To view this video, please enable cookies for the video provider in your privacy settings.",
    "Recevez chaque matin dans votre boîte mail l'essentiel de l'actualité sélectionnée par la rédaction.",
    "Erhalten Sie jeden Morgen die wichtigsten Nachrichten des Tages kostenlos als Newsletter in Ihr Postfach.",
    "Puede aceptar todas las cookies pulsando el botón Aceptar o rechazar su uso pulsando en Configurar.",
    "Para continuar, é necessário aceitar a utilização de cookies neste dispositivo e navegador.",
    "By checking this box, I agree to the terms of service and privacy policy of the publisher.",
    "Chaque matin, l'essentiel de l'actualité dans votre boîte mail, gratuitement et sans engagement.",
    "Ogni mattina le notizie più importanti della giornata direttamente nella tua casella di posta.",
    "Download the app to get breaking news alerts and the day's top stories wherever you are.",
    "Enable notifications in your browser settings to receive breaking news as it happens, day or night.",
])
def test_a_long_prompt_speaking_to_you_still_goes(line: str) -> None:
    assert [text for _, text in removed(tail=line + "\n")] == [line]


# A word that speaks to the reader in one language and is an ordinary word of another (Dutch "te", to; Portuguese
# "nos", in the; Polish "we", in): in a text of that language a sentence with a cookie word is the article's.
ORDINARY_WORD_PROSE = [
    ("nl", "De toezichthouder gaat webwinkels controleren die cookies plaatsen zonder toestemming te vragen.\n"
           "Volgens de toezichthouder is het weigeren van cookies op veel sites nog steeds te moeilijk.\n"
           "Bedrijven die de regels overtreden, kunnen een boete krijgen van honderdduizenden euro's.\n"),
    ("pt", "A autoridade aplicou multas a cinco empresas que instalavam cookies sem consentimento.\n"
           "Segundo o regulador, os avisos de cookies nos sites portugueses continuam pouco claros.\n"
           "As empresas têm noventa dias para corrigir as falhas apontadas pelo regulador.\n"),
    ("pl", "Urząd nałożył kary na trzy sklepy internetowe, które instalowały pliki bez zgody klientów.\n"
           "Kontrole przeprowadzono we wrześniu, a sklepy używały cookies do śledzenia zakupów.\n"
           "Firmy mają trzy miesiące na poprawienie swoich zasad ochrony danych.\n"),
]


@pytest.mark.parametrize(("language", "text"), ORDINARY_WORD_PROSE)
def test_an_ordinary_word_of_the_texts_language_does_not_speak_to_the_reader(language: str, text: str) -> None:
    assert clean_text(text, language=language).removals == []


@pytest.mark.parametrize(("language", "line"), [
    ("nl", "Wij gebruiken cookies om onze website te verbeteren en advertenties te tonen."),
    ("nl", "Door verder te klikken of door de pagina te sluiten, ga je akkoord met het plaatsen van cookies."),
    ("pt", "Ao continuar a navegar nos sites do grupo, concorda com a utilização de cookies."),
    ("tr", "Sitemizde çerezler (cookies) kullanılmaktadır, ön ayarlarınızı değiştirebilirsiniz."),
])
def test_a_prompt_with_another_address_still_goes_in_that_language(language: str, line: str) -> None:
    body = dict(ORDINARY_WORD_PROSE, tr="Belediye meclisi salı günü şehir merkezi için yeni planı onayladı.\n"
                "Planın maliyeti yaklaşık iki milyar lira olacak ve çalışmalar yaz aylarında başlayacak.\n")[language]
    assert [r.kind for r in clean_text(body + line + "\n", language=language).removals] == ["cookie-notice"]


def test_an_article_whose_last_paragraph_is_cut_keeps_it() -> None:
    cut = ("The mayor said the budget for repairs to bridges and school buildings would be revised in spring, "
           "and that the council and members of the public would")
    assert removed(tail=cut + "\n") == []


def test_a_short_document_cut_off_is_not_a_teaser() -> None:
    assert clean_text(TEASER, language="en").removals == []


@pytest.mark.parametrize("line", ["3 hours ago", "vor 2 Stunden", "hace 5 días", "2時間前", "2019-11-19T08:57:40Z",
                                  "Updated at 1:23 p.m."])
def test_a_relative_or_machine_time_stamp_anywhere_goes(line: str) -> None:
    text = within(line)
    assert [(r.kind, r.text) for r in clean_text(text, language="en").removals] == [("timestamp", line)]


def test_a_quoted_posts_signature_under_short_paragraphs_at_the_top_stays() -> None:
    text = ("A post by Senator Jane Doe about school funding drew thousands of replies on Friday morning.\n"
            "\"Our schools need more teachers, not more paperwork,\" she wrote on X.\n"
            "— Jane Doe (@SenJaneDoe) January 23, 2026\n"
            "Within hours, the post had been shared more than 10,000 times.\n" + BODY)
    assert clean_text(text, language="en").removals == []


@pytest.mark.parametrize("first", ["Q: When did you start writing?", "The snow fell all night,",
                                   "— Jane Doe (@SenJaneDoe) January 23, 2026"])
def test_a_first_line_asking_going_on_or_signing_a_post_under_a_taken_header_is_no_headline(first: str) -> None:
    header = "World\nUkraine says it repelled an overnight drone attack\nJanuary 24, 2026 6:12 AM GMT\nBy Jane Roe\n"
    result = clean_text(header + first + "\n" + BODY, language="en")
    assert [r.text for r in result.removals if r.text == first] == []
    assert [r.kind for r in result.removals][:2] == ["headline", "headline"]
    assert clean_text(result.text, language="en").text == result.text  # alone at the top, it still stays


@pytest.mark.parametrize("first", ["Q: When did you start writing your first novel?", "P. ¿Cuándo empezó a escribir?",
                                   "Frage: Wann haben Sie angefangen?", "问：你什么时候开始写作？"])
def test_an_interviews_first_question_at_the_top_is_no_headline(first: str) -> None:
    assert [r.text for r in clean_text(first + "\n" + BODY).removals if r.text == first] == []


def test_a_sentence_saying_how_long_ago_stays() -> None:
    text = within("It happened 3 hours ago.")
    assert clean_text(text, language="en").removals == []


@pytest.mark.parametrize("line", ["Light Festival 29 November 2018 | 20 January 2019", "2018.04.05 ~ OPEN RUN"])
def test_an_event_s_dates_at_the_end_are_not_a_stamp(line: str) -> None:
    assert removed(tail=line + "\n") == []


def test_what_follows_a_late_copyright_notice_is_not_article() -> None:
    tail = "© 2019 Example News. All rights reserved.\nMost popular\nCity plans new park on the river\n"
    assert [kind for kind, _ in removed(tail=tail)] == ["copyright", "related-links", "after-article"]


def said(who: str) -> str:
    """BODY with every paragraph told by ``who``: the same shape, other words."""
    return "".join(line[:-2] + f", {who} said.\n" for line in BODY.splitlines(keepends=True))


def test_a_comment_marker_before_most_of_the_prose_does_not_end_the_article() -> None:
    text = BODY + "Leave a comment\n" + said("the mayor") + said("a resident")
    result = clean_text(text, language="en")
    assert [r.kind for r in result.removals] == ["comments"]


@pytest.mark.parametrize("heading", ["12 Comments", "6 thoughts on “Why the council finally approved a budget that "
                                                   "nobody in town seems to like very much”"])
def test_the_comment_section_heading_ends_the_article(heading: str) -> None:
    comments = "".join(f"I have lived here for {years} years and never seen the roads in such a terrible state.\n"
                       for years in ("ten", "twenty", "thirty", "forty", "fifty", "sixty"))
    result = clean_text(BODY + heading + "\n" + comments, language="en")
    assert [r.kind for r in result.removals] == ["comments"] + ["after-article"] * 6


@pytest.mark.parametrize("heading", ["Diskuse", "Maoni"])
def test_a_comment_heading_that_also_heads_an_article_s_section_ends_it_only_with_a_count(heading: str) -> None:
    """"Diskuse" (Czech) and "Maoni" (Swahili) head comments, and an article's discussion or opinions section too."""
    lines = BODY.splitlines(keepends=True)
    text = lines[0] + heading + "\n" + "".join(lines[1:]) + said("the mayor") + said("a resident")
    assert [r.kind for r in clean_text(text, language="en").removals] == ["comments"]
    counted = clean_text(lines[0] + f"{heading} (12)\n" + "".join(lines[1:]), language="en")
    assert [r.kind for r in counted.removals] == ["comments"] + ["after-article"] * 3


def test_a_credit_with_a_copyright_sign_does_not_end_the_article() -> None:
    tail = "Installation views, photos © Example Gallery, 2018\nThe exhibition runs until March\n"
    assert [kind for kind, _ in removed(tail=tail)] == ["copyright"]


@pytest.mark.parametrize("credit", ["© AFP", "© Jane Roe / Reuters"])
def test_a_photo_credit_with_a_copyright_sign_late_in_the_article_does_not_end_it(credit: str) -> None:
    lines = BODY.splitlines()
    result = clean_text("\n".join([*lines[:3], credit, *lines[3:]]) + "\n", language="en")
    assert [r.text for r in result.removals] == [credit]


def test_a_headline_before_the_first_paragraph_becomes_the_title() -> None:
    result = clean_text("Council Approves New Budget\n" + BODY, language="en")
    assert [(r.kind, r.text) for r in result.removals] == [("headline", "Council Approves New Budget")]
    assert result.metadata.to_dict()["title"] == "Council Approves New Budget"


SUMMARY = "The vote ends a long fight over schools and roads that split the council for most of the year."


def test_a_byline_under_the_summary_line_goes() -> None:
    assert ("byline", "By Jane Roe") in removed(head=f"Council passes the budget\n{SUMMARY}\nBy Jane Roe\n")


def test_a_date_line_under_the_summary_line_goes() -> None:
    result = clean_text(f"Council passes the budget\n{SUMMARY}\n- Published 18 November 2019\n" + BODY)
    assert ("date-header", "- Published 18 November 2019") in [(r.kind, r.text) for r in result.removals]
    assert result.metadata.date == "2019-11-18"


def test_a_labelled_date_line_between_paragraphs_goes_and_a_dated_sentence_stays() -> None:
    paragraphs = BODY.strip().split("\n")
    for line, kind in (("Published: Monday, November 18th, 2019 at 11:08 a.m.", "timestamp"),
                       ("Updated figures published on November 18, 2019 show the deficit grew.", None)):
        text = "\n".join([*paragraphs[:2], line, *paragraphs[2:]]) + "\n"
        assert [r.kind for r in clean_text(text, language="en").removals if r.text == line] == ([kind] if kind else [])


def test_a_summary_line_under_the_headline_goes_with_it() -> None:
    head = "Council Approves New Budget\nThe vote ends a year of debate over schools and roads\n"
    assert [kind for kind, _ in removed(head)] == ["headline", "headline"]


def test_a_short_first_paragraph_under_a_headline_stays() -> None:
    assert removed("Council Approves New Budget\nThe vote ended a year of debate.\n") == [
        ("headline", "Council Approves New Budget")]


@pytest.mark.parametrize("line", ['Rescue caught on video: "We got her!"', "Did the council get it right?"])
def test_a_headline_may_end_in_a_quotation_or_question(line: str) -> None:
    assert removed(line + "\n") == [("headline", line)]


def test_a_first_line_ending_in_a_colon_is_not_a_headline() -> None:
    assert removed("The latest on the budget vote (all times local):\n") == []


@pytest.mark.parametrize("line", [
    "This post is sponsored by Example Foods. All opinions are my own. #sponsored #ad",
    "Tested by: Jane Roe Price: £23.99 More info: www.example.com",
])
def test_a_first_line_with_a_hashtag_or_web_address_is_not_a_headline(line: str) -> None:
    assert removed(line + "\n") == []


def test_a_headline_with_a_hashtag_inside_is_the_headline() -> None:
    title = "Why #MeToo still matters five years on"
    assert removed(title + "\n") == [("headline", title)]


def test_a_document_of_one_short_line_is_kept() -> None:
    assert clean_text("Short note without an ending", language="en").text == "Short note without an ending\n"


def test_short_lines_before_a_short_line_are_not_headlines() -> None:
    assert removed("Politics\nCouncil Approves New Budget\n") == []


@pytest.mark.parametrize("line", [
    "Keith Bradsher contributed reporting from Hong Kong.",
    "Associated Press writers Jane Roe and John Doe contributed to this report.",
    "Reporting by Jane Roe; Editing by John Doe",
    "Jane Roe is a senior reporter for The Daily News.",
    "Mitarbeit: Hans Müller",
    "Con información de Reuters y AFP.",
    "(Bericht von Hans Müller; redigiert von Erika Musterfrau)",
    "(Reportage Jean Dupont; version française Marie Martin, édité par Paul Durand)",
    "(Reporte de María López; editado por Juan Pérez)",
    "(Reportagem de Ana Souza)",
    "(Репортаж Ивана Петрова; редактор Анна Смирнова)",
    "Follow her on Twitter @janeroe.",
    "Reach the reporter at jane@example.com.",
    "Zac covers Apple news for Example Daily and hosts the weekly Example podcast.",
    'Jane Roe\'s book about the search for alien life, "Out There" (Example Books, 2018), is out now.',
])
def test_author_notes_after_the_article(line: str) -> None:
    assert removed(tail=line + "\n") == [("author-note", line)]


@pytest.mark.parametrize("line", [
    "Medicare covers the cost for Medicaid patients in most states, the agency said.",
    "Smith's book on the bridge, published in 2019, sold well in the city.",
])
def test_a_last_sentence_naming_what_covers_or_a_book_is_no_bio(line: str) -> None:
    assert removed(tail=line + "\n") == []


def test_author_note_words_inside_the_article_stay() -> None:
    text = within("Jane Roe is a reporter for the local paper.")
    assert clean_text(text, language="en").removals == []


@pytest.mark.parametrize("heading", ["Related stories", "Lesen Sie auch", "Читайте также"])
def test_headlines_listed_under_a_related_heading(heading: str) -> None:
    items = ["Storm closes schools across the region", "Local team wins the cup in extra time"]
    tail = "\n".join([heading, *items]) + "\n"
    assert removed(tail=tail) == [("related-links", heading)] + [("link-list", item) for item in items]


@pytest.mark.parametrize("heading", ["Läs mer", "Mest läst", "Mest lest", "Lue lisää", "Se også", "Katso myös",
                                     "Viz také", "Pročitajte i", "Lihat juga", "Guarda anche", "Прочетете още"])
def test_headlines_listed_under_a_nordic_read_more_or_most_read_heading(heading: str) -> None:
    items = ["Storm closes schools across the region", "Local team wins the cup in extra time"]
    tail = "\n".join([heading, *items]) + "\n"
    assert removed(tail=tail) == [("related-links", heading)] + [("link-list", item) for item in items]


@pytest.mark.parametrize("line", [
    "Läs mer om hur priset räknas ut på Energimyndighetens webbplats, säger en talesperson.",
    "Se også på tallene for i fjor, sa hun til avisen i går.",
    "Lihat juga bagaimana warga membersihkan rumah mereka setelah banjir surut."])
def test_a_sentence_opening_with_read_more_or_see_also_stays(line: str) -> None:
    assert clean_text(within(line), language="en").removals == []


@pytest.mark.parametrize("heading", ["More tennis", "Mehr aus Kultur", "Plus de sport", "Más de Economía", "Latest",
                                     "Markets latest", "Lo último", "Ultime notizie", "Mer från Stockholm",
                                     "Mer fra Oslo"])
def test_a_more_on_a_topic_heading_after_the_article_and_its_headline(heading: str) -> None:
    item = "Women's final: Sabalenka wins third title"
    assert removed(tail=f"{heading}\n{item}\n") == [("link-list", heading), ("link-list", item)]


def test_a_more_on_a_topic_subheading_inside_the_article_or_over_a_sentence_stays() -> None:
    assert clean_text(within("More questions"), language="en").removals == []
    assert removed(tail="More to do\nThe council will meet again next week.\n") == []
    assert removed(tail="Latest\nThe council will meet again next week.\n") == []


def test_a_more_line_in_a_list_of_short_lines_after_the_article_stays() -> None:
    assert removed(tail="New roads\nMore teachers\nFour new schools in the east of the city\n") == []


SHORT_PARAGRAPHS = "The council met on Tuesday.\nIt approved the budget for the year.\nThe mayor welcomed the vote.\n"


def test_a_list_heading_on_a_page_of_short_paragraphs_takes_its_headline() -> None:
    result = clean_text(SHORT_PARAGRAPHS + "Most read\nStorm closes schools across the region\n", language="en")
    assert [(r.kind, r.text) for r in result.removals] == [
        ("related-links", "Most read"), ("link-list", "Storm closes schools across the region")]


def test_a_list_heading_under_an_article_that_is_a_list_takes_its_headline() -> None:
    article = "The council approved the budget.\nThese are its main points:\nNew roads\nMore teachers\nLower fees\n"
    result = clean_text(article + "Related stories\nStorm closes schools across the region\n", language="en")
    assert [(r.kind, r.text) for r in result.removals] == [
        ("related-links", "Related stories"), ("link-list", "Storm closes schools across the region")]


def test_a_list_heading_under_an_article_opening_its_list_with_a_colon_takes_its_headline() -> None:
    article = "The council approved the budget, and these are its main points:\nNew roads\nMore teachers\nLower fees\n"
    result = clean_text(article + "Related stories\nStorm closes schools across the region\n", language="en")
    assert [(r.kind, r.text) for r in result.removals] == [
        ("related-links", "Related stories"), ("link-list", "Storm closes schools across the region")]


def test_a_list_heading_over_a_page_of_short_paragraphs_leaves_the_line_under_it() -> None:
    result = clean_text("Most read\nCouncil approves the budget\n" + SHORT_PARAGRAPHS, language="en")
    assert [(r.kind, r.text) for r in result.removals] == [("related-links", "Most read")]


def test_the_tags_under_a_tag_heading() -> None:
    tags = "city council, budget 2020, schools, roads and bridges, local news, parks"
    assert removed(tail=f"Tags\n{tags}\n") == [("navigation", "Tags"), ("link-list", tags)]


def test_a_related_list_ends_at_a_line_opening_a_list() -> None:
    tail = "More in Politics\nStorm closes schools across the region\nHere are the highlights:\n"
    assert [kind for kind, _ in removed(tail=tail)] == ["related-links", "link-list"]


def test_a_related_list_ends_at_the_first_sentence() -> None:
    tail = "Related stories\nStorm closes schools across the region\nThe council will meet again next week.\n"
    assert [kind for kind, _ in removed(tail=tail)] == ["related-links", "link-list"]


SOURCES = [
    'Tax Foundation, " Tracking the Economic Impact of Tariffs ," May 31, 2019',
    "Email interview with Jane Roe, economist at the State University, Nov. 5, 2019",
    'Federal Reserve Board, " Beige Book ," Oct. 16, 2019',
]


def test_a_list_of_sources_after_the_article_goes() -> None:
    assert removed(tail="\n".join(SOURCES) + "\n") == [("references", line) for line in SOURCES]


def test_sources_dated_by_a_year_or_a_month_after_the_title_s_quote_go() -> None:
    """The comma inside the title's quotes ('"Title," 2018'), and a year with no day ("February 2014")."""
    sources = [SOURCES[0], 'Drug Enforcement Administration, " National Drug Threat Assessment ," 2018',
               'Office of Drug Control Policy, " What Users Spend on Illegal Drugs: 2000-2010 ," February 2014']
    assert removed(tail="\n".join(sources) + "\n") == [("references", line) for line in sources]


def test_one_dated_line_quoting_a_title_stays() -> None:
    assert removed(tail=SOURCES[0] + "\n") == []


def test_the_article_printed_again_goes_once() -> None:
    result = clean_text(BODY + "Share this article\n" + BODY, language="en")
    assert [r.kind for r in result.removals] == ["share-prompt"] + ["duplicate"] * 4
    assert result.text == "\n\n".join(BODY.splitlines()) + "\n"


def test_one_paragraph_said_again_stays() -> None:
    lines = BODY.splitlines(keepends=True)
    assert clean_text(BODY + lines[0], language="en").removals == []


FR_BODY = (
    "Le conseil municipal a adopté mardi soir le nouveau budget après un débat qui a duré jusque tard dans la nuit.\n"
    "Les habitants ont exprimé leurs inquiétudes sur le coût du plan pour les écoles et les routes de la ville.\n"
    "Le maire a défendu ces dépenses, en affirmant que les ponts et les écoles ne pouvaient pas attendre un hiver "
    "de plus.\n"
)


def test_the_lines_above_the_byline_are_the_page_header() -> None:
    """Section, kicker, headline and summary stand above the byline; the article starts under it."""
    head = ("International\nEurope\nÀ Marseille, la rénovation des écoles prend du retard\n"
            "Sur les 174 établissements promis, moins d'un tiers ont vu leurs travaux commencer, selon un rapport.\n"
            "Par Claire Dumont\n")
    result = clean_text(head + FR_BODY)
    assert [r.kind for r in result.removals] == ["headline"] * 4 + ["byline"]
    assert result.text.startswith("Le conseil municipal")


def test_paragraphs_above_a_date_line_stay() -> None:
    """Paragraphs of prose above a date line are the article's own: no header stands there."""
    lines = FR_BODY.splitlines()
    result = clean_text(f"{lines[0]}\n{lines[1]}\nPublié le 3 mars 2020 à 14:05\n{lines[2]}\n")
    assert "headline" not in [r.kind for r in result.removals]
    assert all(line in result.text for line in lines)


@pytest.mark.parametrize("credit", ["Jean Dupont/AP", "© AFP", "Source: AFP", "(Photo Jean Dupont/AFP)"])
def test_the_first_paragraph_above_a_photo_credit_stays(credit: str) -> None:
    """A photo between the first two paragraphs leaves its credit there, in a byline's form at times: the paragraph
    above it is the article's, not the page's header."""
    lines = FR_BODY.splitlines()
    result = clean_text(f"{lines[0]}\n{credit}\n{lines[1]}\n{lines[2]}\n")
    assert [r.text for r in result.removals] == [credit]
    assert all(line in result.text for line in lines)


def test_a_korean_article_above_a_date_line_at_its_end_stays() -> None:
    """Short Korean paragraphs over a date line at the end: the paragraphs are prose (Korean counts fewer words),
    so only the headline above them and the date go, never the paragraphs."""
    paragraphs = ["서울 아파트값이 5주 연속 하락세를 이어갔지만 하락 폭은 줄어든 것으로 나타났다.",
                  "부동산원 관계자는 \"매수 문의가 일부 늘어나면서 하락 폭이 줄었다\"고 설명했다."]
    text = "서울 아파트값 5주 연속 하락\n" + "\n".join(paragraphs) + "\n2024/03/14 14:00 송고\n"
    result = clean_text(text)
    assert [r.text for r in result.removals] == ["서울 아파트값 5주 연속 하락", "2024/03/14 14:00 송고"]
    assert all(p in result.text for p in paragraphs)


@pytest.mark.parametrize("line", ["संबंधित खबरें", "यह भी पढ़ें: दिल्ली में अगले तीन दिन बारिश के आसार", "اقرأ أيضاً"])
def test_a_cue_ending_in_a_vowel_sign_is_whole(line: str) -> None:
    """A Devanagari or Arabic cue may end in a sign \\w leaves out: \\b after it would ask for a letter to follow."""
    assert removed(tail=line + "\n") == [("related-links", line)]


@pytest.mark.parametrize("heading", ["Lo más leído", "Meest gelezen", "La rédaction vous conseille", "Самое читаемое",
                                     "الأكثر قراءة", "Berita Terpopuler", "Đọc nhiều", "アクセスランキング",
                                     "Meistgelesen", "İlgili Haber", "Polecamy"])
def test_the_headlines_under_a_most_read_heading_go(heading: str) -> None:
    tail = f"{heading}\n1\nHallan sin vida a joven desaparecida en Xalapa\n2\nPrecio del dólar hoy: así abre\n"
    assert [kind for kind, _ in removed(tail=tail)] == ["related-links"] + ["link-list"] * 4


@pytest.mark.parametrize("line", ["Polecamy tę restaurację wszystkim, którzy lubią kuchnię włoską.",
                                  "Популярное мнение о реформе оказалось ошибочным, считают экономисты."])
def test_a_sentence_opening_with_a_most_read_word_stays(line: str) -> None:
    assert removed(tail=line + "\n") == []


def test_a_question_in_a_list_of_headlines_goes_with_it() -> None:
    tail = ("İlgili Haberler\nAnkara'da kar yağışı etkili oldu\nHafta sonu hava nasıl olacak?\n"
            "İzmir'de fırtına nedeniyle vapur seferleri iptal edildi\n")
    assert [kind for kind, _ in removed(tail=tail)] == ["related-links"] + ["link-list"] * 3


def test_a_question_after_a_list_of_headlines_stays_when_the_article_goes_on() -> None:
    """The list ends at a question the article's prose follows: it is the article's own."""
    lines = BODY.splitlines()
    text = "\n".join([lines[0], "Related stories", "Council votes on the budget", "What happens next?", *lines[1:]])
    result = clean_text(text + "\n", language="en")
    assert [r.text for r in result.removals] == ["Related stories", "Council votes on the budget"]


@pytest.mark.parametrize("line, kind", [
    ("Partager sur Facebook", "share-prompt"), ("Envoyer par e-mail", "share-prompt"), ("شارك", "share-prompt"),
    ("शेयर करें", "share-prompt"), ("Ouvir o texto", "share-prompt"), ("Salvar artigos", "share-prompt"),
    ("글자크기조정", "share-prompt"),
    ("Dziękujemy, że przeczytałaś/eś nasz artykuł do końca. Obserwuj nas w Wiadomościach Google.",
     "notification-prompt"),
    ("Підписуйтесь на наш Telegram-канал", "notification-prompt"),
    ("ताज़ा खबरों के लिए हमारा ऐप डाउनलोड करें", "notification-prompt"),
    ("Click here to join our WhatsApp channel and stay updated with the latest news", "notification-prompt"),
    ("Ontvang dagelijks het laatste nieuws uit de regio in je mailbox. Meld je aan voor de nieuwsbrief.", "newsletter"),
    ("Ogni giorno le notizie più importanti della città nella tua casella di posta", "newsletter"),
    ("Recurso exclusivo para assinantes", "promo"),
])
def test_share_and_follow_prompts_in_more_languages(line: str, kind: str) -> None:
    assert removed(tail=line + "\n") == [(kind, line)]


@pytest.mark.parametrize("line", ["Le ministre a refusé de partager sur ce sujet ses propres conclusions.",
                                  "A polícia conseguiu salvar o motorista.", "El gobierno lanzó un canal de WhatsApp."])
def test_prose_with_share_and_save_words_stays(line: str) -> None:
    assert removed(tail=line + "\n") == []


@pytest.mark.parametrize("heading", ["Archivado En", "Mots clés", "الكلمات المفتاحية", "Onderwerpen", "Keywords"])
def test_the_tags_under_a_tag_heading_go(heading: str) -> None:
    tail = f"{heading}\nVivienda\nAlquiler\nGobierno de España\n"
    assert [kind for kind, _ in removed(tail=tail)] == ["navigation"] + ["link-list"] * 3


@pytest.mark.parametrize("line", ["#捷運 #台北市", "#제주도", "Categorie: Orto e giardino"])
def test_hashtags_and_a_category_label_alone_are_tags(line: str) -> None:
    assert removed(tail=line + "\n") == [("navigation", line)]


def test_a_hashtag_in_a_sentence_stays() -> None:
    assert removed(tail="#MeToo changed how the company handles complaints, staff said.\n") == []


@pytest.mark.parametrize("line", [
    "Dans la cour de l'école élémentaire, à Marseille, le 4 mars 2024. NICOLAS VALLAURI / MAXPPP",
    "Movimentação de trabalhadores no centro de São Paulo - Danilo Verpa/Folhapress",
])
def test_a_caption_ending_in_a_photographer_and_agency_after_a_dash_or_sentence(line: str) -> None:
    assert removed(head=line + "\n") == [("caption", line)]


def test_a_dash_and_names_with_a_slash_in_prose_stay() -> None:
    line = "The league's new deal was signed on Friday - Jane Roe/John Doe said it would bring in more money."
    assert removed(tail=line + "\n") == []


@pytest.mark.parametrize("line", [
    "More: County budget shortfall could mean cuts to parks, library hours",
    "Te puede interesar: Alertan por frente frío número 3; habrá lluvias en estos estados",
    "Polecamy: Kraków. Nowe linie tramwajowe od kwietnia",
])
def test_a_pointer_to_another_story_before_its_headline(line: str) -> None:
    assert removed(tail=line + "\n" + BODY.splitlines()[0] + "\n") == [("related-links", line)]


def test_more_opening_a_sentence_stays() -> None:
    assert removed(tail="More than 200 people attended the meeting: most of them opposed the plan.\n") == []


def test_a_dutch_comment_section_with_its_count_ends_the_article() -> None:
    tail = "Reacties (14)\nPraat mee\nJan: Eindelijk, dat werd tijd\n"
    assert [kind for kind, _ in removed(tail=tail)] == ["comments", "comments", "after-article"]


def test_reactions_heading_inside_a_dutch_article_stays() -> None:
    """Without a count, "Reacties" heads the reactions to the news, the article's own."""
    lines = BODY.splitlines()
    text = "\n".join([lines[0], lines[1], "Reacties", *lines[2:]]) + "\n"
    assert clean_text(text, language="nl").removals == []


def test_a_polish_relative_day_and_time_is_a_date_line() -> None:
    assert removed(head="dziś 14:25\n") == [("date-header", "dziś 14:25")]


@pytest.mark.parametrize("line, kind", [
    ("スポンサードリンク", "advertisement"), ("広告", "advertisement"),
    ("ATENÇÃO: Comentários ofensivos ou fora do tema não serão publicados pelo moderador.", "comments"),
    ("Los comentarios están sujetos a moderación y deben respetar las normas de la comunidad.", "comments"),
    ("Комментарии проходят предварительную модерацию.", "comments"),
])
def test_ad_labels_in_unspaced_scripts_and_comment_rules_in_more_languages(line: str, kind: str) -> None:
    assert removed(tail=line + "\n") == [(kind, line)]


def test_a_debate_moderator_in_prose_stays() -> None:
    line = "Los comentarios del ministro fueron interrumpidos por el moderador del debate, que pidió calma."
    assert removed(tail=line + "\n") == []


@pytest.mark.parametrize("line, kind", [
    ("المصدر: الجزيرة + وكالات", "byline"), ("Źródło: Onet, PAP", "byline"),
    ("Використання матеріалів дозволяється за умови посилання на джерело.", "copyright"),
    ("При использовании материалов ссылка на сайт обязательна.", "copyright"),
    ("Просмотры: 15432", "share-prompt"), ("1.2K views", "share-prompt"), ("조회수 1,234", "share-prompt"),
])
def test_sources_reuse_terms_and_view_counters(line: str, kind: str) -> None:
    assert removed(tail=line + "\n") == [(kind, line)]


def test_a_sentence_opening_with_source_stays() -> None:
    assert removed(tail="Source: the ministry said it would act before the summer.\n") == []


@pytest.mark.parametrize("line", [
    "Ver también: El Gobierno aprueba la ley de vivienda", "VEDI ANCHE Milano, chiude la libreria",
    "इसे भी पढ़ें: दिल्ली में बारिश", "شاهد أيضاً", "Baca: Harga beras naik lagi", "Siehe auch",
])
def test_read_also_in_more_words(line: str) -> None:
    assert removed(tail=line + "\n" + BODY.splitlines()[0] + "\n") == [("related-links", line)]


@pytest.mark.parametrize("line", ["À lire ce rapport, on comprend mieux la crise",
                                  "Ver también cómo cambió la ciudad en estos años de crisis y reformas."])
def test_prose_opening_with_read_also_words_stays(line: str) -> None:
    assert removed(tail=line + "\n") == []


@pytest.mark.parametrize("line", ["Lecture 4 min.", "Lesedauer: 2 Minuten", "Czas czytania: 3 min"])
def test_a_reading_time_with_its_label_first(line: str) -> None:
    assert removed(head=line + "\n") == [("reading-time", line)]


def test_a_turkish_news_desk_byline() -> None:
    assert removed(head="Haber Merkezi\n") == [("byline", "Haber Merkezi")]


KO_BODY = ("수도권 지하철 기본요금이 다음 달부터 150원 오른다.\n"
           "서울시는 14일 이 같은 내용의 대중교통 요금 조정안을 발표했다.\n"
           "이에 따라 카드 기준 기본요금은 1400원에서 1550원으로 인상된다.\n"
           "시는 누적된 적자를 해소하기 위해 불가피한 조치라고 설명했다.\n")


def test_short_korean_sentences_are_prose_that_ends_the_header() -> None:
    """A Korean news sentence has about half the words of an English one: 8 words make a paragraph, so the
    header's headline and the links after the article are told from the article."""
    text = "수도권 지하철 요금 내달부터 150원 인상\n김지훈 기자\n입력 2024.03.14. 10:15\n" + KO_BODY + (
        "관련 기사\n서울 시내버스 요금 300원 인상\n택시 기본요금 4800원으로\n")
    result = clean_text(text)
    assert [r.kind for r in result.removals] == ["headline", "byline", "date-header", "related-links",
                                                 "link-list", "link-list"]
    assert all(line in result.text for line in KO_BODY.splitlines())


def test_a_short_korean_article_stays_whole() -> None:
    assert clean_text(KO_BODY).removals == []


@pytest.mark.parametrize("line", [
    "Thứ ba, 12/3/2024, 10:15 (GMT+7)", "Chủ nhật, 14/4/2024 - 08:00", "3/14(木) 10:15配信",
    "2024年2月6日 18:00 (2024年2月6日 19:30更新)", "송고시간2024-03-20 15:00",
])
def test_date_headers_in_asian_forms(line: str) -> None:
    """Two-word Vietnamese weekdays, Japanese month/day with the weekday, a time glued to its label."""
    assert removed(line + "\n") == [("date-header", line)]


def test_a_labelled_stamp_without_a_year_at_the_end() -> None:
    assert removed(tail="最終更新:3/19(火) 16:20\n") == [("timestamp", "最終更新:3/19(火) 16:20")]


@pytest.mark.parametrize("line", ["Thứ ba, 12/3/2024, chúng tôi đã gặp ông ấy tại Hà Nội để bàn dự án.",
                                  "3/14(木)に東京で説明会が開かれ、多くの学生が参加した。",
                                  "3/14 Berlin, Columbiahalle"])
def test_sentences_and_tour_dates_with_those_date_forms_stay(line: str) -> None:
    assert removed(tail=line + "\n") == []


@pytest.mark.parametrize("line, kind", [
    ("Nhiều phương tiện chết máy khi đi qua đoạn đường ngập (Ảnh: Mạnh Quân).", "caption"),
    ("Tàu metro số 1 chạy thử nghiệm - Ảnh: QUANG ĐỊNH", "caption"), ("Ảnh: Giang Huy", "photo-credit"),
    ("Firefighters at the scene on Monday (Photo: Jane Roe).", "caption"),
])
def test_vietnamese_photo_credits_and_a_credit_in_brackets_before_a_full_stop(line: str, kind: str) -> None:
    assert removed(BODY.splitlines()[0] + "\n" + line + "\n") == [(kind, line)]


@pytest.mark.parametrize("line", [
    "Hình ảnh: người dân chật vật di chuyển qua các điểm ngập được chia sẻ nhiều trên mạng xã hội.",
    "Mưa lớn ảnh hưởng đến nhiều tuyến phố, theo ảnh: chụp từ trên cao cho thấy nước ngập sâu.",
])
def test_vietnamese_prose_with_the_word_for_photo_stays(line: str) -> None:
    assert removed(BODY.splitlines()[0] + "\n" + line + "\n") == []


@pytest.mark.parametrize("line, kind", [
    ("Sao chép liên kết", "share-prompt"), ("この記事をシェアする", "share-prompt"), ("글씨크기", "share-prompt"),
    ("공감 12", "share-prompt"), ("(abc/das)", "byline"), ("この記事を書いた人", "byline"),
    ("Pilihan Editor: Gugatan Hasil Pemilu Mulai Didaftarkan ke MK", "related-links"),
    ("Ikuti berita terkini dari Tempo di Google News, klik di sini.", "notification-prompt"),
    ("Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup "
     "Telegram, kemudian join.", "notification-prompt"),
    ("제보는 카카오톡 okjebo", "contact-info"), ("이 기사가 마음에 드셨다면", "promo"), ("【PR】", "advertisement"),
])
def test_furniture_of_asian_news_pages(line: str, kind: str) -> None:
    assert removed(tail=line + "\n") == [(kind, line)]


@pytest.mark.parametrize("line", [
    "Warga diminta mengikuti berita terkini dari BMKG agar tidak panik saat banjir datang.",
    "제보는 카카오톡으로 받았다고 경찰 관계자는 설명했다.", "이 기사가 마음에 드셨다면 좋겠다고 그는 웃으며 말했다.",
    "Pilihan editor jatuh pada foto seorang petani yang memanen padi di tengah hujan deras.",
])
def test_prose_with_asian_furniture_words_stays(line: str) -> None:
    assert removed(tail=line + "\n") == []


VI_BODY = ("Theo chủ đầu tư, cầu có chiều dài hơn 5 km, rộng 40 m với sáu làn xe cơ giới, được thiết kế theo dạng "
           "cầu dây văng.\n"
           "Dự án được kỳ vọng giảm tải cho các cây cầu hiện hữu, vốn thường xuyên ùn tắc vào giờ cao điểm của "
           "thành phố.\nCông trình dự kiến hoàn thành vào năm 2027.\n")


@pytest.mark.parametrize("name", ["Võ Hải", "MINH HÒA", "Nguyễn Thị Thu Hà"])
def test_a_vietnamese_reporters_name_under_the_article(name: str) -> None:
    result = clean_text(VI_BODY + name + "\n")
    assert [(r.kind, r.text) for r in result.removals] == [("byline", name)]


def test_a_vietnamese_reporters_name_under_the_date() -> None:
    result = clean_text("Thứ hai, 20/05/2024 - 18:30\nNguyễn Dương\n" + VI_BODY)
    assert [(r.kind, r.text) for r in result.removals] == [("date-header", "Thứ hai, 20/05/2024 - 18:30"),
                                                           ("byline", "Nguyễn Dương")]


@pytest.mark.parametrize("line", ["John Smith", "Hà Nội đẹp lắm.", "Cảm ơn bạn"])
def test_a_closing_line_that_is_no_vietnamese_name_stays(line: str) -> None:
    assert clean_text(VI_BODY + line + "\n").removals == []


@pytest.mark.parametrize("line", ["雪の中で立ち往生するトラック=24日午前7時、福井県内、山田太郎撮影",
                                  "会見する首相＝首相官邸、代表撮影", "雪に覆われた駅前（山田太郎撮影）"])
def test_a_japanese_caption_ending_in_its_photographer(line: str) -> None:
    assert removed(BODY.splitlines()[0] + "\n" + line + "\n") == [("caption", line)]


@pytest.mark.parametrize("line", ["彼は週末に東京で映画を撮影", "監督は、山田太郎撮影の映画を見て感動したと話した。"])
def test_japanese_prose_about_filming_stays(line: str) -> None:
    assert removed(BODY.splitlines()[0] + "\n" + line + "\n") == []


def test_tags_with_no_heading_between_the_article_and_related_links() -> None:
    tail = "city budget\nschools\nroads\nRelated stories\nCouncil votes on the budget\n"
    assert [kind for kind, _ in removed(tail=tail)] == ["link-list"] * 3 + ["related-links", "link-list"]


@pytest.mark.parametrize("tail", ["Thanks for reading\nJane\n", "city budget\nschools\nThe vote is on Monday.\n"])
def test_short_closing_lines_with_no_furniture_after_them_stay(tail: str) -> None:
    assert removed(tail=tail) == []


def test_a_list_of_ingredients_closing_the_article_stays() -> None:
    assert removed(tail="2 cups flour\n3 eggs\nShare this:\n") == [("share-prompt", "Share this:")]


@pytest.mark.parametrize("line", ["開花した靖国神社の標本木（14日午後）", "記者会見する首相（14日、首相官邸）"])
def test_a_japanese_caption_ending_in_the_day_the_photo_was_taken(line: str) -> None:
    assert removed(BODY.splitlines()[0] + "\n" + line + "\n") == [("caption", line)]


@pytest.mark.parametrize("line", ["気象庁は東京で桜が開花したと発表しました（14日午後）。",
                                  "新型コロナ対策の指針（第2版）"])
def test_japanese_lines_with_a_day_or_a_number_in_brackets_stay(line: str) -> None:
    assert removed(BODY.splitlines()[0] + "\n" + line + "\n") == []


def test_a_place_with_accents_on_a_page_not_in_vietnamese_is_no_reporter_s_name() -> None:
    page = ("Governo anuncia plano de energia\nSão Paulo\n"
            "O governo anunciou nesta terça-feira um novo plano para reduzir o preço da energia elétrica em todo "
            "o país, segundo o ministro.\n"
            "A medida deve entrar em vigor no próximo mês e vale para residências e pequenas empresas de todo o "
            "território nacional.\n")
    assert "São Paulo" not in [r.text for r in clean_text(page, language="pt").removals if r.kind == "byline"]


def test_short_paragraphs_above_a_source_line_at_the_end_stay() -> None:
    """A listicle in a language of long words: one paragraph of body length, then short steps and sentences, and a
    "Source:" note closing it. The lines above that note are no header (they are a run of sentences)."""
    lines = ["Kış aylarında artan faturalar pek çok ailenin bütçesini zorluyor. İşte enerji tüketimini azaltmanın "
             "birkaç basit yolu.",
             "1. Termostatı bir derece düşürün",
             "Uzmanlara göre her derece yaklaşık yüzde 6 tasarruf sağlıyor.",
             "2. Pencereleri kontrol edin",
             "Kapı ve pencere aralıklarından kaçan ısı, faturayı ciddi biçimde artırabiliyor.",
             "3. LED ampul kullanın",
             "LED ampuller klasik ampullere göre yüzde 80 daha az enerji harcıyor."]
    result = clean_text("\n".join(lines) + "\nKaynak: Enerji Bakanlığı\n")
    assert [(r.kind, r.text) for r in result.removals] == [("byline", "Kaynak: Enerji Bakanlığı")]


@pytest.mark.parametrize("line", [
    "Dela", "Dela på Facebook", "Del artikkelen", "Del på Facebook", "Jaa", "Jaa Facebookissa", "Zdieľať",
    "Sdílet na Facebooku", "שתפו בפייסבוק", "Comparteix", "Kongsi", "Ibahagi", "Shiriki", "اشتراک گذاری", "شیئر کریں",
    "শেয়ার করুন", "பகிர்",
])
def test_share_buttons_in_nordic_central_european_and_south_asian_languages(line: str) -> None:
    assert removed(tail=line + "\n") == [("share-prompt", line)]


@pytest.mark.parametrize("line", ["Del av Oslo sentrum er stengt etter brannen.", "Dela upp kostnaderna",
                                  "Jaa mitä?", "Dela på ansvaret", "Del på oppgavene", "Del på regningen",
                                  "Comparteix a casa"])
def test_lines_opening_with_a_nordic_share_word_stay(line: str) -> None:
    assert removed(tail=line + "\n") == []


@pytest.mark.parametrize("line,kind", [
    ("Prečítajte si aj: Opravy ciest meškajú, ministerstvo hľadá peniaze", "related-links"),
    ("Llegeix també: El Bicing incorpora 500 bicicletes elèctriques", "related-links"),
    ("Soma pia: Bei ya mafuta yapanda kwa mwezi wa tatu mfululizo", "related-links"),
    ("BASAHIN: Mga magsasaka, humingi ng tulong sa gobyerno", "related-links"),
    ("بیشتر بخوانید: نرخ تورم در ماه گذشته اعلام شد", "related-links"),
    ("مزید پڑھیں: ملک کے بیشتر علاقوں میں گرمی کی شدت میں اضافہ", "related-links"),
    ("আরও পড়ুন: মেট্রোরেলের ভাড়া কমানোর দাবি যাত্রীদের", "related-links"),
    ("இதையும் படிங்க: வடகிழக்கு பருவமழை இயல்பை விட அதிகம்", "related-links"),
    ("Notícies relacionades", "related-links"), ("Berita berkaitan", "related-links"),
    ("Mga kaugnay na balita", "related-links"), ("Habari zinazohusiana", "related-links"),
    ("اخبار مرتبط", "related-links"), ("தொடர்புடைய செய்திகள்", "related-links"), ("Mer om Brann", "related-links"),
    ("Mest lest", "related-links"), ("Luetuimmat", "related-links"),
    ("Tots els drets reservats.", "copyright"),
    ("کلیه حقوق این سایت محفوظ است.", "copyright"), ("جملہ حقوق محفوظ ہیں", "copyright"),
    ("Komentáre (23)", "comments"), ("نظرات", "comments"), ("Maoni (4)", "comments"),
])
def test_related_links_copyright_and_comments_in_more_languages(line: str, kind: str) -> None:
    assert removed(tail=line + "\n") == [(kind, line)]


@pytest.mark.parametrize("heading", ["Aiheet", "Emneord", "Ämnen", "Etiquetes", "برچسب‌ها"])
def test_the_tags_under_a_tag_heading_go_in_more_languages(heading: str) -> None:
    tail = f"{heading}\nVivienda\nAlquiler\nGobierno de España\n"
    assert [kind for kind, _ in removed(tail=tail)] == ["navigation"] + ["link-list"] * 3


@pytest.mark.parametrize("line", ["Mer om det senare.", "Basahin ang buong pahayag ng pangulo sa ibaba.",
                                  "Soma pia ni muhimu kwa watoto wote, alisema waziri."])
def test_sentences_opening_with_read_also_words_stay(line: str) -> None:
    assert removed(tail=line + "\n") == []


def test_short_tamil_paragraphs_are_prose_that_ends_the_header() -> None:
    """Tamil is agglutinative, as Korean is: a paragraph of ten words is the article's, so the section and headline
    above the date line are told from it."""
    paragraphs = ["சென்னை மற்றும் சுற்றுவட்டார மாவட்டங்களில் பெய்து வரும் கனமழை காரணமாக இன்று பள்ளிகளுக்கு "
                  "விடுமுறை அறிவிக்கப்பட்டுள்ளது.",
                  "வானிலை ஆய்வு மையம் அடுத்த இரண்டு நாட்களுக்கு மழை தொடரும் என்று தெரிவித்துள்ளது.",
                  "தாழ்வான பகுதிகளில் வசிக்கும் மக்கள் பாதுகாப்பான இடங்களுக்கு செல்லுமாறு அறிவுறுத்தப்பட்டுள்ளனர்."]
    head = "தமிழ்நாடு\nசென்னையில் கனமழை: பள்ளிகளுக்கு விடுமுறை\n12.03.2024 07:30\n"
    result = clean_text(head + "\n".join(paragraphs) + "\n")
    assert [r.kind for r in result.removals] == ["headline", "headline", "date-header"]
    assert result.text.strip() == "\n\n".join(paragraphs)


@pytest.mark.parametrize("line", [
    "Imechapishwa: Machi 12, 2024", "Marso 12, 2024 | 10:45 AM", "Publicat el 12 de març de 2024 a les 10:45",
    "Dikemas kini: 12 Mac 2024, 3:45 ptg", "Zverejnené 13. marca 2024 o 6:00", "12 במרץ 2024", "12 ژوئن 2024",
    "வெளியிடப்பட்டது: 12 மார்ச் 2024, 07:30", "شائع 12 مارچ 2024 10:45am", "12. marts 2024 kl. 14.05",
    "12. ožujka 2024. u 14:05", "प्रकाशित: 12 मार्च 2024, 10:45 AM", "अपडेटेड: 12 मार्च 2024",
])
def test_date_headers_in_more_languages(line: str) -> None:
    assert removed(line + "\n") == [("date-header", line)]


@pytest.mark.parametrize("line", ["Kini 12 Mac 2024 pasukan itu menang", "Mac 12 is the new chip"])
def test_lines_with_a_new_month_word_that_are_no_date_stay(line: str) -> None:
    assert "date-header" not in [kind for kind, _ in removed(line + "\n")]


KO_PARAGRAPHS = ["한국은행 금융통화위원회는 12일 기준금리를 연 3.5%로 동결했다고 밝혔다.",
                 "물가 상승률이 점차 둔화하고 있지만 여전히 목표 수준을 웃돌고 있다는 판단에 따른 것이다.",
                 "시장에서는 하반기에 금리 인하가 시작될 것이라는 전망이 우세하다."]


@pytest.mark.parametrize("line", ["서울 중구 한국은행 본관 전경. 연합뉴스", "기자간담회에 참석한 한국은행 총재. 뉴스1",
                                  "서울 도심에서 시민들이 양산을 쓰고 걸어가고 있다. 연합뉴스"])
def test_a_korean_caption_ending_in_its_agency_after_a_full_stop_goes(line: str) -> None:
    text = "\n".join([KO_PARAGRAPHS[0], KO_PARAGRAPHS[1], line, KO_PARAGRAPHS[2]]) + "\n"
    assert [(r.kind, r.text) for r in clean_text(text).removals] == [("caption", line)]


@pytest.mark.parametrize("line", ["정부는 이날 새 대책을 발표했다. 뉴스1 취재 결과 이 같은 사실이 확인됐다.",
                                  "이 소식은 연합뉴스"])
def test_korean_lines_naming_an_agency_otherwise_stay(line: str) -> None:
    text = "\n".join([KO_PARAGRAPHS[0], KO_PARAGRAPHS[1], line, KO_PARAGRAPHS[2]]) + "\n"
    assert clean_text(text).removals == []


@pytest.mark.parametrize("line", [
    "नई दिल्ली में बारिश। फोटो: पीटीआई", "নতুন স্টেশনে যাত্রীদের ভিড়। ছবি: প্রথম আলো",
    "Οι παίκτες πανηγυρίζουν το γκολ. (Φωτογραφία: Eurokinissi)", "בניין בנק ישראל בירושלים (צילום: אוליבייה פיטוסי)",
    "Wakazi wakichota maji kisimani. Picha: Maktaba", "Kovács Anna a próbán. Fotó: Tóth Gábor",
])
def test_captions_credited_in_more_languages_go(line: str) -> None:
    lines = BODY.splitlines()
    assert removed(lines[0] + "\n" + line + "\n") == [("caption", line)]


@pytest.mark.parametrize("line", ["عکس: خبرگزاری ایسنا", "Larawan: Juan dela Cruz", "Gambar: Bernama"])
def test_photo_credits_in_more_languages_go(line: str) -> None:
    lines = BODY.splitlines()
    assert removed(lines[0] + "\n" + line + "\n") == [("photo-credit", line)]


@pytest.mark.parametrize("line", ["Picha hii ilipigwa na mwandishi wetu mjini Dodoma wiki iliyopita.",
                                  "A kép a múzeum gyűjteményében található."])
def test_sentences_opening_with_a_picture_word_stay(line: str) -> None:
    lines = BODY.splitlines()
    assert removed(lines[0] + "\n" + line + "\n") == []


@pytest.mark.parametrize("line", ["29.fev.2024 às 9h00", "Atualizado: 29.fev.2024 às 11h30"])
def test_a_date_with_its_month_between_full_stops_is_a_stamp(line: str) -> None:
    assert removed(line + "\n") == [("date-header", line)]


@pytest.mark.parametrize("line", [
    "Přihlaste se k odběru našeho newsletteru a dostávejte nejdůležitější zprávy do e-mailu.",
    "Newsletter-ul nostru gratuit vă aduce cele mai importante știri.",
    "Iratkozzon fel hírlevelünkre, és Önnek is elküldjük a legfontosabb híreket.",
    "Recevez chaque matin l'essentiel de l'actualité internationale",
])
def test_newsletter_prompts_in_central_european_languages_and_french(line: str) -> None:
    assert removed(tail=line + "\n") == [("newsletter", line)]


@pytest.mark.parametrize("line", ["Vydavatel oznámil, že newsletter, který odebírá 40 000 lidí, bude zrušen.",
                                  "A hírlevelet 40 ezer olvasó kapja, közölte a kiadó.",
                                  "Recibe cada año miles de solicitudes, dijo el director."])
def test_sentences_about_a_newsletter_stay(line: str) -> None:
    assert removed(tail=line + "\n") == []


def test_the_header_ends_at_its_last_byline_or_date_line() -> None:
    """A role word in the site's menu ("Newsroom") reads as a byline above the headline; the header runs on to the
    date line under the headline."""
    head = "Newsroom\nPress releases\nNorthfield Hospital opens new children's cancer unit\n12 March 2024\n"
    result = clean_text(head + BODY, language="en")
    assert [r.kind for r in result.removals] == ["byline", "headline", "headline", "date-header"]
    assert result.text.startswith("The city council")


def test_a_short_lead_between_the_byline_and_the_date_stays() -> None:
    result = clean_text("By Jane Roe\nThe council met on Tuesday.\nPublished 12 March 2024\n" + BODY, language="en")
    assert "The council met on Tuesday." in result.text


@pytest.mark.parametrize("line,kind", [
    ("Urmărește-ne pe Google News", "notification-prompt"), ("Sledujte nás na Facebooku", "notification-prompt"),
    ("Følg oss på Facebook og Instagram", "notification-prompt"), ("Seuraa meitä Instagramissa", "notification-prompt"),
    ("Media contact: press@northfield-hospital.example", "contact-info"),
    ("Ufficio stampa: Maria Rossi, 051 219 4400", "contact-info"),
])
def test_follow_prompts_and_press_contacts_in_more_languages(line: str, kind: str) -> None:
    assert removed(tail=line + "\n") == [(kind, line)]


@pytest.mark.parametrize("line", ["Følg oss på tur gjennom fjellheimen, sa guiden til turistene.",
                                  "Følg oss på tur gjennom nye lokaler, inviterte hun.", "Følg oss på tur",
                                  "Press office staff said the minister would not comment."])
def test_sentences_with_follow_and_press_office_words_stay(line: str) -> None:
    assert removed(tail=line + "\n") == []


@pytest.mark.parametrize("line", ["Redaktion: Max Bauer", "Editor: Jane Roe", "Penyunting: Dimas Wahyu",
                                  "Редактор: Ирина Петрова"])
def test_the_desk_editor_named_under_the_story_goes(line: str) -> None:
    assert removed(tail=line + "\n") == [("author-note", line)]


@pytest.mark.parametrize("line", ["Editor: This is the worst budget in a decade, said Jane Roe.",
                                  "Editors: the ones who decide", "Redaktion: Eine schwierige Entscheidung",
                                  "Redakce: Nový šéfredaktor slibuje změny",
                                  "Редактор: Профессия, которая исчезает"])
def test_lines_opening_with_an_editor_label_that_go_on_as_a_sentence_stay(line: str) -> None:
    assert removed(tail=line + "\n") == []


@pytest.mark.parametrize("line", [
    "Share prices of several media groups rose this week after they reported strong growth in paid newsletter "
    "subscriptions.",
    "The newsletter grew to a size no one at the paper had expected, its editor recalled.",
    '"Subscribe now and never miss a story" is still the most common pitch, the survey found, though readers say it '
    "annoys them.",
])
def test_sentences_about_newsletters_with_look_alike_words_stay(line: str) -> None:
    """"strong" and "size" are no Polish "strona" or Turkish "size" speaking to the reader; a pitch quoted with
    what a survey found is the article's."""
    assert removed(tail=line + "\n") == []


def test_a_finnish_comment_section_goes() -> None:
    tail = ("2 kommenttia\nMatti sanoo:\n5.4.2024 klo 9.12\n"
            "Hieno kokeilu! Itse olen ollut ilman autoa jo kolme vuotta.\n")
    assert [kind for kind, _ in removed(tail=tail)][:2] == ["comments", "comments"]
    assert "Hieno kokeilu" not in clean_text(BODY + tail, language="en").text


@pytest.mark.parametrize("line", ["O ministro diz:", "Veja o que Lula diz:", "Presa scrie: guvernul a căzut."])
def test_an_article_s_line_before_a_quote_is_no_commenter_s_header(line: str) -> None:
    assert removed(tail=line + "\n") == []


@pytest.mark.parametrize("line,kind", [
    ("Kirjoita kommentti", "comments"), ("Lämna en kommentar", "comments"), ("Napište komentář", "comments"),
    ("Sajtókapcsolat: sajto@varos.example", "contact-info"),
    ("Ez a weboldal sütiket (cookie-kat) használ a jobb felhasználói élmény érdekében.", "cookie-notice"),
])
def test_comment_prompts_press_contacts_and_cookie_notices_in_more_languages(line: str, kind: str) -> None:
    assert removed(tail=line + "\n") == [(kind, line)]


@pytest.mark.parametrize("line", ["প্রকাশ: ১২ মার্চ ২০২৪, ১০:৪৫", "١٢ مارس ٢٠٢٤"])
def test_dates_in_bengali_and_arabic_digits_are_stamps(line: str) -> None:
    assert removed(line + "\n") == [("date-header", line)]


def test_a_date_in_bengali_digits_gives_the_date() -> None:
    body = ("রাজধানীতে মেট্রোরেলের আরও একটি স্টেশন মঙ্গলবার থেকে যাত্রীদের জন্য খুলে দেওয়া হয়েছে। এতে উত্তরা থেকে "
            "মতিঝিল পর্যন্ত সব স্টেশনেই ট্রেন থামবে।\n")
    assert clean_text("১২ মার্চ ২০২৪\n" + body).metadata.date == "2024-03-12"


THAI_BODY = ("ตำรวจนครบาลแถลงผลการจับกุมผู้ต้องสงสัยรายหนึ่งซึ่งถูกกล่าวหาว่าหลอกลวงผู้เสียหายหลายร้อยรายผ่านแอปพลิเคชัน"
             "ลงทุนปลอม โดยความเสียหายรวมกว่าห้าสิบล้านบาท\n") * 3


@pytest.mark.parametrize(("line", "date"), [("25 มกราคม 2567 10:32 น.", "2024-01-25"), ("25 ม.ค. 2567", "2024-01-25"),
                                            ("๒๕ มกราคม ๒๕๖๗", "2024-01-25"), ("3 มีนาคม 2024", "2024-03-03")])
def test_a_thai_date_line_goes_and_gives_the_date_in_the_common_era(line: str, date: str) -> None:
    result = clean_text(line + "\n" + THAI_BODY)
    assert [(r.kind, r.text) for r in result.removals] == [("date-header", line)]
    assert result.metadata.date == date


PERSIAN_BODY = ("وزارت بهداشت روز دوشنبه اعلام کرد که برنامه واکسیناسیون کودکان در همه استان‌های کشور از هفته "
                "آینده آغاز می‌شود و والدین می‌توانند برای ثبت نام به مراکز بهداشتی نزدیک محل زندگی خود "
                "مراجعه کنند.\n") * 3


@pytest.mark.parametrize(("line", "date"), [("۱۵ آبان ۱۴۰۲", "2023-11-06"), ("۱۴۰۲/۰۸/۱۵ - ۱۰:۳۲", "2023-11-06"),
                                            ("تاریخ انتشار: ۱ فروردین ۱۴۰۳", "2024-03-20"),
                                            ("11 دی ماه 1399", "2020-12-31"), ("30 اسفند 1403", "2025-03-20")])
def test_a_solar_hijri_date_line_goes_and_gives_the_gregorian_date(line: str, date: str) -> None:
    result = clean_text(line + "\n" + PERSIAN_BODY)
    assert [(r.kind, r.text) for r in result.removals] == [("date-header", line)]
    assert result.metadata.date == date


def test_a_solar_hijri_month_name_without_a_year_is_no_date() -> None:
    line = "تیر ۱۴ نفر را زخمی کرد"  # "the shot wounded 14 people": تیر is a month's name and a common word
    result = clean_text(line + "\n" + PERSIAN_BODY)
    assert result.metadata.date is None and all(r.kind != "date-header" for r in result.removals)


@pytest.mark.parametrize("head,name", [
    ("Sport\nBrann snudde kampen og er klar for finalen\nPublisert: 12.03.2024 21:14\nKari Nilsen\nJournalist\n",
     "Kari Nilsen"),
    ("Αθλητικά\nΟ Ολυμπιακός νίκησε τον ΠΑΟΚ\n12 Μαρτίου 2024, 21:45\nΓιώργος Παπαδόπουλος\n", "Γιώργος Παπαδόπουλος"),
])
def test_an_author_s_name_alone_under_the_date_line_is_a_byline(head: str, name: str) -> None:
    assert ("byline", name) in removed(head)


@pytest.mark.parametrize("head", ["12 March 2024\nKey points\n", "Published 12 March 2024\nLondon, 12 March\n"])
def test_lines_beside_the_date_line_that_are_no_name_stay(head: str) -> None:
    assert "byline" not in [kind for kind, _ in removed(head)]


def test_a_name_alone_inside_the_article_stays() -> None:
    lines = BODY.splitlines()
    assert clean_text("\n".join([lines[0], "Jane Roe", *lines[1:]]) + "\n", language="en").removals == []


def test_a_title_case_headline_above_the_date_line_is_no_author() -> None:
    result = clean_text("News\nStorm Isla Live\n12 March 2024\n" + BODY, language="en")
    assert result.metadata.authors == []


NO_SHORT = ["Fra april blir biblioteket i sentrum åpent til klokken 22 på hverdager, opplyser kommunen.",
            "Del av finansieringen kommer fra et statlig tilskudd til lokale kulturtilbud.",
            "Mer om ordningen vil bli presentert på et folkemøte neste uke."]


def test_the_header_of_a_story_of_short_paragraphs_goes() -> None:
    """No paragraph has a body's 15 words, but sentences follow the date line near the top: the lines above it are
    the header."""
    result = clean_text("Kultur\nBiblioteket får nye åpningstider\nPublisert: 14.03.2024 10:12\n" + "\n".join(NO_SHORT))
    assert [r.kind for r in result.removals] == ["headline", "headline", "date-header"]


def test_lines_above_a_date_line_with_one_short_sentence_under_it_stay() -> None:
    result = clean_text("Kultur\nBiblioteket får nye åpningstider\nPublisert: 14.03.2024 10:12\n" + NO_SHORT[0])
    assert "headline" not in [r.kind for r in result.removals]


@pytest.mark.parametrize("closer", ["Jane Roe is a reporter for The Daily News.", "Share this article",
                                    "Sign up for our newsletter"])
def test_short_lines_after_furniture_closing_the_article_go(closer: str) -> None:
    tail = closer + "\nCity plans new park on the river\nSchools to open later in winter\n"
    assert [kind for kind, _ in removed(tail=tail)][1:] == ["after-article", "after-article"]


def test_short_lines_right_after_the_article_or_under_a_time_stamp_stay() -> None:
    lines = "City plans new park on the river\nSchools to open later in winter\n"
    assert removed(tail=lines) == []
    assert [kind for kind, _ in removed(tail="Updated 12:51 p.m.\n" + lines)] == ["timestamp"]


def test_a_long_list_line_above_an_author_note_stays_when_the_page_below_goes() -> None:
    dates = ("June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre June 10 – Tampa, FL @ MidFlorida Amphitheatre "
             "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre June 16 – Raleigh, NC @ Coastal Pavilion")
    tail = f"Tour dates\n{dates}\nAdditional reporting by Jane Roe\nHave a Tip?\n"
    kept = clean_text(BODY + tail, language="en").text
    assert dates in kept


@pytest.mark.parametrize("line", [
    "In this Dec. 12, 2006, file photo, made available by NASA, two astronauts work outside the space station.",
    "This satellite image from NASA shows fires detected near Delhi on Nov. 3, 2019.",
    "En esta imagen de archivo, el ministro llega a la reunión en Madrid.",
    "Sur cette photo, le ministre arrive à la réunion à Paris.",
    "This illustration of SpaceX's concept for a lunar lander shows how people could go back to the Moon.",
    "An artist's concept of a moon lander and lunar rover on the moon's surface.",
    "A stock image of a woman holding a cup of coffee.",
    "Vue d'artiste du module lunaire sur la surface de la Lune.",
])
def test_a_caption_pointing_at_its_picture_goes(line: str) -> None:
    assert removed(head=line + "\n") == [("caption", line)]


@pytest.mark.parametrize("line", [
    "In this case, the court ruled that the council had acted within its powers.",
    "These pictures of the flood changed how the town saw its river, residents said.",
    "An illustration of the problem is the state of the bridges, which the council has left for years.",
    "The chart of the council's spending shows how the cost of repairs rose over the decade.",
])
def test_a_sentence_naming_a_picture_or_opening_with_in_this_stays(line: str) -> None:
    assert clean_text(within(line), language="en").removals == []


HEADLINES = [
    "Drybar’s Rise To Success Has A Hidden Message For Partners",
    "Unmistakable Bias: AWS Challenges Microsoft’s JEDI Cloud Win",
    "10 Emerging Cloud Computing Trends To Watch In 2020",
    "Rackspace Acquires Cloud-Native Specialist Onica",
    "Here Is The Strictly Confidential Xerox Offer That HP Rejected",
    "Emmerdale fans stunned as teacher Maya is revealed to be pregnant",
    "Mum's speedy hack to get frost off your windscreen is hailed a game-changer",
    "Peter Andre reveals he took away Princess' phone after she got detention",
]


def test_a_run_of_headlines_of_other_stories_ending_the_page_goes() -> None:
    tail = "".join(h + "\n" for h in HEADLINES)
    assert removed(tail=tail) == [("link-list", h) for h in HEADLINES]


def test_a_list_of_the_article_s_own_at_the_end_stays() -> None:
    tail = "".join(h + "\n" for h in HEADLINES)
    assert removed(tail="These were the year's most read stories:\n" + tail) == []
    dates = "".join(f"June {day} – {city} @ Coral Sky Amphitheatre\n" for day, city in zip(
        range(1, 9), ["West Palm Beach, FL", "Tampa, FL", "Atlanta, GA", "Raleigh, NC", "Charlotte, NC",
                      "Virginia Beach, VA", "Bristow, VA", "Camden, NJ"], strict=True))
    assert removed(tail="Tour dates\n" + dates) == []


def test_an_author_s_bio_with_an_address_after_the_name_goes_and_a_party_tag_does_not_make_one() -> None:
    bio = "Jane Roe ( jane@example.com ) is the editor and publisher of The Example Review."
    assert removed(tail=bio + "\n") == [("author-note", bio)]
    line = "Adam Smith (D-Wash.) is a former journalist who chairs the committee."
    assert removed(tail=line + "\n") == []


WIRE = ("She has covered the city council for ten years.\n\"The budget is late again,\" she said.\n"
        "The vote is on Friday.\n")


@pytest.mark.parametrize("closer", ["Share this article", "Sign up for our newsletter",
                                    "The clerk can be reached by phone at 555-0100 on weekdays."])
def test_short_sentences_that_go_on_under_a_closer_stay(closer: str) -> None:
    """A closer inside the article: the wire story's one-sentence paragraphs under it are the article's."""
    tail = closer + "\n" + WIRE + "City plans new park on the river\nSchools to open later in winter\n"
    result = clean_text(BODY + tail, language="en")
    assert "after-article" not in [r.kind for r in result.removals]
    assert all(line in result.text for line in WIRE.splitlines())


@pytest.mark.parametrize("marker", ["12 Comments", "Your comments"])
def test_short_sentences_that_go_on_under_a_comment_heading_stay(marker: str) -> None:
    result = clean_text(BODY + marker + "\n" + WIRE, language="en")
    assert "after-article" not in [r.kind for r in result.removals]
    assert all(line in result.text for line in WIRE.splitlines())


def test_short_comments_under_their_heading_and_names_go() -> None:
    """Short comments broken up by their authors' names are no article going on."""
    comments = "Great story, thanks for sharing.\nJean-Pierre D.\nI agree with every word of it.\nAnna K.\n"
    result = clean_text(BODY + "12 Comments\n" + comments, language="en")
    assert [r.kind for r in result.removals] == ["comments"] + ["after-article"] * 4


def test_the_prompt_under_leave_a_reply_is_the_comment_section_s() -> None:
    tail = "Leave a Reply\nWant to join the discussion?\nFeel free to contribute!\n"
    assert [kind for kind, _ in removed(tail=tail)] == ["comments"] * 3


@pytest.mark.parametrize("line", ["Jane Roe is a travel writer based in Lisbon.",
                                  "The clerk can be reached by phone at 555-0100 on weekdays."])
def test_a_note_s_form_with_the_story_going_on_under_it_stays(line: str) -> None:
    result = clean_text(BODY + line + "\n" + WIRE, language="en")
    assert "author-note" not in [r.kind for r in result.removals]
    assert line in result.text


def test_a_bio_closing_the_story_still_goes() -> None:
    tail = "Jane Roe is a travel writer based in Lisbon.\nCity plans new park on the river\n"
    assert [kind for kind, _ in removed(tail=tail)] == ["author-note", "after-article"]


def test_a_quote_closing_after_a_space_is_a_sentence_going_on_under_a_closer() -> None:
    wire = "« Nous rouvrirons en mars. »\nLes travaux coûteront deux millions d'euros.\n"
    result = clean_text(BODY + "Partager sur Facebook\n" + wire + "Les pistes cyclables en chiffres\n")
    assert all(line in result.text for line in wire.splitlines())


SHORT_SENTENCES = "İstanbul'da kar yağışı etkili oluyor.\nValilik okulları tatil etti.\nKöprülerde trafik yoğun.\n"


def test_the_header_over_a_date_line_and_short_sentences_goes() -> None:
    """Sentences of a few words each (no two of six): the section and headline over the date line read as titles,
    and several lines under it end as sentences."""
    result = clean_text("Gündem\nİstanbul'da kar yağışı\n24 Ocak 2026\n" + SHORT_SENTENCES)
    assert [r.kind for r in result.removals] == ["headline", "headline", "date-header"]
    assert result.text.startswith("İstanbul'da kar yağışı etkili")


def test_the_header_over_a_list_opened_by_a_colon_goes() -> None:
    text = ("Portada\nLas claves del nuevo decreto de vivienda\n24/01/2026\n"
            "El Gobierno aprobó el decreto. Estas son las medidas:\nTope al alquiler\nAyudas para jóvenes\n")
    result = clean_text(text)
    assert [r.kind for r in result.removals][:2] == ["headline", "headline"]
    assert "Tope al alquiler" in result.text


def test_a_headline_ending_in_a_quotation_reads_as_a_title() -> None:
    text = ('문화\n[인터뷰] 배우 이지은 "연기는 매일 배우는 일"\n입력 2026.01.24 10:32\n'
            '배우 이지은이 돌아왔다.\n-복귀 소감은.\n"설렌다."\n')
    result = clean_text(text)
    assert result.text.startswith("배우 이지은이")


def test_a_finished_line_over_the_date_line_of_a_short_page_stays() -> None:
    """A line above the date ending as a sentence is no title: on a page of short lines it may be the article's."""
    result = clean_text("Gündem\nKar yağışı sürüyor.\n24 Ocak 2026\n" + SHORT_SENTENCES)
    assert "Kar yağışı sürüyor." in result.text


LIST_BODY = ("The council approved the new budget on Tuesday after a long debate that lasted well into the night, "
             "officials said.\nThe measure passes to the mayor, who is expected to sign it next week without changes "
             "to the spending plan.\n")
OTHER_HEADLINES = ("Two Jail Workers Arrested Over Death of Inmate\nThe Problems of Solitary Confinement\n"
                   "Why Farmers Are Selling Their Land Early\nStocks Slide as Oil Prices Climb Again\n"
                   "How to Watch the Meteor Shower Tonight\n")


def test_a_list_of_other_stories_headlines_above_the_article_goes() -> None:
    result = clean_text(OTHER_HEADLINES + LIST_BODY, language="en")
    assert [r.kind for r in result.removals] == ["teaser"] * 5
    assert result.text.startswith("The council approved")


def test_a_poem_or_a_list_of_ingredients_above_the_prose_stays() -> None:
    """Lines in sentence case: a poem's, a recipe's ingredients, not other stories' headlines."""
    poem = ("The river wakes beneath the bridge\nAnd sparrows gather on the ridge\nThe baker sings his quiet tune\n"
            "While children chase the fading moon\nAnd all the town begins anew\n")
    ingredients = ("Two cups of plain flour\nOne teaspoon of baking soda\nThree large free range eggs\n"
                   "A pinch of sea salt\nHalf a cup of whole milk\n")
    for lines in (poem, ingredients):
        assert "teaser" not in [r.kind for r in clean_text(lines + LIST_BODY, language="en").removals]


def test_title_lines_that_share_the_article_s_words_or_follow_a_colon_stay() -> None:
    shared = ("Council Approves New Budget After Long Debate\nMayor Expected to Sign Budget Next Week\n"
              "Spending Plan Passes Without Changes\nCouncil Debate Lasted Into the Night\n"
              "Officials Said Budget Measure Passes\n")
    assert clean_text(shared + LIST_BODY, language="en").text.startswith("Council Approves")
    opened = clean_text("These are the stories we read today:\n" + OTHER_HEADLINES + LIST_BODY, language="en")
    assert "Two Jail Workers" in opened.text


def test_home_menu_and_search_alone_on_a_line_go_in_more_languages() -> None:
    for word in ("Beranda", "Anasayfa", "หน้าแรก", "Trang chủ", "Strona główna", "الرئيسية", "Menü", "検索"):
        result = clean_text(word + "\n" + LIST_BODY)
        assert [r.kind for r in result.removals] == ["navigation"], word


def test_the_header_over_a_date_line_with_its_author_s_name_goes() -> None:
    """The dates detector takes the date alone ("Pubblicato il 5 Maggio 2023"); the line is still the header's mark,
    and the name beside the date goes with it."""
    text = ("Chi siamo\nCome coltivare il basilico sul balcone: la guida completa\n"
            "Pubblicato il 5 Maggio 2023 da Marco\n"
            "Il basilico è una delle piante aromatiche più amate e più facili da coltivare in vaso, anche in città.\n"
            "Ha bisogno di molta luce, almeno sei ore di sole al giorno, e di un terriccio leggero e ben drenato.\n")
    result = clean_text(text)
    assert result.text.startswith("Il basilico è una")
    assert "Pubblicato il 5 Maggio 2023 da Marco" in [r.text for r in result.removals]


def test_a_date_opening_the_first_paragraph_is_no_header_mark() -> None:
    text = ("Kultur\nBiblioteket får nye åpningstider\n"
            "14. mars 2024 – Fra april blir biblioteket i sentrum åpent til klokken 22 på hverdager, opplyser "
            "kommunen i en pressemelding.\n" + "\n".join(NO_SHORT[1:]) + "\n")
    result = clean_text(text)
    assert "Fra april blir biblioteket" in result.text


def test_a_live_blog_s_first_entry_between_dated_lines_stays() -> None:
    """Short entries each under its date and time: only the lines over the first date are the header."""
    text = ("Live: Storm Isla\n24 January 2026 10:32\nWinds reach 90 mph on the coast\n24 January 2026 10:15\n"
            "Schools closed in the north.\n24 January 2026 10:02\nTrains cancelled until noon.\n")
    result = clean_text(text)
    assert "Winds reach 90 mph on the coast" in result.text
    assert result.removals[0].text == "Live: Storm Isla"


@pytest.mark.parametrize("lines", [
    ["Council opens the new northern bridge to buses ~6 hours ago", "How the city pays for its roads ~3 days ago"],
    ["Stadtrat eröffnet die neue Brücke vor 3 Stunden", "So bezahlt die Stadt ihre Straßen vor 2 Tagen"],
    ["Le conseil ouvre le nouveau pont aux bus il y a 2 heures", "Comment la ville paie ses routes il y a 3 jours"],
])
def test_headlines_listed_with_their_age_go_wherever_they_stand(lines: list[str]) -> None:
    page = lines[0] + "\n" + BODY + lines[1] + "\n"
    assert [(r.kind, r.text) for r in clean_text(page, language="en").removals] == [("link-list", x) for x in lines]


def test_a_sentence_saying_how_long_ago_or_one_stamped_line_stays() -> None:
    lines = BODY.splitlines(keepends=True)
    sentence = "The old bridge was closed to lorries by the council about three years ago."
    stamped = "Council opens the new northern bridge to buses ~6 hours ago"
    page = "".join(lines[:2]) + sentence + "\n" + "".join(lines[2:]) + stamped + "\n"
    assert clean_text(page, language="en").removals == []


HEBREW_BODY = ("הכנסת אישרה אמש בקריאה ראשונה את הצעת החוק לחיזוק מערך הבריאות בפריפריה, ברוב של 58 תומכים מול 41 "
               "מתנגדים, ולפי ההצעה בתי החולים בצפון ובדרום יקבלו תקציב נוסף בשלוש השנים הקרובות.\n") * 3


@pytest.mark.parametrize(("line", "date"), [("פורסם: 24.01.26, 10:32", "2026-01-24"),
                                            ("עודכן: 25/01/26 08:10", "2026-01-25"), ("24/01/26 21:45", "2026-01-24")])
def test_a_date_with_a_two_digit_year_and_its_time_goes_and_gives_the_date(line: str, date: str) -> None:
    result = clean_text(line + "\n" + HEBREW_BODY)
    assert [(r.kind, r.text) for r in result.removals] == [("date-header", line)]
    assert result.metadata.date == date


@pytest.mark.parametrize("line", ["גרסה 2.1.26 זמינה להורדה", "24.01.26"])
def test_figures_like_a_two_digit_year_with_no_time_after_them_are_no_date(line: str) -> None:
    assert clean_text(line + "\n" + HEBREW_BODY).metadata.date is None


@pytest.mark.parametrize("line", ["Chia sẻ", "Zalo", "Сподели", "Подели", "Podijeli", "Κοινοποιήστε",
                                  "फेसबुक पर शेयर करें"])
def test_share_buttons_in_vietnamese_balkan_greek_and_hindi(line: str) -> None:
    assert removed(tail=line + "\n") == [("share-prompt", line)]


@pytest.mark.parametrize("line,kind", [
    ("קראו גם: עלייה חדה במספר ההרוגים בתאונות דרכים", "related-links"),
    ("यह भी पढ़ें- दिल्ली में अगले हफ्ते बारिश के आसार, और बढ़ेगी ठंड", "related-links"),
    ("Olvasd el ezt is: Lassult az infláció decemberben", "related-links"),
    ("Bài viết cùng chuyên mục", "related-links"), ("Още по темата", "related-links"),
    ("Povezani članci", "related-links"),
    ("Коментари (8)", "comments"), ("Komentari (3)", "comments"), ("Коментарі: 0", "comments"),
    ("0 коментара", "comments"), ("Kommentoi", "comments"), ("Ostavite komentar", "comments"),
    ("Từ khóa: AFF Cup, Đội tuyển Việt Nam", "navigation"), ("תגיות: מכבי חיפה, הפועל באר שבע", "navigation"),
    ("Đăng ký nhận bản tin mỗi sáng để không bỏ lỡ tin tức quan trọng", "newsletter"),
    ("Абонирайте се за нашия бюлетин", "newsletter"),
    ("Käytämme evästeitä parantaaksemme käyttökokemustasi. Jatkamalla sivuston käyttöä hyväksyt evästeiden käytön.",
     "cookie-notice"),
])
def test_furniture_of_news_sites_in_more_languages(line: str, kind: str) -> None:
    assert removed(tail=line + "\n") == [(kind, line)]


@pytest.mark.parametrize("line", ["Kommentoin asiaa vasta huomenna, ministeri sanoi.",
                                  "Podijeli se s drugima ono što imaš, poručio je biskup.",
                                  "Evästeet ovat pieniä tekstitiedostoja, joita verkkosivut tallentavat laitteelle."])
def test_sentences_with_the_new_furniture_words_stay(line: str) -> None:
    assert removed(tail=line + "\n") == []


@pytest.mark.parametrize(("line", "date"), [
    ("Thứ bảy, ngày 24 tháng 1 năm 2026", "2026-01-24"), ("24 tháng 1, 2026 10:32", "2026-01-24"),
    ("Събота, 24 януари 2026 г., 21:40", "2026-01-24"), ("24. јануар 2026. 10:32", "2026-01-24"),
    ("23 Ιαν 2026 - 19:20", "2026-01-23"), ("24 ጃንዩወሪ 2026", "2026-01-24"),
    ("Vineri, 23 ianuarie 2026, 10:32", "2026-01-23"),
])
def test_date_lines_in_vietnamese_bulgarian_serbian_greek_amharic_and_romanian(line: str, date: str) -> None:
    result = clean_text(line + "\n" + HEBREW_BODY)
    assert [(r.kind, r.text) for r in result.removals] == [("date-header", line)]
    assert result.metadata.date == date


@pytest.mark.parametrize("line", ["Ngày 24 tháng 1 năm 2026, thành phố khánh thành cây cầu mới.",
                                  "Vineri seara, guvernul a anunțat noi măsuri."])
def test_sentences_opening_with_a_date_or_a_weekday_stay(line: str) -> None:
    assert line in clean_text(line + "\n" + HEBREW_BODY).text


@pytest.mark.parametrize("line", ["فوٹو: پی سی بی", "Larawan mula sa FIBA", "ፎቶ፡ ኢዜአ"])
def test_photo_credits_in_urdu_tagalog_and_amharic(line: str) -> None:
    assert removed(BODY.splitlines()[0] + "\n" + line + "\n") == [("photo-credit", line)]


@pytest.mark.parametrize("name", ["Autor: Nikola Petrović", "Autor: Tomáš Marek, ČTK", "Szabó Gergely",
                                  "de Mihai Stan", "Na Mwandishi Wetu", "Redacció"])
def test_a_byline_under_the_article_above_the_page_s_furniture_goes(name: str) -> None:
    assert removed(tail=name + "\nKomentari (3)\n") == [("byline", name), ("comments", "Komentari (3)")]


@pytest.mark.parametrize("line", ["What Happens Next", "Szabó Gergely"])
def test_a_name_like_line_ending_the_page_with_nothing_under_it_stays(line: str) -> None:
    assert removed(tail=line + "\n") == []


def test_a_vietnamese_reporters_name_with_where_it_was_written() -> None:
    result = clean_text(VI_BODY + "Hoài Phong (từ Bangkok)\n")
    assert [(r.kind, r.text) for r in result.removals] == [("byline", "Hoài Phong (từ Bangkok)")]


@pytest.mark.parametrize(("head", "line"), [
    ("עודכן: 25/01/26 08:10\n", "מאת: נועה לוי"), ("פורסם: 24.01.26, 10:32\n", "איתי כהן"),
    ("24 ጃንዩወሪ 2026\n", "ዘጋቢ፡ ዮሐንስ ተስፋዬ"), ("", "লেখক: রাহুল শর্মা"),
])
def test_a_byline_in_a_script_without_capitals_under_the_date(head: str, line: str) -> None:
    result = clean_text(head + line + "\n" + HEBREW_BODY)
    assert ("byline", line) in [(r.kind, r.text) for r in result.removals]


@pytest.mark.parametrize("line", ["ক্রীড়া প্রতিবেদক", "اسپورٹس ڈیسک", "நமது நிருபர்", "संवाददाता, नई दिल्ली"])
def test_a_staff_reporter_s_role_line_in_south_asian_scripts(line: str) -> None:
    result = clean_text("24 January 2026\n" + line + "\n" + HEBREW_BODY)
    assert ("byline", line) in [(r.kind, r.text) for r in result.removals]


def test_a_short_hebrew_line_between_paragraphs_is_no_byline() -> None:
    lines = HEBREW_BODY.splitlines()
    result = clean_text("\n".join([lines[0], "רקע היסטורי", *lines[1:]]) + "\n")
    assert result.removals == []


@pytest.mark.parametrize("line", ["Zdieľajte článok", "Μοιραστείτε το άρθρο", "Kongsi artikel ini",
                                  "Shiriki habari hii", "Jaa artikkeli", "Distribuie pe Facebook"])
def test_share_buttons_naming_the_article_or_the_network(line: str) -> None:
    assert removed(tail=line + "\n") == [("share-prompt", line)]


@pytest.mark.parametrize("line", ["Jaa artikkeli kahteen osaan ennen julkaisua, päätoimittaja neuvoi.",
                                  "Shiriki habari hii na familia yako, alisema mkuu wa mkoa."])
def test_sentences_opening_with_a_share_call_stay(line: str) -> None:
    assert removed(tail=line + "\n") == []


@pytest.mark.parametrize("line,kind", [("ተጨማሪ ያንብቡ፡ የስንዴ ምርት በዚህ ዓመት ጨመረ", "related-links"), ("ያጋሩ", "share-prompt"),
                                       ("Фото: пресслужба Львівської ОВА", "photo-credit"),
                                       ("Снимка: личен архив", "photo-credit")])
def test_amharic_furniture_and_credits_from_a_press_office_or_an_archive(line: str, kind: str) -> None:
    assert removed(BODY.splitlines()[0] + "\n" + line + "\n") == [(kind, line)]


def test_a_sentence_naming_a_council_after_a_picture_word_stays() -> None:
    line = "Конкурс на найкраще фото: переможця обере міська рада."
    assert removed(tail=line + "\n") == []


@pytest.mark.parametrize("line", ["Autorka je ekonomka a bývalá členka Národní ekonomické rady vlády.",
                                  "Autor je profesor Ekonomskog fakulteta u Beogradu.",
                                  "The writer is a senior fellow at the Institute for Fiscal Studies."])
def test_a_note_saying_what_the_author_is_after_the_article(line: str) -> None:
    assert removed(tail=line + "\nShare\n") == [("author-note", line), ("share-prompt", "Share")]


def test_a_note_saying_what_the_author_is_ending_the_page_stays() -> None:
    """With no furniture under it, the line may be the story's last sentence about its subject."""
    line = "Die Autorin ist eine politische Beobachterin, die seit Jahren über die Stadt schreibt."
    assert removed(tail=line + "\n") == []


def test_a_sentence_on_the_author_inside_the_article_stays() -> None:
    tail = ("The author is a retired teacher who has written about the town for forty years.\n"
            "Her new book tells the story of the old harbour and the families who worked on its ships.\n"
            "It will be presented at the library on Friday evening, and entry is free for all residents.\n")
    assert removed(tail=tail) == []


@pytest.mark.parametrize("line,kind", [("— Ulat ni Carlo Mendoza, GMA News", "byline"),
                                       ("Δείτε ακόμα", "related-links")])
def test_a_tagalog_byline_and_a_greek_see_more_under_the_article(line: str, kind: str) -> None:
    copyright = "© 2026 GMA Network Inc."
    assert removed(tail=line + "\n" + copyright + "\n") == [(kind, line), ("copyright", copyright)]


def test_a_wire_agency_s_signature_with_its_author_and_editor() -> None:
    line = "AGERPRES/(AS - autor: Ana Stoica, editor: Mihai Dinu)"
    assert removed(tail=line + "\n") == [("author-note", line)]


@pytest.mark.parametrize(("line", "date"), [
    ("मुंबई, २४ जानेवारी २०२६", "2026-01-24"), ("ਚੰਡੀਗੜ੍ਹ, 24 ਜਨਵਰੀ 2026", "2026-01-24"),
    ("హైదరాబాద్, జనవరి 24, 2026", "2026-01-24"), ("24 იანვარი, 2026, 10:45", "2026-01-24"),
    ("Bazar ertəsi, 26 yanvar 2026 21:15", "2026-01-26"), ("2026 m. sausio 24 d. 10:30", "2026-01-24"),
    ("2026. gada 24. janvāris 09:15", "2026-01-24"), ("Esmaspäev, 26. jaanuar 2026, 18:40", "2026-01-26"),
    ("2026ko urtarrilaren 24a, 10:15", "2026-01-24"), ("Sábado, 24 de xaneiro de 2026, 10:30", "2026-01-24"),
    ("2026 ජනවාරි 24 සෙනසුරාදා", "2026-01-24"), ("ថ្ងៃសៅរ៍ ទី២៤ ខែមករា ឆ្នាំ២០២៦", "2026-01-24"),
    ("၂၄ ဇန်နဝါရီ ၂၀၂၆", "2026-01-24"), ("Հրապարակվել է՝ 26 հունվարի 2026, 18:30", "2026-01-26"),
])
def test_date_lines_in_south_asian_caucasian_baltic_and_other_languages(line: str, date: str) -> None:
    result = clean_text(line + "\n" + HEBREW_BODY)
    assert [(r.kind, r.text) for r in result.removals] == [("date-header", line)]
    assert result.metadata.date == date


@pytest.mark.parametrize("line", ["In 2020 May 5 people were hired by the council, the report says.",
                                  "Ҳар йили қазан 2026 йилда ҳам янги бўлади.",
                                  "Julie 24 2026 het die span gewen, het hy gesê."])
def test_a_year_before_a_month_word_or_a_month_that_is_a_word_in_a_sentence_is_no_date(line: str) -> None:
    assert clean_text(line + "\n" + HEBREW_BODY).metadata.date is None


def test_khmer_paragraphs_end_with_their_full_stop() -> None:
    body = ("ក្រសួងកសិកម្មបានប្រកាសថា ការនាំចេញអង្ករក្នុងឆ្នាំកន្លងទៅបានកើនឡើងជាង១០ភាគរយ បើធៀបនឹងឆ្នាំមុន។\n"
            "ទីផ្សារសំខាន់ៗរួមមាន ចិន សហភាពអឺរ៉ុប និងបណ្តាប្រទេសអាស៊ាន។\n"
            "មន្ត្រីក្រសួងបានឲ្យដឹងថា រដ្ឋាភិបាលនឹងបន្តគាំទ្រកសិករក្នុងការកែលម្អគុណភាពស្រូវ។\n")
    assert clean_text(body).removals == []


@pytest.mark.parametrize("line", ["ფოტო: ინტერპრესნიუსი", "Լուսանկարը՝ Ֆոտոլուր", "Фото: ашық дереккөздерден",
                                  "Seimo posėdis. Nuotr. Roko Lukoševičiaus", "Mynd: RÚV", "Argazkia: Berria",
                                  "ਮੀਟਿੰਗ ਦੌਰਾਨ ਮੁੱਖ ਮੰਤਰੀ ਅਤੇ ਹੋਰ ਅਧਿਕਾਰੀ। ਤਸਵੀਰ: ਪੀਟੀਆਈ", "Фото: Львівська міська рада"])
def test_photo_credits_in_the_added_languages(line: str) -> None:
    kinds = [kind for kind, _ in removed(BODY.splitlines()[0] + "\n" + line + "\n")]
    assert kinds in (["photo-credit"], ["caption"])


@pytest.mark.parametrize("line", ["Müəllif: Elvin Məmmədov", "Autors: Jānis Bērziņš, LETA", "Հեղինակ՝ Անի Հակոբյան",
                                  "Rūta Jankauskienė, ELTA", "ავტორი: ნინო ბერიძე", "ਰਿਪੋਰਟ: ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",
                                  "Nga: Arta Hoxha", "বাসস/এমএ"])
def test_bylines_in_the_added_languages_under_the_article(line: str) -> None:
    assert removed(tail=line + "\nKomentari (3)\n")[0][1] == line


@pytest.mark.parametrize("line", ["Nga ana tjetër, qeveria premtoi rroga më të larta për mësuesit.",
                                  "Nga Việt Nam sang Hàn Quốc"])
def test_a_sentence_or_title_opening_with_nga_stays(line: str) -> None:
    assert removed(tail=line + "\n") == []


@pytest.mark.parametrize("line,kind", [
    ("हेही वाचा: पुण्यात पाणीकपातीचा निर्णय", "related-links"), ("ఇదీ చదవండి: విశాఖలో కొత్త ఐటీ పార్కు", "related-links"),
    ("Կարդացեք նաև՝ Երևանում կբացվի նոր կայարան", "related-links"), ("Taip pat skaitykite: Vilniuje naujas tiltas",
                                                                     "related-links"),
    ("Seotud lood", "related-links"), ("ဆက်စပ်သတင်းများ", "related-links"), ("Sidoo kale akhri: Qiimaha cuntada",
                                                                          "related-links"),
    ("გაზიარება", "share-prompt"), ("Dalīties", "share-prompt"), ("शेअर करा", "share-prompt"),
    ("კომენტარები (6)", "comments"), ("प्रतिक्रिया (५)", "comments"), ("Iruzkinak", "comments"),
    ("Rašyti komentarą", "comments"), ("Užsiprenumeruokite naujienlaiškį", "newsletter"),
    ("© 2026 Արմենպրես. Բոլոր իրավունքները պաշտպանված են:", "copyright"),
])
def test_furniture_of_news_sites_in_the_added_languages(line: str, kind: str) -> None:
    assert removed(tail=line + "\n") == [(kind, line)]


@pytest.mark.parametrize("line", ["प्रतिक्रिया", "Deli sa mesom i sirom otvoren je u centru grada.",
                                  "Jaga oma arvamust sõpradega, soovitas õpetaja lastele.",
                                  "Kommentaar"])
def test_words_that_are_furniture_only_alone_or_with_a_count_stay_in_sentences(line: str) -> None:
    assert removed(tail=line + "\n") == []


def test_a_byline_under_a_page_of_short_paragraphs_goes() -> None:
    page = ("Hrvatski rukometaši pobijedili su Švedsku i plasirali se u polufinale.\n"
            "Komentari nakon utakmice bili su puni hvale za vratara.\n"
            "Izbornik je rekao da momčad još nije rekla posljednju riječ.\n"
            "Ivan Kovačević\nKomentari (54)\n")
    assert [(r.kind, r.text) for r in clean_text(page).removals] == [("byline", "Ivan Kovačević"),
                                                                     ("comments", "Komentari (54)")]


def test_a_name_under_a_column_label_under_the_date_goes() -> None:
    result = clean_text("Čtvrtek 29. ledna 2026, 07:00\nKomentář\nJana Veselá\n" + BODY)
    assert ("byline", "Jana Veselá") in [(r.kind, r.text) for r in result.removals]


@pytest.mark.parametrize("line", ["Juttua päivitetty 11.40: lisätty ekonomistien arvio.",
                                  "Story updated at 3:45 p.m.: adds the minister's comment."])
def test_the_story_s_update_note_under_the_article_goes(line: str) -> None:
    assert removed(tail=line + "\n") == [("timestamp", line)]


def test_a_live_blog_s_last_entry_with_its_time_stays() -> None:
    line = "Updated 11:40: The minister has resigned, his office confirmed."
    assert removed(tail=line + "\n") == []


AMHARIC_BODY = ("የኢትዮጵያ አየር መንገድ ወደ ሦስት አዳዲስ የአፍሪካ ከተሞች በረራ እንደሚጀምር አስታውቋል። አየር መንገዱ አዲሶቹ በረራዎች "
                "በሚቀጥለው ወር እንደሚጀመሩ ገልጿል። ይህም የአየር መንገዱን የአፍሪካ መዳረሻዎች ቁጥር ከስልሳ በላይ ያደርሰዋል።\n")


@pytest.mark.parametrize(("line", "date"), [("ጥር 16 ቀን 2018 ዓ.ም", "2026-01-24"), ("መስከረም 1, 2016", "2023-09-12"),
                                            ("6 ጳጉሜ 2011", "2019-09-11")])
def test_an_ethiopian_calendar_date_line_goes_and_gives_the_gregorian_date(line: str, date: str) -> None:
    result = clean_text(line + "\n" + AMHARIC_BODY)
    assert [(r.kind, r.text) for r in result.removals] == [("date-header", line)]
    assert result.metadata.date == date


def test_a_bikram_sambat_date_line_goes_without_a_date_read() -> None:
    line = "प्रकाशित : आइतबार, माघ १२, २०८२ ०९:३०"
    result = clean_text(line + "\n" + HEBREW_BODY)
    assert [(r.kind, r.text) for r in result.removals] == [("date-header", line)]
    assert result.metadata.date is None


def test_an_ethiopian_month_in_a_sentence_stays() -> None:
    line = "ሰኔ 30 የበጀት ዓመቱ ይጠናቀቃል ሲሉ ሚኒስትሩ ተናግረዋል።"
    assert line in clean_text(line + "\n" + AMHARIC_BODY).text


MIDDLE = BODY.splitlines()


@pytest.mark.parametrize("line", ["Updated at 15:40 GMT", "Aktualisiert um 10:05 Uhr", "Updated 10:45 BST"])
def test_an_update_time_with_its_zone_between_paragraphs(line: str) -> None:
    text = "\n".join(MIDDLE[:2] + [line] + MIDDLE[2:]) + "\n"
    assert [(r.kind, r.text) for r in clean_text(text, language="en").removals] == [("timestamp", line)]


@pytest.mark.parametrize("line", ["14:32", "4:14 p.m.", "18:01 Uhr", "12.50", "3:1"])
def test_a_live_report_s_entry_time_a_price_or_a_score_alone_stays(line: str) -> None:
    """A live report's entry time alone on its line is the report's (as the benchmarks' truths keep it)."""
    text = "\n".join(MIDDLE[:2] + [line] + MIDDLE[2:]) + "\n"
    assert clean_text(text, language="en").removals == []


@pytest.mark.parametrize("lead,stamp", [
    ("A fast-moving wildfire forced the evacuation of around 10,000 people north of Marseille on Tuesday, "
     "officials said.", "Updated at 15:40 GMT"),
    ("Ein Warnstreik des Bodenpersonals hat am Montag den Betrieb am Frankfurter Flughafen weitgehend "
     "lahmgelegt. Rund 900 Flüge wurden gestrichen.", "Aktualisiert am 24.01.2026 um 11:05 Uhr"),
    ("As fortes chuvas que atingiram o litoral norte de São Paulo deixaram ao menos doze mortos e mais de mil "
     "desalojados, segundo a Defesa Civil.", "Atualizado em 24/01/2026 às 18h20"),
])
def test_an_update_stamp_under_the_lead_keeps_the_lead(lead: str, stamp: str) -> None:
    """An update's stamp stands where the story was updated: the paragraph above it is the article's."""
    text = "Storm and strikes: the day's news in brief\n" + lead + "\n" + stamp + "\n" + BODY
    out = clean_text(text).text
    assert lead in out and stamp not in out


def test_a_published_date_under_the_summary_still_ends_the_header() -> None:
    summary = "The council's plan would turn the old rail yard into a park, and residents are divided about it."
    text = "Rail yard to become a park\n" + summary + "\nPublished 24 January 2026\n" + BODY
    assert summary not in clean_text(text, language="en").text


@pytest.mark.parametrize("line,kind", [
    ("1 / 12", "gallery-counter"), ("Foto 3 di 15", "gallery-counter"), ("Bild 2 von 8", "gallery-counter"),
    ("Print recipe", "navigation"), ("Stampa la ricetta", "navigation"),
    ("Subscribe on Apple Podcasts, Spotify or wherever you get your podcasts.", "promo"),
    ("Abonnez-vous sur Apple Podcasts, Spotify ou Deezer.", "promo"),
    ("This article is for subscribers only.", "promo"), ("Cet article est réservé aux abonnés.", "promo"),
    ("Dieser Artikel ist exklusiv für Abonnenten.", "promo"),
    ("Este contenido es exclusivo para suscriptores.", "promo"),
    ("هذا المحتوى متاح للمشتركين فقط.", "promo"), ("Il vous reste 78 % de cet article à lire.", "promo"),
])
def test_page_template_furniture_inside_the_article(line: str, kind: str) -> None:
    text = "\n".join(MIDDLE[:2] + [line] + MIDDLE[2:]) + "\n"
    assert [(r.kind, r.text) for r in clean_text(text).removals] == [(kind, line)]


@pytest.mark.parametrize("line", [
    "This article is for subscribers who want to understand how the new pension rules affect them.",
    "The podcast, available on Spotify and Apple Podcasts since March, has been downloaded a million times.",
])
def test_sentences_naming_subscribers_or_podcast_apps_stay(line: str) -> None:
    text = "\n".join(MIDDLE[:2] + [line] + MIDDLE[2:]) + "\n"
    assert clean_text(text, language="en").removals == []


def test_a_gallery_counter_does_not_close_the_article() -> None:
    text = "\n".join([MIDDLE[0], "1 / 12", MIDDLE[1], "2 / 12", MIDDLE[2], MIDDLE[3]]) + "\n"
    assert [(r.kind, r.text) for r in clean_text(text, language="en").removals] == [
        ("gallery-counter", "1 / 12"), ("gallery-counter", "2 / 12")]


@pytest.mark.parametrize("rows", [
    ["Arsenal 2-1 Chelsea", "Liverpool 3-0 Everton", "Manchester City 1-1 Tottenham", "Newcastle 0-2 Aston Villa",
     "Brighton 2-2 Fulham"],
    ["Bayern München – Borussia Dortmund 3:1", "RB Leipzig – VfB Stuttgart 2:2", "Bayer Leverkusen – Eintracht "
     "Frankfurt 1:0", "Werder Bremen – Union Berlin 0:0", "SC Freiburg – Mainz 05 2:1"],
])
def test_a_results_table_above_the_report_stays(rows: list[str]) -> None:
    out = clean_text("\n".join(rows) + "\n" + BODY).text
    assert all(row in out for row in rows)


@pytest.mark.parametrize("line", ["HOST: Egg prices have doubled in a year. Sarah, what's going on?",
                                  "ANIMATEUR : Le prix des œufs a doublé en un an. Pourquoi ?"])
def test_a_transcript_s_first_line_is_no_headline(line: str) -> None:
    text = "The Daily Brief: Why egg prices are soaring\n" + line + "\n" + BODY
    assert line in clean_text(text).text


@pytest.mark.parametrize("box,last", [
    (["Sign up for our daily newsletter", "Get the best of our journalism in your inbox every morning."],
     "Construction is expected to begin in the spring."),
    (["Newsletter abonnieren", "Die wichtigsten Nachrichten des Tages – jeden Morgen in Ihrem Postfach."],
     "Die Bauarbeiten sollen im Frühjahr beginnen."),
])
def test_a_newsletter_box_before_the_article_s_last_sentence(box: list[str], last: str) -> None:
    assert last in clean_text(BODY + "\n".join(box) + "\n" + last + "\n").text


def test_a_newsletter_box_under_the_article_still_ends_it() -> None:
    """Under the box, a headline of another story (no sentence) is the page's."""
    tail = "Sign up for our daily newsletter\nCouncil Votes On New Parking Rules\n"
    assert removed(tail=tail) == [("newsletter", "Sign up for our daily newsletter"),
                                  ("after-article", "Council Votes On New Parking Rules")]


INTRO = ("The state pension age is rising again, and millions of people in their fifties will have to wait longer "
         "before they can claim it.\n")


@pytest.mark.parametrize("heading,entries,body", [
    ("In this article", ["When will I get my pension?", "How much will I get?"],
     ["Anyone born after April 1970 will now reach state pension age at 68 rather than 67.",
      "The full new state pension is currently £230 a week, and it rises each April under the triple lock."]),
    ("Inhaltsverzeichnis", ["Wann bekomme ich meine Rente?", "Wie hoch ist die Rente?"],
     ["Wer nach April 1970 geboren ist, erreicht das Rentenalter erst mit 68 statt mit 67 Jahren.",
      "Die volle Rente liegt derzeit bei 1.800 Euro im Monat und steigt jedes Jahr im Juli."]),
])
def test_a_table_of_contents_under_the_introduction(heading: str, entries: list[str], body: list[str]) -> None:
    """The contents go; the subheadings they repeat stay in the article."""
    sections = [line for pair in zip(entries, body, strict=True) for line in pair]
    text = INTRO + "\n".join([heading, *entries, *sections]) + "\n"
    result = clean_text(text)
    assert [(r.kind, r.text) for r in result.removals] == [("link-list", x) for x in [heading, *entries]]
    assert all(line in result.text for line in sections)


def test_a_contents_heading_whose_lines_are_not_repeated_stays() -> None:
    """A section headed "Contents" whose lines are not the article's subheadings (a box's list) is the article's."""
    tail = "Contents\nTwo pairs of socks\nA torch and spare batteries\n"
    assert removed(tail=tail) == []


@pytest.mark.parametrize("label,contact", [("Media contact:", "John Smith, press@acmerobotics.com"),
                                           ("Pressekontakt:", "Sabine Weber, presse@mueller-logistik.de")])
def test_a_press_contact_label_alone_over_its_contact(label: str, contact: str) -> None:
    assert removed(tail=label + "\n" + contact + "\n") == [("contact-info", label), ("after-article", contact)]


def test_a_chinese_responsible_editor_line_at_the_end() -> None:
    body = ("国家统计局今天发布数据，去年全年国内生产总值同比增长5%，达到预期目标。\n"
            "专家表示，消费对经济增长的贡献明显提升，服务业增长较快。\n")
    assert "责任编辑" not in clean_text(body + "责任编辑：王明\n").text


@pytest.mark.parametrize("date,by", [("Published 24 January 2026", "By Anna de Vries, Amsterdam correspondent"),
                                     ("Veröffentlicht am 24.01.2026", "Von Martin Keller"),
                                     ("Pubblicato il 24 gennaio 2026", "di Marco Rossi")])
def test_a_byline_ending_the_page_under_its_date_line(date: str, by: str) -> None:
    assert [text for _, text in removed(tail=date + "\n" + by + "\n")] == [date, by]


@pytest.mark.parametrize("tail", ["By Anna de Vries\n",
                                  "Published 24 January 2026\nBy the end of the year, prices had doubled.\n"])
def test_a_line_opening_with_by_ending_the_page_stays(tail: str) -> None:
    """Alone under the article (no date line above it), or a sentence, it may be the article's own."""
    assert all(text not in tail.splitlines()[-1] for _, text in removed(tail=tail))


@pytest.mark.parametrize("line", ["Watch: Huge waves crash over the sea wall in Porthcawl",
                                  "Видео: как выглядит новая станция", "Regardez : les vagues submergent la digue"])
def test_an_embedded_video_s_title_between_paragraphs(line: str) -> None:
    text = "\n".join(MIDDLE[:2] + [line] + MIDDLE[2:]) + "\n"
    assert [(r.kind, r.text) for r in clean_text(text).removals] == [("caption", line)]


def test_a_sentence_opening_with_watch_stays() -> None:
    line = "Watch: the council will vote again next month, and the outcome is far from certain."
    text = "\n".join(MIDDLE[:2] + [line] + MIDDLE[2:]) + "\n"
    assert clean_text(text, language="en").removals == []


@pytest.mark.parametrize("line,kind", [
    ("Die wichtigsten Nachrichten des Tages – jeden Morgen kostenlos in Ihrem Postfach.", "newsletter"),
    ("Jetzt weiterlesen mit Plus. Bereits Abonnent? Hier anmelden", "promo"),
])
def test_a_german_newsletter_blurb_and_paywall_login(line: str, kind: str) -> None:
    text = "\n".join(MIDDLE[:2] + [line] + MIDDLE[2:]) + "\n"
    assert [(r.kind, r.text) for r in clean_text(text).removals] == [(kind, line)]


RELATED_LIST = ("More from Local\nCouncil to close two car parks in the town centre next spring\n"
                "Road works on the bypass will last until the end of the summer\n"
                "New bus route links the hospital with the railway station\n"
                "School wins national award for its vegetable garden project\n")


def test_a_bio_s_form_with_the_story_going_on_under_it_stays_over_a_long_related_list() -> None:
    """The headlines under "More from Local" are the page's list, not the article: the two sentences between the
    bio's form and the list's heading are the story going on."""
    line = "Ruth Allen is a columnist who has used the library for twenty years."
    result = clean_text(BODY + line + "\nShe came up with the idea.\n\"People kept asking,\" she said.\n"
                        + RELATED_LIST, language="en")
    assert "author-note" not in [r.kind for r in result.removals]
    assert line in result.text


def test_a_bio_right_over_a_long_related_list_still_goes() -> None:
    line = "Ruth Allen is a columnist who has used the library for twenty years."
    assert removed(tail=line + "\n" + RELATED_LIST)[0] == ("author-note", line)


UNSTOPPED = ("Volunteers who led the appeal were invited to the opening, and several of them cried as the ribbon "
             "was cut by a former patient")


@pytest.mark.parametrize("heading", ["More health news", "Mehr aus der Region"])
def test_a_more_on_a_topic_heading_under_a_paragraph_missing_its_full_stop_heads_its_headline(heading: str) -> None:
    item = "GP waiting times fall for the first time in years"
    found = removed(tail=f"{UNSTOPPED}\n{heading}\n{item}\n")
    assert ("link-list", heading) in found and ("link-list", item) in found


def test_a_more_line_under_a_long_line_opening_a_list_stays() -> None:
    opener = "The council's plan for the buses in the coming year has three parts, all of them agreed on Tuesday:"
    found = removed(tail=f"{opener}\nMore buses\nCheaper fares for students at weekends\n")
    assert "link-list" not in [kind for kind, _ in found]


@pytest.mark.parametrize("heading", ["Your comments", "Leserkommentare"])
def test_a_comments_heading_with_the_story_going_on_under_it_is_the_story_s_subheading(heading: str) -> None:
    """A story on what readers said heads their views so; the story's short sentences go on under it."""
    under = ("Many said evening buses are now too rare.\nSome said they now drive to work.\n"
             "A few liked the faster morning routes.\nThe city will review the timetable in October.\n")
    result = clean_text(BODY + heading + "\n" + under + "More from Transport\nTrain fares to rise in January\n",
                        language="en")
    assert heading in result.text.splitlines()
    assert "Many said evening buses are now too rare." in result.text


def test_a_comments_heading_over_comments_broken_up_by_names_still_goes() -> None:
    comments = "Great story, thanks for sharing.\nJean-Pierre D.\nI agree with every word of it.\nAnna K.\n"
    result = clean_text(BODY + "Your comments\n" + comments, language="en")
    assert ("comments", "Your comments") in [(r.kind, r.text) for r in result.removals]


@pytest.mark.parametrize("opener, items", [
    ("Los vecinos deben llevar:", ["el DNI", "fotos de los daños", "la póliza del seguro"]),
    ("Residents should bring:", ["their ID card", "photos of the damage", "the insurance policy"])])
def test_a_list_the_article_opens_under_a_share_line_is_the_story_going_on(opener: str, items: list[str]) -> None:
    page = BODY + "Share on Facebook\n" + opener + "\n" + "\n".join(items) + "\nMost read\nStorm closes schools\n"
    result = clean_text(page, language="en")
    kept = result.text.splitlines()
    assert opener in kept and all(item in kept for item in items)


def test_a_follow_prompt_s_row_of_names_under_a_share_line_still_goes() -> None:
    page = BODY + "Share on Facebook\nFollow us on social media:\nFacebook\nInstagram\nYouTube\n"
    kept = clean_text(page, language="en").text
    assert "Instagram" not in kept and "YouTube" not in kept


def test_a_mer_fran_line_inside_a_swedish_article_stays() -> None:
    assert clean_text(within("Mer från Stockholm"), language="sv").removals == []
