"""Readers' comments after the article, with no heading over them; interviews and quoted posts stay whole."""

import pytest

from cleaner import clean_text

ARTICLE = [
    "The city council voted on Tuesday to expand the bus network to the northern suburbs, a plan that had been "
    "debated for years.",
    "The new lines will open next spring and cost about 40 million euros, according to the transport "
    "department's estimates.",
    "Residents of the suburbs have long complained that the only way to reach the centre was by car, which clogged "
    "the roads every morning.",
    "The mayor said the vote was a turning point for the region and promised that fares would not rise as a result "
    "of the expansion.",
    "Opposition councillors criticised the cost but did not vote against the plan, saying they would watch the "
    "budget closely.",
]
NAMES = ["johnny_b", "Maria K.", "sam1987", "Petra", "oldtimer"]
POSTS = [
    "Finally! I have been waiting for this for ten years and I still can't believe it's going to happen.",
    "Another waste of money, the buses will run empty and we will all pay for it through our taxes again.",
    "Will the new lines run on Sundays too? Nobody seems to know and the website says nothing about it.",
    "I live in the north and this will change my life, no more two hour commutes in traffic every single day.",
    "They said the same thing in 2015 and nothing happened, so I will believe it when I see the first bus.",
]


def kept(lines: list[str]) -> list[str]:
    """The paragraphs kept of the page of ``lines``; cleaning them again changes nothing."""
    text = clean_text("\n".join(lines)).text
    assert clean_text(text).text == text
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# Each comment's frame, as the platforms print it: {name}, {post} stand for the commenter and the text.
@pytest.mark.parametrize("frame", [
    ["{name} says:", "November 19, 2019 at 12:28 pm", "{post}", "Reply"],
    ["{name}", "3 hours ago", "{post}", "Reply"],
    ["{name}", "{post}", "Like · Reply · 3h"],
    ["{name}", "vor 3 Stunden", "{post}", "Antworten", "Melden"],
    ["{name}", "il y a 2 heures", "{post}", "Répondre · Signaler"],
    ["{name}", "hace 3 horas", "{post}", "Responder Denunciar"],
    ["{name}", "{post}", "12", "Reply", "Report"],
    ["{name}", "3時間前", "{post}", "返信", "通報"],
])
def test_a_thread_of_comments_without_a_heading_goes_and_the_article_stays(frame: list[str]) -> None:
    comments = [line.format(name=name, post=post) for name, post in zip(NAMES, POSTS, strict=True) for line in frame]
    assert kept(["Bus network to reach the northern suburbs", *ARTICLE, *comments]) == ARTICLE


def test_the_article_s_last_short_line_stays_over_a_first_comment_with_no_name() -> None:
    comments = ["{post}", "Like · Reply · 3h"]
    for name, post in zip(NAMES[1:], POSTS[1:], strict=True):
        comments += [name, post, "Like · Reply · 3h"]
    article = [*ARTICLE, "More to follow."]
    assert kept(["Bus network to reach the northern suburbs", *article, *comments])[:len(article)] == article


def test_an_interview_stays_whole() -> None:
    lines = ["Interview: the mayor on the new bus lines", ARTICLE[0]]
    for question, answer in zip(POSTS, ARTICLE[1:], strict=False):
        lines += ["Frage:", question, "Antwort:", answer, "Svar:", answer]
    out = kept(lines)
    assert all(paragraph in out for paragraph in ARTICLE + POSTS[:4])


def test_an_article_quoting_readers_posts_with_their_names_and_times_stays_whole() -> None:
    lines = [ARTICLE[0], ARTICLE[1]]
    for name, post in zip(NAMES, POSTS, strict=True):
        lines += [name, "November 19, 2019 at 12:28 pm", post]
    lines += [ARTICLE[2], ARTICLE[3], ARTICLE[4]]
    out = " ".join(kept(lines))
    assert all(post in out for post in POSTS) and all(paragraph in out for paragraph in ARTICLE)


def test_a_live_report_s_entries_under_their_times_stay() -> None:
    lines = ["Bus network: the council's vote as it happened"]
    for paragraph in ARTICLE + POSTS[:3]:
        lines += ["3 hours ago", paragraph]
    out = kept(lines)
    assert all(paragraph in out for paragraph in ARTICLE + POSTS[:3])


SHARE = "Share this article"
FORM = ["Leave a Reply", "Your email address will not be published. Required fields are marked *"]
THREAD = [
    "I made the trip on the new line last week and it took twice as long as the timetable said it would.",
    "Hi Cherie,",
    "Thanks for your feedback. The timetable was changed after the article was written, and we have asked the "
    "council for the new one.",
    "Does anyone know whether bicycles will be allowed on the buses at rush hour, as they are on the trams?",
    "Hi Tom, the council says they will be, but only two on each bus.",
]


def test_readers_comments_with_no_name_over_them_go_when_replies_are_among_them() -> None:
    lines = ["Bus network to reach the northern suburbs", *ARTICLE, SHARE, *THREAD, *FORM]
    assert kept(lines) == ARTICLE
    linked = ["Bus network to reach the northern suburbs", ARTICLE[0], "Leave a comment", *ARTICLE[1:], SHARE, *THREAD,
              *FORM]  # a link to the comments near the top is not their form
    assert kept(linked) == ARTICLE


