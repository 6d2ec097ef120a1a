"""Notes about the article's authors that close it: contributor credits, bios, contact lines.

Each is a case-insensitive regular expression searched in a block; ROLES stands for the role words
of the bylines' cues.
"""

# "Jane Roe contributed reporting from Paris.", "Reporting by Jane Roe; Editing by John Doe"
CONTRIBUTOR_NOTES = (
    r"^.{0,200}?\b(contributed|contributing) (reporting|to (this|the) (report|story|article))|"
    r"^\W*((additional|further|staff) )?(reporting|writing|editing|research) by\b|"
    r"^.{0,200}?\b(edited|compiled|researched|fact-checked) by\s*:?\s*[A-Z]|^\W*researchers?\s*:|"
    r"^\W*more (articles|stories|posts) (from|by) |weitere artikel von|plus d'articles de|más artículos de|"
    r"^\W*(mitarbeit|mit material (von|der)|redigiert von)\b|^\W*(avec|d'après) (l')?(afp|ap|reuters)\b|"
    r"^\W*(con )?(información|informaciones|reportería) de\b|^\W*com (informações|agências) d|"
    r"^.{0,120}?\bha collaborato\b|^\W*при участии\b|"
    # a news agency's note in brackets, in its other languages' services: "(Bericht von ...; redigiert von ...)"
    r"^\s*[(\[]\s*(bericht|berichterstattung|reportage|reporte|reportaje|reportagem|reporting di|tradotto|"
    r"traduzione|репортаж|подготовил[аи]?|редактор)\b"
)

# "Jane Roe is a reporter for The Daily News.", "Jane Roe ist Redakteurin bei ..."
AUTHOR_BIO = (
    r"^\W*(\w[\w'’.\-]*\s+){1,4}(is|was|ist|est|es|é|è|—|-|–)\s+(a|an|the|our|ein|eine|un|une|uno|una|um|uma)?\s*"
    r"([\w'’\-]+\s+){0,3}(ROLES)\b"
)

# "Follow Jane on Twitter", "Reach the reporter at ...", "Email Jane Roe at ..."
CONTACT = (
    r"^\W*(follow (him|her|them|me|the author|@?\w+( \w+)?) (on|at|@)|"
    r"^.{0,80}\b(may|can) be reached (at|on|by)\b|"
    r"reach (the )?(reporters?|writers?|authors?|him|her|them|[A-Z]\w+( [A-Z]\w+)?) (at|on|by)|"
    r"(e-?mail|contact|write to) (the )?(reporters?|writers?|authors?|him|her|[A-Z]\w+( [A-Z]\w+)?) at|"
    r"you can (reach|contact|follow|email) (him|her|them|[A-Z]\w+)|"
    r"folgen sie (ihm|ihr|der autorin|dem autor)|suivez (l'auteur|[A-Z]\w+) sur|sigue a [A-Z]\w+ en)"
)
