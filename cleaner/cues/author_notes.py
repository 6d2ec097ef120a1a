"""Notes about the article's authors that close it: contributor credits, bios, contact lines.

Each is a case-insensitive regular expression searched in a block; ROLES stands for the role words
of the bylines' cues.
"""

# A name: capitalised words, particles between them ("Jan de Vries"); names joined by commas or "and".
_NAME_WORD = r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁĀĂĄĆČĎĐĒĘĚĞİĽŁŃŇŐŒŘŚŞŠŢŤŰŹŻŽ])[\w'’.\-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:de|da|do|dos|van|von|der|den|ter|di|del|la|le|du|bin|binti|al|el)\s+){{0,2}}{_NAME_WORD}){{0,3}}"
_NAMES = rf"{_NAME}(?:(?:\s*[,/&]\s*|\s+(?:and|und|og|och|i|a|e|y|et|en|dan|és|ja|și|и)\s+){_NAME}){{0,4}}"

# The contributor notes found anywhere in a block: every other form is anchored at its start (see author_notes.note).
CONTRIBUTOR_NOTES_ANYWHERE = r"weitere artikel von|plus d'articles de|más artículos de"
# "Jane Roe contributed reporting from Paris.", "Reporting by Jane Roe; Editing by John Doe"
CONTRIBUTOR_NOTES = (
    # ... the clause ending the sentence: "Her husband, who contributed to the report, declined" goes on
    r"^.{0,200}?\b(contributed|contributing) (reporting|to (this|the) (report|story|article))(?=[^,;.!?]{0,80}([.!?]|$))|"
    r"^\W*((additional|further|staff) )?(reporting|writing|editing|research) by\s*:?\s*(?-i:[A-ZÀ-Þ])|"
    r"^\W*(this (article|story|report|post|piece) (was|has been) )?(edited|compiled|researched|fact-checked) by\s*:?\s*"
    r"(?-i:[A-ZÀ-Þ])|^\W*researchers?\s*:|"
    r"^\W*more (articles|stories|posts) (from|by) |" + CONTRIBUTOR_NOTES_ANYWHERE + "|"
    r"^\W*(mitarbeit|mit material (von|der)|redigiert von)\b|^\W*(avec|d'après) (l')?(afp|ap|reuters)\b|"
    r"^\W*(con )?(información|informaciones|reportería) de\b|^\W*com (informações|agências) d|"
    r"^.{0,120}?\bha collaborato\b|^\W*при участии\b|"
    # a wire agency's signature with its desk's codes and the author and editor: "AGERPRES/(AS - autor: Ana Stoica,
    # editor: Mihai Dinu)"
    r"^\W*(?-i:[A-ZÀ-Þ]{2,}[\w-]*)\s*/\s*\([^()]{0,30}?\b(autor|author|editor|redactor|autorka)\s*:|"
    # the desk's editor named under the story: "Redaktion: Max Bauer", "Editor: Jane Roe", "Penyunting: ...", names
    # (capitalised words) and nothing else ("Redaktion: Eine schwierige Entscheidung" is a heading)
    r"^\W*(editor|editors|editing|redaktion|redakce|redakcia|redaktor|redaktorka|redaktør|toimittaja|szerkesztő|"
    r"penyunting|edición|edição|editado por|a cura di|редактор|редакторка)\s*[:：]\s*"
    r"(?=.{0,60}$)" + _NAMES + r"\s*$|"
    # a news agency's note in brackets, in its other languages' services: "(Bericht von ...; redigiert von ...)"
    r"^\s*[(\[]\s*(bericht|berichterstattung|reportage|reporte|reportaje|reportagem|reporting di|tradotto|"
    r"traduzione|репортаж|подготовил[аи]?|редактор)\b"
)

# "Jane Roe is a reporter for The Daily News.", "Jane Roe ist Redakteurin bei ...": a name (capitalised words), maybe
# an address or handle in brackets ("Jane Roe (jane@example.com) is the editor of ..."; not a party's "(D-Calif.)"),
# and a role noun (not "The new law is a political compromise", "Smith was a staff sergeant").
AUTHOR_BIO = (
    r"^\W*((?-i:[A-ZÀ-ÞА-ЯЁ])[\w'’.\-]*\s+){1,4}(\(\s*[^()\s]{0,40}@[^()\s]{1,40}\s*\)\s+)?(is|was|ist|est|es|é|è|—|-|–)\s+(a|an|the|our|ein|eine|un|une|uno|una|um|uma)?\s*"
    r"([\w'’\-]+\s+){0,3}(ROLES)\b|"
    # "Jane covers tech news for Example Daily", the beat named ("Medicare covers the cost for Medicaid patients" names
    # none)
    r"^\W*((?-i:[A-ZÀ-ÞА-ЯЁ])[\w'’.\-]*\s+){1,3}(covers|writes about|reports on)\s+[^.!?]{0,40}\b(news|beat|politics|"
    r"technology|tech|business|sports?|science|health|culture|courts|crime|education|markets|gaming)\b[^.!?]{0,30}"
    r"\b(for|at)\s+(?-i:[A-Z0-9])|"
    # the author's book announced: "Jane Roe's book about the search for life, "Out There", is out now"
    r"^\W*((?-i:[A-ZÀ-ÞА-ЯЁ])[\w.\-]*\s+){1,3}?(?-i:[A-ZÀ-ÞА-ЯЁ])[\w.\-]*['’]s? (new |latest |most recent |first |debut )?"
    r"book\b[^.!?]{0,200}?\b(is|are) (out now|available now|out in (bookstores|stores|paperback))"
)

# "The author is a professor of economics at ...", "Autor je profesor ...", "L'auteure est journaliste.": the
# author named by the word "author", then "is" and what they are (after the article only, as the bios above).
AUTHOR_SELF_BIO = (
    r"^\W*(the (author|writer)|autor|autorka|autorica|auteur|auteure|autrice|l['’](auteur|auteure|autrice|autore)|"
    r"der autor|die autorin|el autor|la autora|o autor|a autora|de (auteur|schrijver)|författaren|forfatteren|"
    r"kirjoittaja|a szerző|szerző|автор|авторка|авторът|авторката|ο συγγραφέας|η συγγραφέας|ο αρθρογράφος|"
    r"η αρθρογράφος|yazar|penulis|mwandishi)\s+(is|was|je|bio|bila|est|était|ist|war|es|fue|é|foi|è|era|är|var|"
    r"er|on|oli|є|е|је|був|була|είναι|ήταν|adalah|ni|jest|este|a fost)\s+\w|"
    # ... and in the Indic languages, "is" last: "(लेखक अर्थशास्त्राचे प्राध्यापक आहेत.)", "लेखक वरिष्ठ पत्रकार हैं।"
    r"^\W*(लेखक|लेखिका|ਲੇਖਕ|લેખક|లేఖకుడు|రచయిత|ಲೇಖಕರು|ಲೇಖಕ|ലേഖകൻ)\s+[^.!?।]{2,80}\s(आहेत|आहे|हैं|है|हुन्|"
    r"ਹਨ|ਹੈ|છે|ఉన్నారు|ಆಗಿದ್ದಾರೆ)\s*[.।]?\s*\)?\s*$"
)

# "Follow Jane on Twitter", "Reach the reporter at ...", "Email Jane Roe at ..."
CONTACT = (
    # a name capitalised ("Follow Jane Roe on X"), not "Follow the airline on X for updates", the article's advice
    r"^\W*(follow (him|her|them|me|the author|@\w+|(?-i:[A-ZÀ-Þ])\w+( (?-i:[A-ZÀ-Þ])\w+)?) (on|at|@)|"
    r"^.{0,80}\b(may|can) be reached (at|on|by)\b|"
    r"reach (the )?(reporters?|writers?|authors?|him|her|them|[A-Z]\w+( [A-Z]\w+)?) (at|on|by)|"
    r"(e-?mail|contact|write to) (the )?(reporters?|writers?|authors?|him|her|[A-Z]\w+( [A-Z]\w+)?) at|"
    r"you can (reach|contact|follow|email) (him|her|them|[A-Z]\w+)|"
    r"folgen sie (ihm|ihr|der autorin|dem autor)|suivez (l'auteur|[A-Z]\w+) sur|sigue a [A-Z]\w+ en)"
)

# Words a contributor note has after its cue besides names: "Reporting by X; additional reporting by Y;
# editing by Z", "contributed reporting from Hong Kong", "Con información de agencias".
NOTE_WORDS = frozenset(
    "reporting additional further editing writing research researched edited compiled contributed contributing "
    "report story article from with agencies agency agences agence agencias agencia agências agência agenturen "
    "agentur material informações información informaciones reportería".split()
)

# What a line to contact or follow the author names: an address, a handle, a network, a number.
CONTACT_POINT = (
    r"@|https?://|www\.|\b(twitter|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube|telegram|"
    r"whatsapp|signal|e-?mail|phone|telefon|téléphone|teléfono|telefone)\b|(?-i:\bX\b)|\+?\d[\d\s().-]{6,}\d"
)