@pytest.mark.parametrize("thread", [
    THREAD[:2],  # one reply: a letter's greeting may open an article's paragraph
    ["DEAR ABBY: My neighbour parks his van across our drive every night and laughs when we complain about it.",
     "DEAR BLOCKED IN: Speak to the council, which can fine him, and keep a record of each time it happens.",
     "DEAR ABBY: Our son wants a tattoo for his sixteenth birthday and says all his friends already have one.",
     "DEAR WORRIED MOM: Tell him that he may decide for himself when he is eighteen, and not a day before."],
])
def test_an_article_s_letters_over_a_comment_form_stay(thread: list[str]) -> None:
    """A letter's greeting in the article, and an advice column's letters, are no replies."""
    lines = ["Bus network to reach the northern suburbs", *ARTICLE, SHARE, *thread, *FORM]
    assert kept(lines) == [*ARTICLE, *thread]


TABLE = ["Final standings after 36 races:", "1. Kyle Busch 5040 points", "2. Kevin Harvick 5033 points",
         "3. Denny Hamlin 5026 points", "4. Martin Truex Jr. 5023 points", "5. Joey Logano 5015 points",
         "6. Chase Elliott 2350 points", "7. Ryan Blaney 2335 points", "8. Brad Keselowski 2320 points",
         "* The calendar has 36 races; the 12 best drivers fight for the title in the last 10."]
PROMOS = ["Click on the photo of our columnist and read his columns on Formula 1 and MotoGP!",
          "Click on the picture above and see the drivers' ranking for this season of the championship.",
          "Click and find out the TV times of the Brazilian Grand Prix, the track, the tyres and the DRS zones."]


@pytest.mark.parametrize("notice", [
    "Our team moderates comments: those that are unreadable or disrespectful will not be approved.",
    "Os comentários são moderados e só serão publicados pelo moderador se respeitarem os usuários.",
    "Your email address will not be published. Required fields are marked *",
])
def test_a_comment_form_s_notice_ends_an_article_of_tables_and_short_lines(notice: str) -> None:
    out = kept(["NASCAR Cup Series: the final standings", *TABLE, notice, *PROMOS])
    assert out[-len(TABLE):] == TABLE


def test_a_comment_form_s_notice_over_the_article_does_not_take_it() -> None:
    notice = "Your email address will not be published. Required fields are marked *"
    lines = ["Bus network to reach the northern suburbs", notice, *ARTICLE]
    assert kept(lines) == ARTICLE


def test_an_article_s_quotes_each_under_its_speaker_stay() -> None:
    """"The mayor said:" heads a quote, not a comment: a comment's header has its time beside or under it."""
    lines = ["Bus network to reach the northern suburbs", *ARTICLE[:2]]
    for speaker, quote in zip(["The mayor said:", "The opposition leader said:", "One resident said:"], POSTS,
                              strict=False):
        lines += [speaker, quote]
    lines += ARTICLE[2:3]
    assert kept(lines) == lines[1:]


def test_an_interview_with_its_labels_on_lines_of_their_own_stays_whole() -> None:
    """"Svar" (Danish, Norwegian: "answer", and a reply button) alone over each answer labels an interview."""
    lines = ["Bus network to reach the northern suburbs", ARTICLE[0]]
    for question, answer in zip(POSTS[:4], ARTICLE[1:], strict=True):
        lines += ["Spørgsmål", question, "Svar", answer]
    assert kept(lines) == lines[1:]


@pytest.mark.parametrize("line", ["Comments are closed for this article.", "Kommentare sind geschlossen.",
                                  "Les commentaires sont fermés.", "I commenti sono chiusi.", "Комментарии закрыты.",
                                  "评论已关闭。"])
def test_the_closed_comment_section_s_line_goes(line: str) -> None:
    result = clean_text("\n".join([*ARTICLE, line]))
    assert [(r.kind, r.text) for r in result.removals] == [("comments", line)]


def test_a_sentence_saying_comments_are_closed_stays() -> None:
    line = "Comments are closed on the plan until the council has reviewed it, officials said."
    assert kept([*ARTICLE, line, *ARTICLE[:1]])[-2:] == [line, ARTICLE[0]]


def test_posts_the_article_introduces_with_a_colon_are_no_comment_run() -> None:
    """Embedded posts print their buttons too; the article's line over them ends with a colon. (A "Reply" late in
    the page still ends the article for page_end: the posts under the first one's go.)"""
    lines = ["Bus network to reach the northern suburbs", *ARTICLE, "Here is how residents reacted online:"]
    for name, post in zip(["Jane Doe @janedoe", "Sam @sam1987", "Petra @petra_k"], POSTS, strict=False):
        lines += [name, post, "12:28 PM · Nov 19, 2019", "Reply", "Copy link"]
    assert kept(lines)[len(ARTICLE):] == ["Here is how residents reacted online:", "Jane Doe @janedoe", POSTS[0]]
